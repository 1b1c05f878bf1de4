// An API failure, kept with its cause and told in terms of what the user must grant or fix.

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

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number') return status;
  // GraphQL answers 200 with errors; a FORBIDDEN one is a missing permission like a 403.
  const errors = (error as { errors?: Array<{ type?: string; message?: string }> })?.errors ?? [];
  if (errors.some((e) => e.type === 'FORBIDDEN' || /not accessible/i.test(e.message ?? '')))
    return 403;
  if (errors.some((e) => e.type === 'NOT_FOUND')) return 404;
  return null;
}

function grant(needs: Need[]): string {
  const lines = needs.filter((n) => n !== 'members').map((n) => `\`${PERMISSION_FOR[n]}\``);
  const parts = lines.length
    ? [`add ${lines.join(' and ')} to the job's \`permissions:\` block`]
    : [];
  if (needs.includes('members')) parts.push(`use ${PERMISSION_FOR.members}`);
  const text = parts.join(', and ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function hint(status: number | null, needs: Need[]): string {
  if (status === 401) return 'The token was rejected: check the `token` input.';
  if (status === 403 || status === 404) return grant(needs);
  if (status !== null && status >= 500) return 'GitHub failed; re-run the job.';
  return 'Re-run the job; if it persists, check the token and permissions.';
}

/** Wraps any error from Octokit as a GitHubError that says what failed and what to grant. */
export function explain(error: unknown, what: string, need: Need | Need[]): GitHubError {
  if (error instanceof GitHubError) return error;
  const status = statusOf(error);
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  const http = (error as { status?: unknown })?.status;
  const code = typeof http === 'number' ? ` (HTTP ${http})` : '';
  return new GitHubError(
    `Could not ${what}${code}: ${detail}. ${hint(status, [need].flat())}`,
    status,
    {
      cause: error,
    },
  );
}
