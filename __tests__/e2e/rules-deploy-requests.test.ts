// Deploy requests (`requests: true`): an approvals-only deny opens one issue per environment and
// commit; `/approve` there counts on the next run, which closes it (SPEC §4, §5c), end to end.
import { describe, expect, it } from 'vitest';
import type { IssueRecord, World } from '../simulator/index.js';
import { aWorld, serve } from './scenario.js';
import { expectAllowed, expectDenied, expectError, runGate, type Outcome } from './rules-kit.js';
import type { RunOptions } from './run-action.js';

const RUN_URL = 'https://github.com/acme/shop/actions/runs/4242';

function policy(extra = ''): string {
  return `version: 1
environments:
  production:
    approvals: 1
    requests: true
${extra}`;
}

/** bob's unreviewed pull request and bob's direct commit on main; carol and erin may approve. */
function unapprovedRelease(extra = ''): World {
  const world = aWorld(policy(extra))
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write')
    .collaborator('erin', 'write')
    .collaborator('rita', 'read');
  world.deployment({ creator: 'alice', status: 'success' }); // the release starts after this
  world.pullRequest({
    title: 'Add cart',
    author: 'bob',
    files: { 'cart.ts': 'x' },
    merge: 'squash',
  });
  world.commit({ message: 'Hotfix **now**', author: 'bob', files: { 'fix.ts': 'y' } });
  return world;
}

const AS_ALICE: Partial<RunOptions> = { actor: 'alice' };

function requests(world: World): IssueRecord[] {
  return [...world.issues.values()].filter((i) => i.body.includes('trust-gate:deploy-request'));
}

