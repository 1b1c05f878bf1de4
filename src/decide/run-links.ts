// Links from deployment statuses to workflow runs, jobs and attempts, and what the run facts say of them.
import type { DeploymentStatus, Facts } from './facts.js';

export type RunFacts = Pick<Facts, 'runs' | 'jobs' | 'attempts' | 'runsUnreadable'>;

/** No run facts at all: nothing is forgiven, no workflow deployment is credited. */
export const NO_RUNS: RunFacts = { runs: {}, jobs: {}, attempts: {}, runsUnreadable: null };

/** A status's link to a workflow run: `…/<owner>/<repo>/actions/runs/<id>[/job/<id>|/attempts/<n>]`. */
export interface RunLink {
  /** `owner/repo` the link names, null when it names none. */
  repository: string | null;
  run: string;
  job: string | null;
  attempt: number | null;
}

const RUNS_PATH = '/actions/runs/';
/** Sticky: matched from just after `/actions/runs/`, without slicing the URL. */
const AFTER_RUNS = /(\d+)(?:\/job\/(\d+)|\/attempts\/(\d+))?\/?(?:[?#].*)?$/y;

/** `owner/repo` from the two path segments that end `before`, or null. */
function repositoryAt(before: string): string | null {
  const repoAt = before.lastIndexOf('/');
  // A negative start looks at index 0 only: with `repoAt` at most 0, `ownerAt` is -1 or 0 (null below).
  const ownerAt = before.lastIndexOf('/', repoAt - 1);
  if (ownerAt < 0 || repoAt - ownerAt < 2 || repoAt === before.length - 1) return null;
  return before.slice(ownerAt + 1);
}

/** Found with `indexOf` first: a history holds a link per deployment, most of them alike. */
function parseLink(url: string | null): RunLink | null {
  const at = url ? url.lastIndexOf(RUNS_PATH) : -1;
  if (at < 0) return null;
  AFTER_RUNS.lastIndex = at + RUNS_PATH.length;
  const match = AFTER_RUNS.exec(url!);
  if (!match) return null;
  const [, run, job, attempt] = match;
  return {
    repository: repositoryAt(url!.slice(0, at)),
    run: run!,
    job: job ?? null,
    attempt: attempt ? Number(attempt) : null,
  };
}

/** The status's run link, `log_url` before `target_url`, a job or attempt link before a bare one. */
export function runLinkOf(status: DeploymentStatus): RunLink | null {
  const log = parseLink(status.logUrl);
  if (log && (log.job || log.attempt)) return log;
  const target = parseLink(status.targetUrl);
  if (target && (target.job || target.attempt)) return target;
  return log ?? target;
}

/**
 * The conclusion of what the link names: the job, the attempt, or a bare run only while it has a
 * single attempt (a re-run's conclusion says nothing of an earlier attempt). Null when not known.
 */
export function linkedConclusion(link: RunLink, facts: RunFacts): string | null {
  if (link.job) {
    const job = facts.jobs[link.job];
    return job && job.run === link.run ? job.conclusion : null;
  }
  if (link.attempt) return facts.attempts[`${link.run}/${link.attempt}`]?.conclusion ?? null;
  const run = facts.runs[link.run];
  return run && run.attempts === 1 ? run.conclusion : null;
}

/** The run linked, when it is known and the link names no other repository than the run's. */
function runOf(link: RunLink, facts: RunFacts) {
  const run = facts.runs[link.run];
  if (!run) return null;
  const named = link.repository;
  const same =
    !named || named === run.repository || named.toLowerCase() === run.repository.toLowerCase();
  return same ? run : null;
}

/** The attempt the link is about: named, the job's, or the only one a run not re-run has. */
function attemptOf(link: RunLink, facts: RunFacts, attempts: number): number | null {
  if (link.attempt) return link.attempt;
  const job = link.job ? facts.jobs[link.job] : undefined;
  if (job) return job.run === link.run ? job.attempt : null;
  return attempts === 1 ? 1 : null;
}

/** Who triggered the attempt of this repository's run that the link names; null when unknown. */
export function linkedActor(link: RunLink, facts: RunFacts): string | null {
  const run = runOf(link, facts);
  if (!run) return null;
  const attempt = attemptOf(link, facts, run.attempts);
  if (attempt === null) return null;
  if (attempt === run.attempts) return run.triggeringActor;
  return facts.attempts[`${link.run}/${attempt}`]?.triggeringActor ?? null;
}
