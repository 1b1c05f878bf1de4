// Which reviews count as approvals (SPEC §5 Approvals, §5a Approvals), end to end through dist.
import { describe, expect, it } from 'vitest';
import type { ReviewSpec } from '../simulator/index.js';
import { aWorld } from './scenario.js';
import { expectAllowed, expectDenied, runGate } from './rules-kit.js';

const ONE_APPROVAL = `version: 1
environments:
  production:
    approvals: 1
`;

/** A world where bob's merged pull request #1 "Add cart" is the release and carol deploys it. */
function releaseReviewedBy(reviews: ReviewSpec[], policy = ONE_APPROVAL) {
  const world = aWorld(policy)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write')
    .collaborator('dave', 'write');
  world.pullRequest({
    title: 'Add cart',
    author: 'bob',
    files: { 'cart.ts': 'x' },
    reviews,
    merge: 'squash',
  });
  return world;
}

const SHORT = '#1 Add cart has 0 of 1 required approvals';

describe("a reviewer's standing opinion", () => {
  it('counts an approval given after a changes-requested review', async () => {
    const world = releaseReviewedBy([
      { author: 'alice', state: 'CHANGES_REQUESTED' },
      { author: 'alice', state: 'APPROVED' },
    ]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.outputs).toMatchObject({ 'required-approvals': '1', approvals: '1' });
    expect(outcome.json.changes[0]).toMatchObject({ approvals: 1, approvedBy: ['alice'] });
    expect(outcome.summary).toContain('| bob | 1 | 1 | alice | ✅ |');
  });

  it('is not changed by comments after an approval', async () => {
    const world = releaseReviewedBy([
      { author: 'alice', state: 'APPROVED' },
      { author: 'alice', state: 'COMMENTED', body: 'one more thought' },
    ]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.outputs['approvals']).toBe('1');
  });

  it('is not an approval when the reviewer only commented', async () => {
    const world = releaseReviewedBy([{ author: 'alice', state: 'COMMENTED' }]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.json.changes[0]).toMatchObject({ approvals: 0, approvedBy: [], ignored: [] });
  });

  it('cancels an approval when the same reviewer later requests changes', async () => {
    const world = releaseReviewedBy([
      { author: 'alice', state: 'APPROVED' },
      { author: 'alice', state: 'CHANGES_REQUESTED' },
    ]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.outputs).toMatchObject({ 'required-approvals': '1', approvals: '0' });
    expect(outcome.summary).toContain('| bob | 1 | 0 | — | ❌ |');
    expect(outcome.summary).toContain('needs 1 (approvals: 1), has 0');
  });

  it('cancels an approval that was dismissed', async () => {
    const world = releaseReviewedBy([
      { author: 'alice', state: 'APPROVED' },
      { author: 'alice', state: 'DISMISSED' },
    ]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.json.changes[0]?.approvedBy).toEqual([]);
  });

  it("does not let one reviewer's changes request cancel another's approval", async () => {
    const world = releaseReviewedBy([
      { author: 'alice', state: 'APPROVED' },
      { author: 'dave', state: 'CHANGES_REQUESTED' },
    ]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.json.changes[0]?.approvedBy).toEqual(['alice']);
  });
  it('still cancels an approval when the changes request follows a long discussion', async () => {
    const discussion = Array.from({ length: 120 }, (): ReviewSpec => ({
      author: 'dave',
      state: 'COMMENTED',
    }));
    const world = releaseReviewedBy([
      { author: 'alice', state: 'APPROVED' },
      ...discussion,
      { author: 'alice', state: 'CHANGES_REQUESTED' },
    ]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.scenario.sim.counts().graphql).toBe(2);
  });
});

