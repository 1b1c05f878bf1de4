// Reads the release: the pull requests and direct commits between the deployed commit and the target.
import type { Change, Deployment } from '../decide/facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import { GitHubError } from './github-error.js';
import { cutAtBase } from './history-cut.js';
import type { CommitSummary, GitHubPort, PullInfo, TargetHistory } from './port.js';

export interface Release {
  changes: Change[];
  /** Whether each reviewer (lower-case login) can push: stands in for a role lookup against `write`. */
  reviewerCanPush: Record<string, boolean>;
  /** Members (lower-case) of each policy team. */
  teams: Record<string, string[]>;
  /** What the reader had to assume (e.g. a deployed commit GitHub no longer has). */
  notes?: string[];
  /** Generations of the commits asked in `ReleaseRequest.generationsOf`. */
  generations?: Record<string, number>;
}

export interface ReleaseRequest {
  sha: string;
  base: Deployment | null;
  /** Earlier successful deployments, newest first: bases to fall back on when GitHub no longer has `base`'s commit. */
  earlierBases?: Deployment[];
  pullNumber: number | null;
  teams: string[];
  /** Deployed commits whose generations (for rollback checks) ride along with the changes query. */
  generationsOf?: string[];
  environment: EnvironmentPolicy;
  /** The target's newest history, carried by the first request: cut at the base when it provably holds the release. */
  carried?: TargetHistory;
}

function fromPull(pull: PullInfo): Change {
  return {
    kind: 'pull',
    number: pull.number,
    title: pull.title,
    url: pull.url,
    author: pull.author,
    authorIsBot: pull.authorIsBot,
    headSha: pull.headSha,
    files: pull.files,
    ...(pull.filesCut ? { filesCut: pull.filesCut } : {}),
    reviews: pull.reviews,
    commitAuthors: pull.commitAuthors,
  };
}

function fromCommit(commit: CommitSummary): Change {
  return {
    kind: 'commit',
    title: commit.title,
    url: commit.url,
    author: commit.author ?? '',
    authorIsBot: commit.authorIsBot,
    headSha: commit.sha,
    files: null,
    reviews: [],
    commitAuthors: commit.author ? [commit.author] : [],
  };
}

/** The merged pull request a commit belongs to: the one merged first. */
function firstMerged(pulls: PullInfo[]): PullInfo | undefined {
  return pulls
    .filter((p) => p.merged && p.mergedAt)
    .sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number)[0];
}

function group(commits: CommitSummary[], pullsByCommit: Record<string, PullInfo[]>) {
  const changes: Change[] = [];
  const canPush: Record<string, boolean> = {};
  const seen = new Set<number>();
  for (const commit of commits) {
    const pull = firstMerged(pullsByCommit[commit.sha] ?? []);
    if (!pull) {
      changes.push(fromCommit(commit));
      continue;
    }
    Object.assign(canPush, pull.reviewerCanPush);
    if (seen.has(pull.number)) continue;
    seen.add(pull.number);
    changes.push(fromPull(pull));
  }
  return { changes, canPush };
}

/** Direct commits' files matter only when a path rule could ask for more than the other rules. */
function pathRulesMatter(environment: EnvironmentPolicy): boolean {
  return environment.paths.some((rule) => rule.approvals > environment.minimum);
}

async function readDirectCommitFiles(
  port: GitHubPort,
  changes: Change[],
  environment: EnvironmentPolicy,
) {
  if (!pathRulesMatter(environment)) return;
  await Promise.all(
    changes
      .filter((c) => c.kind === 'commit' && c.files === null)
      .map(async (c) => {
        const commit = await port.commit(c.headSha);
        c.files = commit.files;
        if (commit.filesCut) c.filesCut = commit.filesCut;
      }),
  );
}

/** A first deploy of a commit in no merged pull request: read its title, author and files. */
async function firstCommit(port: GitHubPort, sha: string): Promise<Change> {
  const commit = await port.commit(sha);
  const change = { ...fromCommit(commit), files: commit.files };
  return commit.filesCut ? { ...change, filesCut: commit.filesCut } : change;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** A compare failed because GitHub no longer has a commit (404) or cannot relate the two (422). */
export function isGoneCommit(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 404 || status === 422;
}

/**
 * The commits from the deployed commit to the target. When GitHub no longer has the deployed
 * commit (force-pushed away), the newest earlier deployed commit it still has is the base: the
 * release may then list more changes than production lacks, never fewer (the safe reading).
 */
async function commitsOf(
  port: GitHubPort,
  request: ReleaseRequest,
  notes: string[],
): Promise<CommitSummary[]> {
  const { base, sha } = request;
  if (!base) return [{ sha, title: sha.slice(0, 7), url: '', author: null, authorIsBot: false }];
  const gone: string[] = [];
  for (const candidate of [base, ...(request.earlierBases ?? [])]) {
    if (candidate.sha === sha) return [];
    try {
      const { commits } = await port.compare(candidate.sha, sha);
      if (gone.length > 0)
        notes.push(
          `GitHub no longer has the deployed commit ${gone.join(', ')}; the changes are counted from ${short(candidate.sha)}, the newest deployed commit it still has (possibly more changes than production lacks, never fewer).`,
        );
      return commits;
    } catch (e) {
      if (!isGoneCommit(e)) throw e;
      gone.push(short(candidate.sha));
    }
  }
  throw new GitHubError(
    `GitHub no longer has the deployed commit ${gone.join(', ')} of the last successful deployment${gone.length > 1 ? 's' : ''} (force-pushed away?), so the changes of this release cannot be told. Push the commit back (for example as a tag) if you still have it, or record one successful deployment of the target outside the gate.`,
    404,
  );
}

/**
 * The release's commits cut from the carried history, or null when the cut cannot prove them
 * (merges on the way, a base older than the carried commits or gone, no base): compare decides then.
 */
function carriedCommits(request: ReleaseRequest): CommitSummary[] | null {
  const { base, carried, sha } = request;
  if (!base || !carried) return null;
  return cutAtBase(carried.commits, sha, base.sha);
}

export async function gatherRelease(port: GitHubPort, request: ReleaseRequest): Promise<Release> {
  if (request.pullNumber !== null) {
    const { pull, teams } = await port.pull(request.pullNumber, request.teams);
    return { changes: [fromPull(pull)], reviewerCanPush: pull.reviewerCanPush, teams };
  }
  const notes: string[] = [];
  const cut = carriedCommits(request);
  const commits = cut ?? (await commitsOf(port, request, notes));
  const shas = commits.map((c) => c.sha);
  // A cut release has its pull requests' first pages already: only teams and generations are asked.
  const [answer, carriedPulls] = await Promise.all([
    port.pullsForCommits(cut ? [] : shas, request.teams, request.generationsOf),
    cut && request.carried ? request.carried.pullsOf(shas) : null,
  ]);
  const { changes, canPush } = group(commits, carriedPulls ?? answer.pullsByCommit);
  if (!request.base && changes[0]?.kind === 'commit')
    changes[0] = await firstCommit(port, request.sha);
  await readDirectCommitFiles(port, changes, request.environment);
  return {
    changes,
    reviewerCanPush: canPush,
    teams: answer.teams,
    notes,
    generations: answer.generations,
  };
}
