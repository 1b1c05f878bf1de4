// The facts a decision is made from: plain data gathered by github/, read by the pure core.

/** A repository role, lowest first. `none` means no access at all. */
export type Role = 'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export type StatusState =
  'success' | 'failure' | 'error' | 'inactive' | 'pending' | 'queued' | 'in_progress';

export interface DeploymentStatus {
  state: StatusState;
  createdAt: string; // ISO 8601
  logUrl: string | null;
  targetUrl: string | null;
  /** Who wrote the status (REST spelling), when known: only the pipeline's statuses count (§5b). */
  creator?: string;
  creatorIsBot?: boolean;
}

export interface Deployment {
  id: number;
  createdAt: string; // ISO 8601
  sha: string;
  environment: string;
  /** The creator's login as REST spells it (bots end in `[bot]`). */
  creator: string;
  creatorIsBot: boolean;
  /** `deployer` from the deployment payload, if it is a string. */
  payloadDeployer: string | null;
  statuses: DeploymentStatus[];
}

/** GitHub's compare status of `base...head`. */
export type CompareStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED' | 'COMMENTED' | 'PENDING';

export interface Review {
  reviewer: string; // REST spelling: bots end in `[bot]`
  reviewerIsBot: boolean;
  state: ReviewState;
  commitSha: string | null;
  submittedAt: string;
}

export interface Change {
  kind: 'pull' | 'commit';
  /** Pull request number; absent for a direct commit. */
  number?: number;
  title: string;
  url: string;
  author: string;
  authorIsBot: boolean;
  /** Final head commit of a pull request; the commit itself for a direct commit. */
  headSha: string;
  /** Files changed, repository-relative. `null` when they were not needed and not read. */
  files: string[] | null;
  /**
   * Why `files` is not the whole list, when GitHub cut it (a commit lists at most 3,000 files, a
   * pull request 3,000): such a change is taken to match every `paths` rule.
   */
  filesCut?: string;
  reviews: Review[];
  /** Logins of every commit author, committer (not web-flow) and co-author in the change. */
  commitAuthors: string[];
}

/** A comment on a deploy request issue; the core recognises `/approve` itself. */
export interface RequestComment {
  author: string; // REST spelling: bots end in `[bot]`
  authorIsBot: boolean;
  body: string;
  createdAt: string;
  /** Edited after it was posted (GraphQL `lastEditedAt` or `includesCreatedEdit`). */
  edited: boolean;
  url: string;
}

/** The open deploy request issue the gate itself opened for this environment and commit. */
export interface DeployRequest {
  number: number;
  url: string;
  /** The commit its marker names: `/approve` on it approves deploying this commit only. */
  sha: string;
  /** Its body as it is now (the publisher rewrites it only when it changed). */
  body: string;
  comments: RequestComment[];
}

export interface Person {
  login: string;
  role: Role;
  /** Teams (`org/slug`, lower case) this person is an active member of, among those asked. */
  teams: string[];
}

/** A workflow run of this repository, as its latest attempt stands. */
export interface WorkflowRun {
  conclusion: string | null;
  /** `run_attempt`: the number of its latest attempt (1 until it is re-run). */
  attempts: number;
  /** Who triggered the latest attempt (REST spelling), when GitHub says. */
  triggeringActor: string | null;
  /** `owner/repo` the run belongs to. */
  repository: string;
}

export interface WorkflowJob {
  conclusion: string | null;
  /** The run and attempt the job belongs to. */
  run: string;
  attempt: number;
}

export interface RunAttempt {
  conclusion: string | null;
  triggeringActor: string | null;
}

export interface Facts {
  now: string; // ISO 8601
  environment: string;
  mode: 'gate' | 'check';
  deployer: string;
  deployerIsBot: boolean;
  /** The ref matched against `branches`: branch or tag name without `refs/heads/` or `refs/tags/`. */
  ref: string;
  sha: string;
  /** Deployments to the environment, newest first or in any order: the core sorts. */
  deployments: Deployment[];
  /** Compare results by `base...head`, for rollback checks. */
  comparisons: Record<string, CompareStatus>;
  /** Number of commits in each deployed commit's history, when known: lets rollback checks skip compares. */
  generations: Record<string, number>;
  /** Workflow runs of this repository that statuses link to, by run id (`runFactsNeeded` lists them). */
  runs: Record<string, WorkflowRun>;
  /** Jobs that statuses link to (`…/runs/<id>/job/<id>`), by job id. */
  jobs: Record<string, WorkflowJob>;
  /** Run attempts, by `<run id>/<attempt number>`. */
  attempts: Record<string, RunAttempt>;
  /** Why workflow runs could not be read (e.g. no `actions: read`), or null. */
  runsUnreadable: string | null;
  /** The release: its pull requests and direct commits. */
  changes: Change[];
  /** Role and team membership of the deployer and every reviewer. */
  people: Record<string, Person>;
  /** `break-glass` input; empty when not used. */
  breakGlass: string;
  /** The deploy request issue for this environment and commit (`requests: true`, gate mode). */
  request?: DeployRequest | null;
}
