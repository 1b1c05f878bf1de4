// The one interface between the action and GitHub: what gather-facts reads and publish writes.
import type {
  CompareStatus,
  DeployRequest,
  Deployment,
  DeploymentStatus,
  Review,
  Role,
  RunAttempt,
  WorkflowJob,
  WorkflowRun,
} from '../decide/facts.js';

export interface Repo {
  owner: string;
  repo: string;
}

/** What GitHub says of the policy file's blob: it cuts text at 512,000 bytes and gives none for binaries. */
export interface PolicyBlob {
  isBinary: boolean;
  isTruncated: boolean;
  byteSize: number;
}

/** A deployment whose statuses run past the page the history query read. */
export interface MoreStatuses {
  deploymentId: number;
  /** GraphQL node id of the deployment. */
  nodeId: string;
  after: string;
}

/** A page of names of the repository's environments, and where the next starts (null: no more). */
export interface EnvironmentNames {
  names: string[];
  nextCursor: string | null;
}

export interface HistoryPage {
  /** Policy file text; null when the file does not exist at that ref. Absent when not asked. */
  policyText?: string | null;
  /** The policy blob's limits, when the file was asked for and is a blob. */
  policyBlob?: PolicyBlob;
  /** The first page of the repository's environments, asked with the policy. */
  environments?: EnvironmentNames;
  /** The newest commits of the target's history, when the request named a `target`. */
  targetHistory?: TargetHistory;
  defaultBranch: string;
  deployments: Deployment[];
  /** Deployments with more statuses than the page held: read on with `statusPages`. */
  moreStatuses: MoreStatuses[];
  /** The cursor the page ended at; null when GitHub says there is no next page. */
  nextCursor: string | null;
  /** GraphQL node id of each deployment on the page, by its id (kept in the history cache). */
  nodeIds?: Record<number, string>;
}

/** A deployment read by node id; `more` when its statuses run past the first page. */
export interface DeploymentNode {
  nodeId: string;
  deployment: Deployment;
  more: MoreStatuses | null;
}

/** The next page of one deployment's statuses. */
export interface StatusPage {
  deploymentId: number;
  statuses: DeploymentStatus[];
  /** Set when yet another page follows. */
  more: MoreStatuses | null;
}

export interface CommitSummary {
  sha: string;
  title: string;
  url: string;
  author: string | null;
  authorIsBot: boolean;
}

export interface Comparison {
  status: CompareStatus;
  /** Commits from base to head, oldest first (merge-base semantics). */
  commits: CommitSummary[];
}

export interface PullInfo {
  number: number;
  title: string;
  url: string;
  merged: boolean;
  mergedAt: string | null;
  baseRef: string;
  author: string;
  authorIsBot: boolean;
  headSha: string;
  files: string[];
  /** Why `files` is not every file the pull request changes (GitHub's 3,000-file cap). */
  filesCut?: string;
  reviews: Review[];
  /** Whether each reviewer can push to the repository (holds at least write). */
  reviewerCanPush: Record<string, boolean>;
  commitAuthors: string[];
}

export interface PullsAndTeams {
  /** Pull requests each commit belongs to (any state; callers keep the merged ones). */
  pullsByCommit: Record<string, PullInfo[]>;
  /** Active members (lower-case logins, child teams included) of each `org/slug` asked. */
  teams: Record<string, string[]>;
  /** Commit-history lengths of the commits asked as `generationsOf` that GitHub has. */
  generations?: Record<string, number>;
}

/** A commit of the target's history, as the first request carries it. */
export interface CarriedCommit extends CommitSummary {
  /** How many parents it has (a merge has two or more), and the first of them. */
  parentCount: number;
  firstParent: string | null;
}

/**
 * The target commit's newest commits (newest first) read with the first request, with the first
 * page of each one's pull requests: a release found among them needs no compare and no changes query.
 */
export interface TargetHistory {
  target: string;
  commits: CarriedCommit[];
  /** Every pull request of each commit asked, read on past GitHub's pages as `pullsForCommits` does. */
  pullsOf(shas: string[]): Promise<Record<string, PullInfo[]>>;
}

/** A pull request's head and base as REST reports them: what chat-ops and merge queues judge. */
export interface PullHead {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head's repository; null when a fork was deleted. */
  headRepository: string | null;
  baseRef: string;
  author: string;
  authorIsBot: boolean;
}

export interface StatusWrite {
  sha: string;
  state: 'success' | 'pending' | 'failure' | 'error';
  context: string;
  description: string;
  targetUrl?: string;
}

export interface GitHubPort {
  history(request: {
    environment: string;
    /** Spellings of the environment's name to ask for (default: as given and in lower case). */
    spellings?: string[];
    policy: { path: string; ref: string | null } | null;
    after: string | null;
    /** A commit whose newest history (and its pull requests) to carry along (first page only). */
    target?: string | null;
  }): Promise<HistoryPage>;
  /** The next page of the repository's environments' names. */
  environments(after: string): Promise<EnvironmentNames>;
  /** The next page of statuses of each deployment asked (one request). */
  statusPages(requests: MoreStatuses[]): Promise<StatusPage[]>;
  /** Deployments by node id (one request, at most 100): null for each GitHub no longer holds. */
  deploymentNodes(nodeIds: string[]): Promise<Array<DeploymentNode | null>>;
  /** The commit-history length of each commit GitHub has (one request); absent when it has not. */
  generations(shas: string[]): Promise<Record<string, number>>;
  compare(base: string, head: string): Promise<Comparison>;
  /** Only the status of `base...head`: one light request. */
  compareStatus(base: string, head: string): Promise<CompareStatus>;
  /** `generationsOf`: deployed commits whose generations ride along in the same request. */
  pullsForCommits(
    shas: string[],
    teams: string[],
    generationsOf?: string[],
  ): Promise<PullsAndTeams>;
  pull(
    number: number,
    teams: string[],
  ): Promise<{ pull: PullInfo; teams: Record<string, string[]> }>;
  /** One pull request's head, base and author (one light REST request). */
  pullHead(number: number): Promise<PullHead>;
  commit(sha: string): Promise<CommitSummary & { files: string[]; filesCut?: string }>;
  role(login: string): Promise<Role>;
  /** A workflow run of this repository; null when it has none by that id (404 proves nothing). */
  workflowRun(id: string): Promise<WorkflowRun | null>;
  /** A job of one of this repository's runs; null when there is none by that id. */
  workflowJob(id: string): Promise<WorkflowJob | null>;
  /** One attempt of a run of this repository; null when there is no such attempt. */
  runAttempt(run: string, attempt: number): Promise<RunAttempt | null>;
  upsertComment(issue: number, marker: string, body: string): Promise<void>;
  setStatus(status: StatusWrite): Promise<void>;
  openIssue(title: string, body: string, labels: string[]): Promise<string>;
  /** The gate's own open deploy request for this environment and commit, with every comment. */
  deployRequest(environment: string, sha: string): Promise<DeployRequest | null>;
  openDeployRequest(title: string, body: string): Promise<{ number: number; url: string }>;
  updateDeployRequest(number: number, title: string, body: string): Promise<void>;
  /** Comments `comment` on the request, then closes it. */
  closeDeployRequest(number: number, comment: string): Promise<void>;
}
