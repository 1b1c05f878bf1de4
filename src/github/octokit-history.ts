// The history reads over Octokit: pages of deployments, their statuses, environments, generations.
import type { Octokit } from './client.js';
import { explain } from './github-error.js';
import {
  toDeployment,
  toStatuses,
  type GqlDeployment,
  type GqlStatusPage,
  type PageInfo,
} from './graphql-types.js';
import type {
  EnvironmentNames,
  GitHubPort,
  HistoryPage,
  MoreStatuses,
  PolicyBlob,
  StatusPage,
} from './port.js';
import {
  ENVIRONMENTS_QUERY,
  HISTORY_QUERY,
  generationsQuery,
  statusPagesQuery,
} from './queries.js';
import { carriedHistory, type GqlTarget } from './target-history.js';

type Names = { owner: string; name: string };
type HistoryRequest = Parameters<GitHubPort['history']>[0];
type EnvironmentConnection = { pageInfo: PageInfo; nodes: Array<{ name: string } | null> };
type PolicyAnswer = { __typename: string; text?: string | null } & Partial<PolicyBlob>;

interface HistoryAnswer {
  repository: {
    defaultBranchRef: { name: string } | null;
    policy?: PolicyAnswer | null;
    environments?: EnvironmentConnection;
    deployments: { pageInfo: PageInfo; nodes: Array<GqlDeployment | null> };
    target?: GqlTarget;
  } | null;
}

/**
 * The answer without the carried target history when only that part failed (say the token may
 * not read pull requests): the release is then read the usual way, which says what to grant.
 */
function withoutTarget(error: unknown): HistoryAnswer | null {
  const e = error as { data?: HistoryAnswer; errors?: Array<{ path?: unknown[] }> } | null;
  const onlyTarget = e?.errors?.every((issue) => issue.path?.[1] === 'target') ?? false;
  if (!onlyTarget || !e?.data?.repository) return null;
  return { repository: { ...e.data.repository, target: null } };
}

/** The spellings the first request asks for; others GitHub holds are found through its environments. */
export function firstSpellings(name: string): string[] {
  return [...new Set([name, name.toLowerCase()])];
}

function next(pageInfo: PageInfo): string | null {
  return pageInfo.hasNextPage ? (pageInfo.endCursor ?? '') : null;
}

function environmentNames(connection: EnvironmentConnection): EnvironmentNames {
  const names = connection.nodes.flatMap((n) => (n ? [n.name] : []));
  return { names, nextCursor: next(connection.pageInfo) };
}

/** Statuses past the first page: GitHub pages them like any connection. */
function moreStatuses(id: number, nodeId: string, page: GqlStatusPage | null): MoreStatuses | null {
  const after = page ? next(page.pageInfo) : null;
  return after === null ? null : { deploymentId: id, nodeId, after };
}

function policyOf(answer: PolicyAnswer | null | undefined) {
  if (answer?.__typename !== 'Blob') return { policyText: null };
  const blob: PolicyBlob = {
    isBinary: answer.isBinary === true,
    isTruncated: answer.isTruncated === true,
    byteSize: answer.byteSize ?? 0,
  };
  return { policyText: answer.text ?? null, policyBlob: blob };
}

/** One page of history, newest first; with `policy`, the policy and the environments too. */
export async function readHistoryPage(
  octokit: Octokit,
  names: Names,
  request: HistoryRequest,
): Promise<HistoryPage> {
  const { policy } = request;
  const variables = {
    ...names,
    policy: policy ? `${policy.ref ?? 'HEAD'}:${policy.path}` : '',
    withPolicy: policy !== null,
    environments: request.spellings ?? firstSpellings(request.environment),
    after: request.after,
    target: request.target ?? null,
    withTarget: Boolean(request.target),
  };
  const data = await octokit
    .graphql<HistoryAnswer>(HISTORY_QUERY, variables)
    .catch((e: unknown) => {
      const partial = request.target ? withoutTarget(e) : null;
      if (partial) return partial;
      throw explain(e, 'read the policy and the deployment history', ['contents', 'deployments']);
    });
  const repository = data.repository;
  if (!repository)
    throw explain(new Error('repository not found'), 'read the repository', 'contents');
  const nodes = repository.deployments.nodes.flatMap((n) => (n ? [n] : []));
  const page: HistoryPage = {
    defaultBranch: repository.defaultBranchRef?.name ?? '',
    deployments: nodes.map(toDeployment),
    moreStatuses: nodes.flatMap((n) => moreStatuses(n.databaseId ?? 0, n.id, n.statuses) ?? []),
    nextCursor: next(repository.deployments.pageInfo),
    nodeIds: Object.fromEntries(nodes.map((n) => [n.databaseId ?? 0, n.id])),
  };
  if (policy) Object.assign(page, policyOf(repository.policy));
  if (repository.environments) page.environments = environmentNames(repository.environments);
  const carried = request.target
    ? carriedHistory(octokit, names, request.target, repository.target)
    : undefined;
  if (carried) page.targetHistory = carried;
  return page;
}

export async function readEnvironments(
  octokit: Octokit,
  names: Names,
  after: string,
): Promise<EnvironmentNames> {
  type Answer = { repository: { environments: EnvironmentConnection } | null };
  const data = await octokit
    .graphql<Answer>(ENVIRONMENTS_QUERY, { ...names, after })
    .catch((e: unknown) => {
      throw explain(e, 'read the repository’s environments', 'deployments');
    });
  if (!data.repository)
    throw explain(new Error('repository not found'), 'read the repository', 'contents');
  return environmentNames(data.repository.environments);
}

export async function readStatusPages(
  octokit: Octokit,
  requests: MoreStatuses[],
): Promise<StatusPage[]> {
  const variables: Record<string, string> = {};
  requests.forEach((r, i) => {
    variables[`d${i}`] = r.nodeId;
    variables[`a${i}`] = r.after;
  });
  type Answer = Record<string, { id: string; statuses: GqlStatusPage | null } | null>;
  const data = await octokit
    .graphql<Answer>(statusPagesQuery(requests.length), variables)
    .catch((e: unknown) => {
      throw explain(e, 'read the statuses of deployments with many statuses', 'deployments');
    });
  return requests.map((r, i) => {
    const node = data[`d${i}`];
    if (!node)
      throw explain(
        Object.assign(new Error(`deployment ${r.deploymentId} was not found`), { status: 404 }),
        `read the statuses of deployment ${r.deploymentId}`,
        'deployments',
      );
    const more = moreStatuses(r.deploymentId, r.nodeId, node.statuses);
    return { deploymentId: r.deploymentId, statuses: toStatuses(node.statuses), more };
  });
}

export async function readGenerations(
  octokit: Octokit,
  names: Names,
  shas: string[],
): Promise<Record<string, number>> {
  if (shas.length === 0) return {};
  const variables: Record<string, string> = { ...names };
  shas.forEach((sha, i) => (variables[`g${i}`] = sha));
  type Answer = {
    repository: Record<string, { oid?: string; history?: { totalCount: number } } | null> | null;
  };
  const data = await octokit
    .graphql<Answer>(generationsQuery(shas.length), variables)
    .catch((e: unknown) => {
      throw explain(e, 'read the history length of deployed commits', 'contents');
    });
  const generations: Record<string, number> = {};
  shas.forEach((sha, i) => {
    const count = data.repository?.[`g${i}`]?.history?.totalCount;
    if (typeof count === 'number') generations[sha] = count;
  });
  return generations;
}
