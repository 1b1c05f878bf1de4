// readOn and the pull request reads built on it: every page of a GitHub connection, or an error naming what did not advance.
import { describe, expect, it } from 'vitest';
import type { Octokit } from '../../src/github/client.js';
import { GitHubError } from '../../src/github/github-error.js';
import type { GqlPull } from '../../src/github/graphql-types.js';
import { readAssociatedPulls, readOn, readRemainingPages } from '../../src/github/pull-pages.js';

const page = (nodes: number[], endCursor: string | null, hasNextPage = endCursor !== null) => ({
  nodes,
  pageInfo: { hasNextPage, endCursor },
});

describe('readOn', () => {
  it('reads every page after the first, in order', async () => {
    const pages: Record<string, ReturnType<typeof page>> = {
      a: page([3, 4], 'b'),
      b: page([5], null),
    };
    const asked: string[] = [];
    const nodes = await readOn(
      page([1, 2], 'a'),
      async (after) => (asked.push(after), pages[after]),
      'the files',
    );
    expect(nodes).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual(['a', 'b']);
  });

  it('stops at once when the first page is the only one', async () => {
    const nodes = await readOn(page([1], null), () => Promise.reject(new Error('asked')), 'x');
    expect(nodes).toEqual([1]);
  });

  it.each([
    ['a first page without page info', { nodes: [1] }],
    ['a first page whose cursor leads nowhere', page([1], 'a', false)],
  ])('reads no further on %s', async (_what, first) => {
    const nodes = await readOn(first, () => Promise.reject(new Error('asked')), 'x');
    expect(nodes).toEqual([1]);
  });

  it.each([
    ['an empty last page', page([], null)],
    ['a last page without page info', { nodes: [2] }],
    ['an empty last page without page info', { nodes: [] }],
  ])('accepts %s', async (_what, last) => {
    const nodes = await readOn(page([1], 'a'), async () => last, 'x');
    expect(nodes).toEqual([1, ...last.nodes]);
  });

  it.each([
    ['a cursor seen twice', page([2], 'a'), 'did not advance (cursor a)'],
    [
      'an empty page that says there is more',
      page([], 'b'),
      'did not advance (an empty page after a)',
    ],
    ['no page at all', undefined, 'did not advance (an empty page after a)'],
    ['a null page', null, 'did not advance (an empty page after a)'],
  ])('fails on %s, naming what looped', async (_, next, message) => {
    await expect(readOn(page([1], 'a'), async () => next, 'the reviews of #7')).rejects.toThrow(
      `GitHub's pages of the reviews of #7 ${message}`,
    );
  });

  it('fails on a cursor that comes back after another', async () => {
    const pages = { a: page([2], 'b'), b: page([3], 'a') };
    await expect(
      readOn(page([1], 'a'), async (after) => pages[after as 'a' | 'b'], 'x'),
    ).rejects.toThrow("GitHub's pages of x did not advance (cursor a)");
  });

  it.each([
    ['names no cursor', null, 'cursor null'],
    ['names an empty cursor', '', 'cursor '],
  ])('fails when a page says there is more but %s', async (_what, cursor, words) => {
    await expect(readOn(page([1], cursor, true), async () => undefined, 'x')).rejects.toThrow(
      `GitHub's pages of x did not advance (${words})`,
    );
  });
});

/** An Octokit whose GraphQL answers come from `answer` by the variables sent, recorded in `asked`. */
function answering(answer: (variables: Record<string, unknown>) => unknown) {
  const asked: Array<Record<string, unknown>> = [];
  const octokit = {
    graphql: async (_query: string, variables: Record<string, unknown>) => {
      asked.push(variables);
      return answer(variables);
    },
  } as unknown as Octokit;
  return { octokit, asked };
}

const names = { owner: 'acme', name: 'app' };
const info = (endCursor: string | null) => ({ hasNextPage: endCursor !== null, endCursor });

function aPull(overrides: Partial<GqlPull> = {}): GqlPull {
  return {
    number: 7,
    title: 'Change',
    url: 'https://github.com/acme/app/pull/7',
    merged: false,
    mergedAt: null,
    baseRefName: 'main',
    headRefOid: 'h'.repeat(40),
    changedFiles: 1,
    author: { __typename: 'User', login: 'bob' },
    files: { pageInfo: info(null), nodes: [{ path: 'a.txt' }] },
    reviews: { pageInfo: info(null), nodes: [] },
    commits: { totalCount: 0, pageInfo: info(null), nodes: [] },
    ...overrides,
  } as GqlPull;
}

const commitNode = (oid: string, authors: unknown) => ({
  commit: { oid, authors, committer: null },
});

