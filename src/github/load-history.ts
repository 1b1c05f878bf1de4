// Reads the policy (from the default branch or policy-ref, never the workspace) and the deployment history.
import type { Deployment } from '../decide/facts.js';
import { decisiveStatus } from '../decide/history.js';
import * as policies from '../policy/index.js';
import type { EnvironmentPolicy, Policy } from '../policy/schema.js';
import { PolicyError } from '../policy/policy-error.js';
import type { GitHubPort, HistoryPage } from './port.js';

/** Pages of 100 deployments read at most: bounds the time a run can take. */
const MAX_PAGES = 30;

export interface PolicyMatch {
  key: string;
  environment: EnvironmentPolicy;
}

export interface LoadedHistory {
  policy: Policy;
  match: PolicyMatch;
  deployments: Deployment[];
  generations: Record<string, number>;
  defaultBranch: string;
  notes: string[];
}

export interface HistoryRequest {
  environment: string;
  policyPath: string;
  policyRef: string | null;
  now: Date;
}

/** More history is needed while the window is not covered or no earlier success (the release base) is known. */
function needsMore(deployments: Deployment[], since: number): boolean {
  const oldest = deployments.at(-1);
  if (!oldest || Date.parse(oldest.createdAt) >= since) return true;
  return !deployments.some(
    (d) => Date.parse(d.createdAt) < since && decisiveStatus(d.statuses)?.state === 'success',
  );
}

function policyFrom(
  text: string | null | undefined,
  request: HistoryRequest,
  defaultBranch: string,
) {
  const ref = request.policyRef ?? `the default branch (${defaultBranch || 'unknown'})`;
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

/** Parses the policy from the first page and reads on until the window and the release base are covered. */
export async function loadHistory(
  port: GitHubPort,
  request: HistoryRequest,
  firstPage: Promise<HistoryPage>,
): Promise<LoadedHistory> {
  const first = await firstPage;
  const { policy, match } = policyFrom(first.policyText, request, first.defaultBranch);
  const since =
    request.now.getTime() - policies.parseDuration(match.environment.trust?.window ?? '90d');
  const deployments = [...first.deployments];
  const generations = { ...first.generations };
  const notes: string[] = [];
  let cursor = first.nextCursor;
  for (let pages = 1; cursor && needsMore(deployments, since); pages++) {
    if (pages >= MAX_PAGES) {
      notes.push(
        `Read the newest ${deployments.length} deployments only; older history was not considered.`,
      );
      break;
    }
    const page = await port.history({
      environment: request.environment,
      policy: null,
      after: cursor,
    });
    deployments.push(...page.deployments);
    Object.assign(generations, page.generations);
    cursor = page.nextCursor;
  }
  const wanted = request.environment.toLowerCase();
  const own = deployments.filter((d) => d.environment.toLowerCase() === wanted);
  return {
    policy,
    match,
    deployments: own,
    generations,
    defaultBranch: first.defaultBranch,
    notes,
  };
}
