// The history read for trust: every deployment's final meaning (earned, redeploy, rollback, failure).
import type { Deployment, Facts } from './facts.js';
import { readHistory, type HistoryEntry } from './history.js';
import { markRollbacks } from './rollbacks.js';
import { DEFAULT_WINDOW, windowStart } from './trust-window.js';

export type { Kind } from './history.js';

/** A history entry whose `kind` is final: rollbacks and redeploys marked. */
export type TimelineEntry = HistoryEntry;

export interface Timeline {
  /** Deployments inside the window, oldest first (ties by id). */
  counted: TimelineEntry[];
  /** Start of the window in ms. */
  since: number;
  window: string;
  notes: string[];
}

export type TimelineFacts = Pick<
  Facts,
  'environment' | 'now' | 'comparisons' | 'generations' | 'runConclusions' | 'runsUnreadable'
>;

function markRedeploys(entries: TimelineEntry[]): void {
  let previousSha: string | null = null;
  for (const entry of entries) {
    if (entry.outcome !== 'success') continue;
    const sha = entry.deployment.sha;
    if (entry.kind === 'earned' && previousSha === sha) entry.kind = 'redeploy';
    previousSha = sha;
  }
}

function unverifiedNote(counted: TimelineEntry[], why: string | null): string[] {
  const count = counted.filter((entry) => entry.unverifiedRun).length;
  if (count === 0 || !why) return [];
  const failures = count === 1 ? '1 failure links' : `${count} failures link`;
  return [
    `${failures} to a workflow run whose conclusion could not be read, so it counts even if the run was cancelled: ${why}`,
  ];
}

/** Reads the environment's history for the trust window (`90d` when not given). */
export function readTimeline(
  deployments: Deployment[],
  facts: TimelineFacts,
  window: string = DEFAULT_WINDOW,
): Timeline {
  const history = readHistory(deployments, facts.environment, facts);
  const since = windowStart(facts.now, window);
  markRollbacks(history, facts, since);
  markRedeploys(history);
  const counted = history.slice(firstAtOrAfter(history, since));
  return { counted, since, window, notes: unverifiedNote(counted, facts.runsUnreadable) };
}

/** Index of the first entry created at or after `since` (entries are in time order). */
function firstAtOrAfter(entries: TimelineEntry[], since: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.at < since) low = middle + 1;
    else high = middle;
  }
  return low;
}
