// Reads the whole deployment history GitHub pages out: every page, every status, every spelling.
import type { Deployment, DeploymentStatus } from '../decide/facts.js';
import { releaseBase } from '../decide/index.js';
import { GitHubError } from './github-error.js';
import { inChunks, limiter, type Limit } from './limiter.js';
import { firstSpellings } from './octokit-history.js';
import type { EnvironmentNames, GitHubPort, HistoryPage, MoreStatuses } from './port.js';

/** Deployments whose further statuses one request asks for. */
const STATUS_PAGES_PER_QUERY = 20;

/** Pagination that does not advance is an error naming what looped (SPEC §5d). */
export function loopError(what: string, why: string): GitHubError {
  return new GitHubError(
    `GitHub's paging of ${what} did not advance (${why}); the gate will not decide on part of it. Re-run the job; if it persists, report it to GitHub Support.`,
    null,
  );
}

/** Guards a cursor walk: a cursor seen before, an empty one, or a page that promises more but brings nothing. */
export class CursorGuard {
  private seen = new Set<string>();
  constructor(private what: string) {}

  /** `scope` keeps apart the cursors of connections walked side by side (each deployment's statuses). */
  check(cursor: string, pageItems: number, scope = ''): void {
    this.from(cursor);
    if (pageItems === 0) throw loopError(this.what, 'a page promised more but held nothing');
    const key = `${scope}:${cursor}`;
    if (this.seen.has(key)) throw loopError(this.what, `the cursor "${cursor}" came back`);
    this.seen.add(key);
  }

  /** A cursor to read on from whose page was read elsewhere: an empty one would start over. */
  from(cursor: string): void {
    if (cursor === '') throw loopError(this.what, 'a next page was promised without a cursor');
  }
}

/** Every spelling of `name` (case-insensitively) that GitHub holds, plus those asked first. */
export async function spellingsOf(
  port: GitHubPort,
  name: string,
  first: EnvironmentNames | undefined,
): Promise<string[]> {
  const wanted = name.toLowerCase();
  const found = new Set(firstSpellings(name));
  const guard = new CursorGuard('the repository’s environments');
  for (let page = first; page;) {
    for (const n of page.names) if (n.toLowerCase() === wanted) found.add(n);
    if (page.nextCursor === null) break;
    guard.check(page.nextCursor, page.names.length);
    page = await port.environments(page.nextCursor);
  }
  return [...found];
}

function byTime(a: DeploymentStatus, b: DeploymentStatus): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

/** Reads on the statuses of every deployment that has more than one page of them. */
export async function completeStatuses(
  port: GitHubPort,
  deployments: Deployment[],
  more: MoreStatuses[],
  limit: Limit,
): Promise<void> {
  const byId = new Map(deployments.map((d) => [d.id, d]));
  const guard = new CursorGuard('a deployment’s statuses');
  for (const m of more) guard.from(m.after);
  for (let pending = more; pending.length > 0;) {
    const answers = await inChunks(limit, pending, STATUS_PAGES_PER_QUERY, (chunk) =>
      port.statusPages(chunk),
    );
    pending = [];
    for (const page of answers.flat()) {
      const deployment = byId.get(page.deploymentId);
      // GitHub pages statuses newest first: a later page holds older ones.
      if (deployment)
        deployment.statuses = [...page.statuses.reverse(), ...deployment.statuses].sort(byTime);
      if (!page.more) continue;
      guard.check(page.more.after, page.statuses.length, String(page.deploymentId));
      pending.push(page.more);
    }
  }
}

export interface PagingRequest {
  environment: string;
  spellings: string[];
  /** Start of the trust window (ms). */
  since: number;
}

/** The window is covered and a success before it (the reference of rollbacks, and the release base) is read. */
function coveredBy(page: HistoryPage, request: PagingRequest): boolean {
  const oldest = page.deployments.at(-1);
  if (!oldest || Date.parse(oldest.createdAt) >= request.since) return false;
  const before = page.deployments.filter((d) => Date.parse(d.createdAt) < request.since);
  return releaseBase(before, request.environment) !== null;
}

/**
 * Reads pages, newest first, until the window is covered and an earlier successful deployment
 * is found, or GitHub has no more: no page cap. Statuses past a page are read as it arrives,
 * since they can change an outcome and so where reading may stop.
 */
export async function readAllPages(
  port: GitHubPort,
  request: PagingRequest,
  first: HistoryPage,
  limit: Limit = limiter(),
): Promise<{ deployments: Deployment[]; pages: number }> {
  const deployments: Deployment[] = [];
  const guard = new CursorGuard(`the deployment history of "${request.environment}"`);
  let windowCovered = false;
  let pages = 0;
  for (let page = first; ;) {
    pages++;
    deployments.push(...page.deployments);
    await completeStatuses(port, page.deployments, page.moreStatuses, limit);
    windowCovered ||= coveredBy(page, request);
    if (page.nextCursor === null || windowCovered) return { deployments, pages };
    guard.check(page.nextCursor, page.deployments.length);
    page = await nextPage(port, request, page.nextCursor, deployments.length);
  }
}

/** The next page; a failure says how far reading got, so a slow history is named as such. */
async function nextPage(
  port: GitHubPort,
  request: PagingRequest,
  after: string,
  read: number,
): Promise<HistoryPage> {
  try {
    return await port.history({
      environment: request.environment,
      spellings: request.spellings,
      policy: null,
      after,
    });
  } catch (e) {
    if (!(e instanceof GitHubError)) throw e;
    const where = `After ${read} deployments of "${request.environment}", the window and the release base were not yet covered`;
    throw new GitHubError(`${where}. ${e.message}`, e.status, { cause: e });
  }
}
