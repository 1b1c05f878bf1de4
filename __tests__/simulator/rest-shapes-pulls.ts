// REST shapes of the repository, pull requests and reviews (the large ones, trimmed).
import { pullRequestFiles } from './world-pulls.js';
import { htmlUrl, nodeId, repoUrl, simpleUser, userByLogin, type Schema } from './rest-shapes.js';
import type { World } from './world.js';
import type { PullRequestRecord, ReviewRecord } from './world-types.js';

type FullRepository = Schema['full-repository'];
export type RepositoryShape = Pick<
  FullRepository,
  | 'id'
  | 'node_id'
  | 'name'
  | 'full_name'
  | 'owner'
  | 'private'
  | 'html_url'
  | 'description'
  | 'fork'
  | 'url'
  | 'default_branch'
  | 'visibility'
  | 'archived'
  | 'disabled'
  | 'created_at'
  | 'updated_at'
  | 'pushed_at'
  | 'deployments_url'
  | 'pulls_url'
>;

export function repositoryShape(world: World, api: string): RepositoryShape {
  const owner = world.findUser(world.owner) ?? {
    login: world.owner,
    type: 'User' as const,
    id: 1,
    name: world.owner,
    email: '',
  };
  const url = repoUrl(world, api);
  return {
    id: world.repoId,
    node_id: nodeId('Repository', world.repoId),
    name: world.name,
    full_name: world.fullName,
    owner: simpleUser(api, owner),
    private: world.isPrivate,
    html_url: htmlUrl(world),
    description: null,
    fork: false,
    url,
    default_branch: world.defaultBranch,
    visibility: world.isPrivate ? 'private' : 'public',
    archived: false,
    disabled: false,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: world.now(),
    pushed_at: world.now(),
    deployments_url: `${url}/deployments`,
    pulls_url: `${url}/pulls{/number}`,
  };
}

type PullRequest = Schema['pull-request'];
type PullKeys =
  | 'url'
  | 'id'
  | 'node_id'
  | 'html_url'
  | 'diff_url'
  | 'patch_url'
  | 'issue_url'
  | 'commits_url'
  | 'statuses_url'
  | 'number'
  | 'state'
  | 'locked'
  | 'title'
  | 'user'
  | 'body'
  | 'labels'
  | 'created_at'
  | 'updated_at'
  | 'closed_at'
  | 'merged_at'
  | 'merge_commit_sha'
  | 'author_association'
  | 'draft'
  | 'merged'
  | 'mergeable'
  | 'merged_by'
  | 'comments'
  | 'review_comments'
  | 'commits'
  | 'additions'
  | 'deletions'
  | 'changed_files';
interface BranchShape {
  label: string;
  ref: string;
  sha: string;
  user: Schema['simple-user'];
  repo: RepositoryShape;
}
export type PullRequestShape = Pick<PullRequest, PullKeys> & {
  head: BranchShape;
  base: BranchShape;
};

export function pullRequestShape(
  world: World,
  api: string,
  pr: PullRequestRecord,
): PullRequestShape {
  const url = `${repoUrl(world, api)}/pulls/${pr.number}`;
  const files = pullRequestFiles(world, pr);
  const repo = repositoryShape(world, api);
  const branch = (ref: string, sha: string): BranchShape => ({
    label: `${world.owner}:${ref}`,
    ref,
    sha,
    user: repo.owner,
    repo,
  });
  return {
    url,
    id: pr.number + 900_000,
    node_id: nodeId('PullRequest', pr.number),
    html_url: `${htmlUrl(world)}/pull/${pr.number}`,
    diff_url: `${htmlUrl(world)}/pull/${pr.number}.diff`,
    patch_url: `${htmlUrl(world)}/pull/${pr.number}.patch`,
    issue_url: `${repoUrl(world, api)}/issues/${pr.number}`,
    commits_url: `${url}/commits`,
    statuses_url: `${repoUrl(world, api)}/statuses/${pr.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userByLogin(world, api, pr.author),
    body: pr.body,
    labels: [],
    created_at: pr.createdAt,
    updated_at: pr.closedAt ?? pr.createdAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    author_association: 'CONTRIBUTOR',
    draft: pr.draft,
    merged: pr.merged,
    mergeable: pr.merged ? null : true,
    merged_by: pr.mergedBy ? userByLogin(world, api, pr.mergedBy) : null,
    comments: world.comments.filter((c) => c.issueNumber === pr.number).length,
    review_comments: 0,
    commits: pr.commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
    head: headBranch(branch(pr.head, pr.headSha), pr.headRepository),
    base: branch(pr.base, pr.baseSha),
  };
}

/** A fork's head names the fork's repository; a deleted fork's head has none. */
function headBranch(head: BranchShape, fork: string | null | undefined): BranchShape {
  if (fork === undefined) return head;
  if (fork === null) return { ...head, repo: null as unknown as RepositoryShape };
  const [owner = '', name = ''] = fork.split('/');
  const repo = { ...head.repo, name, full_name: fork, owner: { ...head.repo.owner, login: owner } };
  return { ...head, label: `${owner}:${head.ref}`, repo };
}

export function reviewShape(
  world: World,
  api: string,
  pr: PullRequestRecord,
  r: ReviewRecord,
): Schema['pull-request-review'] {
  const html = `${htmlUrl(world)}/pull/${pr.number}#pullrequestreview-${r.id}`;
  const pull = `${repoUrl(world, api)}/pulls/${pr.number}`;
  return {
    id: r.id,
    node_id: nodeId('PullRequestReview', r.id),
    user: userByLogin(world, api, r.author),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pull,
    _links: { html: { href: html }, pull_request: { href: pull } },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association: 'COLLABORATOR',
  };
}
