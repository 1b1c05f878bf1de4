// Score and level: clean deploys climb the ladder, failures and rollbacks step back down.
import type { Standing } from './decision.js';
import type { Level, Trust } from '../policy/schema.js';
import { KIND, type Deployer } from './history.js';
import type { Counted } from './timeline.js';

export interface Tally {
  /** The login as first seen, for display. */
  login: string;
  score: number;
  successes: number;
  failures: number;
  rollbacks: number;
  lastDeploy: string | null;
}

export function emptyTally(login: string): Tally {
  return { login, score: 0, successes: 0, failures: 0, rollbacks: 0, lastDeploy: null };
}

/** Index of the highest level whose `after` is at most `score`; -1 without levels. */
export function levelIndex(levels: readonly Level[], score: number): number {
  let index = levels.length > 0 ? 0 : -1;
  for (let i = 1; i < levels.length; i++) if (levels[i]!.after <= score) index = i;
  return index;
}

/** The score after a failure: 0 on `reset` or without trust; `demote`: the level below's `after`. */
export function scoreAfterFailure(score: number, trust: Trust | undefined): number {
  if (!trust || trust['on-failure'] === 'reset') return 0;
  const index = levelIndex(trust.levels, score);
  return index > 0 ? trust.levels[index - 1]!.after : 0;
}

/** Adds one deployment (in time order) to a tally. */
function addToTally(tally: Tally, kind: number, createdAt: string, trust: Trust | undefined): void {
  tally.lastDeploy = createdAt;
  if (kind === KIND.failed || kind === KIND['rolled-back']) {
    tally.failures++;
    if (kind === KIND['rolled-back']) tally.rollbacks++;
    tally.score = scoreAfterFailure(tally.score, trust);
    return;
  }
  tally.successes++;
  if (kind === KIND.earned) tally.score++;
}

/** One tally over the deployments that count (a person's own, or everyone's in `team` scope). */
export function tallyOf({ history, from }: Counted, trust: Trust | undefined, login = ''): Tally {
  const { deployments, order, kinds, who } = history;
  const tally = emptyTally(login);
  for (let i = from; i < order.length; i++) {
    const p = order[i]!;
    if (who[p]! < 0) continue; // credited to nobody: earns and costs nothing
    addToTally(tally, kinds[p]!, deployments[p]!.createdAt, trust);
  }
  return tally;
}

/**
 * A tally per deployer (keyed by lower-case login, shown as first spelled), in one pass. Each
 * deployer number is looked up by key once: spellings of one login share a tally.
 */
export function tallyByDeployer(
  { history, from }: Counted,
  trust: Trust | undefined,
): Map<string, Tally> {
  const { deployments, order, kinds, who, deployers } = history;
  const tallies = new Map<string, Tally>();
  const byNumber: Array<Tally | undefined> = [];
  for (let i = from; i < order.length; i++) {
    const p = order[i]!;
    const number = who[p]!;
    if (number < 0) continue; // credited to nobody: earns and costs nothing
    const tally = (byNumber[number] ??= tallyFor(tallies, deployers[number]!));
    addToTally(tally, kinds[p]!, deployments[p]!.createdAt, trust);
  }
  return tallies;
}

function tallyFor(tallies: Map<string, Tally>, { login, key }: Deployer): Tally {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = emptyTally(login)));
  return tally;
}

export function standingOf(tally: Tally, trust: Trust | undefined): Standing {
  const levels = trust?.levels ?? [];
  const index = levelIndex(levels, tally.score);
  const next = levels[index + 1];
  return {
    level: levels[index]?.name ?? '',
    score: tally.score,
    next: next ? { name: next.name, after: next.after } : null,
    successes: tally.successes,
    failures: tally.failures,
    rollbacks: tally.rollbacks,
    scope: trust?.scope ?? 'person',
  };
}
