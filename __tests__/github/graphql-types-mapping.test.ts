// The mapping of GraphQL answers to facts: actors and bots, deleted users, statuses, deployments, pull requests.
import { describe, expect, it } from 'vitest';
import {
  oldestFirst,
  restLogin,
  toDeployment,
  toPull,
  toStatuses,
  type GqlActor,
  type GqlDeployment,
  type GqlPull,
  type GqlStatus,
} from '../../src/github/graphql-types.js';

const page = { hasNextPage: false, endCursor: null };
const user = (login: string): GqlActor => ({ __typename: 'User', login });
const bot = (login: string): GqlActor => ({ __typename: 'Bot', login });

function aGqlPull(overrides: Partial<GqlPull> = {}): GqlPull {
  return {
    number: 7,
    title: 'Add a feature',
    url: 'https://github.com/acme/app/pull/7',
    merged: true,
    mergedAt: '2026-11-01T10:00:00Z',
    baseRefName: 'main',
    headRefOid: 'a'.repeat(40),
    changedFiles: 2,
    author: user('bob'),
    files: { pageInfo: page, nodes: [{ path: 'a.txt' }, null, { path: 'b.txt' }] },
    reviews: { pageInfo: page, nodes: [] },
    commits: { totalCount: 0, pageInfo: page, nodes: [] },
    ...overrides,
  };
}

function aGqlDeployment(overrides: Partial<GqlDeployment> = {}): GqlDeployment {
  return {
    id: 'DE_1',
    databaseId: 42,
    createdAt: '2026-11-01T10:00:00Z',
    commitOid: 'c'.repeat(40),
    environment: 'production',
    payload: null,
    creator: user('alice'),
    statuses: null,
    ...overrides,
  };
}

const status = (state: string, createdAt: string, creator?: GqlActor | null): GqlStatus => ({
  state,
  createdAt,
  logUrl: null,
  ...(creator !== undefined ? { creator } : {}),
});

describe('restLogin', () => {
  it.each([
    ['a user as it is', user('alice'), { login: 'alice', isBot: false }],
    [
      'a bot with the `[bot]` suffix REST uses',
      bot('dependabot'),
      { login: 'dependabot[bot]', isBot: true },
    ],
    [
      'a bot already spelled with `[bot]` once',
      bot('dependabot[bot]'),
      { login: 'dependabot[bot]', isBot: true },
    ],
    [
      'a user whose login merely ends in `[bot]` as a user',
      user('evil[bot]'),
      { login: 'evil[bot]', isBot: false },
    ],
    ['a deleted account as ghost', null, { login: 'ghost', isBot: false }],
  ])('spells %s', (_, actor, expected) => {
    expect(restLogin(actor)).toEqual(expected);
  });
});

describe('toStatuses and oldestFirst', () => {
  it('keeps every status, lower-cases its state and spells its creator as REST does', () => {
    const statuses = toStatuses({
      pageInfo: page,
      nodes: [
        status('SUCCESS', '2026-11-01T10:02:00Z', bot('deploy-tool')),
        null,
        status('IN_PROGRESS', '2026-11-01T10:01:00Z', null),
        status('QUEUED', '2026-11-01T10:00:00Z'),
      ],
    });
    expect(statuses).toEqual([
      {
        state: 'success',
        createdAt: '2026-11-01T10:02:00Z',
        logUrl: null,
        targetUrl: null,
        creator: 'deploy-tool[bot]',
        creatorIsBot: true,
      },
      { state: 'in_progress', createdAt: '2026-11-01T10:01:00Z', logUrl: null, targetUrl: null },
      { state: 'queued', createdAt: '2026-11-01T10:00:00Z', logUrl: null, targetUrl: null },
    ]);
  });

  it('is empty without a page', () => {
    expect(toStatuses(null)).toEqual([]);
  });

  it('orders oldest first, a later-listed status first among equal times', () => {
    const statuses = toStatuses({
      pageInfo: page,
      nodes: [
        status('FAILURE', '2026-11-01T10:01:00Z'),
        status('SUCCESS', '2026-11-01T10:05:00Z'),
        status('PENDING', '2026-11-01T10:01:00Z'),
      ],
    });
    expect(oldestFirst(statuses).map((s) => s.state)).toEqual(['pending', 'failure', 'success']);
    expect(statuses.map((s) => s.state)).toEqual(['failure', 'success', 'pending']);
  });
});

