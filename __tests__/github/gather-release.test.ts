// gatherRelease: the changes between the deployed commit and the target, through a hand-written port.
import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/github-error.js';
import {
  gatherRelease,
  isGoneCommit,
  type ReleaseRequest,
} from '../../src/github/gather-release.js';
import type {
  CarriedCommit,
  CommitSummary,
  GitHubPort,
  PullInfo,
  PullsAndTeams,
} from '../../src/github/port.js';
import { aDeployment, aPolicy, aReview } from '../builders.js';

function aPull(overrides: Partial<PullInfo> = {}): PullInfo {
  return {
    number: 12,
    title: 'Add login',
    url: 'https://github.com/acme/app/pull/12',
    merged: true,
    mergedAt: '2026-06-10T10:00:00Z',
    baseRef: 'main',
    author: 'dave',
    authorIsBot: false,
    headSha: 'head12',
    files: ['src/login.ts'],
    reviews: [aReview()],
    reviewerCanPush: { carol: true },
    commitAuthors: ['dave'],
    ...overrides,
  };
}

function aCommitSummary(sha: string, author: string | null = 'erin'): CommitSummary {
  return {
    sha,
    title: `Commit ${sha}`,
    url: `https://github.com/acme/app/commit/${sha}`,
    author,
    authorIsBot: false,
  };
}

/** The change gatherRelease makes of a direct commit (its files unread). */
function directChange(sha: string, author = 'erin') {
  return {
    kind: 'commit',
    title: `Commit ${sha}`,
    url: `https://github.com/acme/app/commit/${sha}`,
    author,
    authorIsBot: false,
    headSha: sha,
    files: null,
    reviews: [],
    commitAuthors: [author],
  };
}

/** The change gatherRelease makes of a pull request. */
function pullChange(pull: PullInfo) {
  return {
    kind: 'pull',
    number: pull.number,
    title: pull.title,
    url: pull.url,
    author: pull.author,
    authorIsBot: pull.authorIsBot,
    headSha: pull.headSha,
    files: pull.files,
    reviews: pull.reviews,
    commitAuthors: pull.commitAuthors,
  };
}

interface FakeGitHub {
  /** Compare answers by `base...head`: the commits, or the HTTP status it fails with. */
  compares?: Record<string, CommitSummary[] | number>;
  pulls?: Record<string, PullInfo[]>;
  files?: Record<string, { files: string[]; filesCut?: string }>;
  answer?: Partial<PullsAndTeams>;
  pull?: PullInfo;
}

/** A port answering only what gatherRelease asks, recording each call. */
function fakePort(github: FakeGitHub = {}) {
  const calls: string[] = [];
  const port = {
    compare: (base: string, head: string) => {
      calls.push(`compare ${base}...${head}`);
      const answer = github.compares?.[`${base}...${head}`] ?? [];
      return typeof answer === 'number'
        ? Promise.reject(Object.assign(new Error(`HTTP ${answer}`), { status: answer }))
        : Promise.resolve({ status: 'ahead', commits: answer });
    },
    pullsForCommits: (shas: string[], teams: string[], generationsOf?: string[]) => {
      calls.push(
        `pulls [${shas.join()}] teams [${teams.join()}] generations [${generationsOf?.join() ?? '-'}]`,
      );
      const pullsByCommit = Object.fromEntries(shas.map((s) => [s, github.pulls?.[s] ?? []]));
      return Promise.resolve({ pullsByCommit, teams: {}, ...github.answer });
    },
    pull: (number: number, teams: string[]) => {
      calls.push(`pull ${number} teams [${teams.join()}]`);
      return Promise.resolve({ pull: github.pull ?? aPull(), teams: { 'acme/ops': ['carol'] } });
    },
    commit: (sha: string) => {
      calls.push(`commit ${sha}`);
      return Promise.resolve({ ...aCommitSummary(sha), files: [], ...github.files?.[sha] });
    },
  };
  return { port: port as unknown as GitHubPort, calls };
}

