// OctokitGitHub's GraphQL reads against the simulator: the pull requests of commits, a pull request, team members.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { COMMITS_PER_QUERY, OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld, type LogEntry, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: World) {
  const { sim } = await serve(world);
  const octokit = await createClient('ghs_test', sim.url);
  return { sim, port: new OctokitGitHub(octokit, { owner: 'acme', repo: 'app' }) };
}

/** The variables each GraphQL request sent. */
const variablesOf = (entries: LogEntry[]) =>
  entries.map((e) => (e.body as { variables?: Record<string, unknown> }).variables ?? {});

/** `count` merged pull requests of bob's, one commit each; returns their merge commits' shas. */
function mergedPulls(world: World, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const pr = world.pullRequest({ author: 'bob', files: { [`p${i}.txt`]: 'x' }, merge: 'squash' });
    return world.pullRequests.get(pr.number)?.mergeCommitSha ?? '';
  });
}

describe('pullsForCommits', () => {
  it('asks nothing for no commits, teams or generations', async () => {
    const { port, sim } = await portFor(createWorld());
    expect(await port.pullsForCommits([], [])).toEqual({
      pullsByCommit: {},
      teams: {},
      generations: {},
    });
    expect(sim.counts().total).toBe(0);
  });

  it('maps the pull requests of each commit, and none for a commit outside any', async () => {
    const world = createWorld();
    const [merged = ''] = mergedPulls(world, 1);
    const direct = world.commit({ message: 'Direct push', author: 'alice' }).sha;
    const unknown = '0'.repeat(40);
    const { port } = await portFor(world);
    const { pullsByCommit } = await port.pullsForCommits([merged, direct, unknown], []);
    expect(pullsByCommit[direct]).toEqual([]);
    expect(pullsByCommit[unknown]).toEqual([]);
    expect(pullsByCommit[merged]).toEqual([
      expect.objectContaining({
        number: 1,
        merged: true,
        author: 'bob',
        authorIsBot: false,
        files: ['p0.txt'],
        commitAuthors: ['bob'],
      }),
    ]);
  });

  it(`asks ${COMMITS_PER_QUERY} commits a query, with the teams and generations in the first only`, async () => {
    const world = createWorld().team('acme/platform', { members: ['Carol'] });
    const shas = mergedPulls(world, COMMITS_PER_QUERY + 1);
    const { port, sim } = await portFor(world);
    const result = await port.pullsForCommits(shas, ['acme/platform'], [shas[0] ?? '']);
    expect(Object.keys(result.pullsByCommit)).toEqual(shas);
    expect(shas.map((sha) => result.pullsByCommit[sha]?.map((p) => p.number))).toEqual(
      shas.map((_, i) => [i + 1]),
    );
    expect(result.teams).toEqual({ 'acme/platform': ['carol'] });
    expect(result.generations).toEqual({ [shas[0] ?? '']: 2 });
    const variables = variablesOf(sim.log.graphql());
    expect(variables).toHaveLength(2);
    expect(variables.map((v) => Object.keys(v).filter((k) => /^c\d+$/.test(k)).length)).toEqual([
      COMMITS_PER_QUERY,
      1,
    ]);
    expect(variables[0]).toMatchObject({
      owner: 'acme',
      name: 'app',
      org0: 'acme',
      team0: 'platform',
      g0: shas[0],
    });
    expect(variables[1]).toEqual({ owner: 'acme', name: 'app', c0: shas[COMMITS_PER_QUERY] });
  });

  it('reads the teams alone without naming the repository', async () => {
    const world = createWorld()
      .team('acme/platform', { members: ['alice'], maintainers: ['Bob'] })
      .team('acme/sre', { members: ['dave'], parent: 'platform' });
    const { port, sim } = await portFor(world);
    const result = await port.pullsForCommits([], ['acme/platform', 'acme/sre']);
    expect(result.teams).toEqual({
      'acme/platform': ['alice', 'bob', 'dave'],
      'acme/sre': ['dave'],
    });
    expect(variablesOf(sim.log.graphql())).toEqual([
      { org0: 'acme', team0: 'platform', org1: 'acme', team1: 'sre' },
    ]);
  });

  it('reads the generations of deployed commits GitHub has, and none of one it has not', async () => {
    const world = createWorld();
    const first = world.resolve('main') ?? '';
    const third = [world.commit().sha, world.commit().sha][1] ?? '';
    const unknown = '0'.repeat(40);
    const { port, sim } = await portFor(world);
    const result = await port.pullsForCommits([], [], [first, third, unknown]);
    expect(result.generations).toStrictEqual({ [first]: 1, [third]: 3 });
    expect(variablesOf(sim.log.graphql())).toEqual([
      { owner: 'acme', name: 'app', g0: first, g1: third, g2: unknown },
    ]);
  });

  it('reads every member of a team past the first hundred', async () => {
    const members = Array.from({ length: 130 }, (_, i) => `User${String(i).padStart(3, '0')}`);
    const world = createWorld().team('acme/everyone', { members });
    const { port, sim } = await portFor(world);
    const result = await port.pullsForCommits([], ['acme/everyone']);
    expect(result.teams['acme/everyone']).toEqual(members.map((m) => m.toLowerCase()));
    const variables = variablesOf(sim.log.graphql());
    expect(variables).toHaveLength(2);
    expect(variables[1]).toEqual({ org: 'acme', slug: 'everyone', after: expect.any(String) });
  });

  it.each([
    ['a team the organization does not have', 'acme/nope', true],
    ['a team the token cannot see', 'acme/platform', false],
  ])('explains %s, naming it and the token it needs', async (_, team, canRead) => {
    const world = createWorld().team('acme/platform', { members: ['alice'] });
    world.tokenCanReadOrgMembers = canRead;
    const { port } = await portFor(world);
    await expect(port.pullsForCommits([], [team])).rejects.toMatchObject({
      name: 'GitHubError',
      status: 404,
      message: `Could not read the members of team ${team} (HTTP 404): team ${team} was not found or the token cannot see it. Check that it exists and that the token can read it: use a token that can read organization members (the GITHUB_TOKEN cannot; use a GitHub App or a PAT with read:org).`,
    });
  });

  it('asks for a team named without its organization by an empty slug', async () => {
    const world = createWorld().team('acme/platform', { members: ['alice'] });
    const { port, sim } = await portFor(world);
    await expect(port.pullsForCommits([], ['acme'])).rejects.toThrow(
      /^Could not read the members of team acme \(HTTP 404\)/,
    );
    expect(variablesOf(sim.log.graphql())).toEqual([{ org0: 'acme', team0: '' }]);
  });

  it('explains a failure reading on past the first page of members', async () => {
    const members = Array.from({ length: 101 }, (_, i) => `user${i}`);
    const world = createWorld().team('acme/everyone', { members });
    const { port, sim } = await portFor(world);
    sim.inject({ operation: 'TrustGateTeam', status: 403, message: 'Forbidden' });
    const error = await port.pullsForCommits([], ['acme/everyone']).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'GitHubError',
      message: expect.stringMatching(
        /^Could not read the members of team acme\/everyone \(HTTP 403\): .*Use a token that can read organization members/,
      ),
    });
    expect(sim.log.graphql().map((e) => e.operation)).toEqual([
      expect.any(String),
      'TrustGateTeam',
    ]);
  });

  it('explains a refused query as the pull requests of the release', async () => {
    const world = createWorld().grant({ contents: 'read' });
    const [sha = ''] = mergedPulls(world, 1);
    const { port } = await portFor(world);
    await expect(port.pullsForCommits([sha], [])).rejects.toMatchObject({
      name: 'GitHubError',
      message: expect.stringMatching(
        /^Could not read the pull requests of the release: .*Add `pull-requests: read` to the job's `permissions:` block\.$/,
      ),
    });
  });
});

