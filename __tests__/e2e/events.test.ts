// Every way a team triggers a deploy (SPEC §5c), end to end through dist/index.js with real payloads.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { aWorld, serve } from './scenario.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
    branches: [main, "v*"]
`;

function team(policy = POLICY): World {
  return aWorld(policy)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
}

/** A merged, approved pull request: a release that needs nothing more. */
function approvedPull(world: World, title: string) {
  return world.pullRequest({
    title,
    author: 'bob',
    files: { [`${title}.ts`]: 'x' },
    reviews: [{ author: 'alice', state: 'APPROVED' }],
    merge: 'squash',
  });
}

function jsonOf(outputs: Record<string, string>) {
  return JSON.parse(outputs['json']!) as Record<string, unknown>;
}

describe('workflow_run', () => {
  it('judges the commit the run built, on its branch, not the branch’s newer head', async () => {
    const world = team();
    approvedPull(world, 'cart');
    const built = world.resolve('main')!;
    world.pullRequest({ title: 'unreviewed', author: 'bob', merge: 'squash' });
    const { run } = await serve(world);
    const result = await run({
      event: 'workflow_run',
      actor: 'carol',
      workflowRun: { headSha: built, headBranch: 'main' },
    });
    expect(result.outputs).toMatchObject({ allowed: 'true', deployer: 'carol', changes: '1' });
    expect(jsonOf(result.outputs)).toMatchObject({ sha: built, ref: 'main' });
    expect(result.code).toBe(0);
  });

  it('refuses a run from a fork, whoever re-ran it', async () => {
    const world = team();
    approvedPull(world, 'cart');
    const { run, sim } = await serve(world);
    const result = await run({
      event: 'workflow_run',
      actor: 'mallory',
      triggeringActor: 'alice',
      workflowRun: {
        headSha: world.resolve('main')!,
        headBranch: 'main',
        headRepository: 'mallory/shop',
      },
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ allowed: 'false', decision: 'error' });
    expect(result.outputs['reason']).toContain(
      'triggered from the fork mallory/shop, not from acme/shop',
    );
    expect(sim.counts().total).toBe(0);
  });
});

describe('deployment', () => {
  it('judges the deployment’s commit and leaves the deployment itself out of the history', async () => {
    const world = team();
    approvedPull(world, 'cart');
    const target = world.resolve('main')!;
    // A deploy tool reported this very deployment a success already: counted, it would make the
    // release empty ("already deployed").
    const own = world.deployment({ sha: target, creator: 'carol', status: 'success' });
    const { run } = await serve(world);
    const result = await run({
      event: 'deployment',
      actor: 'carol',
      deployment: { id: own.id, sha: target, ref: 'main' },
    });
    expect(result.outputs).toMatchObject({ allowed: 'true', changes: '1', deployer: 'carol' });
    expect(jsonOf(result.outputs)).toMatchObject({ sha: target, ref: 'main' });
  });

  it('judges the deployment’s ref against branches', async () => {
    const world = team();
    world.branch('experiment');
    const { run } = await serve(world);
    const result = await run({
      event: 'deployment',
      actor: 'carol',
      deployment: { id: 1, sha: world.resolve('experiment')!, ref: 'experiment' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['reason']).toContain('ref `experiment` is outside `branches`');
  });
});

describe('release, tags and dispatches on a tag', () => {
  it.each(['release', 'push', 'workflow_dispatch'] as const)(
    '%s on refs/tags/v1.2.3 judges the tag, named as a tag',
    async (event) => {
      const world = team();
      approvedPull(world, 'cart');
      world.tag('v1.2.3');
      const { run } = await serve(world);
      const result = await run({ event, actor: 'carol', ref: 'refs/tags/v1.2.3' });
      expect(result.outputs).toMatchObject({ allowed: 'true' });
      expect(jsonOf(result.outputs)).toMatchObject({ ref: 'v1.2.3' });
      expect(result.summary).toContain('**tag** `v1.2.3`');
    },
  );

  it('schedule judges GITHUB_SHA on GITHUB_REF', async () => {
    const world = team();
    approvedPull(world, 'cart');
    const { run } = await serve(world);
    const result = await run({ event: 'schedule', actor: 'carol' });
    expect(result.outputs).toMatchObject({ allowed: 'true', deployer: 'carol' });
    expect(result.summary).toContain('**ref** `main`');
  });

  it('the sha input overrides the event’s commit', async () => {
    const world = team();
    approvedPull(world, 'cart');
    const first = world.resolve('main')!;
    approvedPull(world, 'checkout');
    const { run } = await serve(world);
    const result = await run({
      event: 'push',
      actor: 'carol',
      inputs: { environment: 'production', sha: first },
    });
    expect(jsonOf(result.outputs)).toMatchObject({ sha: first });
    expect(result.outputs['changes']).toBe('1');
  });
});

describe('issue_comment (chat-ops)', () => {
  it('deploys the pull request’s head from its branch; the commenter deploys; its own commits are the change', async () => {
    const world = team(`version: 1\nenvironments:\n  production:\n    approvals: 1\n`);
    const pr = world.pullRequest({
      title: 'Try cart',
      author: 'bob',
      head: 'feature/cart',
      reviews: [{ author: 'alice', state: 'APPROVED' }],
    });
    const { run } = await serve(world);
    const result = await run({
      event: 'issue_comment',
      actor: 'carol',
      issueComment: { number: pr.number, onPullRequest: true, commenter: 'carol' },
    });
    expect(result.outputs).toMatchObject({ allowed: 'true', deployer: 'carol', changes: '1' });
    expect(jsonOf(result.outputs)).toMatchObject({
      mode: 'gate',
      sha: pr.headSha,
      ref: 'feature/cart',
      changes: [expect.objectContaining({ number: pr.number, approvals: 1 })],
    });
    expect(result.code).toBe(0);
  });

  it('matches the head branch against branches', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', head: 'feature/cart' });
    const { run } = await serve(world);
    const result = await run({
      event: 'issue_comment',
      actor: 'carol',
      issueComment: { number: pr.number, onPullRequest: true, commenter: 'carol' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['reason']).toContain('ref `feature/cart` is outside `branches`');
  });

  it('refuses a pull request from a fork', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', headRepository: 'mallory/shop' });
    const { run } = await serve(world);
    const result = await run({
      event: 'issue_comment',
      actor: 'carol',
      issueComment: { number: pr.number, onPullRequest: true, commenter: 'carol' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.outputs['reason']).toContain(
      `Pull request #${pr.number} comes from the fork mallory/shop`,
    );
  });

  it('on a plain issue, says the gate needs a pull request comment', async () => {
    const world = team();
    const { run } = await serve(world);
    const result = await run({
      event: 'issue_comment',
      actor: 'carol',
      issueComment: { number: 5, onPullRequest: false, commenter: 'carol' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['reason']).toContain(
      'The comment is on issue #5, not on a pull request: Trust Gate on `issue_comment` needs a pull request comment',
    );
  });
});

