// Reading every page of history through the port: where reading stops, and what a failure says.
import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/github-error.js';
import {
  completeStatuses,
  CursorGuard,
  loopError,
  readAllPages,
  spellingsOf,
} from '../../src/github/history-pages.js';
import { limiter } from '../../src/github/limiter.js';
import type {
  EnvironmentNames,
  GitHubPort,
  HistoryPage,
  MoreStatuses,
  StatusPage,
} from '../../src/github/port.js';
import { aDeployment, aStatus, daysAgo, NOW } from '../builders.js';

const SINCE = Date.parse(NOW) - 7 * 86_400_000;

function aPage(deployments: HistoryPage['deployments'], nextCursor: string | null): HistoryPage {
  return { defaultBranch: 'main', deployments, moreStatuses: [], nextCursor };
}

type Recording = GitHubPort & {
  asked: string[];
  requests: unknown[];
  statusRequests: MoreStatuses[][];
};

/**
 * A port whose history answers come from `pages` by cursor, its environments from `environments`
 * and its status pages from `statuses` (by `deploymentId:after`); everything else is unused.
 */
function portOf(
  pages: Record<string, HistoryPage | Error>,
  environments: Record<string, EnvironmentNames> = {},
  statuses: Record<string, Omit<StatusPage, 'deploymentId'>> = {},
): Recording {
  const asked: string[] = [];
  const requests: unknown[] = [];
  const statusRequests: MoreStatuses[][] = [];
  const history = async (request: { after: string | null }) => {
    requests.push(request);
    asked.push(request.after ?? '');
    const page = pages[request.after ?? ''];
    if (!page) throw new Error(`no page ${request.after}`);
    if (page instanceof Error) throw page;
    return page;
  };
  const environmentsOf = async (after: string) => {
    asked.push(after);
    const page = environments[after];
    if (!page) throw new Error(`no environments ${after}`);
    return page;
  };
  const statusPages = async (chunk: MoreStatuses[]) => {
    statusRequests.push(chunk);
    return chunk.map((m) => {
      const page = statuses[`${m.deploymentId}:${m.after}`];
      if (!page) throw new Error(`no statuses ${m.deploymentId}:${m.after}`);
      return { deploymentId: m.deploymentId, ...page, statuses: [...page.statuses] };
    });
  };
  return {
    asked,
    requests,
    statusRequests,
    history,
    environments: environmentsOf,
    statusPages,
  } as unknown as Recording;
}

const request = { environment: 'production', spellings: ['production'], since: SINCE };
const more = (deploymentId: number, after: string): MoreStatuses => ({
  deploymentId,
  nodeId: `D_${deploymentId}`,
  after,
});

describe('loopError and CursorGuard', () => {
  it('says what did not advance and why, and that the gate will not decide on part of it', () => {
    const error = loopError('the pages of x', 'because');
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.status).toBeNull();
    expect(error.message).toBe(
      "GitHub's paging of the pages of x did not advance (because); the gate will not decide on part of it. Re-run the job; if it persists, report it to GitHub Support.",
    );
  });

  it.each([
    ['an empty cursor', '', 3, 'a next page was promised without a cursor'],
    ['a page that held nothing', 'c1', 0, 'a page promised more but held nothing'],
  ])('refuses %s', (_what, cursor, items, why) => {
    expect(() => new CursorGuard('the things').check(cursor, items)).toThrow(
      `GitHub's paging of the things did not advance (${why})`,
    );
  });

  it('accepts new cursors and refuses one seen before', () => {
    const guard = new CursorGuard('the things');
    guard.check('c1', 1);
    guard.check('c2', 1);
    expect(() => guard.check('c1', 1)).toThrow(
      'GitHub\'s paging of the things did not advance (the cursor "c1" came back)',
    );
  });
});

