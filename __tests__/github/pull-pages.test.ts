// OctokitGitHub.pull and pullsForCommits against the simulator: every connection beyond its first page is read, or the run fails closed.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld, type ReviewSpec, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: World) {
  const { sim } = await serve(world);
  const octokit = await createClient('ghs_test', sim.url);
  return { sim, port: new OctokitGitHub(octokit, { owner: 'acme', repo: 'app' }) };
}

const comments = (count: number): ReviewSpec[] =>
  Array.from({ length: count }, () => ({ author: 'dave', state: 'COMMENTED' }));

const DENIED = { status: 403, message: 'Resource not accessible by integration' } as const;

describe('pull', () => {
  it('reads no comment-only reviews, so later opinions stay on the first page', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const pr = world.pullRequest({
      author: 'bob',
      reviews: [
        { author: 'alice', state: 'APPROVED' },
        ...comments(120),
        { author: 'alice', state: 'CHANGES_REQUESTED' },
      ],
    });
    const { port, sim } = await portFor(world);
    const { pull } = await port.pull(pr.number, []);
    expect(pull.reviews.map((r) => `${r.reviewer} ${r.state}`)).toEqual([
      'alice APPROVED',
      'alice CHANGES_REQUESTED',
    ]);
    expect(sim.counts().graphql).toBe(1);
  });

  it('reads every page of opinionated reviews and of commits', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const pr = world.pullRequest({
      author: 'bob',
      commits: Array.from({ length: 130 }, (_, i) => ({
        files: { [`f${i}.txt`]: 'x' },
        ...(i === 120 ? { coAuthors: ['dave'] } : {}),
      })),
      reviews: [
        ...Array.from({ length: 105 }, (): ReviewSpec => ({ author: 'carol', state: 'APPROVED' })),
        { author: 'carol', state: 'DISMISSED' },
      ],
    });
    const { port, sim } = await portFor(world);
    const { pull } = await port.pull(pr.number, []);
    expect(pull.reviews).toHaveLength(106);
    expect(pull.reviews.at(-1)?.state).toBe('DISMISSED');
    expect(pull.commitAuthors).toEqual(expect.arrayContaining(['bob', 'dave']));
    expect(pull.files).toHaveLength(130);
    // The first query, then one more page each of files, reviews and commits.
    expect(sim.counts().graphql).toBe(4);
  });

  it('asks each next page of a connection from the cursor the last one ended at', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const pr = world.pullRequest({
      files: Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`f${i}.txt`, 'x'])),
    });
    const { port, sim } = await portFor(world);
    const { pull } = await port.pull(pr.number, []);
    expect(new Set(pull.files).size).toBe(250);
    const pages = sim.log.graphql().filter((e) => e.operation === 'TrustGatePull_files');
    const afters = pages.map((e) => (e.body as { variables: { after: string } }).variables.after);
    expect(afters).toHaveLength(2);
    expect(new Set(afters).size).toBe(2);
    expect(pages.map((e) => (e.body as { variables: object }).variables)).toEqual([
      { owner: 'acme', name: 'app', number: pr.number, after: afters[0] },
      { owner: 'acme', name: 'app', number: pr.number, after: afters[1] },
    ]);
  });

  it('reads every co-author of a commit past the first ten', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const coAuthors = Array.from({ length: 14 }, (_, i) => `co${i}`);
    const pr = world.pullRequest({ author: 'bob', commits: [{ coAuthors }] });
    const { port, sim } = await portFor(world);
    const { pull } = await port.pull(pr.number, []);
    expect(pull.commitAuthors).toEqual(expect.arrayContaining(['bob', ...coAuthors]));
    expect(sim.counts().byRoute['graphql TrustGateCommitAuthors']).toBe(1);
  });

  it.each([
    ['files', { files: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x'])) }],
    [
      'reviews',
      {
        reviews: Array.from({ length: 101 }, (): ReviewSpec => ({
          author: 'carol',
          state: 'APPROVED',
        })),
      },
    ],
    ['commits', { commits: Array.from({ length: 101 }, () => ({})) }],
  ])(
    'says which connection of which pull request could not be read: %s',
    async (connection, spec) => {
      const world = createWorld({ owner: 'acme', repo: 'app' });
      const pr = world.pullRequest(spec);
      const { port, sim } = await portFor(world);
      sim.inject({ operation: `TrustGatePull_${connection}`, ...DENIED });
      await expect(port.pull(pr.number, [])).rejects.toThrow(
        `Could not read the ${connection} of pull request #${pr.number} (HTTP 403): Resource not accessible by integration. Add \`contents: read\` and \`pull-requests: read\` to the job's \`permissions:\` block.`,
      );
    },
  );

  it('says which commit’s authors could not be read, by its short sha', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const coAuthors = Array.from({ length: 12 }, (_, i) => `co${i}`);
    const pr = world.pullRequest({ author: 'bob', commits: [{ coAuthors }] });
    const { port, sim } = await portFor(world);
    sim.inject({ operation: 'TrustGateCommitAuthors', ...DENIED });
    const short = pr.headSha.slice(0, 7);
    await expect(port.pull(pr.number, [])).rejects.toThrow(
      `Could not read the authors of commit ${short} (HTTP 403): Resource not accessible by integration. Add \`contents: read\` to the job's \`permissions:\` block.`,
    );
  });

  it('fails closed when GitHub lists fewer commits than the pull request has', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const pr = world.pullRequest({ commits: Array.from({ length: 260 }, () => ({})) });
    const { port } = await portFor(world);
    await expect(port.pull(pr.number, [])).rejects.toThrow(
      `Could not read every commit of pull request #${pr.number}: GitHub listed 250 of its 260, so the people who authored it cannot all be known. Trust Gate does not decide on part of a change: split the pull request, or break glass.`,
    );
  });

  it('reads a pull request of exactly 250 commits whole', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const pr = world.pullRequest({
      author: 'bob',
      commits: Array.from({ length: 250 }, () => ({})),
    });
    const { port } = await portFor(world);
    const { pull } = await port.pull(pr.number, []);
    expect(pull.commitAuthors).toEqual(['bob']);
  });
});

describe('pullsForCommits', () => {
  function sharedCommit(world: World, pulls: number) {
    const sha = world.commit({
      message: 'shared',
      branch: 'side',
      parents: [world.resolve('main')!],
    }).sha;
    const numbers = Array.from({ length: pulls }, () => {
      const pr = world.pullRequest({ author: 'bob' });
      pr.associated.push(sha);
      return pr.number;
    });
    return { sha, numbers };
  }

  it('reads every pull request of a commit past the first five', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { sha, numbers } = sharedCommit(world, 7);
    const { port, sim } = await portFor(world);
    const { pullsByCommit } = await port.pullsForCommits([sha], []);
    expect(pullsByCommit[sha]?.map((p) => p.number).sort((a, b) => a - b)).toEqual(numbers);
    expect(sim.counts().byRoute['graphql TrustGateAssociatedPulls']).toBe(1);
  });

  it('says which commit’s pull requests could not be read, by its short sha', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const { sha } = sharedCommit(world, 6);
    const { port, sim } = await portFor(world);
    sim.inject({ operation: 'TrustGateAssociatedPulls', ...DENIED });
    await expect(port.pullsForCommits([sha], [])).rejects.toThrow(
      `Could not read the pull requests of commit ${sha.slice(0, 7)} (HTTP 403): Resource not accessible by integration. Add \`contents: read\` and \`pull-requests: read\` to the job's \`permissions:\` block.`,
    );
  });
});
