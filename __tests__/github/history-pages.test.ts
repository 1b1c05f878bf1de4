// Reading every page of history through the port: where reading stops, and what a failure says.
import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/github-error.js';
import { readAllPages } from '../../src/github/history-pages.js';
import type { GitHubPort, HistoryPage } from '../../src/github/port.js';
import { aDeployment, daysAgo, NOW } from '../builders.js';

const SINCE = Date.parse(NOW) - 7 * 86_400_000;

function aPage(deployments: HistoryPage['deployments'], nextCursor: string | null): HistoryPage {
  return { defaultBranch: 'main', deployments, moreStatuses: [], nextCursor };
}

/** A port whose history answers come from `pages` by cursor; everything else is unused. */
function portOf(pages: Record<string, HistoryPage | Error>): GitHubPort & { asked: string[] } {
  const asked: string[] = [];
  const history = async ({ after }: { after: string | null }) => {
    asked.push(after ?? '');
    const page = pages[after ?? ''];
    if (!page) throw new Error(`no page ${after}`);
    if (page instanceof Error) throw page;
    return page;
  };
  return { asked, history } as unknown as GitHubPort & { asked: string[] };
}

const request = { environment: 'production', spellings: ['production'], since: SINCE };

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

  it('reads to the end when there is no success at all: a first deploy, truly', async () => {
    const port = portOf({
      b: aPage([aDeployment({ createdAt: daysAgo(30), outcome: null })], null),
    });
    const first = aPage([aDeployment({ createdAt: daysAgo(1), outcome: 'failure' })], 'b');
    const { pages } = await readAllPages(port, request, first);
    expect(pages).toBe(2);
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
  });

  it('refuses a page that hands back a cursor it gave before', async () => {
    const port = portOf({
      b: aPage([aDeployment({ createdAt: daysAgo(2) })], 'c'),
      c: aPage([aDeployment({ createdAt: daysAgo(3) })], 'b'),
    });
    const first = aPage([aDeployment({ createdAt: daysAgo(1) })], 'b');
    await expect(readAllPages(port, request, first)).rejects.toThrow(
      'GitHub\'s paging of the deployment history of "production" did not advance (the cursor "b" came back)',
    );
  });
});
