// Break-glass: a trusted deployer's reason turns a deny into an allow and files an audit issue
// (SPEC §2 `break-glass`, §4 `break-glass`, §5 Deny, §5a People rules), end to end through dist.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { aWorld } from './scenario.js';
import { expectAllowed, expectDenied, expectError, runGate } from './rules-kit.js';

const REASON = 'Checkout is down, hotfix for INC 42';

function policy(breakGlass: string): string {
  return `version: 1
environments:
  production:
    approvals: 1
    deployers:
      teams: [acme/sre]
    freeze:
      - name: Holiday freeze
        from: "2026-11-20T00:00:00Z"
        until: "2027-01-04T00:00:00Z"
${breakGlass}`;
}

const ALICE_OR_SRE_MAINTAINERS = `    break-glass:
      users: [alice]
      teams: [acme/sre]
      permission: maintain
`;

/** An unapproved pull request merged on main; sam (write) and mia (maintain) are in acme/sre. */
function unapprovedRelease(breakGlass: string): World {
  const world = aWorld(policy(breakGlass))
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('sam', 'write')
    .collaborator('mia', 'maintain')
    .team('acme/sre', { members: ['sam', 'mia'] });
  world.pullRequest({
    title: 'Add cart',
    author: 'bob',
    files: { 'cart.ts': 'x' },
    merge: 'squash',
  });
  return world;
}

const FREEZE = 'inside freeze window `Holiday freeze`';
const UNAPPROVED = '#1 Add cart has 0 of 1 required approvals';

