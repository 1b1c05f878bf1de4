import { describe, expect, it } from 'vitest';
import { deployRequestMarker } from '../../src/github/deploy-requests.js';
import {
  deployRequestTitle,
  renderDeployRequest,
  renderRequestClosed,
} from '../../src/report/deploy-request.js';
import { aChange, aChangeResult, aDecision } from './fixtures.js';

const RUN = 'https://github.com/acme/shop/actions/runs/42';

function aDeniedRelease() {
  const pull = aChangeResult({
    change: aChange({ title: 'Fix **login** @acme/sre | now', author: 'carol' }),
    required: 2,
    requiredBecause: ['level newcomer: 2'],
    approvals: 1,
    approvedBy: ['erin'],
    ok: false,
  });
  const direct = aChangeResult({
    change: aChange({
      kind: 'commit',
      number: undefined,
      title: 'Hotfix <script>',
      url: 'https://github.com/acme/shop/commit/deadbeef00',
      headSha: 'deadbeef00',
      author: 'dave',
    }),
    required: 1,
    requiredBecause: [],
    approvals: 0,
    approvedBy: [],
    ok: false,
  });
  const fine = aChangeResult({ change: aChange({ number: 14, title: 'Docs' }) });
  return aDecision({
    changes: [pull, direct, fine],
    rules: [
      { rule: 'approvals', ok: false, explanation: 'x' },
      { rule: 'approvals', ok: false, explanation: 'y' },
    ],
    approvers: 'people with write or more in acme/leads',
    deployRequest: {
      action: 'open',
      issue: null,
      approvedBy: ['erin'],
      ignored: [
        {
          login: 'mallory',
          why: '`/approve`: does not satisfy `approvers` (needs write, has read) (for #12, deadbee)',
          via: 'request',
        },
        {
          login: 'frank',
          why: '`/approve`: the comment was edited (edited comments count for nothing)',
          via: 'request',
        },
      ],
    },
  });
}

describe('the deploy request issue', () => {
  it('lists the changes that lack approvals, who may approve, how, and what did not count', () => {
    const decision = aDeniedRelease();
    const marker = deployRequestMarker('Production', decision.sha);
    const { title, body } = renderDeployRequest(decision, marker, RUN);
    expect(title).toBe('Deploy request: abc1234 to production');
    expect(body).toMatchInlineSnapshot(`
      "<!-- trust-gate:deploy-request environment=production sha=abc1234def5678abc1234def5678abc1234def56 -->

      **alice** asks to deploy \`abc1234def5678abc1234def5678abc1234def56\` to \`production\`.

      The gate denied it only because 2 changes of 3 lack approvals:

      - [#12 Fix \\*\\*login\\*\\* @&#8203;acme/sre \\| now](https://github.com/acme/shop/pull/12) by carol: needs 2, has 1 (level newcomer: 2); approved by erin
      - [\`deadbee\` Hotfix &lt;script&gt;](https://github.com/acme/shop/commit/deadbeef00) (direct commit) by dave: needs 1, has 0

      **Who may approve:** people with write or more in acme/leads; never a change's author, anyone who authored a commit in it, the deployer (alice) or a bot (unless named in \`approvers.users\`).

      **To approve,** comment \`/approve\` on this issue. It counts as your approval of every change of this release that you could approve by review, for commit \`abc1234\` only. An edited comment counts for nothing. Then alice re-runs the gate: https://github.com/acme/shop/actions/runs/42 (whoever re-runs it is the deployer, and a deployer's own approval never counts).

      **Approved here by:** erin

      **Not counted:**
      - mallory: \`/approve\`: does not satisfy \`approvers\` (needs write, has read) (for #12, deadbee)
      - frank: \`/approve\`: the comment was edited (edited comments count for nothing)
      "
    `);
  });

  it('says what a comment that does not count lacks, without mentioning anyone', () => {
    const { body } = renderDeployRequest(aDeniedRelease(), '<!-- m -->', RUN);
    expect(body).not.toMatch(/@acme/);
    expect(body).not.toContain('<script>');
  });

  it('names the environment and commit in its hidden marker, environment case-insensitively', () => {
    expect(deployRequestMarker('Pre Prod', 'ABCDEF')).toBe(
      '<!-- trust-gate:deploy-request environment=pre%20prod sha=abcdef -->',
    );
    expect(deployRequestMarker('PRODUCTION', 'a')).toBe(deployRequestMarker('production', 'a'));
  });

  it('titles the issue with the short commit and the environment', () => {
    expect(deployRequestTitle(aDecision({ environment: 'staging' }))).toBe(
      'Deploy request: abc1234 to staging',
    );
  });

  it('is closed with a comment naming the run that allowed the deploy', () => {
    expect(renderRequestClosed(aDecision(), RUN)).toBe(
      'Run https://github.com/acme/shop/actions/runs/42 allowed deploying `abc1234` to `production`; closing this request.',
    );
    const glass = aDecision({ breakGlass: { reason: 'outage', overridden: ['x'] } });
    expect(renderRequestClosed(glass, RUN)).toContain('to `production` by break-glass;');
  });
});
