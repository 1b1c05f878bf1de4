// Which workflow runs, jobs and attempts the history needs read: for forgiving failures, crediting workflows.
import type { Deployment, DeploymentStatus } from './facts.js';
import { isWorkflowBot } from './credit.js';
import { isoMs } from './iso-time.js';
import { failingStatuses, recordedStatuses, statusOutcome } from './outcome.js';
import { NO_RUNS, runLinkOf, type RunFacts, type RunLink } from './run-links.js';
import { DEFAULT_WINDOW, windowStart } from './trust-window.js';

/** Ids to read: runs, jobs, and attempts as `<run id>/<attempt number>`. */
export interface RunIds {
  runs: string[];
  jobs: string[];
  attempts: string[];
}

/** With `now`, only deployments created inside the window (`90d` by default) are considered. */
export interface RunScope {
  now?: string;
  window?: string;
}

interface Wanted {
  runs: Set<string>;
  jobs: Set<string>;
  attempts: Set<string>;
}

/** A failure's link: its job, its attempt, or (a bare link) its run. */
function wantConclusion(link: RunLink, wanted: Wanted): void {
  if (link.job) wanted.jobs.add(link.job);
  else if (link.attempt) wanted.attempts.add(`${link.run}/${link.attempt}`);
  else wanted.runs.add(link.run);
}

/**
 * A workflow deployment's link: its run; once the run is known to have been re-run, the job (to
 * learn its attempt) and the attempt (named, or the job's) when it is not the latest.
 */
function wantActor(link: RunLink, wanted: Wanted, known: RunFacts): void {
  wanted.runs.add(link.run);
  const run = known.runs[link.run];
  if (!run || run.attempts === 1) return;
  if (link.job) wanted.jobs.add(link.job);
  const attempt = link.attempt ?? (link.job ? known.jobs[link.job]?.attempt : undefined);
  if (attempt !== undefined && attempt !== run.attempts) {
    wanted.attempts.add(`${link.run}/${attempt}`);
  }
}

function linksOf(statuses: readonly DeploymentStatus[]): RunLink[] {
  return statuses.map(runLinkOf).filter((link): link is RunLink => link !== null);
}

function want(deployment: Deployment, wanted: Wanted, known: RunFacts): void {
  const statuses = recordedStatuses(deployment);
  const outcome = statusOutcome(statuses);
  if (outcome === null) return;
  if (outcome === 'failure') {
    for (const link of linksOf(failingStatuses(statuses))) wantConclusion(link, wanted);
  }
  if (isWorkflowBot(deployment.creator, deployment.creatorIsBot)) {
    for (const link of linksOf(statuses)) wantActor(link, wanted, known);
  }
}

function unknown(ids: Set<string>, known: Record<string, unknown>): string[] {
  return [...ids].filter((id) => !(id in known));
}

/**
 * The runs, jobs and attempts still to read, given those `known`: call again with what was read
 * (a re-run run needs its job read, which tells the attempt to read) until nothing new is listed.
 */
export function runFactsNeeded(
  deployments: readonly Deployment[],
  scope: RunScope = {},
  known: RunFacts = NO_RUNS,
): RunIds {
  const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
  const wanted: Wanted = { runs: new Set(), jobs: new Set(), attempts: new Set() };
  for (const deployment of deployments) {
    if (isoMs(deployment.createdAt) >= since) want(deployment, wanted, known);
  }
  return {
    runs: unknown(wanted.runs, known.runs),
    jobs: unknown(wanted.jobs, known.jobs),
    attempts: unknown(wanted.attempts, known.attempts),
  };
}
