// Rollbacks: a successful deploy of a commit behind the last forward deploy, which then counts as failed.
import type { CompareStatus, Deployment, Facts } from './facts.js';
import { readHistory, type HistoryEntry } from './history.js';
import { DEFAULT_WINDOW, windowStart } from './trust-window.js';

export type CompareFacts = Pick<Facts, 'comparisons' | 'generations'>;

export interface Comparison {
  base: string;
  head: string;
}

const REVERSED: Record<CompareStatus, CompareStatus> = {
  ahead: 'behind',
  behind: 'ahead',
  identical: 'identical',
  diverged: 'diverged',
};

/** GitHub's compare of `base...head`, from the facts in either direction, or undefined. */
function compare(facts: CompareFacts, { base, head }: Comparison): CompareStatus | undefined {
  const direct = facts.comparisons[`${base}...${head}`];
  if (direct) return direct;
  const reverse = facts.comparisons[`${head}...${base}`];
  return reverse ? REVERSED[reverse] : undefined;
}

/** Whether `head` is behind `base`: true, false, or undefined when a compare is needed. */
export function isBehind(facts: CompareFacts, base: string, head: string): boolean | undefined {
  if (base === head) return false;
  const baseGenerations = facts.generations[base];
  const headGenerations = facts.generations[head];
  if (baseGenerations !== undefined && headGenerations !== undefined) {
    if (headGenerations >= baseGenerations) return false; // an ancestor has a shorter history
  }
  const status = compare(facts, { base, head });
  return status === undefined ? undefined : status === 'behind';
}

/**
 * Walks the successes in time order, keeping the forward deploys (neither rollback nor rolled
 * back) on a stack: the top is the reference the next success is judged against. A rollback and
 * the deployment it rolled back are marked on the entries (`kind`). Deploying the previous
 * success's commit again is a redeploy, never a rollback. Unknown compares count as "not behind";
 * they are returned as missing only for deployments inside the window (from `since`, in ms).
 */
export function markRollbacks(
  history: HistoryEntry[],
  facts: CompareFacts,
  since: number,
): Comparison[] {
  const missing: Comparison[] = [];
  const forward: HistoryEntry[] = [];
  let previousSha: string | null = null;
  for (const entry of history) {
    if (entry.outcome !== 'success') continue;
    const reference = forward[forward.length - 1];
    const sha = entry.deployment.sha;
    if (reference && previousSha !== sha && judge(reference, entry, facts, since, missing)) {
      entry.kind = 'rollback';
      reference.kind = 'rolled-back';
      forward.pop();
    } else {
      forward.push(entry);
    }
    previousSha = sha;
  }
  return missing;
}

function judge(
  reference: HistoryEntry,
  entry: HistoryEntry,
  facts: CompareFacts,
  since: number,
  missing: Comparison[],
): boolean {
  const base = reference.deployment.sha;
  const head = entry.deployment.sha;
  const behind = isBehind(facts, base, head);
  if (behind === undefined && entry.at >= since) missing.push({ base, head });
  return behind === true;
}

export interface HistoryScope extends CompareFacts {
  /** Only deployments to this environment (case-insensitive); all of them when absent. */
  environment?: string;
  /** With `now`, compares are asked only for deployments inside the window. */
  now?: string;
  /** The trust window, e.g. `90d` (default). */
  window?: string;
}

/** Compares (`base...head`) still needed to tell rollbacks in the window; call again once fetched. */
export function missingComparisons(deployments: Deployment[], scope: HistoryScope): Comparison[] {
  const runs = { runConclusions: {}, runsUnreadable: null };
  const history = readHistory(deployments, scope.environment ?? null, runs);
  const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
  const seen = new Set<string>();
  return markRollbacks(history, scope, since).filter(({ base, head }) => {
    const key = `${base}...${head}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