describe('spellingsOf', () => {
  it('is the name as given and in lower case without a first page', async () => {
    expect(await spellingsOf(portOf({}), 'Production', undefined)).toEqual([
      'Production',
      'production',
    ]);
  });

  it('adds every spelling GitHub holds, on every page, and no other environment', async () => {
    const port = portOf(
      {},
      {
        e2: { names: ['staging', 'PRODUCTION'], nextCursor: 'e3' },
        e3: { names: ['Production', 'production-eu'], nextCursor: null },
      },
    );
    const first = { names: ['production', 'ProDuction'], nextCursor: 'e2' };
    expect(await spellingsOf(port, 'Production', first)).toEqual([
      'Production',
      'production',
      'ProDuction',
      'PRODUCTION',
    ]);
    expect(port.asked).toEqual(['e2', 'e3']);
  });

  it.each([
    ['a cursor that comes back', { names: ['x'], nextCursor: 'e2' }, 'the cursor "e2" came back'],
    [
      'an empty page promising more',
      { names: [], nextCursor: 'e3' },
      'a page promised more but held nothing',
    ],
    [
      'a page without a cursor',
      { names: ['x'], nextCursor: '' },
      'a next page was promised without a cursor',
    ],
  ])('fails closed on %s', async (_what, second, why) => {
    const port = portOf({}, { e2: second });
    await expect(
      spellingsOf(port, 'production', { names: ['a'], nextCursor: 'e2' }),
    ).rejects.toThrow(`GitHub's paging of the repository’s environments did not advance (${why})`);
  });
});

describe('completeStatuses', () => {
  it('adds the older statuses of later pages, oldest first', async () => {
    const d = aDeployment({
      outcome: null,
      statuses: [aStatus('success', { createdAt: daysAgo(1) })],
    });
    const port = portOf(
      {},
      {},
      {
        [`${d.id}:s2`]: {
          statuses: [
            aStatus('in_progress', { createdAt: daysAgo(2) }),
            aStatus('queued', { createdAt: daysAgo(4) }),
          ],
          more: more(d.id, 's3'),
        },
        [`${d.id}:s3`]: {
          statuses: [aStatus('pending', { createdAt: daysAgo(5) })],
          more: null,
        },
      },
    );
    await completeStatuses(port, [d], [more(d.id, 's2')], limiter());
    expect(d.statuses.map((s) => s.state)).toEqual(['pending', 'queued', 'in_progress', 'success']);
    expect(port.statusRequests.map((r) => r.map((m) => m.after))).toEqual([['s2'], ['s3']]);
  });

  it('keeps a page’s own order when its statuses share a time: later in GitHub’s list is older', async () => {
    const d = aDeployment({ outcome: null, statuses: [] });
    const at = daysAgo(2);
    const port = portOf(
      {},
      {},
      {
        [`${d.id}:s2`]: {
          statuses: [
            aStatus('success', { createdAt: at }),
            aStatus('in_progress', { createdAt: at }),
          ],
          more: null,
        },
      },
    );
    await completeStatuses(port, [d], [more(d.id, 's2')], limiter());
    expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  });

  it('asks for twenty deployments a request', async () => {
    const deployments = Array.from({ length: 41 }, () => aDeployment());
    const statuses = Object.fromEntries(
      deployments.map((d) => [`${d.id}:s2`, { statuses: [aStatus('queued')], more: null }]),
    );
    const port = portOf({}, {}, statuses);
    await completeStatuses(
      port,
      deployments,
      deployments.map((d) => more(d.id, 's2')),
      limiter(),
    );
    expect(port.statusRequests.map((r) => r.length)).toEqual([20, 20, 1]);
    expect(deployments.every((d) => d.statuses.length === 2)).toBe(true);
  });

  it('asks nothing when no deployment has more', async () => {
    const port = portOf({});
    await completeStatuses(port, [aDeployment()], [], limiter());
    expect(port.statusRequests).toEqual([]);
  });

  it('reads on for a deployment it was not given, without adding its statuses anywhere', async () => {
    const d = aDeployment();
    const port = portOf(
      {},
      {},
      {
        '999:s2': { statuses: [aStatus('failure')], more: more(999, 's3') },
        '999:s3': { statuses: [aStatus('failure')], more: null },
      },
    );
    await completeStatuses(port, [d], [more(999, 's2')], limiter());
    expect(d.statuses.map((s) => s.state)).toEqual(['success']);
    expect(port.statusRequests).toHaveLength(2);
  });

  it('tells the cursors of different deployments apart', async () => {
    const [a, b] = [aDeployment({ outcome: null }), aDeployment({ outcome: null })];
    const port = portOf(
      {},
      {},
      {
        [`${a!.id}:s2`]: { statuses: [aStatus('failure')], more: more(a!.id, 'p2') },
        [`${b!.id}:s2`]: { statuses: [aStatus('queued')], more: more(b!.id, 'p2') },
        [`${a!.id}:p2`]: { statuses: [aStatus('queued')], more: null },
        [`${b!.id}:p2`]: { statuses: [aStatus('error')], more: null },
      },
    );
    await completeStatuses(port, [a!, b!], [more(a!.id, 's2'), more(b!.id, 's2')], limiter());
    expect([a!, b!].map((d) => d.statuses.length)).toEqual([2, 2]);
  });

  it('refuses a first page of statuses that promised more without a cursor, asking nothing', async () => {
    const port = portOf({});
    const d = aDeployment({ id: 5 });
    await expect(completeStatuses(port, [d], [more(5, '')], limiter())).rejects.toThrow(
      "GitHub's paging of a deployment’s statuses did not advance (a next page was promised without a cursor)",
    );
    expect(port.statusRequests).toEqual([]);
  });

  it.each([
    [
      'a cursor that comes back',
      { statuses: [aStatus('queued')], more: more(5, 's2b') },
      'the cursor "s2b" came back',
    ],
    [
      'an empty page promising more',
      { statuses: [], more: more(5, 's3') },
      'a page promised more but held nothing',
    ],
    [
      'a page without a cursor',
      { statuses: [aStatus('queued')], more: more(5, '') },
      'a next page was promised without a cursor',
    ],
  ])('fails closed on %s', async (_what, page, why) => {
    const port = portOf(
      {},
      {},
      {
        '5:s2': { statuses: [aStatus('queued')], more: more(5, 's2b') },
        '5:s2b': page,
      },
    );
    const d = aDeployment({ id: 5 });
    await expect(completeStatuses(port, [d], [more(5, 's2')], limiter())).rejects.toThrow(
      `GitHub's paging of a deployment’s statuses did not advance (${why})`,
    );
  });
});

