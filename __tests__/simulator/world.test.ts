import { describe, expect, it } from 'vitest';
import { compare } from './git.js';
import { createWorld } from './world.js';

describe('the simulated world', () => {
  it('appends commits to the default branch as a linear history', () => {
    const world = createWorld();
    const first = world.commit({ message: 'one', files: { 'a.txt': 'a' }, author: 'alice' });
    const second = world.commit({ message: 'two', files: { 'b.txt': 'b' }, author: 'bob' });
    expect(second.parents).toEqual([first.sha]);
    expect(world.resolve('main')).toBe(second.sha);
    expect(world.resolve('HEAD')).toBe(second.sha);
    expect(world.resolve(second.sha.slice(0, 7))).toBe(second.sha);
    expect(second.tree).toEqual({ 'a.txt': 'a', 'b.txt': 'b' });
  });

  it('writes Co-authored-by trailers and links them back to users by email', () => {
    const world = createWorld().user('carol', { name: 'Carol C' });
    const c = world.commit({ message: 'pair', author: 'alice', coAuthors: ['carol'] });
    expect(c.message).toMatch(
      /\n\nCo-authored-by: Carol C <\d+\+carol@users\.noreply\.github\.com>$/,
    );
    expect(world.coAuthorsOf(c)).toEqual([
      expect.objectContaining({ login: 'carol', name: 'Carol C' }),
    ]);
  });

  it('squash-merges a pull request into one web-flow commit associated with it', () => {
    const world = createWorld();
    const pr = world.pullRequest({
      title: 'Add login',
      author: 'alice',
      commits: [
        { message: 'wip', files: { 'login.ts': 'v1' } },
        { message: 'done', files: { 'login.ts': 'v2' }, author: 'bob' },
      ],
      reviews: [{ author: 'carol', state: 'APPROVED' }],
      merge: 'squash',
    });
    const squash = world.commitAt('main');
    expect(pr.merged).toBe(true);
    expect(pr.mergeCommitSha).toBe(squash?.sha);
    expect(squash?.committer.login).toBe('web-flow');
    expect(squash?.tree['login.ts']).toBe('v2');
    expect(squash?.message).toMatch(/^Add login \(#1\)\n\n\* wip\n\* done\n\nCo-authored-by: bob/);
    expect(world.associatedPullRequests(squash?.sha ?? '')).toEqual([pr]);
    expect(world.associatedPullRequests(pr.commits[0] ?? '')).toEqual([pr]);
    expect(pr.reviews[0]?.commitId).toBe(pr.headSha);
  });

  it('keeps the PR commits reachable after a merge commit, and copies them on rebase', () => {
    const world = createWorld();
    const merged = world.pullRequest({ author: 'alice', merge: 'merge' });
    expect(world.commitAt('main')?.parents).toHaveLength(2);
    expect(compare(world, merged.commits[0] ?? '', world.mustResolve('main')).status).toBe('ahead');
    const rebased = world.pullRequest({ author: 'bob', merge: 'rebase' });
    expect(rebased.mergeCommitSha).toBe(world.resolve('main'));
    expect(world.associatedPullRequests(rebased.mergeCommitSha ?? '')).toEqual([rebased]);
  });

  it('marks earlier successful deployments inactive when a new one succeeds', () => {
    const world = createWorld();
    const first = world.deployment({ environment: 'production', status: 'success' });
    world.commit({ files: { x: '1' } });
    world.deployment({ environment: 'Production', status: 'success' });
    expect(first.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
  });

  it('links a deployment status to a workflow run log', () => {
    const world = createWorld();
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const d = world.deployment({ status: { state: 'failure', run } });
    expect(d.statuses[0]?.logUrl).toBe(
      `https://github.com/acme/app/actions/runs/${run.id}/job/${run.id + 7}`,
    );
  });
});
