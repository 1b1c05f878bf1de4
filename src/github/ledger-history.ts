// A warm history read: the ledger's settled deployments plus what is new or could still change.
import { randomInt } from 'node:crypto';
import type { Deployment } from '../decide/facts.js';
import { releaseBase } from '../decide/index.js';
import { runLinkOf } from '../decide/run-links.js';
import { completeStatuses, CursorGuard, type PagingRequest } from './history-pages.js';
import {
  HORIZON_MS,
  SAMPLE_SIZE,
  UNSETTLED_HORIZON_MS,
  isSettled,
  ledgerEntry,
  sameEntry,
  type KnownFacts,
  type Ledger,
  type LedgerDeployment,
} from './ledger.js';
import { NODES_PER_QUERY } from './ledger-nodes.js';
import { inChunks, limiter, type Limit } from './limiter.js';
import type { DeploymentNode, GitHubPort, HistoryPage } from './port.js';

export interface WarmRead {
  deployments: Deployment[];
  known: KnownFacts;
  /** Node ids of every deployment returned, for the next ledger. */
  nodeIds: Map<number, string>;
  /** Whether the deployments reach the first one GitHub holds. */
  complete: boolean;
}

export type Random = (max: number) => number;

interface Fresh {
  deployments: Deployment[];
  nodeIds: Map<number, string>;
  reachedEnd: boolean;
}

/** Pages newest first, down past `cutoff` (usually the first page alone), statuses whole. */
async function readFresh(
  port: GitHubPort,
  request: PagingRequest,
  first: HistoryPage,
  cutoff: number,
  limit: Limit,
): Promise<Fresh> {
  const fresh: Fresh = { deployments: [], nodeIds: new Map(), reachedEnd: false };
  const guard = new CursorGuard(`the deployment history of "${request.environment}"`);
  for (let page = first; ;) {
    fresh.deployments.push(...page.deployments);
    for (const [id, nodeId] of Object.entries(page.nodeIds ?? {}))
      fresh.nodeIds.set(Number(id), nodeId);
    await completeStatuses(port, page.deployments, page.moreStatuses, limit);
    const oldest = page.deployments.at(-1);
    if (page.nextCursor === null) return { ...fresh, reachedEnd: true };
    if (oldest && Date.parse(oldest.createdAt) < cutoff) return fresh;
    guard.check(page.nextCursor, page.deployments.length);
    page = await port.history({
      environment: request.environment,
      spellings: request.spellings,
      policy: null,
      after: page.nextCursor,
    });
  }
}

/** `count` distinct entries of `entries`, chosen at random. */
export function sampleOf<T>(entries: readonly T[], count: number, random: Random): T[] {
  const pool = [...entries];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const at = random(pool.length);
    chosen.push(pool[at]!);
    pool.splice(at, 1);
  }
  return chosen;
}

/** Re-reads deployments by node id (the sample rides in the first request), statuses whole. */
async function reread(
  port: GitHubPort,
  entries: LedgerDeployment[],
  limit: Limit,
): Promise<Array<DeploymentNode | null>> {
  const ids = entries.map((e) => e.nodeId);
  const answers = (
    await inChunks(limit, ids, NODES_PER_QUERY, (chunk) => port.deploymentNodes(chunk))
  ).flat();
  const found = answers.filter((a): a is DeploymentNode => a !== null);
  const more = found.flatMap((a) => (a.more ? [a.more] : []));
  await completeStatuses(
    port,
    found.map((a) => a.deployment),
    more,
    limit,
  );
  return answers;
}

/** Known run facts, less those that could have changed: linked from recent or unsettled deployments, or not concluded. */
function settledRunFacts(ledger: Ledger, fresh: Deployment[]): KnownFacts {
  const runs = { ...ledger.runs };
  const jobs = { ...ledger.jobs };
  const attempts = { ...ledger.attempts };
  for (const deployment of fresh) {
    for (const status of deployment.statuses) {
      const link = runLinkOf(status);
      if (!link) continue;
      delete runs[link.run];
      if (link.job) delete jobs[link.job];
      if (link.attempt) delete attempts[`${link.run}/${link.attempt}`];
    }
  }
  const concluded = <T extends { conclusion: string | null }>(facts: Record<string, T>) =>
    Object.fromEntries(Object.entries(facts).filter(([, f]) => f.conclusion !== null));
  return {
    runs: concluded(runs),
    jobs: concluded(jobs),
    attempts: concluded(attempts),
    comparisons: { ...ledger.comparisons },
    generations: { ...ledger.generations },
  };
}

