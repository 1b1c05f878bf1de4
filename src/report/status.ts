// The commit status of `check` mode (SPEC §5a): state, context and a description of 140 characters.
import type { Decision } from '../decide/decision.js';
import { blockingRules, missingApprovals, onlyApprovalsMissing } from './gaps.js';
import { oneLine, plural, truncate } from './plain-text.js';

/** GitHub rejects longer commit status descriptions. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export type StatusState = 'success' | 'pending' | 'failure' | 'error';

export interface CommitStatus {
  state: StatusState;
  context: string;
  description: string;
}

/** `trust-gate/<environment>`, lower-cased: environment names compare case-insensitively. */
export function statusContext(environment: string): string {
  return `trust-gate/${oneLine(environment).toLowerCase()}`;
}

export function renderStatus(decision: Decision): CommitStatus {
  const status = (state: StatusState, text: string): CommitStatus => ({
    state,
    context: statusContext(decision.environment),
    description: describe(text),
  });
  if (decision.allowed) return status('success', successText(decision));
  if (onlyApprovalsMissing(decision)) return status('pending', pendingText(decision));
  return status('failure', failureText(decision));
}

export function renderErrorStatus(environment: string, message: string): CommitStatus {
  return {
    state: 'error',
    context: statusContext(environment),
    description: describe(`Trust Gate error: ${message}`),
  };
}

/** "Ready to deploy to production (2 of 2 approvals)". */
function successText(decision: Decision): string {
  const { requiredApprovals: required, approvals, environment } = decision;
  const detail =
    required === 0 ? 'no approval needed' : `${approvals} of ${plural(required, 'approval')}`;
  return `Ready to deploy to ${environment} (${detail})`;
}

/** "needs 1 more approval" as SPEC §5a words it, or "needs 3 more approvals over 2 changes" (the sum). */
function pendingText(decision: Decision): string {
  const missing = plural(missingApprovals(decision.changes), 'more approval');
  const short = decision.changes.filter((result) => !result.ok).length;
  return short > 1 ? `needs ${missing} over ${short} changes` : `needs ${missing}`;
}

/** The first reason more approvals cannot fix, and how many others there are. */
function failureText(decision: Decision): string {
  const first = blockingRules(decision)[0];
  const more = decision.rules.filter((rule) => !rule.ok).length - 1;
  const reason = oneLine(first?.explanation ?? decision.reason);
  const suffix = more > 0 ? ` (+${plural(more, 'more reason')})` : '';
  return truncate(reason, STATUS_DESCRIPTION_LIMIT - suffix.length) + suffix;
}

function describe(text: string): string {
  return truncate(oneLine(text), STATUS_DESCRIPTION_LIMIT);
}
