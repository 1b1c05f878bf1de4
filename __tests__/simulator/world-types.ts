// Plain data records of the simulated GitHub world; the World class builds them.

export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export type AccountType = 'User' | 'Bot';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
export type DeploymentState =
  'success' | 'failure' | 'error' | 'inactive' | 'pending' | 'queued' | 'in_progress';
export type MergeMethod = 'squash' | 'merge' | 'rebase';

/** A token permission a workflow can grant, e.g. `actions:read`, `issues:write`. */
export type Permission = `${PermissionScope}:${'read' | 'write'}`;
export type PermissionScope =
  'actions' | 'contents' | 'deployments' | 'issues' | 'metadata' | 'pull-requests' | 'statuses';

export interface UserRecord {
  /** Login as REST spells it: bots end in `[bot]`. */
  login: string;
  type: AccountType;
  id: number;
  name: string;
  email: string;
}

/** A git identity (author or committer); `login` links it to a GitHub account. */
export interface GitIdentity {
  login?: string;
  name: string;
  email: string;
}

export interface CommitRecord {
  sha: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
  date: string;
  /** Files this commit changed: path → new text, or null when deleted. */
  changes: Record<string, string | null>;
  /** Snapshot of every file after this commit. */
  tree: Record<string, string>;
  /** Creation order; parents always have a lower index (a topological order). */
  index: number;
}

export interface ReviewRecord {
  id: number;
  author: string;
  state: ReviewState;
  submittedAt: string;
  commitId: string;
  body: string;
}

export interface PullRequestRecord {
  number: number;
  title: string;
  body: string;
  author: string;
  base: string;
  head: string;
  /** `owner/name` of the head's repository when it is a fork (null: a deleted fork). */
  headRepository?: string | null;
  baseSha: string;
  headSha: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  closedAt: string | null;
  mergeCommitSha: string | null;
  createdAt: string;
  /** Head-branch commits, oldest first. */
  commits: string[];
  /** Further commits GitHub associates with the PR (rebase-merged copies). */
  associated: string[];
  reviews: ReviewRecord[];
}

export interface DeploymentStatusRecord {
  id: number;
  state: DeploymentState;
  createdAt: string;
  creator: string;
  description: string;
  logUrl: string;
  targetUrl: string;
  environmentUrl: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  creator: string;
  payload: Record<string, unknown>;
  description: string | null;
  createdAt: string;
  transient: boolean;
  production: boolean;
  /** Oldest first. */
  statuses: DeploymentStatusRecord[];
}

export interface WorkflowRunRecord {
  id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion:
    | 'success'
    | 'failure'
    | 'cancelled'
    | 'skipped'
    | 'timed_out'
    | 'action_required'
    | 'neutral'
    | null;
  headSha: string;
  event: string;
  /** The latest attempt's number. */
  runAttempt: number;
  actor: string;
  /** Who triggered the latest attempt (the re-runner after a re-run). */
  triggeringActor: string;
  createdAt: string;
  /** Attempts before the latest, oldest first (`attempt` 1 … runAttempt − 1). */
  earlierAttempts: RunAttemptRecord[];
  /** Jobs of every attempt. */
  jobs: WorkflowJobRecord[];
}

export interface RunAttemptRecord {
  attempt: number;
  conclusion: WorkflowRunRecord['conclusion'];
  triggeringActor: string;
}

export interface WorkflowJobRecord {
  id: number;
  runId: number;
  attempt: number;
  name: string;
  conclusion: WorkflowRunRecord['conclusion'];
}

export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  labels: string[];
  author: string;
  state: 'open' | 'closed';
  createdAt: string;
  closedAt?: string | null;
  stateReason?: 'completed' | 'not_planned' | 'reopened' | null;
  updatedAt?: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  /** When the body was last edited (GraphQL `lastEditedAt`); null or absent when never. */
  lastEditedAt?: string | null;
}

export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface TeamRecord {
  org: string;
  slug: string;
  name: string;
  members: string[];
  maintainers: string[];
  parent?: string;
}

/** What the workflow token may do; tests remove permissions to reach degrade paths. */
export interface TokenSettings {
  /** When set, requests must present exactly this token. */
  value?: string;
  /** REST login of the token's identity (author of comments, statuses, issues). */
  viewer: string;
  /** Permissions the workflow did not grant. `x:read` missing implies `x:write` missing. */
  missing: Permission[];
  /** Every write permission missing, as for a pull request from a fork. */
  readOnly: boolean;
}

export interface WorldOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  private?: boolean;
  /** Start of the world clock (default: 30 days before now, to the minute). */
  start?: string | Date;
}

export interface CommitSpec {
  message?: string;
  /** path → text; null deletes the file. */
  files?: Record<string, string | null>;
  /** A login, or a full git identity (omit `login` for an email no account claims). */
  author?: string | GitIdentity;
  committer?: string | GitIdentity;
  /** Appended to the message as `Co-authored-by:` trailers. */
  coAuthors?: (string | GitIdentity)[];
  /** Branch to append to and advance (default: the default branch, unless `parents` is given). */
  branch?: string;
  parents?: string[];
  at?: string;
}

/** A workflow `permissions:` block; scopes left out are `none`, as on GitHub. */
export type PermissionsBlock = Partial<Record<PermissionScope, 'read' | 'write' | 'none'>>;
