// OctokitGitHub's REST reads against the simulator: compare, a commit and its files, a pull request's head.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: World) {
  const { sim } = await serve(world);
  const octokit = await createClient('ghs_test', sim.url);
  return { sim, port: new OctokitGitHub(octokit, { owner: 'acme', repo: 'app' }) };
}

/** `count` commits on the default branch, each changing one file; returns their shas. */
function commits(world: World, count: number, author = 'alice'): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      world.commit({ message: `Change ${i}`, author, files: { [`f${i}.txt`]: `${i}` } }).sha,
  );
}

/** A commit changing `count` files. */
function commitOfFiles(world: World, count: number): string {
  const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`d/f${i}.txt`, 'x']));
  return world.commit({ message: 'Many files', author: 'alice', files }).sha;
}

const compareQueries = (world: World, log: { path: string; query: string }[]) =>
  log.filter((e) => e.path.startsWith(`/repos/${world.fullName}/compare/`)).map((e) => e.query);

describe('compare', () => {
  it('lists the commits from base to head with their title, link, author and bot flag', async () => {
    const world = createWorld().bot('renovate');
    const base = world.resolve('main') ?? '';
    const human = world.commit({ message: 'Fix the bug\n\nLong story.', author: 'alice' });
    const botCommit = world.commit({ message: 'Bump deps', author: 'renovate[bot]' });
    const unlinked = world.commit({
      message: 'From elsewhere',
      author: { name: 'Someone', email: 'someone@example.com' },
    });
    const { port } = await portFor(world);
    const comparison = await port.compare(base, unlinked.sha);
    expect(comparison.status).toBe('ahead');
    expect(comparison.commits).toEqual([
      {
        sha: human.sha,
        title: 'Fix the bug',
        url: `https://github.com/acme/app/commit/${human.sha}`,
        author: 'alice',
        authorIsBot: false,
      },
      {
        sha: botCommit.sha,
        title: 'Bump deps',
        url: `https://github.com/acme/app/commit/${botCommit.sha}`,
        author: 'renovate[bot]',
        authorIsBot: true,
      },
      {
        sha: unlinked.sha,
        title: 'From elsewhere',
        url: `https://github.com/acme/app/commit/${unlinked.sha}`,
        author: null,
        authorIsBot: false,
      },
    ]);
  });

  it.each([
    [1, ['page=1']],
    [100, ['page=1']],
    [101, ['page=1', 'page=2']],
    [230, ['page=1', 'page=2', 'page=3']],
  ])('reads %i commits 100 a page, asking no page past the last', async (count, pages) => {
    const world = createWorld();
    const base = world.resolve('main') ?? '';
    const shas = commits(world, count);
    const { port, sim } = await portFor(world);
    const comparison = await port.compare(base, shas.at(-1) ?? '');
    expect(comparison.commits.map((c) => c.sha)).toEqual(shas);
    const queries = compareQueries(world, sim.log.rest());
    expect(queries.map((q) => new URLSearchParams(q).get('page'))).toEqual(
      pages.map((p) => p.slice('page='.length)),
    );
    expect(queries.every((q) => new URLSearchParams(q).get('per_page') === '100')).toBe(true);
  });

  it.each([
    ['identical', (a: string) => [a, a]],
    ['behind', (a: string, b: string) => [b, a]],
    ['ahead', (a: string, b: string) => [a, b]],
  ])('says when head is %s', async (status, order) => {
    const world = createWorld();
    const [a = '', b = ''] = commits(world, 2);
    const { port } = await portFor(world);
    const [base = '', head = ''] = order(a, b);
    expect((await port.compare(base, head)).status).toBe(status);
    expect(await port.compareStatus(base, head)).toBe(status);
  });

  it('asks one commit only for the status', async () => {
    const world = createWorld();
    const base = world.resolve('main') ?? '';
    const shas = commits(world, 5);
    const { port, sim } = await portFor(world);
    expect(await port.compareStatus(base, shas.at(-1) ?? '')).toBe('ahead');
    const queries = compareQueries(world, sim.log.rest());
    expect(queries.map((q) => new URLSearchParams(q).get('per_page'))).toEqual(['1']);
    expect(sim.log.rest()[0]?.path).toBe(`/repos/acme/app/compare/${base}...${shas.at(-1) ?? ''}`);
  });

  it.each([
    ['compare', (port: OctokitGitHub, a: string, b: string) => port.compare(a, b)],
    ['compareStatus', (port: OctokitGitHub, a: string, b: string) => port.compareStatus(a, b)],
  ])('%s names both commits by their short sha when GitHub refuses', async (_, read) => {
    const world = createWorld().grant({ deployments: 'read' });
    const [a = '', b = ''] = commits(world, 2);
    const { port } = await portFor(world);
    await expect(read(port, a, b)).rejects.toMatchObject({
      name: 'GitHubError',
      status: 403,
      message: expect.stringMatching(
        new RegExp(
          `^Could not compare ${a.slice(0, 7)}\\.\\.\\.${b.slice(0, 7)} \\(HTTP 403\\): .*Add \`contents: read\` to the job's \`permissions:\` block\\.$`,
        ),
      ),
    });
  });
});

