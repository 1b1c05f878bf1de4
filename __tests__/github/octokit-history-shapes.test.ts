// The history reads given answers the simulator never sends: null nodes and fields, no repository, pages without a cursor.
import { describe, expect, it } from 'vitest';
import type { Octokit } from '../../src/github/client.js';
import { GitHubError } from '../../src/github/github-error.js';
import {
  readEnvironments,
  readGenerations,
  readHistoryPage,
  readStatusPages,
} from '../../src/github/octokit-history.js';

const names = { owner: 'acme', name: 'app' };
const plain = { environment: 'production', policy: null, after: null } as const;

/** An Octokit whose every GraphQL request gets `answer` (or fails with it), recording the variables. */
function answering(answer: unknown | (() => never)) {
  const asked: Array<Record<string, unknown>> = [];
  const octokit = {
    graphql: async (_query: string, variables: Record<string, unknown>) => {
      asked.push(variables);
      if (typeof answer === 'function') return (answer as () => never)();
      return answer;
    },
  } as unknown as Octokit;
  return { octokit, asked };
}

const page = (hasNextPage: boolean, endCursor: string | null) => ({ hasNextPage, endCursor });

const deployment = (overrides: Record<string, unknown> = {}) => ({
  id: 'D_1',
  databaseId: 1,
  createdAt: '2026-11-01T10:00:00Z',
  commitOid: 'a'.repeat(40),
  environment: 'production',
  payload: null,
  creator: { __typename: 'User', login: 'alice' },
  statuses: { pageInfo: page(false, null), nodes: [] },
  ...overrides,
});

function repository(fields: Record<string, unknown> = {}) {
  return {
    repository: {
      defaultBranchRef: { name: 'main' },
      deployments: { pageInfo: page(false, null), nodes: [] },
      ...fields,
    },
  };
}

