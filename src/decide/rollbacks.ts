// Rollbacks: a successful deploy of a commit behind the last forward deploy, which then counts as failed.
import type { CompareStatus, Deployment, Facts } from './facts.js';
import { historyOf, KIND, type History } from './history.js';
import { isoMs } from './iso-time.js';
import { NO_RUNS } from './run-links.js';
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

/** The compares given, by base then head; null when there are none. */
type Comparisons = Map<string, Map<string, CompareStatus>> | null;

/**
 * Indexes the `base...head` keys once, so that looking a pair up builds no key. A key is indexed
 * at every `...` in it, so any pair whose key it is finds it.
 */
function comparisonsOf(facts: CompareFacts): Comparisons {
  const index = new Map<string, Map<string, CompareStatus>>();
  for (const [key, status] of Object.entries(facts.comparisons)) {
    for (let at = key.indexOf('...'); at >= 0; at = key.indexOf('...', at + 1)) {
      const base = key.slice(0, at);
      let heads = index.get(base);
      if (!heads) index.set(base, (heads = new Map()));
      heads.set(key.slice(at + 3), status);
    }
  }
  return index.size > 0 ? index : null;
}

/** GitHub's compare of `base...head`, from the facts in either direction, or undefined. */
function compare(comparisons: Comparisons, base: string, head: string): CompareStatus | undefined {
  const direct = comparisons?.get(base)?.get(head);
  if (direct) return direct;
  const reverse = comparisons?.get(head)?.get(base);
  return reverse ? REVERSED[reverse] : undefined;
}

/** The number of commits in the commit's history, NaN when not known. */
function generationOf(facts: CompareFacts, sha: string): number {
  return facts.generations[sha] ?? NaN;
}

/** Generations tell `head` is not behind `base`: an ancestor has a shorter history. */
function notBehindByGenerations(facts: CompareFacts, base: string, head: string): boolean {
  return generationOf(facts, head) >= generationOf(facts, base);
}

/** What judging a success needs: the compares, and where to list unknown ones from `since` on. */
interface Judging {
  history: History;
  facts: CompareFacts;
  comparisons: Comparisons;
  since: number | undefined;
  missing: Comparison[];
}

/**
 * Walks the successes in time order, keeping the forward deploys (neither rollback nor rolled
 * back) on a stack: the top is the reference the next success is judged against. A rollback and
 * the deployment it rolled back are marked in `history.kinds`, and so is a redeploy of the previous
 * success's commit, never a rollback (`markRepeats` marks any other already-deployed commit). Unknown compares count as "not behind"; with `since`
 * (ms) those of deployments created from then on are returned as missing.
 */
export function markRollbacks(history: History, facts: CompareFacts, since?: number): Comparison[] {
  const { deployments, order, kinds } = history;
  const comparisons = comparisonsOf(facts);
  const judging: Judging = { history, facts, comparisons, since, missing: [] };
  const judged = comparisons !== null || since !== undefined; // else nothing is known to be behind
  const forward = new Int32Array(order.length); // a stack of positions, `depth` deep
  let depth = 0;
  let previousSha: string | null = null;
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    if (kinds[p] === KIND.failed) continue;
    const reference = depth > 0 ? forward[depth - 1]! : -1;
    const sha = deployments[p]!.sha;
    if (judged && reference >= 0 && previousSha !== sha && isRollback(reference, p, judging)) {
      kinds[p] = KIND.rollback;
      kinds[reference] = KIND['rolled-back'];
      depth--;
    } else {
      if (previousSha === sha) kinds[p] = KIND.redeploy;
      forward[depth++] = p;
    }
    previousSha = sha;
  }
  return judging.missing;
}

/**
 * Whether deployment `p` is behind deployment `reference`: its compare says so and generations do
 * not deny it. Generations are looked up only when they can change the answer.
 */
function isRollback(reference: number, p: number, judging: Judging): boolean {
  const { deployments } = judging.history;
  const base = deployments[reference]!.sha;
  const head = deployments[p]!.sha;
  if (base === head) return false;
  const status = compare(judging.comparisons, base, head);
  if (status === 'behind') return !notBehindByGenerations(judging.facts, base, head);
  if (status === undefined && judging.since !== undefined) listMissing(p, base, head, judging);
  return false;
}

/** Lists the compare still needed, unless generations tell or the deployment is before `since`. */
function listMissing(p: number, base: string, head: string, judging: Judging): void {
  if (notBehindByGenerations(judging.facts, base, head)) return;
  const createdAt = judging.history.deployments[p]!.createdAt;
  if (isoMs(createdAt) >= judging.since!) judging.missing.push({ base, head });
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
  const history = historyOf(deployments, scope.environment ?? null, NO_RUNS);
  const since = scope.now ? windowStart(scope.now, scope.window ?? DEFAULT_WINDOW) : -Infinity;
  const seen = new Set<string>();
  return markRollbacks(history, scope, since).filter(({ base, head }) => {
    const key = `${base}...${head}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
