import { describe, expect, it } from 'vitest';
import { renderErrorSummary, renderSummary } from '../../src/report/summary.js';
import {
  aChange,
  aChangeResult,
  aDecision,
  aPendingCheck,
  aStanding,
  LADDER,
  withRules,
} from './fixtures.js';

describe('renderSummary', () => {
  it('shows an allowed deploy with the standing, the ladder and the changes', () => {
    const decision = aDecision({ standing: { ...aStanding(), ladder: LADDER } });
    expect(renderSummary(decision)).toMatchInlineSnapshot(`
      "## ✅ Trust Gate: allowed to deploy to production

      - ✅ every rule passes: 1 of 1 approvals

      **Deployer** alice · **ref** \`main\` · **commit** \`abc1234\` · **policy** \`production\` · **mode** gate

      ### Trust level

      **alice** is at level **member** with a score of 7.<br>
      newcomer · 2 approvals → **member · 1 approval ◀** → owner · no approval<br>
      \`███████░░░\` 7 of 10 clean deploys to **owner**<br>
      Record in the window: 8 successes, 1 failure, 0 rollbacks.

      ### Changes (1)

      Changes with enough approvals: 1 of 1.

      | change | author | required | approvals | approved by | ok |
      |---|---|--:|--:|---|:-:|
      | [#12 Fix login redirect](https://github.com/acme/shop/pull/12) | carol | 1 | 1 | bob | ✅ |
      "
    `);
  });

  it('lists every deny reason and what each short change needs', () => {
    const decision = aPendingCheck({
      mode: 'gate',
      deployer: 'alice',
      rules: withRules(
        { rule: 'freeze', ok: false, explanation: 'inside freeze window `Holiday freeze`' },
        {
          rule: 'approvals',
          ok: false,
          explanation: '#12 Fix login redirect has 1 of 2 required approvals',
        },
      ),
      notes: [
        'run conclusions could not be read (no `actions: read`): failures linked to runs stand',
      ],
    });
    expect(renderSummary(decision)).toMatchInlineSnapshot(`
      "## ⛔ Trust Gate: deploy to production denied

      - ❌ inside freeze window \`Holiday freeze\`
      - ❌ \\#12 Fix login redirect has 1 of 2 required approvals

      **Deployer** alice · **ref** \`main\` · **commit** \`abc1234\` · **policy** \`production\` · **mode** gate

      ### Trust level

      **alice** is at level **newcomer** with a score of 2.<br>
      \`██████░░░░\` 2 of 3 clean deploys to **member**<br>
      Record in the window: 8 successes, 1 failure, 0 rollbacks.

      ### Changes (1)

      Changes with enough approvals: 0 of 1.

      | change | author | required | approvals | approved by | ok |
      |---|---|--:|--:|---|:-:|
      | [#12 Fix login redirect](https://github.com/acme/shop/pull/12) | carol | 2 | 1 | bob | ❌ |

      - [#12 Fix login redirect](https://github.com/acme/shop/pull/12) needs 2 (level newcomer: 2; paths db/migrations/\\*\\*: 2), has 1; not counted: dave (approved an earlier commit)

      ### Notes

      - run conclusions could not be read (no \`actions: read\`): failures linked to runs stand
      "
    `);
  });

  it('marks a break-glass deploy and what it overrode', () => {
    const overridden = ['inside freeze window `Holiday freeze`'];
    const decision = aDecision({
      breakGlass: { reason: 'hotfix for @acme/leads outage <script>', overridden },
      reason: `break-glass: ${overridden[0]}`,
    });
    expect(renderSummary(decision)).toMatchInlineSnapshot(`
      "## 🚨 Trust Gate: allowed to deploy to production by break-glass

      - ✅ break-glass: inside freeze window \`Holiday freeze\`

      > [!CAUTION]
      > **Break-glass** by alice: hotfix for @&#8203;acme/leads outage &lt;script&gt;
      > It overrode these reasons, and an issue records it for review:
      > - inside freeze window \`Holiday freeze\`

      **Deployer** alice · **ref** \`main\` · **commit** \`abc1234\` · **policy** \`production\` · **mode** gate

      ### Trust level

      **alice** is at level **member** with a score of 7.<br>
      \`███████░░░\` 7 of 10 clean deploys to **owner**<br>
      Record in the window: 8 successes, 1 failure, 0 rollbacks.

      ### Changes (1)

      Changes with enough approvals: 1 of 1.

      | change | author | required | approvals | approved by | ok |
      |---|---|--:|--:|---|:-:|
      | [#12 Fix login redirect](https://github.com/acme/shop/pull/12) | carol | 1 | 1 | bob | ✅ |
      "
    `);
  });

  it('says when trust is not configured, and when the commit is already deployed', () => {
    const decision = aDecision({
      standing: aStanding({ level: '', score: 3, next: null }),
      changes: [],
    });
    expect(renderSummary(decision)).toMatchInlineSnapshot(`
      "## ✅ Trust Gate: allowed to deploy to production

      - ✅ every rule passes: 1 of 1 approvals

      **Deployer** alice · **ref** \`main\` · **commit** \`abc1234\` · **policy** \`production\` · **mode** gate

      ### Trust level

      No trust ladder for this environment: every change needs the policy's fixed approvals; **alice** has a score of 3.<br>
      Record in the window: 8 successes, 1 failure, 0 rollbacks.

      ### Changes (0)

      No changes: this commit is already deployed.
      "
    `);
  });

  it('shows the top of the ladder and the team in team scope', () => {
    const standing = aStanding({ level: 'owner', score: 14, next: null, scope: 'team' });
    expect(renderSummary(aDecision({ standing }))).toContain(
      'The team is at level **owner** with a score of 14.<br>\n`██████████` top of the ladder',
    );
  });

  it('escapes hostile titles, authors and refs so the table keeps its shape', () => {
    const change = aChange({
      title: 'x | y\n| --- |\n@acme/leads [a](javascript:alert(1)) <img src=x onerror=alert(1)>',
      author: 'mallory',
    });
    const markdown = renderSummary(
      aDecision({ changes: [aChangeResult({ change })], ref: 'feat`|`<b>' }),
    );
    const row = markdown.split('\n').find((line) => line.startsWith('| [#12'));
    expect(row).toMatchInlineSnapshot(
      `"| [#12 x \\| y \\| --- \\| @&#8203;acme/leads \\[a\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;](https://github.com/acme/shop/pull/12) | mallory | 1 | 1 | bob | ✅ |"`,
    );
    expect(markdown).not.toMatch(/@[a-z]/i);
    expect(markdown).not.toMatch(/<img/);
    // shown escaped in a code element: no raw tag even inside code
    expect(markdown).toContain('**ref** <code>feat\\`\\|\\`&lt;b&gt;</code> ·');
  });

  it('links a direct commit by its short sha', () => {
    const change = aChange({
      kind: 'commit',
      number: undefined,
      title: 'Hotfix',
      url: 'https://github.com/acme/shop/commit/deadbeef',
    });
    const result = aChangeResult({ change, required: 1, approvals: 0, approvedBy: [], ok: false });
    const markdown = renderSummary(aDecision({ changes: [result] }));
    expect(markdown).toContain(
      '| [`c0ffee1` Hotfix](https://github.com/acme/shop/commit/deadbeef) | carol | 1 | 0 | — | ❌ |',
    );
  });
});

describe('renderErrorSummary', () => {
  it('shows the message literally and says the gate failed closed', () => {
    const message =
      'Resource not accessible by integration.\nAdd to the workflow:\n  permissions:\n    deployments: read';
    expect(renderErrorSummary(message)).toMatchInlineSnapshot(`
      "## ❗ Trust Gate: error

      The gate failed closed: this run does not allow a deploy.

      \`\`\`text
      Resource not accessible by integration.
      Add to the workflow:
        permissions:
          deployments: read
      \`\`\`
      "
    `);
  });
});
