// Pull request builders: open, push, review, and merge (squash, merge commit, rebase).
import { diffTrees, mergeBase, type FileChange } from './git.js';
import { WEB_FLOW, type World } from './world.js';
import type {
  CommitRecord,
  CommitSpec,
  MergeMethod,
  PullRequestRecord,
  ReviewRecord,
  ReviewState,
} from './world-types.js';

export interface ReviewSpec {
  author: string;
  state?: ReviewState;
  at?: string;
  /** Commit the review was given on (default: the PR's head at that moment). */
  commit?: string;
  body?: string;
}

export interface PullRequestSpec {
  title?: string;
  body?: string;
  author?: string;
  base?: string;
  head?: string;
  /** Open it from a fork: `owner/name` of the head's repository (null: a deleted fork). */
  headRepository?: string | null;
  /** Head-branch commits; their author defaults to the PR author. */
  commits?: CommitSpec[];
  /** Shorthand for one commit changing these files. */
  files?: Record<string, string | null>;
  reviews?: ReviewSpec[];
  /** Merge it at once with this method; omit to leave it open. */
  merge?: MergeMethod;
  mergedBy?: string;
  draft?: boolean;
  closed?: boolean;
  at?: string;
}

export interface MergeOptions {
  method?: MergeMethod;
  by?: string;
  at?: string;
}

export function openPullRequest(world: World, spec: PullRequestSpec): PullRequestRecord {
  const number = world.nextIssueNumber();
  const author = spec.author ?? 'octocat';
  world.ensureUser(author);
  const base = spec.base ?? world.defaultBranch;
  const head = spec.head ?? `pr-${number}`;
  const baseSha = world.mustResolve(base);
  world.branches.set(head, baseSha);
  const title = spec.title ?? `Pull request ${number}`;
  const commitSpecs = spec.commits ?? [
    { message: title, files: spec.files ?? { [`${head}.txt`]: title } },
  ];
  const commits = commitSpecs.map((c) =>
    world.commit({ author, ...c, branch: head, parents: undefined }),
  );
  const pr: PullRequestRecord = {
    number,
    title,
    body: spec.body ?? '',
    author,
    base,
    head,
    ...(spec.headRepository !== undefined ? { headRepository: spec.headRepository } : {}),
    baseSha,
    headSha: world.mustResolve(head),
    state: 'open',
    draft: spec.draft ?? false,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    closedAt: null,
    mergeCommitSha: null,
    createdAt: world.stamp(spec.at),
    commits: commits.map((c) => c.sha),
    associated: [],
    reviews: [],
  };
  world.pullRequests.set(number, pr);
  for (const review of spec.reviews ?? []) addReview(world, number, review);
  if (spec.merge) merge(world, number, { method: spec.merge, by: spec.mergedBy });
  else if (spec.closed) Object.assign(pr, { state: 'closed', closedAt: world.tick() });
  return pr;
}

function mustFind(world: World, number: number): PullRequestRecord {
  const pr = world.pullRequests.get(number);
  if (!pr) throw new Error(`no pull request #${number}`);
  return pr;
}

export function addReview(world: World, number: number, spec: ReviewSpec): ReviewRecord {
  const pr = mustFind(world, number);
  world.ensureUser(spec.author);
  const review: ReviewRecord = {
    id: world.nextId(),
    author: spec.author,
    state: spec.state ?? 'APPROVED',
    submittedAt: world.stamp(spec.at),
    commitId: spec.commit ? world.mustResolve(spec.commit) : pr.headSha,
    body: spec.body ?? '',
  };
  pr.reviews.push(review);
  return review;
}

export function pushCommit(world: World, number: number, spec: CommitSpec): CommitRecord {
  const pr = mustFind(world, number);
  const commit = world.commit({ author: pr.author, ...spec, branch: pr.head, parents: undefined });
  pr.headSha = commit.sha;
  pr.commits.push(commit.sha);
  return commit;
}

/** The PR's changes as GitHub shows them: merge base of its base and head, to head. */
export function pullRequestFiles(world: World, pr: PullRequestRecord): FileChange[] {
  const base = mergeBase(world, pr.baseSha, pr.headSha);
  const head = world.commits.get(pr.headSha);
  return diffTrees(base?.tree ?? {}, head?.tree ?? {});
}

function netChanges(world: World, pr: PullRequestRecord): Record<string, string | null> {
  const files = pullRequestFiles(world, pr);
  return Object.fromEntries(files.map((f) => [f.filename, f.after ?? null]));
}

function squashMessage(world: World, pr: PullRequestRecord): string {
  const commits = pr.commits.map((sha) => world.commits.get(sha) as CommitRecord);
  const lines = commits.length > 1 ? commits.map((c) => `* ${c.message.split('\n')[0]}`) : [];
  const prAuthor = world.identity(pr.author).email;
  const others = new Map<string, string>();
  for (const c of commits) {
    for (const id of [c.author, ...world.coAuthorsOf(c)]) {
      if (id.email !== prAuthor) others.set(id.email, `Co-authored-by: ${id.name} <${id.email}>`);
    }
  }
  const body = [lines.join('\n'), [...others.values()].join('\n')].filter(Boolean).join('\n\n');
  return body ? `${pr.title} (#${pr.number})\n\n${body}` : `${pr.title} (#${pr.number})`;
}

export function merge(world: World, number: number, options: MergeOptions = {}): PullRequestRecord {
  const pr = mustFind(world, number);
  const method = options.method ?? 'squash';
  const by = options.by ?? pr.author;
  const at = world.stamp(options.at);
  if (method === 'rebase') {
    for (const sha of pr.commits) {
      const c = world.commits.get(sha) as CommitRecord;
      const copy = world.commit({
        message: c.message,
        files: c.changes,
        author: c.author,
        committer: WEB_FLOW,
        branch: pr.base,
        at,
      });
      pr.associated.push(copy.sha);
    }
  } else {
    const message =
      method === 'squash'
        ? squashMessage(world, pr)
        : `Merge pull request #${pr.number} from ${world.owner}/${pr.head}\n\n${pr.title}`;
    const baseHead = world.mustResolve(pr.base);
    world.commit({
      message,
      files: netChanges(world, pr),
      author: method === 'squash' ? pr.author : by,
      committer: WEB_FLOW,
      branch: pr.base,
      parents: method === 'merge' ? [baseHead, pr.headSha] : [baseHead],
      at,
    });
  }
  Object.assign(pr, {
    state: 'closed',
    merged: true,
    mergedAt: at,
    mergedBy: by,
    closedAt: at,
    mergeCommitSha: world.mustResolve(pr.base),
  });
  return pr;
}

/** PRs whose commits include `sha` or whose merge commit is `sha`, oldest first. */
export function associatedPullRequests(world: World, sha: string): PullRequestRecord[] {
  return [...world.pullRequests.values()]
    .filter(
      (pr) => pr.commits.includes(sha) || pr.associated.includes(sha) || pr.mergeCommitSha === sha,
    )
    .sort((a, b) => a.number - b.number);
}
