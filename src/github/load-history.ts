// Reads the policy (from the default branch or policy-ref, never the workspace) and the deployment history.
import type { Deployment } from '../decide/facts.js';
import type { EnvironmentPolicy, Policy } from '../policy/schema.js';
import { PolicyError } from '../policy/policy-error.js';
import type { GitHubPort } from './port.js';

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
function needsMore(reader: HistoryReader, deployments: Deployment[], since: number): boolean {
  const oldest = deployments.at(-1);
  if (!oldest || Date.parse(oldest.createdAt) >= since) return true;
  return !deployments.some(
    (d) =>
      Date.parse(d.createdAt) < since && reader.decisiveStatus(d.statuses)?.state === 'success',
  );
}

/** The policy parser (zod and yaml, most of the bundle) loads while the first query is in flight. */
type PolicyLoader = typeof import('../policy/index.js');
type HistoryReader = typeof import('../decide/history.js');

function policyFrom(
  loader: PolicyLoader,
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
  const policy = loader.loadPolicy(text, request.policyPath);
  const match = loader.findEnvironment(policy, request.environment);
  if (!match)
    throw new PolicyError(
      loader.environmentNotFound(request.environment, policy, request.policyPath),
      [],
    );
  return { policy, match: { key: match.key, environment: match.environment } };
}

export async function loadHistory(
  port: GitHubPort,
  request: HistoryRequest,
): Promise<LoadedHistory> {
  const [first, loader, reader] = await Promise.all([
    port.history({
      environment: request.environment,
      policy: { path: request.policyPath, ref: request.policyRef },
      after: null,
    }),
    import('../policy/index.js'),
    import('../decide/history.js'),
  ]);
  const { policy, match } = policyFrom(loader, first.policyText, request, first.defaultBranch);
  const since =
    request.now.getTime() - loader.parseDuration(match.environment.trust?.window ?? '90d');
  const deployments = [...first.deployments];
  const generations = { ...first.generations };
  const notes: string[] = [];
  let cursor = first.nextCursor;
  for (let pages = 1; cursor && needsMore(reader, deployments, since); pages++) {
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