describe('people whose approval does not count', () => {
  it("ignores the pull request author's own approval", async () => {
    const world = releaseReviewedBy([{ author: 'bob', state: 'APPROVED' }]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.json.changes[0]?.ignored).toEqual([
      { login: 'bob', why: "is the change's author" },
    ]);
    expect(outcome.summary).toContain("not counted: bob (is the change's author)");
  });

  it("ignores the deployer's approval", async () => {
    const world = releaseReviewedBy([{ author: 'carol', state: 'APPROVED' }]);
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.json.changes[0]?.ignored).toEqual([{ login: 'carol', why: 'is the deployer' }]);
  });

  it('takes the deployer from GITHUB_TRIGGERING_ACTOR, the person who re-ran the job', async () => {
    const world = releaseReviewedBy([{ author: 'alice', state: 'APPROVED' }]);
    const outcome = await runGate(world, { actor: 'carol', triggeringActor: 'alice' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.outputs['deployer']).toBe('alice');
    expect(outcome.json.changes[0]?.ignored).toEqual([{ login: 'alice', why: 'is the deployer' }]);
  });

  it.each([
    ['authored', { author: 'dave' }],
    ['committed', { author: 'bob', committer: 'dave' }],
    ['co-authored (Co-authored-by trailer)', { author: 'bob', coAuthors: ['dave'] }],
  ])('ignores a reviewer who %s a commit in the change', async (_how, identities) => {
    const world = aWorld(ONE_APPROVAL)
      .collaborator('bob', 'write')
      .collaborator('carol', 'write')
      .collaborator('dave', 'write');
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      commits: [
        { message: 'Cart model', files: { 'cart.ts': 'x' } },
        { message: 'Cart view', files: { 'cart-view.ts': 'y' }, ...identities },
      ],
      reviews: [{ author: 'dave', state: 'APPROVED' }],
      merge: 'squash',
    });
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.json.changes[0]?.ignored).toEqual([
      { login: 'dave', why: 'authored a commit in the change' },
    ]);
    expect(outcome.summary).toContain('not counted: dave (authored a commit in the change)');
  });

  it('does not exclude reviewers because GitHub (web-flow) committed a web edit', async () => {
    const world = aWorld(ONE_APPROVAL)
      .collaborator('alice', 'write')
      .collaborator('bob', 'write')
      .collaborator('carol', 'write');
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      commits: [{ files: { 'cart.ts': 'x' }, committer: 'web-flow' }],
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    expectAllowed(await runGate(world, { actor: 'carol' }));
  });

  it('ignores a bot that is not named in `approvers.users`', async () => {
    const world = releaseReviewedBy([{ author: 'renovate[bot]', state: 'APPROVED' }]).bot(
      'renovate',
    );
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    expect(outcome.json.changes[0]?.ignored).toEqual([
      { login: 'renovate[bot]', why: 'is a bot not listed in `approvers.users`' },
    ]);
  });

  it('counts a bot named in `approvers.users` as REST spells it (`renovate[bot]`)', async () => {
    const policy = `version: 1
environments:
  production:
    approvers:
      users: ["renovate[bot]"]
`;
    const world = releaseReviewedBy([{ author: 'renovate[bot]', state: 'APPROVED' }], policy).bot(
      'renovate',
    );
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.json.changes[0]?.approvedBy).toEqual(['renovate[bot]']);
    expect(outcome.summary).toContain('renovate\\[bot\\]');
  });
});

describe('`approvers`', () => {
  it('by default counts reviewers with write or more and ignores read-only ones', async () => {
    const world = releaseReviewedBy([
      { author: 'rita', state: 'APPROVED' },
      { author: 'alice', state: 'APPROVED' },
    ]).collaborator('rita', 'read');
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.json.changes[0]).toMatchObject({
      approvedBy: ['alice'],
      ignored: [{ login: 'rita', why: 'does not satisfy `approvers` (needs write, has read)' }],
    });
  });

  it('with `permission: maintain` ignores writers', async () => {
    const policy = `version: 1
environments:
  production:
    approvers:
      permission: maintain
`;
    const world = releaseReviewedBy(
      [
        { author: 'alice', state: 'APPROVED' },
        { author: 'mia', state: 'APPROVED' },
      ],
      policy,
    ).collaborator('mia', 'admin');
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.json.changes[0]).toMatchObject({
      approvedBy: ['mia'],
      ignored: [
        { login: 'alice', why: 'does not satisfy `approvers` (needs maintain, has write)' },
      ],
    });
  });

  it('with `users` counts the listed people whatever their role, and nobody else', async () => {
    const policy = `version: 1
environments:
  production:
    approvers:
      users: [olga]
`;
    const world = releaseReviewedBy(
      [
        { author: 'alice', state: 'APPROVED' },
        { author: 'olga', state: 'APPROVED' },
      ],
      policy,
    ).user('olga');
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.json.changes[0]).toMatchObject({
      approvedBy: ['olga'],
      ignored: [{ login: 'alice', why: 'does not satisfy `approvers` (not listed in `users`)' }],
    });
  });

  it('with `teams` counts members with write, including members of child teams', async () => {
    const policy = `version: 1
environments:
  production:
    approvals: 3
    approvers:
      teams: [acme/leads]
`;
    const world = releaseReviewedBy(
      [
        { author: 'alice', state: 'APPROVED' },
        { author: 'erin', state: 'APPROVED' },
        { author: 'dave', state: 'APPROVED' },
        { author: 'rita', state: 'APPROVED' },
      ],
      policy,
    )
      .collaborator('erin', 'write')
      .collaborator('rita', 'read')
      .team('acme/leads', { members: ['alice', 'rita'] })
      .team('acme/leads-db', { members: ['erin'], parent: 'leads' });
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, ['#1 Add cart has 2 of 3 required approvals']);
    expect(outcome.outputs).toMatchObject({ 'required-approvals': '3', approvals: '2' });
    expect(outcome.json.changes[0]).toMatchObject({
      approvedBy: ['alice', 'erin'],
      ignored: [
        {
          login: 'dave',
          why: 'does not satisfy `approvers` (needs write and team acme/leads, has write, in none of those teams)',
        },
        {
          login: 'rita',
          why: 'does not satisfy `approvers` (needs write and team acme/leads, has read, in acme/leads)',
        },
      ],
    });
    expect(outcome.summary).toContain('| bob | 3 | 2 | alice, erin | ❌ |');
  });
});

