import { describe, expect, it } from 'vitest';
import { commentMarker, renderComment, renderErrorComment } from '../../src/report/comment.js';
import {
  aChange,
  aChangeResult,
  aDecision,
  aPendingCheck,
  aStanding,
  LADDER,
  withRules,
} from './fixtures.js';

describe('commentMarker', () => {
  it.each([
    ['production', '<!-- trust-gate:production -->'],
    ['Production', '<!-- trust-gate:production -->'],
    ['preview-42', '<!-- trust-gate:preview-42 -->'],
    ['evil --> <b>x', '<!-- trust-gate:evil%20--%3E%20%3Cb%3Ex -->'],
  ])('for %j is %j', (environment, marker) => {
    expect(commentMarker(environment)).toBe(marker);
  });
});

describe('renderComment', () => {
  it('shows the missing approval, who approved and where the author stands on the ladder', () => {
    const decision = aPendingCheck({
      approvers: 'members of `acme/leads` with write, or anyone at level `owner`',
      standing: {
        ...aStanding({ level: 'newcomer', score: 2, next: { name: 'member', after: 3 } }),
        ladder: LADDER,
      },
    });
    expect(renderComment(decision)).toMatchInlineSnapshot(`
      "<!-- trust-gate:production -->

      ### ⏳ Trust Gate: needs 1 more approval to deploy to production

      **Approvals** 🟢⚪ 1 of 2
      - Why 2: level newcomer: 2; paths db/migrations/\\*\\*: 2
      - Approved by: bob
      - Not counted: dave (approved an earlier commit)
      - Who can approve: members of \`acme/leads\` with write, or anyone at level \`owner\`

      **Where carol stands**

      **newcomer · 2 approvals ◀** → member · 1 approval → owner · no approval<br>
      \`██████░░░░\` 2 of 3 clean deploys to **member**

      <sub>Trust Gate checked \`abc1234\` with policy \`production\`. This comment is updated on every run.</sub>
      "
    `);
  });

  it('names the reasons more approvals cannot fix', () => {
    const decision = aPendingCheck({
      rules: withRules(
        {
          rule: 'deployers',
          ok: false,
          explanation: 'deployer `carol` is not in `deployers` (role read)',
        },
        {
          rule: 'branches',
          ok: false,
          explanation: 'ref `experiment` is outside `branches` (main)',
        },
      ),
      changes: [aChangeResult()],
    });
    expect(renderComment(decision)).toMatchInlineSnapshot(`
      "<!-- trust-gate:production -->

      ### ⛔ Trust Gate: blocked from production

      **Approvals** 🟢 1 of 1
      - Why 1: level member: 1
      - Approved by: bob

      **Where carol stands**

      Level **newcomer**, score 2<br>
      \`██████░░░░\` 2 of 3 clean deploys to **member**

      **Blocking**
      - ⛔ deployer \`carol\` is not in \`deployers\` (role read)
      - ⛔ ref \`experiment\` is outside \`branches\` (main)

      <sub>Trust Gate checked \`abc1234\` with policy \`production\`. This comment is updated on every run.</sub>
      "
    `);
  });

  it('says a pull request is ready when nothing stands in the way', () => {
    const decision = aDecision({
      mode: 'check',
      standing: aStanding({ level: 'owner', score: 11, next: null }),
      changes: [
        aChangeResult({
          required: 0,
          requiredBecause: ['level owner: 0'],
          approvals: 0,
          approvedBy: [],
        }),
      ],
    });
    expect(renderComment(decision)).toMatchInlineSnapshot(`
      "<!-- trust-gate:production -->

      ### ✅ Trust Gate: ready to deploy to production

      **Approvals** none needed (0 given)
      - Why 0: level owner: 0

      **Where alice stands**

      Level **owner**, score 11<br>
      \`██████████\` top of the ladder

      <sub>Trust Gate checked \`abc1234\` with policy \`production\`. This comment is updated on every run.</sub>
      "
    `);
  });

  it('tables the changes when a release holds several', () => {
    const second = aChangeResult({
      change: aChange({
        number: 13,
        title: 'Add index',
        url: 'https://github.com/acme/shop/pull/13',
      }),
      required: 2,
      requiredBecause: ['paths db/migrations/**: 2'],
      approvals: 0,
      approvedBy: [],
      ok: false,
    });
    const decision = aPendingCheck({ changes: [aChangeResult(), second] });
    expect(renderComment(decision).split('\n').slice(2, 9).join('\n')).toMatchInlineSnapshot(`
      "### ⏳ Trust Gate: needs 2 more approvals to deploy to production

      | change | author | required | approvals | approved by | ok |
      |---|---|--:|--:|---|:-:|
      | [#12 Fix login redirect](https://github.com/acme/shop/pull/12) | carol | 1 | 1 | bob | ✅ |
      | [#13 Add index](https://github.com/acme/shop/pull/13) | carol | 2 | 0 | — | ❌ |
      "
    `);
  });

  it('says there is nothing to approve without changes', () => {
    expect(renderComment(aDecision({ changes: [] }))).toContain(
      '**Approvals** nothing to approve: no changes.',
    );
  });

  it('starts with the marker, so the publisher finds the comment to update', () => {
    expect(renderComment(aPendingCheck({ environment: 'Staging' }))).toMatch(
      /^<!-- trust-gate:staging -->\n/,
    );
  });

  it('cannot mention anyone through the author, approvers or reasons', () => {
    const decision = aPendingCheck({
      deployer: '@acme/leads',
      changes: [aChangeResult({ approvedBy: ['@acme/sre'], ok: false, required: 2 })],
      rules: withRules({
        rule: 'freeze',
        ok: false,
        explanation: 'inside freeze window @acme/all',
      }),
    });
    expect(renderComment(decision)).not.toMatch(/@[a-z]/i);
  });
});

describe('renderErrorComment', () => {
  it('replaces the verdict with the error, under the same marker', () => {
    const message =
      'Invalid policy .github/trust-gate.yml (1 problem):\n.github/trust-gate.yml:5:5 x';
    expect(renderErrorComment('Production', message)).toMatchInlineSnapshot(`
      "<!-- trust-gate:production -->

      ### ❗ Trust Gate: could not check deploying to Production

      The gate fails closed: a deploy would be refused until this is fixed.

      \`\`\`text
      Invalid policy .github/trust-gate.yml (1 problem):
      .github/trust-gate.yml:5:5 x
      \`\`\`

      <sub>This comment is updated on every run.</sub>
      "
    `);
  });
});
