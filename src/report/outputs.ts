// The action's outputs (SPEC §3) and the `json` output's documented, versioned shape.
import type { Decision, RuleResult } from '../decide/decision.js';
import { oneLine } from './plain-text.js';

/** Every output name of SPEC §3, in order. */
export const OUTPUT_NAMES = [
  'allowed',
  'decision',
  'reason',
  'deployer',
  'level',
  'score',
  'required-approvals',
  'approvals',
  'changes',
  'json',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
export type Outputs = Record<OutputName, string>;

/** One change in the `json` output. `number` is null and `sha` the commit for a direct commit. */
export interface ChangeJson {
  kind: 'pull' | 'commit';
  number: number | null;
  sha: string;
  title: string;
  url: string;
  author: string;
  required: number;
  requiredBecause: string[];
  approvals: number;
  approvedBy: string[];
  ignored: { login: string; why: string }[];
  ok: boolean;
}

/** The `json` output. `version` changes only when a field is removed or changes meaning. */
export interface DecisionJson {
  version: 1;
  verdict: 'allow' | 'deny' | 'error';
  allowed: boolean;
  reason: string;
  reasons: string[];
  mode: 'gate' | 'check' | null;
  environment: string;
  policyKey: string | null;
  deployer: string;
  ref: string | null;
  sha: string | null;
  level: string;
  score: number | null;
  standing: Omit<Decision['standing'], 'level' | 'score'> | null;
  requiredApprovals: number | null;
  approvals: number | null;
  changes: ChangeJson[];
  rules: RuleResult[];
  breakGlass: { reason: string; overridden: string[] } | null;
  /** `requests: true` in gate mode: the request issue and whose `/approve` counted; else null. */
  deployRequest: DeployRequestJson | null;
  notes: string[];
  error: string | null;
}

export interface DeployRequestJson {
  /** open: opened or updated · close: closed by this run · keep: left as it was. */
  action: 'open' | 'close' | 'keep';
  number: number | null;
  url: string | null;
  approvedBy: string[];
  ignored: { login: string; why: string }[];
}

function deployRequestJson(decision: Decision): DeployRequestJson | null {
  const request = decision.deployRequest;
  if (!request) return null;
  return {
    action: request.action,
    number: request.issue?.number ?? null,
    url: request.issue?.url ?? null,
    approvedBy: request.approvedBy,
    ignored: request.ignored.map(({ login, why }) => ({ login, why })),
  };
}

export function renderOutputs(decision: Decision): Outputs {
  return {
    allowed: String(decision.allowed),
    decision: decision.verdict,
    reason: oneLine(decision.reason),
    deployer: decision.deployer,
    level: decision.standing.level,
    score: String(decision.standing.score),
    'required-approvals': String(decision.requiredApprovals),
    approvals: String(decision.approvals),
    changes: String(decision.changes.length),
    json: JSON.stringify(decisionJson(decision)),
  };
}

/** What is known when the action fails before a decision: at least the environment, maybe more. */
export type ErrorContext = Partial<
  Pick<Decision, 'environment' | 'deployer' | 'mode' | 'ref' | 'sha'>
>;

/** Outputs when the action errors: allowed=false, decision=error, the message as reason; the rest empty. */
export function renderErrorOutputs(message: string, partial: ErrorContext = {}): Outputs {
  const json = errorJson(message, partial);
  return {
    allowed: 'false',
    decision: 'error',
    reason: json.reason,
    deployer: json.deployer,
    level: '',
    score: '',
    'required-approvals': '',
    approvals: '',
    changes: '',
    json: JSON.stringify(json),
  };
}

export function decisionJson(decision: Decision): DecisionJson {
  const { level, score, ...standing } = decision.standing;
  return {
    version: 1,
    verdict: decision.verdict,
    allowed: decision.allowed,
    reason: oneLine(decision.reason),
    reasons: decision.denyReasons,
    mode: decision.mode,
    environment: decision.environment,
    policyKey: decision.policyKey,
    deployer: decision.deployer,
    ref: decision.ref,
    sha: decision.sha,
    level,
    score,
    standing,
    requiredApprovals: decision.requiredApprovals,
    approvals: decision.approvals,
    changes: decision.changes.map(changeJson),
    rules: decision.rules.map(({ rule, ok, explanation }) => ({ rule, ok, explanation })),
    breakGlass: decision.breakGlass,
    deployRequest: deployRequestJson(decision),
    notes: decision.notes,
    error: null,
  };
}

function changeJson(result: Decision['changes'][number]): ChangeJson {
  const { change } = result;
  return {
    kind: change.kind,
    number: change.number ?? null,
    sha: change.headSha,
    title: change.title,
    url: change.url,
    author: change.author,
    required: result.required,
    requiredBecause: result.requiredBecause,
    approvals: result.approvals,
    approvedBy: result.approvedBy,
    ignored: result.ignored,
    ok: result.ok,
  };
}

export function errorJson(message: string, partial: ErrorContext = {}): DecisionJson {
  return {
    version: 1,
    verdict: 'error',
    allowed: false,
    reason: oneLine(message),
    reasons: [],
    mode: partial.mode ?? null,
    environment: partial.environment ?? '',
    policyKey: null,
    deployer: partial.deployer ?? '',
    ref: partial.ref ?? null,
    sha: partial.sha ?? null,
    level: '',
    score: null,
    standing: null,
    requiredApprovals: null,
    approvals: null,
    changes: [],
    rules: [],
    breakGlass: null,
    deployRequest: null,
    notes: [],
    error: message,
  };
}
