import { describe, expect, it } from 'vitest';
import { createWorld } from './index.js';
import { failure, serve } from './test-client.js';

describe('REST: git data and pull requests', () => {
  it('serves file contents base64-encoded at a ref, and 404 for a missing file', async () => {
    const world = createWorld().file('.github/trust-gate.yml', 'version: 1\n');
    const { gh } = await serve(world);
    const route = 'GET /repos/{owner}/{repo}/contents/{path}' as const;
    const { data } = await gh.request(route, {
      owner: 'acme',
      repo: 'app',
      path: '.github/trust-gate.yml',
      ref: 'main',
    });
    const text = !Array.isArray(data) && data.type === 'file' ? data.content : '';
    expect(Buffer.from(text, 'base64').toString()).toBe('version: 1\n');
    const missing = await failure(gh.request(route, { owner: 'acme', repo: 'app', path: 'nope' }));
    expect(missing).toEqual({ status: 404, message: 'Not Found' });
  });

  it.each([
    ['ahead', 'base', 'main', 'base', { ahead_by: 2, behind_by: 0, total_commits: 2 }],
    ['behind', 'main', 'base', 'base', { ahead_by: 0, behind_by: 2, total_commits: 0 }],
    ['identical', 'main', 'main', 'main', { ahead_by: 0, behind_by: 0, total_commits: 0 }],
    ['diverged', 'side', 'main', 'base', { ahead_by: 2, behind_by: 1, total_commits: 2 }],
  ])('compares with merge-base semantics: %s', async (expected, base, head, mergeBase, counts) => {
    const world = createWorld().branch('base');
    world.branch('side').commit({ branch: 'side', files: { 'side.txt': 's' } });
    world.commit({ message: 'first', files: { 'a.txt': '1' }, author: 'alice' });
    world.commit({ message: 'second', files: { 'a.txt': '2' }, author: 'bob' });
    const { gh } = await serve(world);
    const { data } = await gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: 'acme',
      repo: 'app',
      basehead: `${base}...${head}`,
    });
    expect(data).toMatchObject({
      status: expected,
      ...counts,
      merge_base_commit: { sha: world.resolve(mergeBase) },
    });
    if (expected === 'ahead' || expected === 'diverged') {
      expect(data.commits.map((c) => c.commit.message)).toEqual(['first', 'second']);
      expect(data.commits[0]?.author).toMatchObject({ login: 'alice', type: 'User' });
      expect(data.files?.map((f) => [f.filename, f.status])).toEqual([['a.txt', 'added']]);
    }
  });

  it('paginates with per_page/page and a Link header', async () => {
    const world = createWorld().branch('base');
    for (let i = 1; i <= 5; i++) world.commit({ message: `c${i}` });
    const { gh } = await serve(world);
    const route = 'GET /repos/{owner}/{repo}/compare/{basehead}' as const;
    const args = { owner: 'acme', repo: 'app', basehead: 'base...main', per_page: 2 };
    const first = await gh.request(route, { ...args, page: 1 });
    expect(first.data.commits.map((c) => c.commit.message)).toEqual(['c1', 'c2']);
    expect(first.headers.link).toMatch(
      /<http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/app\/compare\/base\.\.\.main\?per_page=2&page=2>; rel="next"/,
    );
    expect(first.headers.link).toContain('page=3>; rel="last"');
    const last = await gh.request(route, { ...args, page: 3 });
    expect(last.data.commits.map((c) => c.commit.message)).toEqual(['c5']);
    expect(last.headers.link).not.toContain('rel="next"');
    expect(last.data.total_commits).toBe(5);
  });

  it('serves pull requests with files, reviews and commits', async () => {
    const world = createWorld().collaborator('carol', 'write');
    const pr = world.pullRequest({
      title: 'Migrate',
      author: 'alice',
      files: { 'db/migrations/1.sql': 'create table t;' },
      reviews: [{ author: 'carol', state: 'APPROVED' }],
      merge: 'squash',
    });
    const { gh } = await serve(world);
    const args = { owner: 'acme', repo: 'app', pull_number: pr.number };
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', args);
    expect(data).toMatchObject({
      number: 1,
      merged: true,
      merge_commit_sha: pr.mergeCommitSha,
      user: { login: 'alice' },
      changed_files: 1,
    });
    const files = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', args);
    expect(files.data.map((f) => f.filename)).toEqual(['db/migrations/1.sql']);
    const reviews = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', args);
    expect(reviews.data).toMatchObject([
      { state: 'APPROVED', user: { login: 'carol' }, commit_id: pr.headSha },
    ]);
    const commits = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', args);
    expect(commits.data.map((c) => c.sha)).toEqual(pr.commits);
    const single = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      owner: 'acme',
      repo: 'app',
      ref: pr.mergeCommitSha ?? '',
    });
    expect(single.data.committer).toMatchObject({ login: 'web-flow' });
    expect(single.data.files?.map((f) => f.filename)).toEqual(['db/migrations/1.sql']);
  });
});
