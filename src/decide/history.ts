// The environment's deployment history: who deployed, what came of it, in time order.
import type { Deployment } from './facts.js';
import { creditOf } from './credit.js';
import { loginKey } from './logins.js';
import { inGitHubForm, isoMs } from './iso-time.js';
import { readOutcome, type Outcome } from './outcome.js';
import { NO_RUNS, type RunFacts } from './run-links.js';

export type { Outcome } from './outcome.js';
export type { RunFacts } from './run-links.js';
export { decisiveStatus, readOutcome, statusOutcome } from './outcome.js';
export { creditOf, deployerOf } from './credit.js';

/**
 * `earned`: a clean deploy (+1) · `redeploy`: a commit that already succeeded (earns nothing)
 * · `rollback`: earns nothing · `failed`: a failure · `rolled-back`: a success re-read as a failure.
 * Reading the history gives `earned` or `failed`; rollbacks and redeploys are marked later.
 */
export type Kind = 'earned' | 'redeploy' | 'rollback' | 'failed' | 'rolled-back';

/** `History.kinds` holds each kind as its code: `KIND.failed` stands for `'failed'`. */
export const KIND = { earned: 0, redeploy: 1, rollback: 2, failed: 3, 'rolled-back': 4 } as const;

/** Kinds by code. */
export const KINDS: readonly Kind[] = ['earned', 'redeploy', 'rollback', 'failed', 'rolled-back'];

/** A login credited with deployments, as spelled (each spelling once), and its compare form. */
export interface Deployer {
  login: string;
  key: string;
}

/**
 * The history as columns over the deployments given, by position `p`: credited to
 * `deployers[who[p]]`, meaning `kinds[p]`. `order` lists the positions of those with an outcome,
 * oldest first (ties by id); the others are ignored. A few flat arrays instead of an object per
 * deployment keep 100,000 deployments quick to read.
 */
export interface History {
  /** The deployments as given, in any order. */
  deployments: Deployment[];
  order: Int32Array;
  /** Index in `deployers` of the login credited; -1 for nobody (it earns and costs nothing). */
  who: Int32Array;
  deployers: Deployer[];
  /** `KIND` codes: reading gives `earned` or `failed`; rollbacks and redeploys are marked later. */
  kinds: Uint8Array;
  /** 1 for a failure linked to a run whose conclusion could not be read: it stands. */
  unverifiedRuns: Uint8Array;
}

/** One entry of the history as an object: for callers that read a few, not the hot path. */
export interface HistoryEntry {
  deployment: Deployment;
  /** Creation time in ms. */
  at: number;
  /** The person credited, as spelled; null for nobody. */
  deployer: string | null;
  /** `deployer` in compare form; null for nobody. */
  key: string | null;
  outcome: Outcome;
  kind: Kind;
  /** A failure linked to a run whose conclusion could not be read: it stands. */
  unverifiedRun: boolean;
}

/** Environment names compare case-insensitively; each other spelling seen is remembered. */
interface EnvironmentMatch {
  wanted: string | null;
  lowerCase: string;
  seen: Map<string, boolean>;
}

function environmentMatch(wanted: string | null): EnvironmentMatch {
  return { wanted, lowerCase: wanted?.toLowerCase() ?? '', seen: new Map() };
}

/** Whether the deployment's environment is the one wanted (any, when none is). */
function matches(match: EnvironmentMatch, name: string): boolean {
  if (match.wanted === null || name === match.wanted) return true;
  let same = match.seen.get(name);
  if (same === undefined) match.seen.set(name, (same = name.toLowerCase() === match.lowerCase));
  return same;
}

/** The number of the login credited with a deployment in `deployers` (added when new), -1 for nobody. */
function deployerNumber(
  deployers: Deployer[],
  numbers: Map<string, number>,
  login: string | null,
): number {
  if (login === null) return -1;
  return numbers.get(login) ?? addDeployer(deployers, numbers, login);
}

function addDeployer(deployers: Deployer[], numbers: Map<string, number>, login: string): number {
  const number = deployers.push({ login, key: loginKey(login) }) - 1;
  numbers.set(login, number);
  return number;
}

/** The history before it is put in time order. */
type Columns = Omit<History, 'order'>;

