import { describe, expect, it } from 'vitest';
import { createWorld, type World } from './index.js';
import { graphqlErrors, serve } from './test-client.js';

async function graphql(world: World) {
  const { gh } = await serve(world);
  return <T>(query: string, variables: Record<string, unknown> = {}) =>
    gh.graphql<T>(query, variables);
}

const DEPLOYMENTS = `query History($env: [String!]) {
  repository(owner: "acme", name: "app") {
    deployments(environments: $env, orderBy: { field: CREATED_AT, direction: DESC }, first: 10) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId createdAt commitOid environment payload state
        creator { __typename login }
        commit { oid history(first: 1) { totalCount } }
        statuses(first: 5) { nodes { state createdAt logUrl environmentUrl description } }
        latestStatus { state }
      }
    }
  }
}`;

interface DeploymentsData {
  repository: { deployments: { totalCount: number; nodes: Record<string, unknown>[] } };
}

describe('GraphQL', () => {
  it('rejects a query the published schema does not allow, as GitHub does (status 200, errors)', async () => {
    const { sim } = await serve(createWorld());
    const response = await fetch(`${sim.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'bearer t' },
      body: JSON.stringify({
        query: '{ repository(owner: "acme", name: "app") { deploymentz { id } } }',
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors: { message: string }[]; data?: unknown };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.message).toMatch(
      /^Cannot query field "deploymentz" on type "Repository"\./,
    );
  });

  it('returns deployments newest first, matching the environments as spelled, with statuses', async () => {
    const world = createWorld().bot('deploy-tool');
    world.deployment({ environment: 'staging', status: 'success' });
    const old = world.deployment({
      environment: 'production',
      creator: 'alice',
      status: 'success',
    });
    const run = world.workflowRun({ conclusion: 'cancelled' });
    world.commit({ files: { a: '1' } });
    const recent = world.deployment({
      environment: 'Production',
      creator: 'deploy-tool[bot]',
      payload: { deployer: 'bob' },
      statuses: [{ state: 'in_progress' }, { state: 'failure', run }],
    });
    const query = await graphql(world);
    const data = await query<DeploymentsData>(DEPLOYMENTS, { env: ['production', 'Production'] });
    const other = await query<DeploymentsData>(DEPLOYMENTS, { env: ['PRODUCTION'] });
    expect(other.repository.deployments.totalCount).toBe(0);
    const [first, second] = data.repository.deployments.nodes;
    expect(data.repository.deployments.totalCount).toBe(2);
    expect(first).toMatchObject({
      databaseId: recent.id,
      environment: 'Production',
      payload: '{"deployer":"bob"}',
      state: 'FAILURE',
      creator: { __typename: 'Bot', login: 'deploy-tool' },
      commit: { oid: recent.sha, history: { totalCount: 2 } },
      statuses: {
        nodes: [{ state: 'FAILURE', logUrl: world.runLogUrl(run.id) }, { state: 'IN_PROGRESS' }],
      },
      latestStatus: { state: 'FAILURE' },
    });
    expect(second).toMatchObject({
      databaseId: old.id,
      state: 'ACTIVE',
      creator: { __typename: 'User', login: 'alice' },
    });
  });

  it('serves a pull request with files, reviews, commits and associated pull requests', async () => {
    const world = createWorld().collaborator('carol', 'write').bot('renovate');
    const pr = world.pullRequest({
      title: 'Bump',
      author: 'renovate[bot]',
      commits: [{ message: 'bump', files: { 'package.json': '{}' }, coAuthors: ['dave'] }],
      reviews: [
        { author: 'carol', state: 'COMMENTED' },
        { author: 'carol', state: 'APPROVED' },
        { author: 'erin', state: 'CHANGES_REQUESTED' },
      ],
      merge: 'squash',
    });
    const query = await graphql(world);
    const data = await query<{ repository: { pullRequest: Record<string, unknown> } }>(
      `query($n: Int!) {
      repository(owner: "acme", name: "app") {
        pullRequest(number: $n) {
          number state merged author { __typename login } mergeCommit { oid associatedPullRequests(first: 5) { nodes { number } } }
          files(first: 10) { nodes { path } pageInfo { hasNextPage } totalCount }
          reviews(first: 10, states: [APPROVED, CHANGES_REQUESTED]) { nodes { state author { login } commit { oid } authorCanPushToRepository } }
          commits(first: 10) { nodes { commit { oid authors(first: 5) { nodes { user { login } email } } committer { user { login } } } } }
        }
      }
    }`,
      { n: pr.number },
    );
    expect(data.repository.pullRequest).toMatchObject({
      number: pr.number,
      state: 'MERGED',
      merged: true,
      author: { __typename: 'Bot', login: 'renovate' },
      mergeCommit: {
        oid: pr.mergeCommitSha,
        associatedPullRequests: { nodes: [{ number: pr.number }] },
      },
      files: { nodes: [{ path: 'package.json' }], pageInfo: { hasNextPage: false }, totalCount: 1 },
      reviews: {
        nodes: [
          {
            state: 'APPROVED',
            author: { login: 'carol' },
            commit: { oid: pr.headSha },
            authorCanPushToRepository: true,
          },
          {
            state: 'CHANGES_REQUESTED',
            author: { login: 'erin' },
            authorCanPushToRepository: false,
          },
        ],
      },
      commits: {
        nodes: [
          {
            commit: {
              authors: { nodes: [{ user: null }, { user: { login: 'dave' } }] },
              committer: { user: null },
            },
          },
        ],
      },
    });
  });

  it('pages connections with first/after and demands a bound', async () => {
    const world = createWorld();
    for (let i = 0; i < 3; i++) world.deployment({ status: 'success' });
    const query = await graphql(world);
    const page = `query($after: String) { repository(owner: "acme", name: "app") {
      deployments(first: 2, after: $after) { nodes { databaseId } pageInfo { hasNextPage endCursor } } } }`;
    type Page = {
      repository: {
        deployments: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    };
    const one = await query<Page>(page);
    expect(one.repository.deployments.pageInfo.hasNextPage).toBe(true);
    const two = await query<Page>(page, { after: one.repository.deployments.pageInfo.endCursor });
    expect(two.repository.deployments.nodes).toHaveLength(1);
    expect(two.repository.deployments.pageInfo.hasNextPage).toBe(false);
    const unbounded = await graphqlErrors(
      query('{ repository(owner: "acme", name: "app") { deployments { nodes { id } } } }'),
    );
    expect(unbounded[0]?.message).toBe(
      'You must provide a `first` or `last` value to properly paginate the `deployments` connection.',
    );
  });

  it('shows team members (child teams under ALL) only when the token may read them', async () => {
    const world = createWorld()
      .team('acme/leads', { members: ['alice'] })
      .team('acme/sre', { members: ['bob'], parent: 'leads' });
    const query = await graphql(world);
    const teamQuery = (membership: string) => `{ organization(login: "acme") {
      team(slug: "leads") { members(first: 10, membership: ${membership}) { nodes { login } } } } }`;
    type Team = { organization: { team: { members: { nodes: { login: string }[] } } | null } };
    const all = await query<Team>(teamQuery('ALL'));
    expect(all.organization.team?.members.nodes.map((n) => n.login)).toEqual(['alice', 'bob']);
    const immediate = await query<Team>(teamQuery('IMMEDIATE'));
    expect(immediate.organization.team?.members.nodes.map((n) => n.login)).toEqual(['alice']);
    world.tokenCanReadOrgMembers = false;
    expect((await query<Team>(teamQuery('ALL'))).organization.team).toBeNull();
  });

  it('answers FORBIDDEN and NOT_FOUND errors in GitHub’s shape', async () => {
    const world = createWorld();
    world.token.missing = ['pull-requests:read'];
    world.pullRequest({ author: 'alice' });
    const query = await graphql(world);
    const forbidden = await graphqlErrors(
      query('{ repository(owner: "acme", name: "app") { pullRequest(number: 1) { title } } }'),
    );
    expect(forbidden).toMatchObject([
      {
        type: 'FORBIDDEN',
        message: 'Resource not accessible by integration',
        path: ['repository', 'pullRequest'],
      },
    ]);
    const missing = await graphqlErrors(
      query('{ repository(owner: "acme", name: "nope") { name } }'),
    );
    expect(missing).toMatchObject([
      {
        type: 'NOT_FOUND',
        message: "Could not resolve to a Repository with the name 'acme/nope'.",
      },
    ]);
    const rate = await query<{
      rateLimit: { cost: number; remaining: number };
      viewer: { login: string };
    }>('{ rateLimit { cost remaining } viewer { login } }');
    expect(rate).toEqual({
      rateLimit: { cost: 1, remaining: 4997 },
      viewer: { login: 'github-actions' },
    });
  });
});