describe('commit', () => {
  it('reads a commit: its title, author and files', async () => {
    const world = createWorld().bot('renovate');
    const sha = world.commit({
      message: 'Bump deps\n\nSigned-off-by: bot',
      author: 'renovate[bot]',
      files: { 'package.json': '{}', 'lock.json': '{}' },
    }).sha;
    const { port } = await portFor(world);
    expect(await port.commit(sha)).toEqual({
      sha,
      title: 'Bump deps',
      url: `https://github.com/acme/app/commit/${sha}`,
      author: 'renovate[bot]',
      authorIsBot: true,
      files: ['lock.json', 'package.json'],
    });
  });

  it.each([
    [1, 1],
    [299, 1],
    [300, 2],
    [301, 2],
    [600, 3],
  ])('reads %i files 300 a page (%i requests)', async (count, requests) => {
    const world = createWorld();
    const sha = commitOfFiles(world, count);
    const { port, sim } = await portFor(world);
    const commit = await port.commit(sha);
    expect(commit.files).toHaveLength(count);
    expect(new Set(commit.files).size).toBe(count);
    expect(commit).not.toHaveProperty('filesCut');
    const queries = sim.log.rest().map((e) => new URLSearchParams(e.query));
    expect(queries.map((q) => q.get('page'))).toEqual(
      Array.from({ length: requests }, (_, i) => String(i + 1)),
    );
    expect(queries.every((q) => q.get('per_page') === '300')).toBe(true);
  });

  it('says a commit of more files than GitHub lists was cut at 3,000', async () => {
    const world = createWorld();
    const sha = commitOfFiles(world, 3001);
    const { port, sim } = await portFor(world);
    const commit = await port.commit(sha);
    expect(commit.files).toHaveLength(3000);
    expect(commit.filesCut).toBe(`GitHub lists at most 3000 files of commit ${sha.slice(0, 7)}`);
    expect(commit.title).toBe('Many files');
    expect(sim.counts().rest).toBe(10);
  });

  it('asks for `contents: read` when GitHub refuses a commit', async () => {
    const world = createWorld().grant({ deployments: 'read' });
    const sha = world.commit().sha;
    const { port } = await portFor(world);
    await expect(port.commit(sha)).rejects.toThrow(
      `Could not read the files of commit ${sha.slice(0, 7)} (HTTP 403): Resource not accessible by integration. Add \`contents: read\` to the job's \`permissions:\` block.`,
    );
  });

  it('names the commit by its short sha when GitHub cannot find it', async () => {
    const { port } = await portFor(createWorld());
    const sha = 'f'.repeat(40);
    await expect(port.commit(sha)).rejects.toMatchObject({
      name: 'GitHubError',
      status: 422,
      message: expect.stringMatching(
        /^Could not read the files of commit fffffff \(HTTP 422\): No commit found for SHA: f{40}\. /,
      ),
    });
  });
});

describe('the port passes history reads on', () => {
  it('reads the history and the generations asked', async () => {
    const world = createWorld();
    const sha = world.commit().sha;
    world.deployment({ sha, environment: 'production', status: 'success' });
    const { port } = await portFor(world);
    const page = await port.history({ environment: 'production', policy: null, after: null });
    expect(page.deployments.map((d) => d.sha)).toEqual([sha]);
    expect(await port.generations([sha])).toEqual({ [sha]: 2 });
  });

  it('reads the next page of environments', async () => {
    const world = createWorld();
    for (let i = 0; i < 101; i++) world.deployment({ environment: `env-${i}` });
    const { port } = await portFor(world);
    const first = await port.history({
      environment: 'env-0',
      policy: { path: '.github/trust-gate.yml', ref: null },
      after: null,
    });
    expect(first.environments?.nextCursor).toEqual(expect.any(String));
    const next = await port.environments(first.environments?.nextCursor ?? '');
    expect(next.names).toHaveLength(1);
  });
});

describe('pullHead', () => {
  it('reads an open pull request from a branch of the repository', async () => {
    const world = createWorld();
    const pr = world.pullRequest({ author: 'bob', head: 'feature' });
    const { port } = await portFor(world);
    expect(await port.pullHead(pr.number)).toEqual({
      number: pr.number,
      state: 'open',
      merged: false,
      headSha: pr.headSha,
      headRef: 'feature',
      headRepository: 'acme/app',
      baseRef: 'main',
      author: 'bob',
      authorIsBot: false,
    });
  });

  it('reads a merged pull request of a bot from a deleted fork', async () => {
    const world = createWorld().bot('dependabot');
    const pr = world.pullRequest({
      author: 'dependabot[bot]',
      headRepository: null,
      merge: 'squash',
    });
    const { port } = await portFor(world);
    expect(await port.pullHead(pr.number)).toMatchObject({
      state: 'closed',
      merged: true,
      headRepository: null,
      author: 'dependabot[bot]',
      authorIsBot: true,
    });
  });

  it('knows a bot by its account type when its login has no `[bot]` suffix (Copilot)', async () => {
    const world = createWorld();
    // GitHub's REST user of the Copilot coding agent: login `Copilot`, type `Bot`.
    world.ensureUser('Copilot').type = 'Bot';
    const pr = world.pullRequest({ author: 'Copilot' });
    const { port } = await portFor(world);
    expect(await port.pullHead(pr.number)).toMatchObject({ author: 'Copilot', authorIsBot: true });
  });

  it('reads a closed pull request that was not merged', async () => {
    const world = createWorld();
    const pr = world.pullRequest({ author: 'bob', closed: true });
    const { port } = await portFor(world);
    expect(await port.pullHead(pr.number)).toMatchObject({ state: 'closed', merged: false });
  });

  it('names the pull request and `pull-requests: read` when GitHub refuses', async () => {
    const world = createWorld().grant({ contents: 'read' });
    const pr = world.pullRequest({ author: 'bob' });
    const { port } = await portFor(world);
    await expect(port.pullHead(pr.number)).rejects.toMatchObject({
      name: 'GitHubError',
      status: 403,
      message: expect.stringMatching(
        new RegExp(
          `^Could not read pull request #${pr.number} \\(HTTP 403\\): .*Add \`pull-requests: read\` to the job's \`permissions:\` block\\.$`,
        ),
      ),
    });
  });
});