/** Commits on main deployed successfully by `who`, one distinct commit each. */
function deploysBy(world: ReturnType<typeof aWorld>, who: string, count: number): void {
  for (let i = 0; i < count; i++) {
    world.commit({ message: `Tune ${who} ${i}`, files: { [`tune/${who}-${i}.txt`]: 'x' } });
    world.deployment({ creator: who, status: 'success' });
  }
}

describe('`approvers.level`', () => {
  const LADDER = (scope: string) => `version: 1
environments:
  production:
    approvers:
      teams: [acme/leads]
      level: owner
    trust:
      scope: ${scope}
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: owner, after: 3, approvals: 1 }
`;

  it('lets a reviewer who reached the level by their own deploys join the approvers', async () => {
    const world = aWorld(LADDER('person'))
      .collaborator('bob', 'write')
      .collaborator('carol', 'write')
      .collaborator('dana', 'write')
      .collaborator('erin', 'write')
      .collaborator('lena', 'write')
      .team('acme/leads', { members: ['lena'] });
    deploysBy(world, 'dana', 3);
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [
        { author: 'dana', state: 'APPROVED' },
        { author: 'erin', state: 'APPROVED' },
        { author: 'lena', state: 'APPROVED' },
      ],
      merge: 'squash',
    });
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.outputs).toMatchObject({
      level: 'newcomer',
      changes: '1',
      'required-approvals': '2',
      approvals: '2',
    });
    expect(outcome.json.changes[0]).toMatchObject({
      approvedBy: ['dana', 'lena'],
      ignored: [
        {
          login: 'erin',
          why: 'does not satisfy `approvers` (needs write and team acme/leads or level owner, has write, in none of those teams, level newcomer)',
        },
      ],
    });
  });

  it("judges a reviewer's level by their own record even when trust scope is team", async () => {
    const world = aWorld(LADDER('team'))
      .collaborator('bob', 'write')
      .collaborator('carol', 'write')
      .collaborator('dana', 'write')
      .collaborator('erin', 'write')
      .team('acme/leads', { members: [] });
    deploysBy(world, 'dana', 3);
    deploysBy(world, 'erin', 1);
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [
        { author: 'dana', state: 'APPROVED' },
        { author: 'erin', state: 'APPROVED' },
      ],
      merge: 'squash',
    });
    const outcome = await runGate(world, { actor: 'carol' });
    // The team's shared score (4) puts carol at owner: one approval. Erin's own score is 1.
    expectAllowed(outcome);
    expect(outcome.outputs).toMatchObject({
      level: 'owner',
      score: '4',
      'required-approvals': '1',
    });
    expect(outcome.json.changes[0]).toMatchObject({
      approvedBy: ['dana'],
      ignored: [
        {
          login: 'erin',
          why: 'does not satisfy `approvers` (needs write and team acme/leads or level owner, has write, in none of those teams, level newcomer)',
        },
      ],
    });
  });
});

describe('`approvers.stale`', () => {
  function approvedThenPushed(policy: string) {
    const world = aWorld(policy)
      .collaborator('alice', 'write')
      .collaborator('bob', 'write')
      .collaborator('carol', 'write');
    const pr = world.pullRequest({ title: 'Add cart', author: 'bob', files: { 'cart.ts': 'x' } });
    const approvedOn = pr.headSha;
    world.review(pr.number, { author: 'alice', state: 'APPROVED' });
    const head = world.pushToPullRequest(pr.number, { files: { 'cart.ts': 'y' } }).sha;
    world.mergePullRequest(pr.number, 'squash');
    return { world, approvedOn, head };
  }

  it('by default (ignore) does not count an approval given on an older head commit', async () => {
    const { world, approvedOn, head } = approvedThenPushed(ONE_APPROVAL);
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [SHORT]);
    const why = `approved an earlier commit (${approvedOn.slice(0, 7)}, head is ${head.slice(0, 7)})`;
    expect(outcome.json.changes[0]?.ignored).toEqual([{ login: 'alice', why }]);
    expect(outcome.summary).toContain(`not counted: alice (${why})`);
  });

  it('counts an approval on the final head commit', async () => {
    const { world } = approvedThenPushed(ONE_APPROVAL);
    world.review(1, {
      author: 'alice',
      state: 'APPROVED',
      commit: world.pullRequests.get(1)!.headSha,
    });
    expectAllowed(await runGate(world, { actor: 'carol' }));
  });

  it('with `stale: count` counts an approval given on an older head commit', async () => {
    const policy = `version: 1
environments:
  production:
    approvers:
      stale: count
`;
    const { world } = approvedThenPushed(policy);
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.json.changes[0]).toMatchObject({ approvedBy: ['alice'], ignored: [] });
  });
});