/** Whether `deployments` cover the window and hold a success before it, as a full read would. */
function coversWindow(deployments: Deployment[], request: PagingRequest): boolean {
  const before = deployments.filter((d) => Date.parse(d.createdAt) < request.since);
  return before.length > 0 && releaseBase(before, request.environment) !== null;
}

export interface WarmOptions {
  random?: Random;
  sampleSize?: number;
  limit?: Limit;
}

/** Why the sample shows the ledger is not GitHub's record, or null when every entry matches. */
function sampleMismatch(
  sample: LedgerDeployment[],
  answers: Array<DeploymentNode | null>,
): string | null {
  for (const [i, entry] of sample.entries()) {
    const node = answers[i];
    if (!node) return `deployment ${entry.id} it holds is gone from GitHub`;
    if (!sameEntry(ledgerEntry(node.deployment, node.nodeId), entry))
      return `deployment ${entry.id} differs from GitHub's record of it`;
  }
  return null;
}

interface Merged {
  kept: Deployment[];
  reread: Deployment[];
  nodeIds: Map<number, string>;
}

/** The older entries: settled ones as the ledger holds them, unsettled ones as GitHub has them now. */
function mergeOld(
  old: LedgerDeployment[],
  open: LedgerDeployment[],
  answers: Array<DeploymentNode | null>,
  nodeIds: Map<number, string>,
): Merged {
  const merged: Merged = { kept: [], reread: [], nodeIds };
  const now = new Map(open.map((entry, i) => [entry.id, answers[i] ?? null]));
  for (const entry of old) {
    if (now.has(entry.id)) {
      const node = now.get(entry.id);
      if (!node) continue; // deleted since
      merged.kept.push(node.deployment);
      merged.reread.push(node.deployment);
      nodeIds.set(entry.id, node.nodeId);
      continue;
    }
    const { nodeId, ...deployment } = entry;
    merged.kept.push(deployment);
    nodeIds.set(entry.id, nodeId);
  }
  return merged;
}

/**
 * The history from the ledger and GitHub, or why the ledger is not used (then: a full read).
 * Deployments created within HORIZON_MS before the ledger was read, and those it holds without an
 * outcome created within UNSETTLED_HORIZON_MS, are read again; a random sample of the rest is
 * compared with GitHub's record.
 */
export async function readWarm(
  port: GitHubPort,
  request: PagingRequest,
  first: HistoryPage,
  ledger: Ledger,
  options: WarmOptions = {},
): Promise<WarmRead | { discarded: string }> {
  const limit = options.limit ?? limiter();
  const cutoff = Date.parse(ledger.readAt) - HORIZON_MS;
  const fresh = await readFresh(port, request, first, cutoff, limit);
  const freshIds = new Set(fresh.deployments.map((d) => d.id));
  // A full history on the fresh pages: a ledger entry not among them is gone from GitHub.
  const old = fresh.reachedEnd
    ? []
    : ledger.deployments.filter((d) => Date.parse(d.createdAt) < cutoff && !freshIds.has(d.id));
  const abandoned = Date.parse(ledger.readAt) - UNSETTLED_HORIZON_MS;
  const mayChange = (d: Deployment) => !isSettled(d) && Date.parse(d.createdAt) >= abandoned;
  const open = old.filter(mayChange);
  const settled = old.filter((d) => !mayChange(d));
  const sample = sampleOf(settled, options.sampleSize ?? SAMPLE_SIZE, options.random ?? randomInt);
  const answers = await reread(port, [...sample, ...open], limit);
  const mismatch = sampleMismatch(sample, answers);
  if (mismatch) return { discarded: mismatch };
  const merged = mergeOld(old, open, answers.slice(sample.length), new Map(fresh.nodeIds));
  const deployments = [...fresh.deployments, ...merged.kept];
  const complete = fresh.reachedEnd || ledger.complete;
  if (!complete && !coversWindow(deployments, request))
    return { discarded: 'the trust window reaches past the history it holds' };
  const recent = fresh.deployments.filter((d) => Date.parse(d.createdAt) >= cutoff);
  const known = settledRunFacts(ledger, [...recent, ...merged.reread]);
  return { deployments, known, nodeIds: merged.nodeIds, complete };
}
