// Reads the release: the pull requests and direct commits between the deployed commit and the target.
import type { Change, Deployment } from '../decide/facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import type { CommitSummary, GitHubPort, PullInfo } from './port.js';

export interface Release {
  changes: Change[];
  /** Whether each reviewer (lower-case login) can push: stands in for a role lookup against `write`. */
  reviewerCanPush: Record<string, boolean>;
  /** Members (lower-case) of each policy team. */
  teams: Record<string, string[]>;
}

export interface ReleaseRequest {
  sha: string;
  base: Deployment | null;
  pullNumber: number | null;
  teams: string[];
  environment: EnvironmentPolicy;
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

async function commitsOf(port: GitHubPort, request: ReleaseRequest): Promise<CommitSummary[]> {
  const { base, sha } = request;
  if (!base) return [{ sha, title: sha.slice(0, 7), url: '', author: null, authorIsBot: false }];
  if (base.sha === sha) return [];
  return (await port.compare(base.sha, sha)).commits;
}

export async function gatherRelease(port: GitHubPort, request: ReleaseRequest): Promise<Release> {
  if (request.pullNumber !== null) {
    const { pull, teams } = await port.pull(request.pullNumber, request.teams);
    return { changes: [fromPull(pull)], reviewerCanPush: pull.reviewerCanPush, teams };
  }
  const commits = await commitsOf(port, request);
  const answer = await port.pullsForCommits(
    commits.map((c) => c.sha),
    request.teams,
  );
  const { changes, canPush } = group(commits, answer.pullsByCommit);
  if (!request.base && changes[0]?.kind === 'commit')
    changes[0] = await firstCommit(port, request.sha);
  await readDirectCommitFiles(port, changes, request.environment);
  return { changes, reviewerCanPush: canPush, teams: answer.teams };
}
