// A decision is data: the verdict plus every rule's result, each with its own explanation.
import type { Change } from './facts.js';

export type RuleName = 'deployers' | 'branches' | 'freeze' | 'approvals' | 'break-glass';

export interface RuleResult {
  rule: RuleName;
  ok: boolean;
  /** One human sentence: why it passed or failed. Failed rules' texts become deny reasons. */
  explanation: string;
}

export interface ApprovalIgnored {
  login: string;
  why: string; // e.g. "is the deployer", "approved an earlier commit"
  /** Set when the approval was a `/approve` comment on the deploy request. */
  via?: 'request';
}

/** What the publisher does with the deploy request issue (`requests: true`, gate mode). */
export interface DeployRequestState {
  /** open: the deny is only for missing approvals, so open or update the issue · close: allowed · keep: any other deny. */
  action: 'open' | 'close' | 'keep';
  /** The gate's own open issue for this environment and commit, when there is one. */
  issue: { number: number; url: string; body: string } | null;
  /** Logins whose `/approve` counted for at least one change. */
  approvedBy: string[];
  /** `/approve` comments that did not count (for some or every change), and why. */
  ignored: ApprovalIgnored[];
}

export interface ChangeResult {
  change: Change;
  required: number;
  /** What set the requirement, e.g. ["level member: 1", "paths db/migrations/**: 2"]. */
  requiredBecause: string[];
  approvals: number;
  approvedBy: string[];
  ignored: ApprovalIgnored[];
  ok: boolean;
}

/** A rung of the trust ladder, for renderers. */
export interface LadderStep {
  name: string;
  after: number;
  /** Approvals a change needs at this level, `minimum` applied (path rules aside). */
  approvals: number;
}

export interface Standing {
  /** Level name; empty without `trust`. */
  level: string;
  score: number;
  /** The next level up, if any. */
  next: { name: string; after: number } | null;
  successes: number;
  failures: number;
  rollbacks: number;
  scope: 'person' | 'team';
  /** The environment's levels, lowest first; empty without `trust`. */
  ladder?: LadderStep[];
}

export interface Decision {
  verdict: 'allow' | 'deny';
  allowed: boolean;
  mode: 'gate' | 'check';
  environment: string;
  /** The policy key that matched the environment. */
  policyKey: string;
  deployer: string;
  ref: string;
  sha: string;
  standing: Standing;
  changes: ChangeResult[];
  requiredApprovals: number;
  approvals: number;
  rules: RuleResult[];
  /** Failed rules' explanations, in rule order. */
  denyReasons: string[];
  /** One line: all deny reasons joined with "; ", or why it is allowed. */
  reason: string;
  /** Set when break-glass overrode a deny. */
  breakGlass: { reason: string; overridden: string[] } | null;
  /** Things the reader should know that did not change the verdict. */
  notes: string[];
  /** Who may approve, as one plain phrase, e.g. "people with write or more in acme/leads". */
  approvers?: string;
  /** The deploy request, when the policy has `requests: true` and the mode is `gate`. */
  deployRequest?: DeployRequestState | null;
}

/** One row of the `report` mode's team trust table. */
export interface DeployerRow {
  login: string;
  level: string;
  score: number;
  successes: number;
  failures: number;
  rollbacks: number;
  lastDeploy: string | null; // ISO 8601
  /** Their level requires 0 approvals and `minimum` is 0 (path rules aside). */
  noApproval: boolean;
}

export interface TeamReport {
  environment: string;
  policyKey: string;
  window: string; // e.g. "90d"
  since: string; // ISO 8601 start of the window
  rows: DeployerRow[];
  deploys: number;
  failures: number;
  /** failures / (successes + failures) in the window, or null with no deploys. */
  changeFailureRate: number | null;
  noApproval: string[];
  /** One or no person can deploy with no approval. */
  singleGatekeeper: boolean;
  notes: string[];
}