function aRequest(overrides: Partial<ReleaseRequest> = {}): ReleaseRequest {
  return {
    sha: 'target',
    base: aDeployment({ sha: 'base' }),
    pullNumber: null,
    teams: [],
    environment: aPolicy(),
    ...overrides,
  };
}

describe('gatherRelease on a pull request event', () => {
  it('is that pull request, its reviewers’ push rights and the policy teams', async () => {
    const pull = aPull({ number: 5, filesCut: 'GitHub lists at most 3,000 files' });
    const { port, calls } = fakePort({ pull });
    expect(await gatherRelease(port, aRequest({ pullNumber: 5, teams: ['acme/ops'] }))).toEqual({
      changes: [{ ...pullChange(pull), filesCut: 'GitHub lists at most 3,000 files' }],
      reviewerCanPush: { carol: true },
      teams: { 'acme/ops': ['carol'] },
    });
    expect(calls).toEqual(['pull 5 teams [acme/ops]']);
  });
});

describe('gatherRelease between the deployed commit and the target', () => {
  it('groups commits into the merged pull requests they belong to, once each', async () => {
    const first = aPull({ number: 1, reviewerCanPush: { carol: true } });
    const other = aPull({ number: 2, reviewerCanPush: { erin: false } });
    const { port, calls } = fakePort({
      compares: { 'base...target': ['a', 'b', 'c', 'd'].map((s) => aCommitSummary(s)) },
      pulls: { a: [first], b: [aPull({ number: 3, merged: false })], c: [first], d: [other] },
      answer: { teams: { 'acme/ops': ['carol'] }, generations: { old: 4 } },
    });
    const release = await gatherRelease(
      port,
      aRequest({ teams: ['acme/ops'], generationsOf: ['old'] }),
    );
    expect(release).toStrictEqual({
      changes: [pullChange(first), directChange('b'), pullChange(other)],
      reviewerCanPush: { carol: true, erin: false },
      teams: { 'acme/ops': ['carol'] },
      notes: [],
      generations: { old: 4 },
    });
    expect(calls).toEqual([
      'compare base...target',
      'pulls [a,b,c,d] teams [acme/ops] generations [old]',
    ]);
  });

  it('makes a commit without a known author a change by nobody', async () => {
    const { port } = fakePort({ compares: { 'base...target': [aCommitSummary('a', null)] } });
    const { changes } = await gatherRelease(port, aRequest());
    expect(changes).toEqual([{ ...directChange('a'), author: '', commitAuthors: [] }]);
  });

  it.each([
    [
      'the one merged first',
      [
        aPull({ number: 1, mergedAt: '2026-06-11T00:00:00Z' }),
        aPull({ number: 2, mergedAt: '2026-06-10T00:00:00Z' }),
      ],
      2,
    ],
    [
      'the one merged first, listed first',
      [
        aPull({ number: 2, mergedAt: '2026-06-10T00:00:00Z' }),
        aPull({ number: 1, mergedAt: '2026-06-11T00:00:00Z' }),
      ],
      2,
    ],
    [
      'the lower number when merged at the same time',
      [
        aPull({ number: 9, mergedAt: '2026-06-10T00:00:00Z' }),
        aPull({ number: 4, mergedAt: '2026-06-10T00:00:00Z' }),
      ],
      4,
    ],
    [
      'a merged one, not one without a merge time',
      [
        aPull({ number: 1, mergedAt: null }),
        aPull({ number: 2, mergedAt: '2026-06-12T00:00:00Z' }),
      ],
      2,
    ],
  ])('gives a commit in several pull requests to %s', async (_, pulls, number) => {
    const { port } = fakePort({
      compares: { 'base...target': [aCommitSummary('a')] },
      pulls: { a: pulls },
    });
    const { changes } = await gatherRelease(port, aRequest());
    expect(changes.map((c) => c.number)).toEqual([number]);
  });

  it('has no changes when the target is the deployed commit, and asks no compare', async () => {
    const { port, calls } = fakePort();
    const release = await gatherRelease(port, aRequest({ base: aDeployment({ sha: 'target' }) }));
    expect(release.changes).toEqual([]);
    expect(calls).toEqual(['pulls [] teams [] generations [-]']);
  });
});

