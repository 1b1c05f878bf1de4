// A deployment's outcome: a failure, once recorded, stands; a cancelled job or attempt forgives it.
import type { Deployment, DeploymentStatus } from './facts.js';
import { linkedConclusion, runLinkOf, type RunFacts } from './run-links.js';

export type Outcome = 'success' | 'failure';

/** Whether a person other than the deployment's creator (`creator`) wrote the status by hand. */
function writtenByOther(status: DeploymentStatus, creator: string): boolean {
  if (status.creator === undefined || status.creatorIsBot || status.creator === creator)
    return false;
  return status.creator.toLowerCase() !== creator.toLowerCase();
}

/**
 * The statuses that count (§5b): those the deployment's creator or a bot (the deploy pipeline)
 * wrote. A status a person posts on someone else's deployment can neither fail nor pass it,
 * nor link it to a run. The hot path (nobody else wrote one) allocates nothing.
 */
export function recordedStatuses(deployment: Deployment): readonly DeploymentStatus[] {
  const { statuses, creator } = deployment;
  for (let i = 0; i < statuses.length; i++) {
    if (writtenByOther(statuses[i]!, creator))
      return statuses.filter((status) => !writtenByOther(status, creator));
  }
  return statuses;
}

function isFailing(status: DeploymentStatus): boolean {
  return status.state === 'failure' || status.state === 'error';
}

/**
 * The status that decides the outcome: the first `failure` or `error` (a `success` written after
 * it does not erase it), else the first `success`, else null (the deployment is ignored).
 */
export function decisiveStatus(statuses: readonly DeploymentStatus[]): DeploymentStatus | null {
  let success: DeploymentStatus | null = null;
  for (const status of statuses) {
    if (isFailing(status)) return status;
    if (success === null && status.state === 'success') success = status;
  }
  return success;
}

/** `failure` when any status is `failure` or `error`, else `success` when one is, else null. */
export function statusOutcome(statuses: readonly DeploymentStatus[]): Outcome | null {
  const status = decisiveStatus(statuses);
  if (!status) return null;
  return status.state === 'success' ? 'success' : 'failure';
}

/** The failing statuses: those a cancelled job or attempt might forgive. */
export function failingStatuses(statuses: readonly DeploymentStatus[]): DeploymentStatus[] {
  return statuses.filter(isFailing);
}

export type Reading = { outcome: Outcome; unverifiedRun: boolean } | null;

const SUCCESS: Reading = { outcome: 'success', unverifiedRun: false };
const FAILURE: Reading = { outcome: 'failure', unverifiedRun: false };
const UNVERIFIED_FAILURE: Reading = { outcome: 'failure', unverifiedRun: true };

/** A failing status is forgiven when it links to a job or attempt (or single-attempt run) that was cancelled. */
function forgiven(status: DeploymentStatus, runs: RunFacts): boolean {
  const link = runLinkOf(status);
  return link !== null && linkedConclusion(link, runs) === 'cancelled';
}

/** Whether every failing status links to a run: one that may have been cancelled. */
function everyFailureLinked(statuses: readonly DeploymentStatus[]): boolean {
  for (const status of statuses) if (isFailing(status) && !runLinkOf(status)) return false;
  return true;
}

function everyFailureForgiven(statuses: readonly DeploymentStatus[], runs: RunFacts): boolean {
  for (const status of statuses) if (isFailing(status) && !forgiven(status, runs)) return false;
  return true;
}

/**
 * The failure of a deployment is forgiven (the deployment ignored) only when every failing status
 * is: one unexplained failure among cancelled ones stands. When runs may not be read, a failure
 * whose statuses all link to runs stands and is marked unverified. Allocates nothing: a history
 * holds thousands of failures.
 */
function readFailure(statuses: readonly DeploymentStatus[], runs: RunFacts): Reading {
  if (runs.runsUnreadable !== null) {
    return everyFailureLinked(statuses) ? UNVERIFIED_FAILURE : FAILURE;
  }
  return everyFailureForgiven(statuses, runs) ? null : FAILURE;
}

/** The deployment's outcome, or null when it is ignored (no decisive status, or a forgiven failure). */
export function readOutcome(deployment: Deployment, runs: RunFacts): Reading {
  const statuses = recordedStatuses(deployment);
  const outcome = statusOutcome(statuses);
  if (outcome === null) return null;
  return outcome === 'success' ? SUCCESS : readFailure(statuses, runs);
}