describe('readHistoryPage', () => {
  it('skips null deployments and reads missing ids and branch as empty', async () => {
    const { octokit } = answering(
      repository({
        defaultBranchRef: null,
        deployments: {
          pageInfo: page(true, 'next'),
          nodes: [null, deployment({ databaseId: null, id: 'D_x' }), null],
        },
      }),
    );
    const result = await readHistoryPage(octokit, names, plain);
    expect(result.defaultBranch).toBe('');
    expect(result.deployments.map((d) => d.id)).toEqual([0]);
    expect(result.nodeIds).toEqual({ 0: 'D_x' });
    expect(result.nextCursor).toBe('next');
  });

  it('reads a next page promised without a cursor as an empty cursor, for the guard to refuse', async () => {
    const { octokit } = answering(
      repository({
        deployments: {
          pageInfo: page(true, null),
          nodes: [deployment({ statuses: { pageInfo: page(true, null), nodes: [] } })],
        },
      }),
    );
    const result = await readHistoryPage(octokit, names, plain);
    expect(result.nextCursor).toBe('');
    expect(result.moreStatuses).toEqual([{ deploymentId: 1, nodeId: 'D_1', after: '' }]);
  });

  it('reads a deployment without statuses as one with none, and none to read on', async () => {
    const { octokit } = answering(
      repository({
        deployments: {
          pageInfo: page(false, 'end'),
          nodes: [deployment({ statuses: null }), deployment({ id: 'D_2', databaseId: 2 })],
        },
      }),
    );
    const result = await readHistoryPage(octokit, names, plain);
    expect(result.nextCursor).toBeNull();
    expect(result.moreStatuses).toEqual([]);
    expect(result.deployments.map((d) => [d.id, d.statuses])).toEqual([
      [1, []],
      [2, []],
    ]);
  });

  it.each([
    [
      'a blob without its limits',
      { __typename: 'Blob', text: null },
      { policyText: null, policyBlob: { isBinary: false, isTruncated: false, byteSize: 0 } },
    ],
    [
      'a binary, truncated blob',
      { __typename: 'Blob', text: 'x', isBinary: true, isTruncated: true, byteSize: 600_000 },
      { policyText: 'x', policyBlob: { isBinary: true, isTruncated: true, byteSize: 600_000 } },
    ],
    ['a tree', { __typename: 'Tree' }, { policyText: null }],
    ['nothing', null, { policyText: null }],
  ])('reads %s as the policy', async (_what, policy, expected) => {
    const { octokit } = answering(repository({ policy }));
    const result = await readHistoryPage(octokit, names, {
      ...plain,
      policy: { path: 'p.yml', ref: null },
    });
    expect({ policyText: result.policyText, policyBlob: result.policyBlob }).toEqual({
      policyBlob: undefined,
      ...expected,
    });
  });

  it('leaves the policy out of a page that did not ask for it, whatever the answer holds', async () => {
    const { octokit } = answering(repository({ policy: { __typename: 'Blob', text: 'x' } }));
    const result = await readHistoryPage(octokit, names, plain);
    expect(result).not.toHaveProperty('policyText');
  });

  it('skips null environments', async () => {
    const { octokit } = answering(
      repository({
        environments: { pageInfo: page(true, 'e2'), nodes: [null, { name: 'Prod' }] },
      }),
    );
    const result = await readHistoryPage(octokit, names, plain);
    expect(result.environments).toEqual({ names: ['Prod'], nextCursor: 'e2' });
  });

  it('fails closed, naming the repository, when GitHub answers without it', async () => {
    const { octokit } = answering({ repository: null });
    const error = await readHistoryPage(octokit, names, plain).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toBe(
      'Could not read the repository: repository not found. Re-run the job; if it persists, check the token and permissions.',
    );
  });

  it('does not pass over a failure with partial data but no GraphQL errors', async () => {
    const failure = Object.assign(new Error('Bad gateway'), {
      data: repository(),
    });
    const { octokit } = answering(() => {
      throw failure;
    });
    await expect(readHistoryPage(octokit, names, { ...plain, target: 'abc' })).rejects.toThrow(
      'Could not read the policy and the deployment history: Bad gateway.',
    );
  });

  it('does not pass over a failure about the target when the answer has no repository', async () => {
    const failure = Object.assign(new Error('Forbidden'), {
      data: { repository: null },
      errors: [{ type: 'FORBIDDEN', path: ['repository', 'target'], message: 'no' }],
    });
    const { octokit } = answering(() => {
      throw failure;
    });
    await expect(readHistoryPage(octokit, names, { ...plain, target: 'abc' })).rejects.toThrow(
      /^Could not read the policy and the deployment history: no \(at repository\.target\)/,
    );
  });

  it.each([
    ['a rejection that carries nothing', null, 'null'],
    [
      'target errors that come without data',
      Object.assign(new Error('Forbidden'), {
        errors: [{ type: 'FORBIDDEN', path: ['repository', 'target'], message: 'no' }],
      }),
      'no (at repository.target)',
    ],
  ])('explains %s, though a target was asked', async (_what, failure, detail) => {
    const { octokit } = answering(() => {
      throw failure;
    });
    const error = await readHistoryPage(octokit, names, { ...plain, target: 'abc' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toMatch(
      `Could not read the policy and the deployment history: ${detail}.`,
    );
  });

  it('fails when a GraphQL error names no field, though a target was asked', async () => {
    const failure = Object.assign(new Error('Forbidden'), {
      data: repository(),
      errors: [{ type: 'FORBIDDEN', message: 'no' }],
    });
    const { octokit } = answering(() => {
      throw failure;
    });
    await expect(readHistoryPage(octokit, names, { ...plain, target: 'abc' })).rejects.toThrow(
      /^Could not read the policy and the deployment history: no\./,
    );
  });
});

describe('readEnvironments', () => {
  it('skips null names and passes the cursor on', async () => {
    const { octokit, asked } = answering({
      repository: { environments: { pageInfo: page(true, null), nodes: [{ name: 'a' }, null] } },
    });
    expect(await readEnvironments(octokit, names, 'c1')).toEqual({ names: ['a'], nextCursor: '' });
    expect(asked).toEqual([{ owner: 'acme', name: 'app', after: 'c1' }]);
  });

  it('fails closed, naming the repository, when GitHub answers without it', async () => {
    const { octokit } = answering({ repository: null });
    await expect(readEnvironments(octokit, names, 'c1')).rejects.toThrow(
      'Could not read the repository: repository not found.',
    );
  });
});

describe('readStatusPages', () => {
  it('asks each deployment by node id and cursor, and reads a null page as none', async () => {
    const { octokit, asked } = answering({
      d0: { id: 'D_1', statuses: null },
      d1: {
        id: 'D_2',
        statuses: {
          pageInfo: page(true, 'next'),
          nodes: [
            null,
            { state: 'SUCCESS', createdAt: '2026-11-01T10:00:00Z', logUrl: null, creator: null },
          ],
        },
      },
    });
    const answers = await readStatusPages(octokit, [
      { deploymentId: 1, nodeId: 'D_1', after: 'a1' },
      { deploymentId: 2, nodeId: 'D_2', after: 'a2' },
    ]);
    expect(asked).toEqual([{ d0: 'D_1', a0: 'a1', d1: 'D_2', a1: 'a2' }]);
    expect(answers.map((a) => [a.deploymentId, a.statuses.length, a.more])).toEqual([
      [1, 0, null],
      [2, 1, { deploymentId: 2, nodeId: 'D_2', after: 'next' }],
    ]);
  });
});

describe('readGenerations', () => {
  it('reads nothing from an answer without the repository', async () => {
    const { octokit } = answering({ repository: null });
    expect(await readGenerations(octokit, names, ['a'])).toStrictEqual({});
  });

  it('keeps only numbers', async () => {
    const { octokit } = answering({
      repository: { g0: { history: { totalCount: 0 } }, g1: { oid: 'b' }, g2: null },
    });
    expect(await readGenerations(octokit, names, ['a', 'b', 'c'])).toStrictEqual({ a: 0 });
  });
});
