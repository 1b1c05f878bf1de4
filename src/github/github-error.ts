// An API failure, kept with its cause and told in terms of what the user must grant or fix.
import { NetworkError } from './network-fault.js';

export class GitHubError extends Error {
  override readonly name = 'GitHubError';
  constructor(
    message: string,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What a workflow must grant for each kind of read or write, as the `permissions:` line. */
export const PERMISSION_FOR = {
  contents: 'contents: read',
  deployments: 'deployments: read',
  pulls: 'pull-requests: read',
  actions: 'actions: read',
  comment: 'pull-requests: write',
  status: 'statuses: write',
  issues: 'issues: write',
  members:
    'a token that can read organization members (the GITHUB_TOKEN cannot; use a GitHub App or a PAT with read:org)',
} as const;

export type Need = keyof typeof PERMISSION_FOR;

/** A GraphQL error as GitHub sends it: a `type` (FORBIDDEN, NOT_FOUND, RATE_LIMITED…) and the field's `path`. */
interface GraphqlIssue {
  type?: string;
  message?: string;
  path?: Array<string | number>;
}

/** Octokit keeps GraphQL errors on `errors`; plugin-throttling's rate-limit error on `response.data`. */
function graphqlIssues(error: unknown): GraphqlIssue[] {
  const e = error as { errors?: unknown; response?: { data?: { errors?: unknown } } } | null;
  const list = e?.errors ?? e?.response?.data?.errors;
  return Array.isArray(list) ? (list as GraphqlIssue[]) : [];
}

function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** The aliases queries.ts gives fields: `policy` and `c0`, `c1`… are `object`, `org0`… `organization`. */
function fieldOf(key: string): string {
  if (key === 'policy' || /^c\d+$/.test(key)) return 'object';
  return /^org\d+$/.test(key) ? 'organization' : key;
}

/** The permission each GitHub field asks of the token. */
const NEED_OF_FIELD = new Map<string, Need>([
  ['deployments', 'deployments'],
  ['environments', 'deployments'],
  ['object', 'contents'],
  ['ref', 'contents'],
  ['history', 'contents'],
  ['pullRequest', 'pulls'],
  ['associatedPullRequests', 'pulls'],
  ['organization', 'members'],
  ['team', 'members'],
  ['members', 'members'],
]);

/** The innermost field on the path that needs a permission. */
function needOfPath(path: GraphqlIssue['path']): Need | undefined {
  const fields = (path ?? []).filter((k): k is string => typeof k === 'string').map(fieldOf);
  return fields
    .reverse()
    .map((f) => NEED_OF_FIELD.get(f))
    .find((need) => need !== undefined);
}

function pathText(path: GraphqlIssue['path']): string {
  return (path ?? []).map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

function isForbidden(issue: GraphqlIssue): boolean {
  return issue.type === 'FORBIDDEN' || /not accessible/i.test(issue.message ?? '');
}

type Kind =
  | 'token'
  | 'rate-limit'
  | 'forbidden'
  | 'repository'
  | 'not-found'
  | 'deadline'
  | 'unreachable'
  | 'tls'
  | 'redirect'
  | 'malformed'
  | 'server'
  | 'other';

/** The run's deadline aborted the request (Octokit reports it as a 500 or passes it through). */
function isDeadline(error: unknown): boolean {
  const names = [error, (error as { cause?: unknown } | null)?.cause].map(
    (e) => (e as { name?: unknown } | null)?.name,
  );
  return names.some((n) => n === 'TimeoutError' || n === 'AbortError');
}

function isRateLimit(error: unknown, issues: GraphqlIssue[]): boolean {
  if (issues.some((i) => i.type === 'RATE_LIMITED')) return true;
  const status = httpStatus(error);
  if (status !== 403 && status !== 429) return false;
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers;
  return headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(String(error));
}

const KIND_OF_NETWORK: Record<NetworkError['kind'], Kind> = {
  unreachable: 'unreachable',
  timeout: 'unreachable',
  tls: 'tls',
  deadline: 'deadline',
  redirect: 'redirect',
  malformed: 'malformed',
};

/** A TypeError or SyntaxError that is not Octokit's: code read a field an answer did not have. */
function isShapeError(error: unknown): boolean {
  return (error instanceof TypeError || error instanceof SyntaxError) && httpStatus(error) === null;
}

function kindOf(error: unknown, issues: GraphqlIssue[]): Kind {
  if (error instanceof NetworkError) return KIND_OF_NETWORK[error.kind];
  if (isShapeError(error)) return 'malformed';
  const status = httpStatus(error);
  if (status === 401) return 'token';
  if (isRateLimit(error, issues)) return 'rate-limit';
  if (status === 403 || issues.some(isForbidden)) return 'forbidden';
  const notFound = issues.filter((i) => i.type === 'NOT_FOUND');
  if (notFound.some((i) => pathText(i.path) === 'repository')) return 'repository';
  if (status === 404 || notFound.length > 0) return 'not-found';
  if (isDeadline(error)) return 'deadline';
  return status !== null && status >= 500 ? 'server' : 'other';
}

const STATUS_OF_KIND: Partial<Record<Kind, number>> = {
  forbidden: 403,
  repository: 404,
  'not-found': 404,
};

/** The permissions the failing fields need; the caller's guess when GitHub does not say. */
function needsOf(issues: GraphqlIssue[], fallback: Need[]): Need[] {
  const named = issues.filter(isForbidden).map((i) => needOfPath(i.path));
  const needs = named.filter((n): n is Need => n !== undefined);
  return needs.length > 0 ? [...new Set(needs)] : fallback;
}

/** GitHub's own words, without Octokit's wrapping: each GraphQL message once, with where it arose. */
function detailOf(error: unknown, issues: GraphqlIssue[]): string {
  // The JavaScript words ("Cannot read properties of undefined") help nobody deploying.
  if (isShapeError(error)) return "GitHub's answer lacked data Trust Gate needs";
  if (issues.length === 0) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/ - https:\/\/docs\.github\.com\S*$/, '').replace(/\.$/, '');
  }
  const byMessage = new Map<string, string[]>();
  for (const issue of issues) {
    const message = (issue.message ?? issue.type ?? 'GraphQL error').replace(/\.$/, '');
    const paths = byMessage.get(message) ?? [];
    if (issue.path?.length) paths.push(pathText(issue.path));
    byMessage.set(message, paths);
  }
  return [...byMessage]
    .map(([message, paths]) => (paths.length ? `${message} (at ${paths.join(', ')})` : message))
    .join('; ');
}

function grant(needs: Need[]): string {
  const lines = needs.filter((n) => n !== 'members').map((n) => `\`${PERMISSION_FOR[n]}\``);
  const parts = lines.length
    ? [`add ${lines.join(' and ')} to the job's \`permissions:\` block`]
    : [];
  if (needs.includes('members')) parts.push(`use ${PERMISSION_FOR.members}`);
  return parts.join(', and ');
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function hint(kind: Kind, needs: Need[]): string {
  switch (kind) {
    case 'token':
      return 'The token was rejected: check the `token` input (it may be missing, expired or revoked).';
    case 'rate-limit':
      return "GitHub's rate limit did not lift in time: re-run the job later, or pass a `token` with a rate limit of its own (a GitHub App's).";
    case 'forbidden':
      return capitalised(grant(needs));
    case 'repository':
      return "Check that the repository exists and that the token can read it: a job's GITHUB_TOKEN reads only its own repository, so pass a `token` that can read this one.";
    case 'not-found':
      return `Check that it exists and that the token can read it: ${grant(needs)}.`;
    case 'deadline':
      return "GitHub did not answer before the run's deadline: re-run the job (https://www.githubstatus.com shows incidents).";
    case 'unreachable':
      return 'Check that the runner can reach GITHUB_API_URL (its network, a firewall, or the proxy set in HTTPS_PROXY, HTTP_PROXY and NO_PROXY), then re-run the job.';
    case 'tls':
      return 'Check the certificates between the runner and GitHub (a proxy that intercepts TLS needs its certificate authority in NODE_EXTRA_CA_CERTS), then re-run the job.';
    case 'redirect':
      return "Check GITHUB_API_URL and any proxy in between: GitHub's API does not send requests to another host, or redirect them in a loop.";
    case 'malformed':
      return "Something other than GitHub's API may have answered (a proxy, or an incident): re-run the job (https://www.githubstatus.com shows incidents).";
    case 'server':
      return 'GitHub kept failing, even after retries: re-run the job (https://www.githubstatus.com shows incidents).';
    default:
      return 'Re-run the job; if it persists, check the token and permissions.';
  }
}

/** Wraps any error from Octokit as a GitHubError that says what failed and what to grant or fix. */
export function explain(error: unknown, what: string, need: Need | Need[]): GitHubError {
  if (error instanceof GitHubError) return error;
  const issues = graphqlIssues(error);
  const kind = kindOf(error, issues);
  const http = httpStatus(error);
  const code = http === null || kind === 'deadline' ? '' : ` (HTTP ${http})`;
  const message = `Could not ${what}${code}: ${detailOf(error, issues)}. ${hint(kind, needsOf(issues, [need].flat()))}`;
  return new GitHubError(message, http ?? STATUS_OF_KIND[kind] ?? null, { cause: error });
}