describe('merge_group', () => {
  /** Two queued pull requests and the queue branch GitHub builds for them (merge commits). */
  function queue(world: World, reviewed: { first: boolean; second: boolean }) {
    const approval = [{ author: 'alice', state: 'APPROVED' as const }];
    const first = world.pullRequest({
      title: 'Cart',
      author: 'bob',
      reviews: reviewed.first ? approval : [],
    });
    const second = world.pullRequest({
      title: 'Pay',
      author: 'carol',
      reviews: reviewed.second ? approval : [],
    });
    const baseSha = world.resolve('main')!;
    const branch = `gh-readonly-queue/main/pr-${second.number}-${baseSha}`;
    world.branch(branch, 'main');
    for (const pr of [first, second])
      world.commit({
        branch,
        message: `Merge pull request #${pr.number} from acme/${pr.head}\n\n${pr.title}`,
        files: { [`${pr.head}.txt`]: pr.title },
      });
    const headSha = world.resolve(branch)!;
    return {
      first,
      second,
      group: { headSha, headRef: `refs/heads/${branch}`, baseSha, baseRef: 'refs/heads/main' },
    };
  }

  const statusesOf = (world: World, sha: string) =>
    world.commitStatuses
      .filter((s) => s.sha === sha)
      .map(({ state, context, description }) => ({ state, context, description }));

  it('judges every pull request in the group as a check; one status on the group head', async () => {
    const world = team();
    const { first, second, group } = queue(world, { first: true, second: false });
    const { run } = await serve(world);
    const result = await run({
      event: 'merge_group',
      actor: 'dave',
      mergeGroup: group,
      sha: group.headSha,
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      allowed: 'false',
      decision: 'deny',
      deployer: 'bob, carol',
      changes: '2',
    });
    expect(statusesOf(world, group.headSha)).toEqual([
      {
        state: 'pending',
        context: 'trust-gate/production',
        description: `#${second.number}: needs 1 more approval`,
      },
    ]);
    expect(result.summary).toContain(`| #${first.number} | bob | ✅ allowed |`);
    expect(result.summary).toContain(`| #${second.number} | carol | ⛔ denied |`);
    expect(world.comments).toEqual([]);
  });

  it('fails closed with an error status when a commit of the group belongs to no pull request', async () => {
    const world = team();
    const { group } = queue(world, { first: true, second: true });
    const branch = group.headRef.replace('refs/heads/', '');
    world.commit({ branch, message: 'Sneaked in', files: { 'sneak.txt': 'x' } });
    const headSha = world.resolve(branch)!;
    const { run } = await serve(world);
    const result = await run({
      event: 'merge_group',
      actor: 'dave',
      mergeGroup: { ...group, headSha },
      sha: headSha,
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.outputs['reason']).toContain('("Sneaked in") of the merge group');
    expect(statusesOf(world, headSha)).toMatchObject([
      { state: 'error', context: 'trust-gate/production' },
    ]);
  });

  it('is success when every pull request would be allowed', async () => {
    const world = team();
    const { group } = queue(world, { first: true, second: true });
    const { run } = await serve(world);
    const result = await run({
      event: 'merge_group',
      actor: 'dave',
      mergeGroup: group,
      sha: group.headSha,
    });
    expect(result.outputs).toMatchObject({ allowed: 'true', decision: 'allow' });
    expect(statusesOf(world, group.headSha)).toEqual([
      {
        state: 'success',
        context: 'trust-gate/production',
        description: 'All 2 pull requests ready to deploy to production',
      },
    ]);
  });
});

describe('inputs that events refuse or need', () => {
  it('refuses a policy-ref naming the pull request’s head branch; check mode reports it as its error', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', head: 'relax-policy' });
    const { run } = await serve(world);
    const result = await run({
      event: 'pull_request_target',
      pullRequest: {
        number: pr.number,
        headSha: pr.headSha,
        headRef: pr.head,
        baseRef: 'main',
        author: 'bob',
      },
      inputs: { environment: 'production', 'policy-ref': 'relax-policy' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.outputs['reason']).toContain(
      `Input \`policy-ref\` is "relax-policy", the head of pull request #${pr.number}`,
    );
    expect(result.summary).toContain('Trust Gate: error');
  });

  it('validate runs without GITHUB_REPOSITORY: it reads only the workspace', async () => {
    const { run } = await serve(team());
    const result = await run({
      inputs: { mode: 'validate', environment: '' },
      env: { GITHUB_REPOSITORY: '' },
      workspaceFiles: { '.github/trust-gate.yml': POLICY },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('GITHUB_REPOSITORY');
  });
});