describe('readRemainingPages', () => {
  it('asks nothing for a pull request held whole, or whose connections are missing', async () => {
    const { octokit, asked } = answering(() => {
      throw new Error('asked');
    });
    await readRemainingPages(octokit, names, aPull());
    await readRemainingPages(octokit, names, aPull({ files: null, reviews: null, commits: null }));
    expect(asked).toEqual([]);
  });

  it('appends the next pages of a connection and marks it read whole', async () => {
    const { octokit, asked } = answering((v) => ({
      repository: {
        pullRequest: {
          files:
            v['after'] === 'f1'
              ? { pageInfo: info('f2'), nodes: [{ path: 'b.txt' }] }
              : { pageInfo: info(null), nodes: [{ path: 'c.txt' }] },
        },
      },
    }));
    const pull = aPull({ files: { pageInfo: info('f1'), nodes: [{ path: 'a.txt' }] } });
    await readRemainingPages(octokit, names, pull);
    expect(pull.files).toEqual({
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [{ path: 'a.txt' }, { path: 'b.txt' }, { path: 'c.txt' }],
    });
    expect(asked).toEqual([
      { owner: 'acme', name: 'app', number: 7, after: 'f1' },
      { owner: 'acme', name: 'app', number: 7, after: 'f2' },
    ]);
  });

  it.each([
    ['no pull request', { repository: { pullRequest: null } }],
    ['a pull request without the connection', { repository: { pullRequest: {} } }],
  ])('fails closed on an answer with %s, naming the connection', async (_what, answer) => {
    const { octokit } = answering(() => answer);
    const pull = aPull({ reviews: { pageInfo: info('r1'), nodes: [] } });
    const error = await readRemainingPages(octokit, names, pull).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toBe(
      "Could not read the reviews of pull request #7: GitHub's pages of the reviews of pull request #7 did not advance (an empty page after r1). Re-run the job; if it persists, check the token and permissions.",
    );
  });

  it('reads on the co-authors of each commit that has more, by its oid', async () => {
    const { octokit, asked } = answering(() => ({
      repository: {
        object: { authors: { pageInfo: info(null), nodes: [{ user: { login: 'dave' } }] } },
      },
    }));
    const whole = { pageInfo: info(null), nodes: [{ user: { login: 'bob' } }] };
    const partial = { pageInfo: info('u1'), nodes: [{ user: { login: 'carol' } }] };
    const pull = aPull({
      commits: {
        totalCount: 3,
        pageInfo: info(null),
        nodes: [commitNode('a'.repeat(40), whole), null, commitNode('b'.repeat(40), partial)],
      },
    } as Partial<GqlPull>);
    await readRemainingPages(octokit, names, pull);
    expect(asked).toEqual([{ owner: 'acme', name: 'app', oid: 'b'.repeat(40), after: 'u1' }]);
    expect(partial.nodes).toEqual([{ user: { login: 'carol' } }, { user: { login: 'dave' } }]);
  });

  it('fails closed, naming the commit by its short sha, when its authors do not advance', async () => {
    const { octokit } = answering(() => ({ repository: { object: null } }));
    const pull = aPull({
      commits: {
        totalCount: 1,
        pageInfo: info(null),
        nodes: [commitNode('0123456789abcdef', { pageInfo: info('u1'), nodes: [] })],
      },
    } as Partial<GqlPull>);
    await expect(readRemainingPages(octokit, names, pull)).rejects.toThrow(
      "Could not read the authors of commit 0123456: GitHub's pages of the authors of commit 0123456 did not advance (an empty page after u1).",
    );
  });

  it('asks nothing for commits whose authors have no page info', async () => {
    const { octokit, asked } = answering(() => ({}));
    const pull = aPull({
      commits: {
        totalCount: 2,
        pageInfo: info(null),
        nodes: [commitNode('a', { nodes: [] }), commitNode('b', null)],
      },
    } as Partial<GqlPull>);
    await readRemainingPages(octokit, names, pull);
    expect(asked).toEqual([]);
  });

  it('counts null commits as listed when comparing with the total', async () => {
    const { octokit } = answering(() => ({}));
    const pull = aPull({
      commits: { totalCount: 2, pageInfo: info(null), nodes: [null, null] },
    } as Partial<GqlPull>);
    await expect(readRemainingPages(octokit, names, pull)).resolves.toBeUndefined();
    const short = aPull({
      commits: { totalCount: 3, pageInfo: info(null), nodes: [null, null] },
    } as Partial<GqlPull>);
    await expect(readRemainingPages(octokit, names, short)).rejects.toThrow(
      'Could not read every commit of pull request #7: GitHub listed 2 of its 3,',
    );
  });
});

describe('readAssociatedPulls', () => {
  it('is no pull request when the commit has no first page', async () => {
    const { octokit, asked } = answering(() => ({}));
    expect(await readAssociatedPulls(octokit, names, 'abc', undefined)).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('reads on by the commit’s oid and leaves out null pull requests', async () => {
    const second = aPull({ number: 8 });
    const { octokit, asked } = answering(() => ({
      repository: {
        object: { associatedPullRequests: { pageInfo: info(null), nodes: [null, second] } },
      },
    }));
    const first = { pageInfo: info('p1'), nodes: [aPull(), null] };
    const pulls = await readAssociatedPulls(octokit, names, 'c'.repeat(40), first);
    expect(pulls.map((p) => p.number)).toEqual([7, 8]);
    expect(asked).toEqual([{ owner: 'acme', name: 'app', oid: 'c'.repeat(40), after: 'p1' }]);
  });

  it('fails closed when GitHub answers the next page without the commit', async () => {
    const { octokit } = answering(() => ({ repository: { object: null } }));
    const first = { pageInfo: info('p1'), nodes: [aPull()] };
    await expect(readAssociatedPulls(octokit, names, 'fedcba9876543210', first)).rejects.toThrow(
      "Could not read the pull requests of commit fedcba9: GitHub's pages of the pull requests of commit fedcba9 did not advance (an empty page after p1).",
    );
  });

  it('fails closed, naming the commit by its short sha, when its pages do not advance', async () => {
    const { octokit } = answering(() => ({
      repository: {
        object: { associatedPullRequests: { pageInfo: info('p1'), nodes: [aPull()] } },
      },
    }));
    const first = { pageInfo: info('p1'), nodes: [aPull()] };
    await expect(readAssociatedPulls(octokit, names, 'fedcba9876543210', first)).rejects.toThrow(
      "Could not read the pull requests of commit fedcba9: GitHub's pages of the pull requests of commit fedcba9 did not advance (cursor p1). Re-run the job; if it persists, check the token and permissions.",
    );
  });
});