describe('gatherRelease: a direct commit’s files', () => {
  const compares = { 'base...target': [aCommitSummary('a'), aCommitSummary('b')] };
  const files = { a: { files: ['infra/db.tf'] }, b: { files: ['x'], filesCut: 'cut at 3,000' } };

  it('reads them when a path rule asks more approvals than the minimum', async () => {
    const { port, calls } = fakePort({ compares, files });
    const environment = aPolicy({ minimum: 1, paths: [{ match: 'infra/**', approvals: 2 }] });
    const { changes } = await gatherRelease(port, aRequest({ environment }));
    expect(changes).toStrictEqual([
      { ...directChange('a'), files: ['infra/db.tf'] },
      { ...directChange('b'), files: ['x'], filesCut: 'cut at 3,000' },
    ]);
    expect(calls.filter((c) => c.startsWith('commit'))).toEqual(['commit a', 'commit b']);
  });

  it('reads no files again: not a pull request’s, nor a first deploy’s commit', async () => {
    const pull = aPull({ number: 3 });
    const environment = aPolicy({ paths: [{ match: 'infra/**', approvals: 2 }] });
    const withPull = fakePort({
      compares: { 'base...target': [aCommitSummary('p')] },
      pulls: { p: [pull] },
    });
    const release = await gatherRelease(withPull.port, aRequest({ environment }));
    expect(release.changes).toStrictEqual([pullChange(pull)]);
    const first = fakePort({ files: { target: { files: ['a.ts'] } } });
    await gatherRelease(first.port, aRequest({ base: null, environment }));
    expect([...withPull.calls, ...first.calls].filter((c) => c.startsWith('commit'))).toEqual([
      'commit target',
    ]);
  });

  it('leaves them unread when no path rule could ask for more', async () => {
    const { port, calls } = fakePort({ compares, files });
    const environment = aPolicy({ minimum: 2, paths: [{ match: 'infra/**', approvals: 2 }] });
    const { changes } = await gatherRelease(port, aRequest({ environment }));
    expect(changes.map((c) => c.files)).toEqual([null, null]);
    expect(calls.filter((c) => c.startsWith('commit'))).toEqual([]);
  });
});

describe('gatherRelease on a first deploy', () => {
  it('is the pull request the target was merged in', async () => {
    const pull = aPull();
    const { port, calls } = fakePort({ pulls: { target: [pull] } });
    const release = await gatherRelease(port, aRequest({ base: null }));
    expect(release.changes).toEqual([pullChange(pull)]);
    expect(calls).toEqual(['pulls [target] teams [] generations [-]']);
  });

  it.each([
    ['with its files', { files: ['a.ts'] }, {}],
    [
      'with its files and why they are cut',
      { files: ['a.ts'], filesCut: 'cut' },
      { filesCut: 'cut' },
    ],
  ])('is the target commit itself, read %s', async (_, read, extra) => {
    const { port } = fakePort({ files: { target: read } });
    const release = await gatherRelease(port, aRequest({ base: null }));
    expect(release.changes).toStrictEqual([
      { ...directChange('target'), files: ['a.ts'], ...extra },
    ]);
  });
});