function theRequest(world: World): IssueRecord {
  const found = requests(world);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function denyReasons(world: World): string[] {
  const commit = world.commitAt('main')!;
  return [
    '#1 Add cart has 0 of 1 required approvals',
    `direct commit ${commit.sha.slice(0, 7)} Hotfix **now** has 0 of 1 required approvals`,
  ];
}

/** The `json` output's deploy request. */
function requestOf(outcome: Outcome): { action: string; number: number | null } | null {
  return (outcome.json as unknown as { deployRequest: ReturnType<typeof requestOf> }).deployRequest;
}

async function gate(world: World): Promise<Outcome> {
  return runGate(world, AS_ALICE);
}

describe('deploy requests', () => {
  it('opens one request issue when the deny is only about approvals', async () => {
    const world = unapprovedRelease();
    const outcome = await gate(world);
    expectDenied(outcome, denyReasons(world));

    const issue = theRequest(world);
    const sha = world.mustResolve('main');
    expect(issue).toMatchObject({
      title: `Deploy request: ${sha.slice(0, 7)} to production`,
      labels: ['trust-gate'],
      author: 'github-actions[bot]',
      state: 'open',
    });
    expect(issue.body).toContain(
      `<!-- trust-gate:deploy-request environment=production sha=${sha} -->`,
    );
    expect(issue.body).toContain('](https://github.com/acme/shop/pull/1) by bob: needs 1, has 0');
    expect(issue.body).toContain('Hotfix \\*\\*now\\*\\*](');
    expect(issue.body).toContain('(direct commit) by bob: needs 1, has 0');
    expect(issue.body).toContain('**Who may approve:** anyone with write or more;');
    expect(issue.body).toContain(`Then alice re-runs the gate: ${RUN_URL} (whoever`);

    const url = `https://github.com/acme/shop/issues/${issue.number}`;
    expect(outcome.summary).toContain(`- Deploy request: ${url}`);
    expect(outcome.json).toMatchObject({
      deployRequest: { action: 'open', number: issue.number, url, approvedBy: [], ignored: [] },
    });
    const counts = outcome.scenario.sim.counts().byRoute;
    expect(counts['POST /repos/acme/shop/issues']).toBe(1);
    expect(counts['graphql TrustGateDeployRequests']).toBe(1);
  });

  it('updates the same issue on a second deny instead of opening another', async () => {
    const world = unapprovedRelease();
    const scenario = await serve(world);
    await scenario.run(AS_ALICE);
    const first = theRequest(world);
    world.issueComment(first.number, { author: 'rita', body: '/approve' });
    scenario.sim.reset();

    const second = await scenario.run(AS_ALICE);
    expect(second.outputs['decision']).toBe('deny');
    const issue = theRequest(world);
    expect(issue.number).toBe(first.number);
    expect(issue.body).toContain(
      '- rita: `/approve`: does not satisfy `approvers` (needs write, has read) (for #1, ',
    );
    const counts = scenario.sim.counts().byRoute;
    expect(counts['POST /repos/acme/shop/issues']).toBeUndefined();
    expect(counts[`PATCH /repos/acme/shop/issues/${issue.number}`]).toBe(1);

    scenario.sim.reset();
    await scenario.run(AS_ALICE); // nothing new: the body is already right
    expect(scenario.sim.counts().byRoute[`PATCH /repos/acme/shop/issues/${issue.number}`]).toBe(
      undefined,
    );
    expect(requests(world)).toHaveLength(1);
  });

  it('counts a qualified `/approve` on the re-run, which allows and closes the issue', async () => {
    const world = unapprovedRelease();
    const scenario = await serve(world);
    await scenario.run(AS_ALICE);
    const issue = theRequest(world);
    world.issueComment(issue.number, { author: 'carol', body: '/approve ship it' });

    const rerun = await runGate(world, AS_ALICE);
    expectAllowed(rerun);
    expect(rerun.json.changes.map((c) => c.approvedBy)).toEqual([['carol'], ['carol']]);
    expect(rerun.json).toMatchObject({
      deployRequest: { action: 'close', number: issue.number, approvedBy: ['carol'] },
    });
    expect(rerun.summary).toContain(
      `- Deploy request: https://github.com/acme/shop/issues/${issue.number} (closed: this run allows the deploy)`,
    );
    expect(world.issues.get(issue.number)).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
    });
    const closing = world.comments.filter((c) => c.issueNumber === issue.number).at(-1);
    expect(closing).toMatchObject({ author: 'github-actions[bot]' });
    expect(closing?.body).toContain(`Run ${RUN_URL} allowed deploying`);
  });

  it.each([
    ['an edited `/approve`', { author: 'carol', edited: true }, 'the comment was edited'],
    ['a `/approve` by the commits’ author', { author: 'bob' }, "is the change's author"],
    ['a `/approve` by the deployer', { author: 'alice' }, 'is the deployer'],
  ])('does not count %s, and the issue says why', async (_, comment, why) => {
    const world = unapprovedRelease();
    const scenario = await serve(world);
    await scenario.run(AS_ALICE);
    const issue = theRequest(world);
    world.issueComment(issue.number, { body: '/approve', ...comment });

    const rerun = await runGate(world, AS_ALICE);
    expectDenied(rerun, denyReasons(world));
    expect(requestOf(rerun)).toMatchObject({ action: 'open', approvedBy: [] });
    expect(theRequest(world).body).toContain(`- ${comment.author}: \`/approve\`: ${why}`);
    expect(theRequest(world).state).toBe('open');
  });

  it('never uses a person’s issue that carries the marker', async () => {
    const world = unapprovedRelease();
    const sha = world.mustResolve('main');
    const marker = `<!-- trust-gate:deploy-request environment=production sha=${sha} -->`;
    const forged = world.issue({
      author: 'mallory',
      title: 'Deploy request',
      body: `${marker}\nplease approve`,
      labels: ['trust-gate'],
    });
    world.issueComment(forged.number, { author: 'carol', body: '/approve' });

    const outcome = await gate(world);
    expectDenied(outcome, denyReasons(world));
    expect(world.issues.get(forged.number)).toMatchObject({
      body: `${marker}\nplease approve`,
      state: 'open',
    });
    const own = [...world.issues.values()].filter((i) => i.author === 'github-actions[bot]');
    expect(own).toHaveLength(1);
    expect(requestOf(outcome)?.number).toBe(own[0]!.number);
  });

  it('reads every page: the request after 60 other open issues, its `/approve` after 150 comments', async () => {
    const world = unapprovedRelease();
    for (let i = 0; i < 60; i++) world.issue({ title: `Audit ${i}`, labels: ['trust-gate'] });
    const scenario = await serve(world);
    await scenario.run(AS_ALICE);
    const issue = theRequest(world);
    for (let i = 0; i < 150; i++) world.issueComment(issue.number, { author: 'erin', body: 'hm' });
    world.issueComment(issue.number, { author: 'carol', body: '/approve' });
    scenario.sim.reset();

    const rerun = await scenario.run(AS_ALICE);
    expect(rerun.outputs).toMatchObject({ allowed: 'true', decision: 'allow' });
    const counts = scenario.sim.counts().byRoute;
    expect(counts['graphql TrustGateDeployRequests']).toBe(2);
    expect(counts['graphql TrustGateRequestComments']).toBe(1);
    expect(world.issues.get(issue.number)?.state).toBe('closed');
  });

  it('opens no request when the deny is not only about approvals', async () => {
    const world = unapprovedRelease('    branches: [release/*]\n');
    const outcome = await gate(world);
    expect(outcome.outputs['decision']).toBe('deny');
    expect(world.issues.size).toBe(0);
    expect(requestOf(outcome)).toMatchObject({ action: 'keep', number: null });
  });

  it('reads and opens nothing without `requests: true`', async () => {
    const world = unapprovedRelease().file(
      '.github/trust-gate.yml',
      'version: 1\nenvironments:\n  production:\n    approvals: 1\n',
    );
    const outcome = await gate(world);
    expect(outcome.outputs['decision']).toBe('deny');
    expect(world.issues.size).toBe(0);
    expect(requestOf(outcome)).toBeNull();
    expect(
      outcome.scenario.sim.counts().byRoute['graphql TrustGateDeployRequests'],
    ).toBeUndefined();
  });

  it('fails closed, saying what to grant, when the token may not read issues', async () => {
    const world = unapprovedRelease().grant({
      contents: 'read',
      deployments: 'read',
      'pull-requests': 'read',
    });
    const outcome = await gate(world);
    expectError(outcome, /deploy request issues.*issues: write/s);
    expect(world.issues.size).toBe(0);
  });
});
