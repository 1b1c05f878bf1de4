// The history read for trust: every deployment's final meaning (earned, redeploy, rollback, failure).
import { bucketOf, CommitBuckets } from './commit-buckets.js';
import type { Deployment, Facts } from './facts.js';
import { entriesOf, historyOf, KIND, type History, type HistoryEntry } from './history.js';
import { isoMs } from './iso-time.js';
import { markRollbacks } from './rollbacks.js';
import { DEFAULT_WINDOW, windowStart } from './trust-window.js';

export type { Kind } from './history.js';

/** A history entry whose `kind` is final: rollbacks and redeploys marked. */
export type TimelineEntry = HistoryEntry;

/** The deployments that count: `history.order` from index `from` on. */
export interface Counted {
  /** The whole history, rollbacks and redeploys marked. */
  history: History;
  /** Index in `history.order` of the first deployment inside the window. */
  from: number;
}

export class Timeline implements Counted {
  constructor(
    readonly history: History,
    readonly from: number,
    /** Start of the window in ms. */
    readonly since: number,
    readonly window: string,
    readonly notes: string[],
  ) {}

  /** Deployments inside the window as objects, made on each read: for tests, not the hot path. */
  get counted(): TimelineEntry[] {
    return entriesOf(this.history, this.from);
  }
}

export type TimelineFacts = Pick<
  Facts,
  | 'environment'
  | 'now'
  | 'comparisons'
  | 'generations'
  | 'runs'
  | 'jobs'
  | 'attempts'
  | 'runsUnreadable'
>;

/** The bucket of each deployment's commit in the window, by position, and the buckets hit. */
function bucketsOfCommits({ history, from }: Counted) {
  const { deployments, order, kinds } = history;
  const bucket = new Int32Array(deployments.length);
  const buckets = new CommitBuckets();
  for (let i = from; i < order.length; i++) {
    const p = order[i]!;
    if (kinds[p] === KIND.failed) continue;
    bucket[p] = bucketOf(deployments[p]!.sha);
    buckets.hit(bucket[p]!);
  }
  return { bucket, buckets };
}

/**
 * Once per commit: a clean deploy of a commit that already succeeded in the window (anyone's
 * success, rollbacks and rolled-back deploys included) is a redeploy and earns nothing, so
 * alternating between already-deployed commits cannot farm trust. A commit alone in its bucket
 * succeeded once: only the others go through the set of commits seen.
 */
function markRepeats(counted: Counted): void {
  const { deployments, order, kinds } = counted.history;
  const { bucket, buckets } = bucketsOfCommits(counted);
  const succeeded = new Set<string>();
  for (let i = counted.from; i < order.length; i++) {
    const p = order[i]!;
    const kind = kinds[p]!;
    if (kind === KIND.failed || !buckets.hitTwice(bucket[p]!)) continue;
    const sha = deployments[p]!.sha;
    if (kind === KIND.earned && succeeded.has(sha)) kinds[p] = KIND.redeploy;
    succeeded.add(sha);
  }
}

/** Says how many deployments in the window a workflow recorded that count for nobody, and why. */
function nobodyNote({ history, from }: Counted, why: string | null): string[] {
  const { order, who } = history;
  let count = 0;
  for (let i = from; i < order.length; i++) if (who[order[i]!]! < 0) count++;
  if (count === 0) return [];
  const deployments = count === 1 ? '1 deployment' : `${count} deployments`;
  const because = why
    ? `the workflow runs could not be read: ${why}`
    : 'no status links to a workflow run of this repository whose triggering actor is known';
  return [
    `${deployments} recorded by github-actions[bot] count${count === 1 ? 's' : ''} for nobody (no score gained or lost), because ${because}`,
  ];
}

function unverifiedNote({ history, from }: Counted, why: string | null): string[] {
  const { order, unverifiedRuns } = history;
  let count = 0;
  for (let i = from; i < order.length; i++) count += unverifiedRuns[order[i]!]!;
  if (count === 0 || !why) return [];
  const note =
    count === 1
      ? '1 failure links to a workflow run whose conclusion could not be read, so it counts even if the run was cancelled'
      : `${count} failures link to workflow runs whose conclusions could not be read, so they count even if the runs were cancelled`;
  return [`${note}: ${why}`];
}

/** Index in `order` of the first deployment created at or after `since`. */
function firstAtOrAfter({ deployments, order }: History, since: number): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isoMs(deployments[order[middle]!]!.createdAt) < since) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Reads the environment's history for the trust window (`90d` when not given). */
export function readTimeline(
  deployments: Deployment[],
  facts: TimelineFacts,
  window: string = DEFAULT_WINDOW,
): Timeline {
  const history = historyOf(deployments, facts.environment, facts);
  const since = windowStart(facts.now, window);
  markRollbacks(history, facts);
  const from = firstAtOrAfter(history, since);
  markRepeats({ history, from });
  const notes = [
    ...unverifiedNote({ history, from }, facts.runsUnreadable),
    ...nobodyNote({ history, from }, facts.runsUnreadable),
  ];
  return new Timeline(history, from, since, window, notes);
}