describe('gatherRelease when GitHub no longer has the deployed commit', () => {
  const earlier = (...shas: string[]) => shas.map((sha) => aDeployment({ sha }));

  it.each([404, 422])(
    'counts from the newest earlier deployed commit it still has (compare %i), and says so',
    async (status) => {
      const { port, calls } = fakePort({
        compares: {
          'base1234567...target': status,
          'older12345...target': status,
          'oldest1234...target': [aCommitSummary('a')],
        },
      });
      const release = await gatherRelease(
        port,
        aRequest({
          base: aDeployment({ sha: 'base1234567' }),
          earlierBases: earlier('older12345', 'oldest1234', 'never'),
        }),
      );
      expect(release.changes).toEqual([directChange('a')]);
      expect(release.notes).toEqual([
        'GitHub no longer has the deployed commit base123, older12; the changes are counted from oldest1, the newest deployed commit it still has (possibly more changes than production lacks, never fewer).',
      ]);
      expect(calls.filter((c) => c.startsWith('compare'))).toHaveLength(3);
    },
  );

  it('has no changes when an earlier deployed commit is the target', async () => {
    const { port, calls } = fakePort({ compares: { 'base...target': 404 } });
    const release = await gatherRelease(port, aRequest({ earlierBases: earlier('target') }));
    expect(release.changes).toEqual([]);
    expect(calls.filter((c) => c.startsWith('compare'))).toEqual(['compare base...target']);
  });

  it.each([
    [undefined, 'deployed commit base123 of the last successful deployment (force-pushed away?)'],
    [
      ['older12345'],
      'deployed commit base123, older12 of the last successful deployments (force-pushed away?)',
    ],
  ])('fails with what to do when it has none of them (earlier: %j)', async (shas, words) => {
    const { port } = fakePort({
      compares: { 'base1234567...target': 404, 'older12345...target': 422 },
    });
    const request = aRequest({
      base: aDeployment({ sha: 'base1234567' }),
      ...(shas ? { earlierBases: earlier(...shas) } : {}),
    });
    const error = await gatherRelease(port, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({
      status: 404,
      message: `GitHub no longer has the ${words}, so the changes of this release cannot be told. Push the commit back (for example as a tag) if you still have it, or record one successful deployment of the target outside the gate.`,
    });
  });

  it('raises any other failure of compare without trying older commits', async () => {
    const { port, calls } = fakePort({ compares: { 'base...target': 500 } });
    await expect(
      gatherRelease(port, aRequest({ earlierBases: earlier('older') })),
    ).rejects.toMatchObject({
      status: 500,
    });
    expect(calls).toEqual(['compare base...target']);
  });
});

describe('gatherRelease with the target’s history carried by the first request', () => {
  const carried = (...shas: string[]): CarriedCommit[] =>
    shas.map((sha, i) => ({
      ...aCommitSummary(sha),
      parentCount: 1,
      firstParent: shas[i + 1] ?? 'root',
    }));

  it('cuts the release from it at the base and takes the carried pull requests', async () => {
    const pull = aPull({ number: 8 });
    const { port, calls } = fakePort({ answer: { generations: { old: 2 } } });
    const asked: string[][] = [];
    const release = await gatherRelease(
      port,
      aRequest({
        generationsOf: ['old'],
        carried: {
          target: 'target',
          commits: carried('target', 'b', 'base', 'x'),
          pullsOf: (shas) => {
            asked.push(shas);
            return Promise.resolve({ b: [pull], target: [] });
          },
        },
      }),
    );
    expect(release.changes).toEqual([pullChange(pull), directChange('target')]);
    expect(release.generations).toEqual({ old: 2 });
    expect(asked).toEqual([['b', 'target']]);
    expect(calls).toEqual(['pulls [] teams [] generations [old]']);
  });

  it('asks compare when the carried history does not reach the base', async () => {
    const { port, calls } = fakePort({ compares: { 'base...target': [aCommitSummary('a')] } });
    const release = await gatherRelease(
      port,
      aRequest({
        carried: {
          target: 'target',
          commits: carried('target', 'a'),
          pullsOf: () => Promise.reject(new Error('not asked')),
        },
      }),
    );
    expect(release.changes).toEqual([directChange('a')]);
    expect(calls).toEqual(['compare base...target', 'pulls [a] teams [] generations [-]']);
  });
});

describe('isGoneCommit', () => {
  it.each([
    [{ status: 404 }, true],
    [{ status: 422 }, true],
    [{ status: 500 }, false],
    [{ status: '404' }, false],
    [new Error('boom'), false],
    [null, false],
    [undefined, false],
  ])('%j is a gone commit: %s', (error, gone) => {
    expect(isGoneCommit(error)).toBe(gone);
  });
});