/** Reads every deployment given; `kept` lists the positions of those with an outcome. */
function readEach(
  deployments: Deployment[],
  environment: string | null,
  runs: RunFacts,
): { columns: Columns; kept: Int32Array } {
  const count = deployments.length;
  const columns: Columns = {
    deployments,
    who: new Int32Array(count),
    deployers: [],
    kinds: new Uint8Array(count),
    unverifiedRuns: new Uint8Array(count),
  };
  const { who, deployers, kinds, unverifiedRuns } = columns;
  const match = environmentMatch(environment);
  const numbers = new Map<string, number>();
  const kept = new Int32Array(count);
  let found = 0;
  for (let p = 0; p < count; p++) {
    const deployment = deployments[p]!;
    const reading = matches(match, deployment.environment) ? readOutcome(deployment, runs) : null;
    if (!reading) continue;
    kept[found++] = p;
    who[p] = deployerNumber(deployers, numbers, creditOf(deployment, runs));
    kinds[p] = reading.outcome === 'success' ? KIND.earned : KIND.failed;
    unverifiedRuns[p] = reading.unverifiedRun ? 1 : 0;
  }
  return { columns, kept: kept.subarray(0, found) };
}

/**
 * Whether the positions are in time order, ties by id, read from the text: every creation time in
 * GitHub's form and of one length (then text order is time order), each after the one before.
 * This is what the API gives, once reversed: one regular-expression test per deployment.
 */
function isInTextOrder(positions: Int32Array, deployments: Deployment[]): boolean {
  let before: Deployment | undefined;
  for (let i = 0; i < positions.length; i++) {
    const deployment = deployments[positions[i]!]!;
    const time = deployment.createdAt;
    if (!inGitHubForm(time)) return false;
    if (before && (time.length !== before.createdAt.length || !isAfter(deployment, before)))
      return false;
    before = deployment;
  }
  return true;
}

/** Whether `later` comes after `earlier` in text order of creation times, ties by id. */
function isAfter(later: Deployment, earlier: Deployment): boolean {
  if (later.createdAt > earlier.createdAt) return true;
  return later.createdAt === earlier.createdAt && later.id >= earlier.id;
}

/** Sorts by creation time, each read once, ties by id; input already in order is kept as it is. */
function sortByTime(positions: Int32Array, deployments: Deployment[]): Int32Array {
  const at = new Float64Array(deployments.length);
  for (const p of positions) at[p] = isoMs(deployments[p]!.createdAt);
  const compare = (p: number, q: number) =>
    at[p]! - at[q]! || deployments[p]!.id - deployments[q]!.id;
  for (let i = 1; i < positions.length; i++) {
    if (compare(positions[i - 1]!, positions[i]!) > 0) return positions.sort(compare);
  }
  return positions;
}

/** Puts positions in time order, ties by id: newest-first or oldest-first input is not sorted. */
function inTimeOrder(positions: Int32Array, deployments: Deployment[]): Int32Array {
  const first = deployments[positions[0]!];
  const last = deployments[positions[positions.length - 1]!];
  if (first && last && isoMs(first.createdAt) > isoMs(last.createdAt)) positions.reverse();
  if (isInTextOrder(positions, deployments)) return positions;
  return sortByTime(positions, deployments);
}

/** The environment's deployments (all given when `environment` is null) with an outcome, in time order. */
export function historyOf(
  deployments: Deployment[],
  environment: string | null,
  runs: RunFacts,
): History {
  const { columns, kept } = readEach(deployments, environment, runs);
  return { ...columns, order: inTimeOrder(kept, deployments) };
}

/** Entries `from` on (an index into `order`), as objects. */
export function entriesOf(history: History, from = 0): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (let i = from; i < history.order.length; i++) {
    const p = history.order[i]!;
    const credited = history.deployers[history.who[p]!];
    const kind = KINDS[history.kinds[p]!]!;
    entries.push({
      deployment: history.deployments[p]!,
      at: isoMs(history.deployments[p]!.createdAt),
      deployer: credited?.login ?? null,
      key: credited?.key ?? null,
      outcome: kind === 'failed' ? 'failure' : 'success',
      kind,
      unverifiedRun: history.unverifiedRuns[p] === 1,
    });
  }
  return entries;
}

/** `historyOf` as entry objects, oldest first. */
export function readHistory(
  deployments: Deployment[],
  environment: string | null,
  runs: RunFacts,
): HistoryEntry[] {
  return entriesOf(historyOf(deployments, environment, runs));
}

/** The most recent successful deployment, any age, rollbacks included: what the environment runs. */
export function releaseBase(deployments: Deployment[], environment: string): Deployment | null {
  const { order, kinds } = historyOf(deployments, environment, NO_RUNS);
  for (let i = order.length - 1; i >= 0; i--) {
    if (kinds[order[i]!] !== KIND.failed) return deployments[order[i]!]!;
  }
  return null;
}