describe('toDeployment', () => {
  it('maps a deployment with its creator, payload deployer and statuses oldest first', () => {
    const deployment = toDeployment(
      aGqlDeployment({
        creator: bot('deploy-tool'),
        payload: JSON.stringify({ deployer: '  carol  ' }),
        statuses: {
          pageInfo: page,
          nodes: [
            status('SUCCESS', '2026-11-01T10:02:00Z'),
            status('PENDING', '2026-11-01T10:01:00Z'),
          ],
        },
      }),
    );
    expect(deployment).toEqual({
      id: 42,
      createdAt: '2026-11-01T10:00:00Z',
      sha: 'c'.repeat(40),
      environment: 'production',
      creator: 'deploy-tool[bot]',
      creatorIsBot: true,
      payloadDeployer: 'carol',
      statuses: [
        { state: 'pending', createdAt: '2026-11-01T10:01:00Z', logUrl: null, targetUrl: null },
        { state: 'success', createdAt: '2026-11-01T10:02:00Z', logUrl: null, targetUrl: null },
      ],
    });
  });

  it('reads a deployment without database id, environment or creator', () => {
    const deployment = toDeployment(
      aGqlDeployment({ databaseId: null, environment: null, creator: null }),
    );
    expect(deployment).toMatchObject({
      id: 0,
      environment: '',
      creator: 'ghost',
      creatorIsBot: false,
      statuses: [],
    });
  });

  it.each([
    ['no payload', null],
    ['an empty payload', ''],
    ['a payload that is not JSON', '{deployer: carol'],
    ['a JSON null', 'null'],
    ['a payload without a deployer', '{"ref":"main"}'],
    ['a deployer that is not text', '{"deployer":7}'],
    ['a blank deployer', '{"deployer":"   "}'],
  ])('reads no payload deployer from %s', (_, payload) => {
    expect(toDeployment(aGqlDeployment({ payload })).payloadDeployer).toBeNull();
  });
});

describe('toPull', () => {
  it('maps a pull request: author, files, reviews, who can push and commit authors', () => {
    const pull = toPull(
      aGqlPull({
        author: bot('renovate'),
        reviews: {
          pageInfo: page,
          nodes: [
            {
              state: 'APPROVED',
              submittedAt: '2026-11-01T09:00:00Z',
              authorCanPushToRepository: true,
              author: user('Alice'),
              commit: { oid: 'a'.repeat(40) },
            },
            null,
            {
              state: 'COMMENTED',
              submittedAt: null,
              authorCanPushToRepository: false,
              author: null,
              commit: null,
            },
          ],
        },
      }),
    );
    expect(pull).toEqual({
      number: 7,
      title: 'Add a feature',
      url: 'https://github.com/acme/app/pull/7',
      merged: true,
      mergedAt: '2026-11-01T10:00:00Z',
      baseRef: 'main',
      author: 'renovate[bot]',
      authorIsBot: true,
      headSha: 'a'.repeat(40),
      files: ['a.txt', 'b.txt'],
      reviews: [
        {
          reviewer: 'Alice',
          reviewerIsBot: false,
          state: 'APPROVED',
          commitSha: 'a'.repeat(40),
          submittedAt: '2026-11-01T09:00:00Z',
        },
        {
          reviewer: 'ghost',
          reviewerIsBot: false,
          state: 'COMMENTED',
          commitSha: null,
          submittedAt: '',
        },
      ],
      reviewerCanPush: { alice: true, ghost: false },
      commitAuthors: [],
    });
  });

  it('reads a pull request without files, reviews, commits or author', () => {
    const pull = toPull(
      aGqlPull({ author: null, files: null, reviews: null, commits: null, changedFiles: 0 }),
    );
    expect(pull).toMatchObject({
      author: 'ghost',
      authorIsBot: false,
      files: [],
      reviews: [],
      reviewerCanPush: {},
      commitAuthors: [],
    });
    expect(pull).not.toHaveProperty('filesCut');
  });

  it('says the file list was cut when GitHub lists fewer files than the pull request changes', () => {
    const pull = toPull(aGqlPull({ changedFiles: 3001 }));
    expect(pull.filesCut).toBe('GitHub listed 2 of the 3001 files of pull request #7');
  });

  it('says nothing was cut when every file is listed', () => {
    expect(toPull(aGqlPull({ changedFiles: 2 }))).not.toHaveProperty('filesCut');
  });

  it('lists each commit author and committer once, leaving out web-flow and unlinked identities', () => {
    const commit = (authors: Array<string | null>, committer: string | null) => ({
      commit: {
        oid: 'd'.repeat(40),
        authors: {
          nodes: [null, ...authors.map((login) => (login ? { user: { login } } : { user: null }))],
        },
        committer: { user: committer ? { login: committer } : null },
      },
    });
    const pull = toPull(
      aGqlPull({
        commits: {
          totalCount: 4,
          pageInfo: page,
          nodes: [
            commit(['bob', 'carol'], 'web-flow'),
            null,
            commit(['bob', null], 'dave'),
            commit(['erin'], null),
            { commit: { oid: 'e'.repeat(40), authors: null, committer: null } },
          ],
        },
      }),
    );
    expect(pull.commitAuthors).toEqual(['bob', 'carol', 'dave', 'erin']);
  });
});
