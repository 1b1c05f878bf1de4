// The one interface between the action and GitHub: what gather-facts reads and publish writes.
import type { CompareStatus, DeployRequest, Deployment, Review, Role } from '../decide/facts.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface HistoryPage {
  /** Policy file text; null when the file does not exist at that ref. Absent when not asked. */
  policyText?: string | null;
  defaultBranch: string;
  deployments: Deployment[];
  /** Commit-history length of each deployed commit (lets rollback checks skip compares). */
  generations: Record<string, number>;
  nextCursor: string | null;
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
    policy: { path: string; ref: string | null } | null;
    after: string | null;
  }): Promise<HistoryPage>;
  compare(base: string, head: string): Promise<Comparison>;
  /** Only the status of `base...head`: one light request. */
  compareStatus(base: string, head: string): Promise<CompareStatus>;
  pullsForCommits(shas: string[], teams: string[]): Promise<PullsAndTeams>;
  pull(
    number: number,
    teams: string[],
  ): Promise<{ pull: PullInfo; teams: Record<string, string[]> }>;
  commit(sha: string): Promise<CommitSummary & { files: string[] }>;
  role(login: string): Promise<Role>;
  /** A workflow run's conclusion (null while it runs, or when the repository has no such run). */
  runConclusion(id: string): Promise<string | null>;
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
