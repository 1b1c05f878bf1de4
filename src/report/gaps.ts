// What stands between a decision and a deploy: missing approvals and the other failed rules.
import type { ChangeResult, Decision, RuleResult } from '../decide/decision.js';

/**
 * Approvals still to collect: the sum over changes of what each lacks. Each approval is given on
 * one change, so the sum is the number of reviews still needed (in `check` mode there is one change).
 */
export function missingApprovals(changes: ChangeResult[]): number {
  return changes.reduce((sum, change) => sum + Math.max(0, change.required - change.approvals), 0);
}

/** Failed rules other than `approvals`: what more reviews cannot fix. */
export function blockingRules(decision: Decision): RuleResult[] {
  return decision.rules.filter((rule) => !rule.ok && rule.rule !== 'approvals');
}

/** Denied, and more approvals alone would turn it into an allow. */
export function onlyApprovalsMissing(decision: Decision): boolean {
  return (
    !decision.allowed &&
    blockingRules(decision).length === 0 &&
    decision.rules.some((rule) => rule.rule === 'approvals' && !rule.ok)
  );
}
