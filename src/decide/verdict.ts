// The verdict and its one-line reason, from the rule results.
import type { ChangeResult, Decision, Standing } from './decision.js';
import type { Facts } from './facts.js';

export interface Findings {
  input: { key: string };
  facts: Facts;
  standing: Standing;
  changes: ChangeResult[];
  rules: Decision['rules'];
  denyReasons: string[];
  breakGlass: Decision['breakGlass'];
  notes: string[];
  approvers: string;
}

type BreakGlass = NonNullable<Decision['breakGlass']>;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function allowReason(findings: Findings, required: number): string {
  const { facts, standing, changes } = findings;
  const level = standing.level ? `level ${standing.level}, ` : '';
  const who = `\`${facts.deployer}\` (${level}score ${standing.score}) may deploy`;
  if (changes.length === 0) return `${who}: no changes in this release`;
  const each = changes.length === 1 ? 'it has' : 'each has';
  return `${who}: ${plural(changes.length, 'change')}, ${each} its required approvals (at most ${required})`;
}

/** The reason as break-glass read it (one line, no bidi controls), not as it was typed. */
function breakGlassReason(facts: Facts, { reason, overridden }: BreakGlass): string {
  return `break-glass by \`${facts.deployer}\` ("${reason}") overrides: ${overridden.join('; ')}`;
}

/** Assembles the Decision: deny when a rule failed, unless break-glass overrode it. */
export function conclude(findings: Findings): Decision {
  const { facts, changes, denyReasons, breakGlass } = findings;
  const requiredApprovals = changes.reduce((most, change) => Math.max(most, change.required), 0);
  const approvals = changes.reduce(
    (least, change) => Math.min(least, change.approvals),
    changes.length === 0 ? 0 : Infinity,
  );
  const allowed = denyReasons.length === 0 || breakGlass !== null;
  const reason = breakGlass
    ? breakGlassReason(facts, breakGlass)
    : allowed
      ? allowReason(findings, requiredApprovals)
      : denyReasons.join('; ');
  return {
    verdict: allowed ? 'allow' : 'deny',
    allowed,
    mode: facts.mode,
    environment: facts.environment,
    policyKey: findings.input.key,
    deployer: facts.deployer,
    ref: facts.ref,
    sha: facts.sha,
    standing: findings.standing,
    changes,
    requiredApprovals,
    approvals,
    rules: findings.rules,
    denyReasons,
    reason,
    breakGlass,
    notes: findings.notes,
    approvers: findings.approvers,
  };
}
