// check mode in process: the sticky comment and the commit status on a pull request.
import { describe, expect, it } from 'vitest';
import type { PullRequestRecord, World } from '../simulator/index.js';
import { aWorld, serve, type RunOptions } from './run-in-process.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
`;

function team(): World {
  return aWorld(POLICY)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
}

function onPullRequest(
  pr: PullRequestRecord,
  inputs: Record<string, string> = {},
): Partial<RunOptions> {
  return {
    event: 'pull_request',
    pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: pr.base, author: pr.author },
    inputs: { environment: 'production', ...inputs },
  };
}

function statusesOf(world: World) {
  return world.commitStatuses.map(({ sha, state, context, description, targetUrl }) => ({
    sha,
    state,
    context,
    description,
    targetUrl,
  }));
}

describe('check mode in process', () => {
  it('comments once, updates that comment, and sets the status, never failing the step', async () => {
    const world = team();
    const pr = world.pullRequest({ title: 'Add cart', author: 'bob', files: { 'cart.ts': 'x' } });
    const { run } = await serve(world);
    const denied = await run(onPullRequest(pr));
    expect(denied.code).toBe(0);
    expect(denied.outputs).toMatchObject({ decision: 'deny', allowed: 'false', deployer: 'bob' });
    expect(denied.annotations).toEqual([
      {
        level: 'notice',
        properties: {},
        message: 'Trust Gate: #1 Add cart has 0 of 1 required approvals',
      },
    ]);
    expect(world.comments).toHaveLength(1);
    const first = { ...world.comments[0]! };
    expect(first.issueNumber).toBe(pr.number);
    expect(first.body).toContain('<!-- trust-gate:production -->');
    expect(first.body).toContain('needs 1 more approval');

    world.review(pr.number, { author: 'alice', state: 'APPROVED' });
    const allowed = await run(onPullRequest(pr));
    expect(allowed.outputs).toMatchObject({ decision: 'allow', allowed: 'true' });
    expect(world.comments).toHaveLength(1);
    expect(world.comments[0]!.id).toBe(first.id);
    expect(world.comments[0]!.body).not.toBe(first.body);
    expect(world.comments[0]!.body).toContain('### ✅ Trust Gate: ready to deploy to production');
    expect(statusesOf(world)).toEqual([
      {
        sha: pr.headSha,
        state: 'pending',
        context: 'trust-gate/production',
        description: 'needs 1 more approval',
        targetUrl: 'https://github.com/acme/shop/actions/runs/4242',
      },
      {
        sha: pr.headSha,
        state: 'success',
        context: 'trust-gate/production',
        description: 'Ready to deploy to production (1 of 1 approval)',
        targetUrl: 'https://github.com/acme/shop/actions/runs/4242',
      },
    ]);
  });

  it('writes neither comment nor status when both are turned off', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    const { run, sim } = await serve(world);
    const result = await run(onPullRequest(pr, { comment: 'false', status: 'false' }));
    expect(result.outputs).toMatchObject({ decision: 'deny' });
    expect(world.comments).toEqual([]);
    expect(world.commitStatuses).toEqual([]);
    expect(sim.log.entries.filter((e) => e.method !== 'GET' && e.path !== '/graphql')).toEqual([]);
  });

  it('warns, and still does not fail, when a read-only token cannot comment or set the status', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    world.grant({
      contents: 'read',
      deployments: 'read',
      'pull-requests': 'read',
      actions: 'read',
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'deny' });
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Trust Gate could not comment on the pull request: .*pull-requests: write/,
      ),
      expect.stringMatching(/^Trust Gate could not set the commit status: .*statuses: write/),
    ]);
  });

  it('on an error, says so in the comment and an error status instead of a stale verdict', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    world.grant({
      contents: 'read',
      deployments: 'none',
      'pull-requests': 'write',
      actions: 'read',
      statuses: 'write',
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false', deployer: 'bob' });
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.annotations.map((a) => a.message).join('\n')).toContain(
      'Trust Gate could not decide: ',
    );
    expect(world.commitStatuses.map(({ state, context }) => ({ state, context }))).toEqual([
      { state: 'error', context: 'trust-gate/production' },
    ]);
    expect(world.comments).toHaveLength(1);
    expect(world.comments[0]!.body).toContain('<!-- trust-gate:production -->');
    expect(world.comments[0]!.body).toContain('`deployments: read`');
  });

  it('on an error with comment and status turned off, writes neither', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    world.grant({
      contents: 'read',
      deployments: 'none',
      'pull-requests': 'write',
      statuses: 'write',
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr, { comment: 'false', status: 'false' }));
    expect(result.outputs).toMatchObject({ decision: 'error' });
    expect(world.comments).toEqual([]);
    expect(world.commitStatuses).toEqual([]);
  });

  it('on an error with a read-only token, warns that it could not comment or set the status', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    world.grant({
      contents: 'read',
      deployments: 'none',
      'pull-requests': 'read',
      actions: 'read',
    });
    const { run } = await serve(world);
    const result = await run(onPullRequest(pr));
    expect(result.code).toBe(0);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringMatching(/^Trust Gate could not decide: /),
      expect.stringMatching(/^Trust Gate could not comment on the pull request: /),
      expect.stringMatching(/^Trust Gate could not set the commit status: /),
    ]);
  });

  it('reports a bad input as a warning only: no request, no comment, no status', async () => {
    const world = team();
    const pr = world.pullRequest({ author: 'bob', files: { 'cart.ts': 'x' } });
    const { run, sim } = await serve(world);
    const result = await run(onPullRequest(pr, { comment: 'maybe' }));
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', deployer: 'bob' });
    expect(result.annotations).toEqual([
      {
        level: 'warning',
        properties: {},
        message: 'Trust Gate could not decide: Input `comment` is "maybe"; expected true or false.',
      },
    ]);
    expect(sim.counts().total).toBe(0);
  });
});