describe('break-glass', () => {
  it('turns every deny into an allow, marks the reason and json, and files one audit issue', async () => {
    const world = unapprovedRelease(ALICE_OR_SRE_MAINTAINERS);
    const sha = world.mustResolve('main');
    const outcome = await runGate(world, {
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': REASON },
    });
    const overridden = [
      'deployer `alice` does not satisfy `deployers` (needs write and team acme/sre, has write, in none of those teams)',
      FREEZE,
      UNAPPROVED,
    ];
    const reason = `break-glass by \`alice\` ("${REASON}") overrides: ${overridden.join('; ')}`;
    expect(outcome.outputs).toMatchObject({ allowed: 'true', decision: 'allow', reason });
    expect(outcome.result.code).toBe(0);
    expect(outcome.json).toMatchObject({
      verdict: 'allow',
      allowed: true,
      reason,
      breakGlass: { reason: REASON, overridden },
    });
    expect(outcome.json.rules).toContainEqual({
      rule: 'break-glass',
      ok: true,
      explanation: `break-glass by \`alice\`: "${REASON}"`,
    });

    const issues = [...world.issues.values()];
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.labels).toEqual(['trust-gate']);
    expect(issue.title).toBe('Break-glass deploy to production by alice');
    expect(issue.body).toContain(`**Reason:** ${REASON}`);
    expect(issue.body).toContain('**alice** broke glass');
    expect(issue.body).toContain(sha);
    expect(issue.body).toContain('- inside freeze window `Holiday freeze`');
    expect(issue.body).toContain('Add cart has 0 of 1 required approvals');
    expect(issue.body).toContain('does not satisfy `deployers`');
    expect(outcome.scenario.sim.counts().byRoute['POST /repos/acme/shop/issues']).toBe(1);

    expect(outcome.summary).toContain(
      '## 🚨 Trust Gate: allowed to deploy to production by break-glass',
    );
    expect(outcome.summary).toContain(`**Break-glass** by alice: ${REASON}`);
    expect(outcome.summary).toContain(`- ${FREEZE}`);
  });

  it('writes the reason into the audit issue without mentioning anyone', async () => {
    const world = unapprovedRelease(ALICE_OR_SRE_MAINTAINERS);
    const reason = 'ping @acme/sre | rollback';
    const outcome = await runGate(world, {
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': reason },
    });
    expect(outcome.outputs['reason']).toContain(`("${reason}")`);
    const body = [...world.issues.values()][0]?.body ?? '';
    expect(body).not.toMatch(/@acme/);
    expect(body).toContain('**Reason:** ping @&#8203;acme/sre \\| rollback');
  });

  it('lets a team member who also holds the permission break glass', async () => {
    const world = unapprovedRelease(ALICE_OR_SRE_MAINTAINERS);
    const outcome = await runGate(world, {
      actor: 'mia',
      inputs: { environment: 'production', 'break-glass': REASON },
    });
    expect(outcome.outputs).toMatchObject({ allowed: 'true', decision: 'allow' });
    expect(outcome.json.breakGlass?.overridden).toEqual([FREEZE, UNAPPROVED]);
    expect([...world.issues.values()].map((i) => i.labels)).toEqual([['trust-gate']]);
  });

  it('leaves a deployer who does not satisfy `break-glass` denied, without an issue', async () => {
    const world = unapprovedRelease(ALICE_OR_SRE_MAINTAINERS);
    const outcome = await runGate(world, {
      actor: 'sam',
      inputs: { environment: 'production', 'break-glass': REASON },
    });
    expectDenied(outcome, [FREEZE, UNAPPROVED]);
    expect(outcome.json.breakGlass).toBeNull();
    const note =
      'break-glass was requested, but deployer `sam` does not satisfy `break-glass` (needs maintain and team acme/sre, has write, in acme/sre)';
    expect(outcome.json.notes).toContain(note);
    expect(world.issues.size).toBe(0);
  });

  it('is refused to everyone when the policy has no `break-glass` key', async () => {
    const world = unapprovedRelease('');
    const outcome = await runGate(world, {
      actor: 'mia',
      inputs: { environment: 'production', 'break-glass': REASON },
    });
    expectDenied(outcome, [FREEZE, UNAPPROVED]);
    expect(outcome.json.notes).toContain(
      'break-glass was requested, but the policy has no `break-glass` rule: nobody may break glass',
    );
    expect(outcome.summary).toContain('nobody may break glass');
    expect(world.issues.size).toBe(0);
  });

  it('does nothing without a reason', async () => {
    const world = unapprovedRelease(ALICE_OR_SRE_MAINTAINERS);
    const outcome = await runGate(world, {
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': '   ' },
    });
    expect(outcome.outputs).toMatchObject({ allowed: 'false', decision: 'deny' });
    expect(outcome.json.breakGlass).toBeNull();
    expect(outcome.json.notes.filter((n) => n.includes('break-glass'))).toEqual([]);
    expect(world.issues.size).toBe(0);
  });

  it('files no issue when nothing was denied', async () => {
    const world = aWorld(`version: 1
environments:
  production:
    break-glass:
      users: [alice]
`)
      .collaborator('alice', 'write')
      .collaborator('bob', 'write')
      .collaborator('carol', 'write');
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'carol', state: 'APPROVED' }],
      merge: 'squash',
    });
    const outcome = await runGate(world, {
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': REASON },
    });
    expectAllowed(outcome);
    expect(outcome.outputs['reason']).toBe(
      '`alice` (score 0) may deploy: 1 change, it has its required approvals (at most 1)',
    );
    expect(outcome.json.breakGlass).toBeNull();
    expect(outcome.json.notes).toContain('break-glass was not needed: every rule passed');
    expect(world.issues.size).toBe(0);
    expect(outcome.scenario.sim.counts().byRoute['POST /repos/acme/shop/issues']).toBeUndefined();
  });

  it('fails closed, naming the permission, when the audit issue cannot be filed', async () => {
    const world = unapprovedRelease(ALICE_OR_SRE_MAINTAINERS).grant({
      contents: 'read',
      deployments: 'read',
      'pull-requests': 'read',
      actions: 'read',
    });
    const outcome = await runGate(world, {
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': REASON },
    });
    expectError(outcome, /open the break-glass audit issue.*`issues: write`/);
    expect(world.issues.size).toBe(0);
  });

  it('does not apply in check mode', async () => {
    const world = aWorld(policy(ALICE_OR_SRE_MAINTAINERS))
      .collaborator('alice', 'write')
      .team('acme/sre', { members: ['alice'] });
    const pr = world.pullRequest({ title: 'Add cart', author: 'alice', files: { 'cart.ts': 'x' } });
    const outcome = await runGate(world, {
      event: 'pull_request',
      pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: 'main', author: 'alice' },
      inputs: { environment: 'production', 'break-glass': REASON },
    });
    expect(outcome.outputs).toMatchObject({
      allowed: 'false',
      decision: 'deny',
      reason: `${FREEZE}; ${UNAPPROVED}`,
    });
    expect(outcome.result.code).toBe(0);
    expect(outcome.json.breakGlass).toBeNull();
    expect(outcome.json.notes).toContain('break-glass applies only in `gate` mode, not `check`');
    expect(world.issues.size).toBe(0);
  });
});
