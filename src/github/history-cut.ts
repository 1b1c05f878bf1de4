// Cuts the target's carried history at the release base: the commits compare would list, when provably so.
import type { CarriedCommit } from './port.js';

function same(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

/**
 * The commits from `base` (excluded) to `target`, oldest first: exactly what GitHub's compare
 * `base...target` lists, or null when the listing cannot prove it. It proves it only when the
 * listing starts at the target and reaches the base through a linear run: every commit before the
 * base has one parent, the next one listed. A merge on the way, a base not in the listing (older
 * than it, gone, or not an ancestor) all give null: the caller then asks compare.
 */
export function cutAtBase(
  commits: readonly CarriedCommit[],
  target: string,
  base: string,
): CarriedCommit[] | null {
  if (!same(commits[0]?.sha, target)) return null;
  const run: CarriedCommit[] = [];
  for (const [i, commit] of commits.entries()) {
    if (same(commit.sha, base)) return run.reverse();
    const next = commits[i + 1];
    if (commit.parentCount !== 1 || !next || !same(commit.firstParent, next.sha)) return null;
    run.push(commit);
  }
  return null;
}
