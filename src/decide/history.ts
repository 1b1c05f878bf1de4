// The environment's deployment history: who deployed, what came of it, in time order.
import type { Deployment, DeploymentStatus, Facts } from './facts.js';
import { isBotLogin, loginKey } from './logins.js';
import { DEFAULT_WINDOW, windowStart } from './trust-window.js';
import { isoMs } from './iso-time.js';

export type Outcome = 'success' | 'failure';

/**
 * `earned`: a clean deploy (+1) · `redeploy`: the previous success's commit again (earns nothing)
 * · `rollback`: earns nothing · `failed`: a failure · `rolled-back`: a success re-read as a failure.
 * Reading the history gives `earned` or `failed`; rollbacks and redeploys are marked later.
 */
export type Kind = 'earned' | 'redeploy' | 'rollback' | 'failed' | 'rolled-back';

export interface HistoryEntry {
  deployment: Deployment;
  /** Creation time in ms. */
  at: number;
  /** The person credited, as spelled. */
  deployer: string;
  /** `deployer` in compare form. */
  key: string;
  outcome: Outcome;
  kind: Kind;
  /** A failure linked to a run whose conclusion could not be read: it stands. */
  unverifiedRun: boolean;
}

export type RunFacts = Pick<Facts, 'runConclusions' | 'runsUnreadable'>;

const DECISIVE = new Set(['success', 'failure', 'error']);
const RUN_LINK = /\/actions\/runs\/(\d+)(?:\/job\/\d+|\/attempts\/\d+)?\/?(?:[?#].*)?$/;

/** The creator; only a bot creator may name the person in the payload's `deployer`. */
export function deployerOf(deployment: Deployment): string {
  const named = deployment.payloadDeployer?.trim();
  const bot = isBotLogin(deployment.creator, deployment.creatorIsBot);
  return bot && named ? named : deployment.creator;
}

/** The most recent success/failure/error status; ties go to the later one in the list. */
export function decisiveStatus(statuses: DeploymentStatus[]): DeploymentStatus | null {
  let best: DeploymentStatus | null = null;
  let bestAt = NaN;
  for (const status of statuses) {
    if (!DECISIVE.has(status.state)) continue;
    if (best === null) {
      best = status;
      continue;
    }
    if (Number.isNaN(bestAt)) bestAt = Date.parse(best.createdAt);
    const at = Date.parse(status.createdAt);
    if (at >= bestAt) [best, bestAt] = [status, at];
  }
  return best;
}

/** The workflow run a status links to (`…/actions/runs/<id>[/job/<id>|/attempts/<n>]`), if any. */
export function linkedRunId(status: DeploymentStatus): string | null {
  for (const url of [status.logUrl, status.targetUrl]) {
    const match = url ? RUN_LINK.exec(url) : null;
    if (match?.[1]) return match[1];
  }
  return null;
}

function failedStatus(deployment: Deployment): DeploymentStatus | null {
  const status = decisiveStatus(deployment.statuses);
  return status && status.state !== 'success' ? status : null;
}

/** With `now`, only deployments created inside the window (`90d` by default) are considered. */
export interface RunScope {
  now?: string;
  window?: string;
}

/** Run ids of failures that link to a workflow run: their conclusions decide if the failure counts. */
export function runIdsToCheck(deployments: Deployment[], scope: RunScope = {}): string[] {
  const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
  const ids = new Set<string>();
  for (const deployment of deployments) {
    if (Date.parse(deployment.createdAt) < since) continue;
    const status = failedStatus(deployment);
    const id = status ? linkedRunId(status) : null;
    if (id) ids.add(id);
  }
  return [...ids];
}

type Reading = { outcome: Outcome; unverifiedRun: boolean } | null;

const SUCCESS: Reading = { outcome: 'success', unverifiedRun: false };
const FAILURE: Reading = { outcome: 'failure', unverifiedRun: false };
const UNVERIFIED_FAILURE: Reading = { outcome: 'failure', unverifiedRun: true };

/** The deployment's outcome, or null when it is ignored (no decisive status, or a cancelled run). */
export function readOutcome(deployment: Deployment, runs: RunFacts): Reading {
  const status = decisiveStatus(deployment.statuses);
  if (!status) return null;
  if (status.state === 'success') return SUCCESS;
  const runId = linkedRunId(status);
  if (runId === null) return FAILURE;
  if (runs.runsUnreadable) return UNVERIFIED_FAILURE;
  return runs.runConclusions[runId] === 'cancelled' ? null : FAILURE;
}

function byTimeThenId(a: HistoryEntry, b: HistoryEntry): number {
  return a.at - b.at || a.deployment.id - b.deployment.id;
}

/** Entries in time order; a list already in (reverse) order is not re-sorted. */
function inTimeOrder(entries: HistoryEntry[]): HistoryEntry[] {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < entries.length && (ascending || descending); i++) {
    const order = byTimeThenId(entries[i - 1]!, entries[i]!);
    if (order > 0) ascending = false;
    if (order < 0) descending = false;
  }
  if (ascending) return entries;
  return descending ? entries.reverse() : entries.sort(byTimeThenId);
}

/** Compares environment names case-insensitively, remembering each name seen. */
function environmentFilter(environment: string | null): (name: string) => boolean {
  if (environment === null) return () => true;
  const wanted = environment.toLowerCase();
  const seen = new Map<string, boolean>();
  return (name) => {
    let same = seen.get(name);
    if (same === undefined) seen.set(name, (same = name.toLowerCase() === wanted));
    return same;
  };
}

/** The environment's deployments (all given when `environment` is null) with an outcome, oldest first. */
export function readHistory(
  deployments: Deployment[],
  environment: string | null,
  runs: RunFacts,
): HistoryEntry[] {
  const inEnvironment = environmentFilter(environment);
  const keys = new Map<string, string>();
  const entries: HistoryEntry[] = [];
  for (const deployment of deployments) {
    if (!inEnvironment(deployment.environment)) continue;
    const reading = readOutcome(deployment, runs);
    if (!reading) continue;
    const deployer = deployerOf(deployment);
    let key = keys.get(deployer);
    if (key === undefined) keys.set(deployer, (key = loginKey(deployer)));
    entries.push({
      deployment,
      at: isoMs(deployment.createdAt),
      deployer,
      key,
      outcome: reading.outcome,
      kind: reading.outcome === 'success' ? 'earned' : 'failed',
      unverifiedRun: reading.unverifiedRun,
    });
  }
  return inTimeOrder(entries);
}

/** The most recent successful deployment, any age, rollbacks included: what the environment runs. */
export function releaseBase(deployments: Deployment[], environment: string): Deployment | null {
  const noRuns: RunFacts = { runConclusions: {}, runsUnreadable: null };
  const history = readHistory(deployments, environment, noRuns);
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.outcome === 'success') return history[i]!.deployment;
  }
  return null;
}
