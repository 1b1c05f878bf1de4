// Score and level: clean deploys climb the ladder, failures and rollbacks step back down.
import type { Standing } from './decision.js';
import type { Level, Trust } from '../policy/schema.js';
import type { TimelineEntry } from './timeline.js';

export interface Tally {
  /** The login as first seen, for display. */
  login: string;
  score: number;
  successes: number;
  failures: number;
  rollbacks: number;
  lastDeploy: string | null;
}

export function emptyTally(login = ''): Tally {
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
export function addToTally(tally: Tally, entry: TimelineEntry, trust: Trust | undefined): void {
  tally.lastDeploy = entry.deployment.createdAt;
  if (entry.outcome === 'failure' || entry.kind === 'rolled-back') {
    tally.failures++;
    if (entry.kind === 'rolled-back') tally.rollbacks++;
    tally.score = scoreAfterFailure(tally.score, trust);
    return;
  }
  tally.successes++;
  if (entry.kind === 'earned') tally.score++;
}

/** One tally over the entries given (a person's own, or everyone's in `team` scope). */
export function tallyOf(entries: TimelineEntry[], trust: Trust | undefined, login = ''): Tally {
  const tally = emptyTally(login);
  for (const entry of entries) addToTally(tally, entry, trust);
  return tally;
}

/** A tally per deployer (keyed by lower-case login), in one pass. */
export function tallyByDeployer(
  entries: TimelineEntry[],
  trust: Trust | undefined,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const entry of entries) {
    let tally = tallies.get(entry.key);
    if (!tally) tallies.set(entry.key, (tally = emptyTally(entry.deployer)));
    addToTally(tally, entry, trust);
  }
  return tallies;
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
