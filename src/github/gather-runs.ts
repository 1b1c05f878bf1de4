// Reads the workflow runs, jobs and attempts the history links to: one request per id, 8 at a time.
import { runFactsNeeded, type RunIds, type RunScope } from '../decide/index.js';
import type { Deployment, Facts } from '../decide/facts.js';
import { explain } from './github-error.js';
import type { GitHubPort } from './port.js';

/** Requests in flight at once: enough to finish quickly, few enough not to trip abuse limits. */
const CONCURRENCY = 8;
/** Rounds of reads: runs and jobs, then attempts that jobs point at. A third finds nothing new. */
const MAX_ROUNDS = 3;

export type RunsRead = Pick<Facts, 'runs' | 'jobs' | 'attempts' | 'runsUnreadable'>;

const UNREADABLE = 'the token may not read workflow runs (grant `actions: read`)';

/** Runs `work` over every item, at most `limit` at a time. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

type Read = () => Promise<void>;

/** Answers already known (the history cache): taken instead of asking, so the reads go as cold. */
export type KnownRuns = Pick<RunsRead, 'runs' | 'jobs' | 'attempts'>;

/** One read per id not asked before; a 404 is remembered as asked, so it is not asked again. */
function readsFor(
  port: GitHubPort,
  ids: RunIds,
  read: RunsRead,
  repository: string,
  known?: KnownRuns,
): Read[] {
  const ofThisRepository = (name: string) => name.toLowerCase() === repository.toLowerCase();
  return [
    ...ids.runs.map((id) => async () => {
      const run = known?.runs[id] ?? (await port.workflowRun(id));
      if (run && ofThisRepository(run.repository)) read.runs[id] = run;
    }),
    ...ids.jobs.map((id) => async () => {
      const job = known?.jobs[id] ?? (await port.workflowJob(id));
      if (job) read.jobs[id] = job;
    }),
    ...ids.attempts.map((key) => async () => {
      const [run, attempt] = key.split('/');
      const found = known?.attempts[key] ?? (await port.runAttempt(run!, Number(attempt)));
      if (found) read.attempts[key] = found;
    }),
  ];
}

function notAsked(ids: RunIds, asked: Set<string>): RunIds {
  const fresh = (kind: string) => (id: string) => {
    const key = `${kind}:${id}`;
    return asked.has(key) ? false : (asked.add(key), true);
  };
  return {
    runs: ids.runs.filter(fresh('run')),
    jobs: ids.jobs.filter(fresh('job')),
    attempts: ids.attempts.filter(fresh('attempt')),
  };
}

async function readRounds(
  port: GitHubPort,
  deployments: readonly Deployment[],
  scope: RunScope & { repository: string },
  read: RunsRead,
  known?: KnownRuns,
): Promise<void> {
  const asked = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const ids = notAsked(runFactsNeeded(deployments, scope, read), asked);
    const reads = readsFor(port, ids, read, scope.repository, known);
    if (reads.length === 0) return;
    await eachLimited(reads, CONCURRENCY, (run) => run());
  }
}

/** The run facts the history needs; a 403 leaves them unread and says why (failures then stand). */
export async function readRuns(
  port: GitHubPort,
  deployments: readonly Deployment[],
  scope: RunScope & { repository: string },
  known?: KnownRuns,
): Promise<RunsRead> {
  const read: RunsRead = { runs: {}, jobs: {}, attempts: {}, runsUnreadable: null };
  try {
    await readRounds(port, deployments, scope, read, known);
    return read;
  } catch (e) {
    if ((e as { status?: number }).status === 403) {
      return { runs: {}, jobs: {}, attempts: {}, runsUnreadable: UNREADABLE };
    }
    throw explain(e, 'read the workflow runs behind the deployments', 'actions');
  }
}
