// Reads the policy (from the default branch or policy-ref, never the workspace) and the deployment history.
import type { Deployment } from '../decide/facts.js';
import * as policies from '../policy/index.js';
import type { EnvironmentPolicy, Policy } from '../policy/schema.js';
import { PolicyError } from '../policy/policy-error.js';
import { readAllPages, spellingsOf, type PagingRequest } from './history-pages.js';
import type { KnownFacts } from './ledger.js';
import { firstSpellings } from './octokit-history.js';
import type { GitHubPort, HistoryPage } from './port.js';

/** GitHub's GraphQL `Blob.text` stops at this many bytes (`isTruncated`). */
const BLOB_TEXT_LIMIT = 512_000;

export interface PolicyMatch {
  key: string;
  environment: EnvironmentPolicy;
}

export interface LoadedHistory {
  policy: Policy;
  match: PolicyMatch;
  deployments: Deployment[];
  generations: Record<string, number>;
  /** Facts of the history known before reading (the history cache): runs, compares, generations. */
  known?: KnownFacts;
  defaultBranch: string;
  notes: string[];
  /** The target's newest history, when the first request carried it (gather-release cuts it). */
  targetHistory?: HistoryPage['targetHistory'];
}

export interface HistoryRequest {
  environment: string;
  policyPath: string;
  policyRef: string | null;
  now: Date;
}

/** A file GitHub gives no whole text of: binary, or cut at the API's limit. */
function unreadablePolicy(page: HistoryPage, path: string, ref: string): PolicyError | null {
  const blob = page.policyBlob;
  if (blob?.isBinary)
    return new PolicyError(
      `Policy file ${path} on ${ref} is binary: GitHub's API gives no text for binary files. Commit it as UTF-8 YAML text.`,
      [],
    );
  if (blob?.isTruncated)
    return new PolicyError(
      `Policy file ${path} on ${ref} is ${blob.byteSize.toLocaleString('en-US')} bytes; GitHub's API returns at most ${BLOB_TEXT_LIMIT.toLocaleString('en-US')} bytes of a file's text, so it cannot be read whole. Shorten it below that limit.`,
      [],
    );
  return null;
}

function policyFrom(page: HistoryPage, request: HistoryRequest) {
  const ref = request.policyRef ?? `the default branch (${page.defaultBranch || 'unknown'})`;
  const unreadable = unreadablePolicy(page, request.policyPath, ref);
  if (unreadable) throw unreadable;
  const text = page.policyText;
  if (text === null || text === undefined) {
    throw new PolicyError(
      `Policy file ${request.policyPath} was not found on ${ref}. Commit it there, or set the \`policy\` / \`policy-ref\` inputs.`,
      [],
    );
  }
  const policy = policies.loadPolicy(text, request.policyPath);
  const match = policies.findEnvironment(policy, request.environment);
  if (!match)
    throw new PolicyError(
      policies.environmentNotFound(request.environment, policy, request.policyPath),
      [],
    );
  return { policy, match: { key: match.key, environment: match.environment } };
}

/** The first page again when GitHub holds spellings of the name the first request did not ask for. */
async function startPage(
  port: GitHubPort,
  first: HistoryPage,
  environment: string,
  spellings: string[],
): Promise<HistoryPage> {
  if (spellings.length === firstSpellings(environment).length) return first;
  return port.history({ environment, spellings, policy: null, after: null });
}

/** Reads the deployments from the first page on: in full, or through the history cache. */
export type HistoryReader = (
  port: GitHubPort,
  request: PagingRequest,
  first: HistoryPage,
) => Promise<{ deployments: Deployment[]; known?: KnownFacts }>;

/** Parses the policy from the first page and reads on until the window and the release base are covered. */
export async function loadHistory(
  port: GitHubPort,
  request: HistoryRequest,
  firstPage: Promise<HistoryPage>,
  reader: HistoryReader = readAllPages,
): Promise<LoadedHistory> {
  const first = await firstPage;
  const { policy, match } = policyFrom(first, request);
  const since =
    request.now.getTime() - policies.parseDuration(match.environment.trust?.window ?? '90d');
  const { environment } = request;
  const spellings = await spellingsOf(port, environment, first.environments);
  const start = await startPage(port, first, environment, spellings);
  const { deployments, known } = await reader(port, { environment, spellings, since }, start);
  const wanted = environment.toLowerCase();
  const own = deployments.filter((d) => d.environment.toLowerCase() === wanted);
  return {
    policy,
    match,
    deployments: own,
    generations: { ...known?.generations },
    ...(known ? { known } : {}),
    defaultBranch: first.defaultBranch,
    notes: [],
    ...(first.targetHistory ? { targetHistory: first.targetHistory } : {}),
  };
}
