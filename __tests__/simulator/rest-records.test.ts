import { Octokit } from '@octokit/core';
import { describe, expect, it } from 'vitest';
import { createWorld } from './index.js';
import { failure, serve } from './test-client.js';

describe('REST: deployments, people and writes', () => {
  it('lists deployments newest first, filtered by environment case-insensitively, with statuses', async () => {
    const world = createWorld();
    const old = world.deployment({
      environment: 'production',
      creator: 'alice',
      status: 'failure',
      payload: { deployer: 'x' },
    });
    world.deployment({ environment: 'staging', status: 'success' });
    const recent = world.deployment({
      environment: 'Production',
      creator: 'renovate[bot]',
      status: 'success',
    });
    const { gh } = await serve(world);
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', {
      owner: 'acme',
      repo: 'app',
      environment: 'PRODUCTION',
    });
    expect(data.map((d) => d.id)).toEqual([recent.id, old.id]);
    expect(data[0]?.creator).toMatchObject({ login: 'renovate[bot]', type: 'Bot' });
    expect(data[1]?.payload).toEqual({ deployer: 'x' });
    const statuses = await gh.request(
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      {
        owner: 'acme',
        repo: 'app',
        deployment_id: old.id,
      },
    );
    expect(statuses.data.map((s) => s.state)).toEqual(['failure']);
  });

  it('reports collaborator permissions and team memberships, child teams included', async () => {
    const world = createWorld()
      .collaborator('alice', 'maintain')
      .user('bob')
      .team('acme/platform', { members: ['carol'] })
      .team('acme/sre', { members: ['dave'], parent: 'platform' });
    const { gh } = await serve(world);
    const perm = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      owner: 'acme',
      repo: 'app',
      username: 'alice',
    });
    expect(perm.data).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { permissions: { maintain: true, admin: false } },
    });
    const none = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      owner: 'acme',
      repo: 'app',
      username: 'bob',
    });
    expect(none.data.permission).toBe('none');
    const route = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}' as const;
    const viaChild = await gh.request(route, {
      org: 'acme',
      team_slug: 'platform',
      username: 'dave',
    });
    expect(viaChild.data).toMatchObject({ state: 'active', role: 'member' });
    expect(
      await failure(gh.request(route, { org: 'acme', team_slug: 'sre', username: 'carol' })),
    ).toMatchObject({ status: 404 });
    world.tokenCanReadOrgMembers = false;
    expect(
      await failure(gh.request(route, { org: 'acme', team_slug: 'platform', username: 'carol' })),
    ).toEqual({
      status: 403,
      message: 'Resource not accessible by integration',
    });
  });

  it('records comments, statuses and issues written by the token', async () => {
    const world = createWorld();
    const pr = world.pullRequest({ author: 'alice' });
    const { gh } = await serve(world);
    const repo = { owner: 'acme', repo: 'app' };
    const created = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: pr.number,
      body: 'hello',
    });
    await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: created.data.id,
      body: 'edited',
    });
    expect(world.comments).toMatchObject([
      { issueNumber: pr.number, body: 'edited', author: 'github-actions[bot]' },
    ]);
    await gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      ...repo,
      sha: pr.headSha,
      state: 'pending',
      context: 'trust-gate/production',
      description: 'needs 1 more approval',
    });
    expect(world.commitStatuses).toMatchObject([
      { sha: pr.headSha, state: 'pending', context: 'trust-gate/production' },
    ]);
    const tooLong = await failure(
      gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        ...repo,
        sha: pr.headSha,
        state: 'success',
        description: 'x'.repeat(141),
      }),
    );
    expect(tooLong).toEqual({ status: 422, message: 'Validation Failed' });
    await gh.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'Break glass',
      body: 'why',
      labels: ['trust-gate'],
    });
    expect([...world.issues.values()]).toMatchObject([
      { title: 'Break glass', labels: ['trust-gate'] },
    ]);
    await gh.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: created.data.id,
    });
    expect(world.comments).toEqual([]);
  });

  it('refuses writes the token was not granted, and unauthenticated or unknown requests', async () => {
    const world = createWorld();
    world.token.missing = ['issues:write', 'actions:read'];
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const issue = world.pullRequest({ author: 'alice' });
    world.token.missing.push('pull-requests:write');
    const { gh, sim } = await serve(world);
    const repo = { owner: 'acme', repo: 'app' };
    const denied = { status: 403, message: 'Resource not accessible by integration' };
    expect(
      await failure(
        gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: issue.number,
          body: 'x',
        }),
      ),
    ).toEqual(denied);
    expect(
      await failure(
        gh.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: run.id }),
      ),
    ).toEqual(denied);
    expect(await failure(gh.request('GET /repos/{owner}/{repo}/unknown', repo))).toEqual({
      status: 404,
      message: 'Not Found',
    });
    expect(
      await failure(gh.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'other' })),
    ).toMatchObject({ status: 404 });
    const anonymous = new Octokit({ baseUrl: sim.url });
    expect(await failure(anonymous.request('GET /repos/{owner}/{repo}', repo))).toEqual({
      status: 401,
      message: 'Requires authentication',
    });
  });

  it('grants exactly a workflow permissions block, as GitHub does for GITHUB_TOKEN', async () => {
    const world = createWorld().grant({
      contents: 'read',
      deployments: 'read',
      'pull-requests': 'write',
    });
    const pr = world.pullRequest({ author: 'alice' });
    const { gh } = await serve(world);
    const repo = { owner: 'acme', repo: 'app' };
    expect(await failure(gh.request('GET /repos/{owner}/{repo}/deployments', repo))).toMatchObject({
      status: 200,
    });
    const comment = gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: pr.number,
      body: 'allowed through pull-requests: write',
    });
    expect(await failure(comment)).toMatchObject({ status: 200 });
    const status = gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      ...repo,
      sha: pr.headSha,
      state: 'success',
    });
    expect(await failure(status)).toMatchObject({ status: 403 });
    const issue = gh.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'x' });
    expect(await failure(issue)).toMatchObject({ status: 403 });
  });
});
