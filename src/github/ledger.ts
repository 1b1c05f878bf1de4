// The history ledger's format: the raw facts of settled deployments, checked whole before any is believed.
import { z } from 'zod';
import type { Deployment, DeploymentStatus, Facts } from '../decide/facts.js';
import { runLinkOf } from '../decide/run-links.js';

export const LEDGER_VERSION = 1;

/** Deployments created this close before the ledger was read may still gain statuses: re-read them. */
export const HORIZON_MS = 7 * 24 * 3_600_000;

/**
 * A deployment without an outcome may still get one this long after it was created: a workflow
 * run lasts up to 35 days, a job may wait 30 for an environment's reviewers. Older ones the
 * pipeline has abandoned; only a hand-written status could still change them.
 */
export const UNSETTLED_HORIZON_MS = 35 * 24 * 3_600_000;

/** A ledger whose last full read is older than this is rebuilt by a full read (bounds what it missed). */
export const MAX_AGE_MS = 7 * 24 * 3_600_000;

/** Entries each warm run re-reads from GitHub and compares, to catch a tampered ledger. */
export const SAMPLE_SIZE = 5;

/** A deployment as the ledger keeps it: the facts `decide` reads, and its node id for re-reading. */
export type LedgerDeployment = Deployment & { nodeId: string };

export type KnownFacts = Pick<Facts, 'runs' | 'jobs' | 'attempts' | 'comparisons' | 'generations'>;

export interface Ledger extends KnownFacts {
  version: typeof LEDGER_VERSION;
  /** `owner/repo`, lower case. */
  repository: string;
  /** The environment's name, lower case. */
  environment: string;
  /** When the last full read of the history began: the ledger's age. */
  builtAt: string;
  /** When the read it holds began: deployments created before `readAt − HORIZON_MS` are settled. */
  readAt: string;
  /** Whether it reaches the first deployment GitHub holds (else: past the window and a release base). */
  complete: boolean;
  /** Every deployment from the oldest held to `readAt`, newest first. */
  deployments: LedgerDeployment[];
}

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a time');
const login = z.string();

const statusSchema = z.strictObject({
  state: z.enum(['success', 'failure', 'error', 'inactive', 'pending', 'queued', 'in_progress']),
  createdAt: isoTime,
  logUrl: z.string().nullable(),
  targetUrl: z.string().nullable(),
  creator: login.optional(),
  creatorIsBot: z.boolean().optional(),
});

const deploymentSchema = z.strictObject({
  id: z.number().int(),
  nodeId: z.string().min(1),
  createdAt: isoTime,
  sha: z.string(),
  environment: z.string(),
  creator: login,
  creatorIsBot: z.boolean(),
  payloadDeployer: z.string().nullable(),
  statuses: z.array(statusSchema),
});

const conclusion = z.string().nullable();

const ledgerSchema = z.strictObject({
  version: z.literal(LEDGER_VERSION),
  repository: z.string(),
  environment: z.string(),
  builtAt: isoTime,
  readAt: isoTime,
  complete: z.boolean(),
  deployments: z.array(deploymentSchema),
  generations: z.record(z.string(), z.number().int()),
  comparisons: z.record(z.string(), z.enum(['ahead', 'behind', 'identical', 'diverged'])),
  runs: z.record(
    z.string(),
    z.strictObject({
      conclusion,
      attempts: z.number().int(),
      triggeringActor: z.string().nullable(),
      repository: z.string(),
    }),
  ),
  jobs: z.record(
    z.string(),
    z.strictObject({ conclusion, run: z.string(), attempt: z.number().int() }),
  ),
  attempts: z.record(
    z.string(),
    z.strictObject({ conclusion, triggeringActor: z.string().nullable() }),
  ),
});

/** Whose ledger: the repository and environment it was read for. */
export interface LedgerOwner {
  repository: string;
  environment: string;
}

export function ownerOf(owner: string, repo: string, environment: string): LedgerOwner {
  return { repository: `${owner}/${repo}`.toLowerCase(), environment: environment.toLowerCase() };
}

export type Parsed = { ledger: Ledger } | { discarded: string };

/** The ledger in `text`, or why it cannot be believed: unreadable, another version, foreign, stale. */
export function parseLedger(text: string, owner: LedgerOwner, now: Date): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { discarded: 'it is not readable JSON' };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== LEDGER_VERSION) return { discarded: `it has format version ${String(version)}` };
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) return { discarded: 'it does not match the ledger format' };
  const ledger = parsed.data as Ledger;
  if (ledger.repository !== owner.repository || ledger.environment !== owner.environment)
    return { discarded: `it belongs to ${ledger.repository} (${ledger.environment})` };
  const age = now.getTime() - Date.parse(ledger.builtAt);
  const ahead = Date.parse(ledger.readAt) > now.getTime() || age < 0;
  if (ahead) return { discarded: 'it was written later than now' };
  if (age > MAX_AGE_MS) return { discarded: 'its last full read is more than 7 days old' };
  return { ledger };
}

/** A status that ends a deployment: after one, only a hand-written status could change it. */
export function isSettled(deployment: Deployment): boolean {
  return deployment.statuses.some(
    (s) => s.state === 'success' || s.state === 'failure' || s.state === 'error',
  );
}

/**
 * GitHub marks a deployment `inactive` when a later one succeeds, often long after it settled; the
 * decision never reads such a status (no outcome, no run link), so the ledger leaves it out.
 */
function decisionReads(status: DeploymentStatus): boolean {
  return status.state !== 'inactive' || runLinkOf(status) !== null;
}

/** The deployment exactly as the ledger keeps it: fields in a fixed order, only what `decide` reads. */
export function ledgerEntry(deployment: Deployment, nodeId: string): LedgerDeployment {
  return {
    id: deployment.id,
    nodeId,
    createdAt: deployment.createdAt,
    sha: deployment.sha,
    environment: deployment.environment,
    creator: deployment.creator,
    creatorIsBot: deployment.creatorIsBot,
    payloadDeployer: deployment.payloadDeployer,
    statuses: deployment.statuses.filter(decisionReads).map((s) => ({
      state: s.state,
      createdAt: s.createdAt,
      logUrl: s.logUrl,
      targetUrl: s.targetUrl,
      ...(s.creator === undefined ? {} : { creator: s.creator }),
      ...(s.creatorIsBot === undefined ? {} : { creatorIsBot: s.creatorIsBot }),
    })),
  };
}

/** Whether GitHub's record still says what the ledger says of a deployment. */
export function sameEntry(a: LedgerDeployment, b: LedgerDeployment): boolean {
  return JSON.stringify(ledgerEntry(a, a.nodeId)) === JSON.stringify(ledgerEntry(b, b.nodeId));
}