describe('readAllPages', () => {
  it('reads past the window until a success before it is found, then stops', async () => {
    const recent = aDeployment({ createdAt: daysAgo(1) });
    const oldFailure = aDeployment({ createdAt: daysAgo(10), outcome: 'failure' });
    const oldSuccess = aDeployment({ createdAt: daysAgo(20) });
    const port = portOf({
      b: aPage([oldFailure], 'c'),
      c: aPage([oldSuccess], 'd'),
    });
    const { deployments, pages } = await readAllPages(port, request, aPage([recent], 'b'));
    expect(deployments.map((d) => d.id)).toEqual([recent.id, oldFailure.id, oldSuccess.id]);
    expect(pages).toBe(3);
    expect(port.asked).toEqual(['b', 'c']);
  });

  it('asks each later page with the spellings, without the policy, from the cursor', async () => {
    const port = portOf({ b: aPage([aDeployment({ createdAt: daysAgo(20) })], 'c') });
    await readAllPages(
      port,
      { ...request, spellings: ['production', 'Production'] },
      aPage([aDeployment({ createdAt: daysAgo(1) })], 'b'),
    );
    expect(port.requests).toEqual([
      {
        environment: 'production',
        spellings: ['production', 'Production'],
        policy: null,
        after: 'b',
      },
    ]);
  });

  it('stops on the first page when it already covers the window and a success before it', async () => {
    const port = portOf({});
    const first = aPage(
      [aDeployment({ createdAt: daysAgo(1) }), aDeployment({ createdAt: daysAgo(8) })],
      'b',
    );
    expect(await readAllPages(port, request, first)).toMatchObject({ pages: 1 });
    expect(port.asked).toEqual([]);
  });

  it('reads on while the oldest deployment read is still inside the window', async () => {
    const port = portOf({ b: aPage([aDeployment({ createdAt: daysAgo(9) })], 'c') });
    const first = aPage([aDeployment({ createdAt: daysAgo(6.9) })], 'b');
    expect(await readAllPages(port, request, first)).toMatchObject({ pages: 2 });
  });

  it('counts a success at the very start of the window as inside it, not as the base before it', async () => {
    const atStart = aDeployment({ createdAt: new Date(SINCE).toISOString() });
    const olderFailure = aDeployment({ createdAt: daysAgo(9), outcome: 'failure' });
    const port = portOf({ b: aPage([aDeployment({ createdAt: daysAgo(10) })], null) });
    const { pages } = await readAllPages(port, request, aPage([atStart, olderFailure], 'b'));
    expect(pages).toBe(2);
  });

  it('reads an empty history as one page and nothing more', async () => {
    const port = portOf({});
    expect(await readAllPages(port, request, aPage([], null))).toEqual({
      deployments: [],
      pages: 1,
    });
    expect(port.asked).toEqual([]);
  });

  it('reads to the end when there is no success at all: a first deploy, truly', async () => {
    const port = portOf({
      b: aPage([aDeployment({ createdAt: daysAgo(30), outcome: null })], null),
    });
    const first = aPage([aDeployment({ createdAt: daysAgo(1), outcome: 'failure' })], 'b');
    const { pages } = await readAllPages(port, request, first);
    expect(pages).toBe(2);
  });

  it('reads the statuses past each page before deciding whether to stop', async () => {
    const old = aDeployment({ createdAt: daysAgo(10), outcome: 'in_progress' });
    const port = portOf(
      { b: aPage([aDeployment({ createdAt: daysAgo(20) })], null) },
      {},
      {
        [`${old.id}:s2`]: { statuses: [aStatus('failure', { createdAt: daysAgo(9) })], more: null },
      },
    );
    // Only the later page's failure shows the old deployment was no success: read on past it.
    const first = { ...aPage([old], 'b'), moreStatuses: [more(old.id, 's2')] };
    const { pages, deployments } = await readAllPages(port, request, first);
    expect(pages).toBe(2);
    expect(deployments[0]?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  });

  it('says how far it got when a later page fails', async () => {
    const failure = new GitHubError(
      'Could not read the deployment history: GitHub kept failing.',
      502,
    );
    const port = portOf({ b: failure });
    const first = aPage([aDeployment({ createdAt: daysAgo(1) })], 'b');
    const error = await readAllPages(port, request, first).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toBe(
      'After 1 deployments of "production", the window and the release base were not yet covered. Could not read the deployment history: GitHub kept failing.',
    );
    expect((error as GitHubError).status).toBe(502);
    expect((error as GitHubError).cause).toBe(failure);
  });

  it('passes on a failure that is not GitHub’s as it is', async () => {
    const bug = new TypeError('not a function');
    const port = portOf({ b: bug });
    const first = aPage([aDeployment({ createdAt: daysAgo(1) })], 'b');
    await expect(readAllPages(port, request, first)).rejects.toBe(bug);
  });

  it.each([
    ['hands back a cursor it gave before', 'c', 'b', 'the cursor "b" came back'],
    ['promises more without a cursor', 'c', '', 'a next page was promised without a cursor'],
  ])('refuses a page that %s', async (_what, _c, cursor, why) => {
    const port = portOf({
      b: aPage([aDeployment({ createdAt: daysAgo(2) })], 'c'),
      c: aPage([aDeployment({ createdAt: daysAgo(3) })], cursor),
    });
    const first = aPage([aDeployment({ createdAt: daysAgo(1) })], 'b');
    await expect(readAllPages(port, request, first)).rejects.toThrow(
      `GitHub's paging of the deployment history of "production" did not advance (${why})`,
    );
  });

  it('refuses an empty page that promises more', async () => {
    const port = portOf({ b: aPage([], 'c') });
    const first = aPage([aDeployment({ createdAt: daysAgo(1) })], 'b');
    await expect(readAllPages(port, request, first)).rejects.toThrow(
      'GitHub\'s paging of the deployment history of "production" did not advance (a page promised more but held nothing)',
    );
  });
});