describe('a refused GraphQL request', () => {
  it.each([
    [
      'the pull requests of the release',
      (port: OctokitGitHub) => port.pullsForCommits(['a'.repeat(40)], []),
    ],
    ['pull request #3', (port: OctokitGitHub) => port.pull(3, [])],
  ])('reading %s asks for `contents: read` and `pull-requests: read`', async (what, read) => {
    const { port, sim } = await portFor(createWorld());
    sim.inject({ route: 'POST /graphql', status: 403, message: 'Forbidden' });
    await expect(read(port)).rejects.toMatchObject({
      name: 'GitHubError',
      message: `Could not read ${what} (HTTP 403): Forbidden. Add \`contents: read\` and \`pull-requests: read\` to the job's \`permissions:\` block.`,
    });
  });
});

describe('pull', () => {
  it('reads a pull request with its reviews and the teams asked', async () => {
    const world = createWorld().team('acme/platform', { members: ['Alice'] });
    const pr = world.pullRequest({
      author: 'bob',
      reviews: [{ author: 'alice', state: 'APPROVED' }],
    });
    const { port, sim } = await portFor(world);
    const { pull, teams } = await port.pull(pr.number, ['acme/platform']);
    expect(pull).toMatchObject({
      number: pr.number,
      author: 'bob',
      headSha: pr.headSha,
      reviews: [expect.objectContaining({ reviewer: 'Alice', state: 'APPROVED' })],
    });
    expect(teams).toEqual({ 'acme/platform': ['alice'] });
    expect(variablesOf(sim.log.graphql())).toEqual([
      { owner: 'acme', name: 'app', number: pr.number, org0: 'acme', team0: 'platform' },
    ]);
  });

  it('names the pull request GitHub cannot find', async () => {
    const { port } = await portFor(createWorld());
    await expect(port.pull(99, [])).rejects.toMatchObject({
      name: 'GitHubError',
      status: 404,
      message: expect.stringMatching(
        /^Could not read pull request #99: Could not resolve to a PullRequest with the number of 99 \(at repository\.pullRequest\)\. /,
      ),
    });
  });
});
