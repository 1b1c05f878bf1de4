// The target's history carried by the first request: each commit as compare would list it, and its pull requests.
import { describe, expect, it } from 'vitest';
import type { Octokit } from '../../src/github/client.js';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import {
  carriedHistory,
  type GqlHistoryCommit,
  type GqlTarget,
} from '../../src/github/target-history.js';
import { createWorld } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

const NAMES = { owner: 'acme', name: 'shop' };

function aCommit(overrides: Partial<GqlHistoryCommit> = {}): GqlHistoryCommit {
  return {
    oid: 'c1',
    message: 'Ship it\n\nWith a body.',
    url: 'https://github.com/acme/shop/commit/c1',
    author: { email: 'alice@example.com', user: { login: 'alice' } },
    parents: { totalCount: 1, nodes: [{ oid: 'c0' }] },
    ...overrides,
  };
}

const carried = (answer: GqlTarget | undefined) =>
  carriedHistory({} as Octokit, NAMES, 'c1', answer);

const authorOf = (author: GqlHistoryCommit['author']) => {
  const commit = carried({ history: { nodes: [aCommit({ author })] } })!.commits[0]!;
  return [commit.author, commit.authorIsBot];
};

describe('carriedHistory', () => {
  it('lists each commit with its first line, author and first parent', () => {
    const history = carried({ history: { nodes: [aCommit(), null] } });
    expect(history?.target).toBe('c1');
    expect(history?.commits).toEqual([
      {
        sha: 'c1',
        title: 'Ship it',
        url: 'https://github.com/acme/shop/commit/c1',
        author: 'alice',
        authorIsBot: false,
        parentCount: 1,
        firstParent: 'c0',
      },
    ]);
  });

  it('gives a root commit no first parent', () => {
    const root = aCommit({ parents: { totalCount: 0, nodes: [] } });
    expect(carried({ history: { nodes: [root] } })?.commits[0]?.firstParent).toBeNull();
  });

  it.each([undefined, null, {}])('is undefined when GitHub has no such commit (%j)', (answer) => {
    expect(carried(answer as GqlTarget | undefined)).toBeUndefined();
  });

  it.each([
    ['a user', { email: 'x@example.com', user: { login: 'alice' } }, ['alice', false]],
    [
      'a bot’s no-reply address',
      { email: '41898282+github-actions[bot]@users.noreply.github.com', user: null },
      ['github-actions[bot]', true],
    ],
    [
      'a bot’s no-reply address without an id, in capitals',
      { email: 'Renovate[bot]@Users.NoReply.GitHub.com', user: null },
      ['Renovate[bot]', true],
    ],
    [
      'a user’s no-reply address',
      { email: '123+alice@users.noreply.github.com', user: null },
      [null, false],
    ],
    [
      'a bot’s name at another host',
      { email: 'dependabot[bot]@users.noreply.github.com.evil', user: null },
      [null, false],
    ],
    ['an unknown address', { email: 'someone@example.com', user: null }, [null, false]],
    ['no address', { email: null, user: null }, [null, false]],
    ['no author', null, [null, false]],
  ] as const)('names the author of a commit by %s', (_name, author, expected) => {
    expect(authorOf(author)).toEqual(expected);
  });
});

describe('the pull requests of carried commits', () => {
  it('are read for each commit asked, none for a direct commit', async () => {
    const world = createWorld({ owner: 'acme', repo: 'shop' });
    const pr = world.pullRequest({ title: 'Add login', author: 'bob', merge: 'squash' });
    const squash = world.mustResolve('main');
    const direct = world.commit({ message: 'Direct', files: { 'x.txt': '1' } }).sha;
    const { sim } = await serve(world);
    const port = new OctokitGitHub(createClient('ghs_test', sim.url), {
      owner: 'acme',
      repo: 'shop',
    });
    const page = await port.history({
      environment: 'production',
      policy: null,
      after: null,
      target: direct,
    });
    const history = page.targetHistory!;
    expect(history.commits.slice(0, 2).map((c) => [c.sha, c.title])).toEqual([
      [direct, 'Direct'],
      [squash, 'Add login (#1)'],
    ]);
    const pulls = await history.pullsOf([squash, direct]);
    expect(Object.keys(pulls)).toEqual([squash, direct]);
    expect(pulls[squash]!.map((p) => [p.number, p.title, p.author])).toEqual([
      [pr.number, 'Add login', 'bob'],
    ]);
    expect(pulls[direct]).toEqual([]);
  });
});
