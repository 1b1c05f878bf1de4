// Rollback checks: which deployments went behind the one before, with as few reads as tell it.
import { missingComparisons, type Comparison } from '../decide/index.js';
import type { Facts } from '../decide/facts.js';
import { isGoneCommit } from './gather-release.js';
import { GitHubError } from './github-error.js';
import { inChunks, type Limit } from './limiter.js';
import type { LoadedHistory } from './load-history.js';
import type { GitHubPort } from './port.js';

/**
 * Rounds of rollback compares: each round settles at least one deployment, so a history needs as
 * many rounds as it has rollbacks in a chain. Past this the run fails closed rather than read an
 * unsettled check as "not a rollback" (the run's deadline bounds the time as well).
 */
const MAX_COMPARE_ROUNDS = 100;

export type Scope = { environment: string; now: string; window: string };

/**
 * Commits whose generations one request of their own asks for: each is one node and a cheap
 * count, so a query holds many (10,000 deployments of 2,000 commits cost 7 such requests).
 */
const GENERATIONS_PER_QUERY = 300;

/** Generations that ride along with the release's changes query, which is heavy already. */
const GENERATIONS_CARRIED = 100;

interface Settling {
  port: GitHubPort;
  history: LoadedHistory;
  scope: Scope;
  limit: Limit;
  comparisons: Facts['comparisons'];
  generations: Facts['generations'];
  asked: Set<string>;
}

function missing(s: Settling) {
  return missingComparisons(s.history.deployments, {
    ...s.scope,
    comparisons: s.comparisons,
    generations: s.generations,
  });
}

/** The commits whose generations the first rollback checks need (at most one query's worth). */
export function generationsWanted(history: LoadedHistory, scope: Scope): string[] {
  const pairs = missingComparisons(history.deployments, {
    ...scope,
    comparisons: {},
    generations: history.generations,
  });
  const shas = new Set(pairs.flatMap(({ base, head }) => [base, head]));
  return [...shas].slice(0, GENERATIONS_CARRIED);
}

/** Generations asked elsewhere (with the changes query): the commits asked, and the answer. */
export interface Carried {
  shas: string[];
  answer: Promise<Record<string, number>>;
}

/** Generations of the commits of the compares still missing, each commit asked once, batched. */
async function readGenerations(s: Settling, pairs: Comparison[]): Promise<boolean> {
  const shas = [...new Set(pairs.flatMap(({ base, head }) => [base, head]))].filter(
    (sha) => !s.asked.has(sha),
  );
  if (shas.length === 0) return false;
  for (const sha of shas) s.asked.add(sha);
  const answers = await inChunks(s.limit, shas, GENERATIONS_PER_QUERY, (chunk) =>
    s.port.generations(chunk),
  );
  for (const answer of answers) Object.assign(s.generations, answer);
  return true;
}

/** A compare of a commit GitHub no longer has is not a rollback: it cannot be shown to be one. */
async function compareOne(s: Settling, { base, head }: Comparison): Promise<void> {
  const known = s.history.known?.comparisons[`${base}...${head}`];
  if (known) {
    s.comparisons[`${base}...${head}`] = known; // the history cache's answer: as asking again
    return;
  }
  try {
    s.comparisons[`${base}...${head}`] = await s.limit(() => s.port.compareStatus(base, head));
  } catch (e) {
    if (!isGoneCommit(e)) throw e;
    s.comparisons[`${base}...${head}`] = 'diverged';
    s.history.notes.push(
      `GitHub could not compare ${base.slice(0, 7)}...${head.slice(0, 7)} (a commit is gone, or the histories are unrelated): that deployment is not counted as a rollback.`,
    );
  }
}

/** Rollback checks: generations first (one batched read), compares only where they cannot tell. */
export async function settleRollbacks(
  port: GitHubPort,
  history: LoadedHistory,
  scope: Scope,
  limit: Limit,
  carried?: Carried,
) {
  const s: Settling = {
    port,
    history,
    scope,
    limit,
    comparisons: {},
    generations: { ...history.generations },
    asked: new Set([...Object.keys(history.generations), ...(carried?.shas ?? [])]),
  };
  if (carried) Object.assign(s.generations, await carried.answer);
  for (let round = 0; round < MAX_COMPARE_ROUNDS; round++) {
    let pairs = missing(s);
    if (pairs.length > 0 && (await readGenerations(s, pairs))) pairs = missing(s);
    if (pairs.length === 0) break;
    await Promise.all(pairs.map((pair) => compareOne(s, pair)));
  }
  const unsettled = missing(s).length;
  if (unsettled > 0)
    throw new GitHubError(
      `Could not settle the rollback checks of the history: ${unsettled} still open after ${MAX_COMPARE_ROUNDS} rounds of compares. Trust Gate does not decide on part of the history; re-run the job, and report it if it persists.`,
      null,
    );
  return { comparisons: s.comparisons, generations: s.generations };
}
