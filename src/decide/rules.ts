// The gate's rules, each a result with its own sentence: failed ones are the deny reasons.
import { minimatch } from 'minimatch';
import type { ChangeResult, RuleResult } from './decision.js';
import type { Change } from './facts.js';
import type { Freeze } from '../policy/schema.js';
import type { RuleCheck } from './people.js';

export function deployersRule(deployer: string, check: RuleCheck): RuleResult {
  const verb = check.ok ? 'satisfies' : 'does not satisfy';
  return {
    rule: 'deployers',
    ok: check.ok,
    explanation: `deployer \`${deployer}\` ${verb} \`deployers\` (${check.detail})`,
  };
}

export function branchesRule(branches: string[] | undefined, ref: string): RuleResult {
  if (branches === undefined) {
    return { rule: 'branches', ok: true, explanation: `any ref may be deployed (no \`branches\`)` };
  }
  const ok = branches.some((pattern) => minimatch(ref, pattern, { dot: true }));
  const where = ok ? 'inside' : 'outside';
  return {
    rule: 'branches',
    ok,
    explanation: `ref \`${ref}\` is ${where} \`branches\` (${branches.join(', ')})`,
  };
}

function freezeResult(freeze: Freeze): RuleResult {
  if (freeze.approvals === undefined) {
    return { rule: 'freeze', ok: false, explanation: `inside freeze window \`${freeze.name}\`` };
  }
  const approvals = `${freeze.approvals} approval${freeze.approvals === 1 ? '' : 's'}`;
  return {
    rule: 'freeze',
    ok: true,
    explanation: `inside freeze window \`${freeze.name}\`: every change needs at least ${approvals}`,
  };
}

/** One result per freeze in force; one passing result when none is. */
export function freezeRules(active: readonly Freeze[], configured: number): RuleResult[] {
  if (active.length > 0) return active.map(freezeResult);
  const explanation = configured > 0 ? 'outside every freeze window' : 'no freeze windows';
  return [{ rule: 'freeze', ok: true, explanation }];
}

/** How a change is named in sentences: "#12 Add login" or "direct commit abc1234 Fix typo". */
export function changeLabel(change: Change): string {
  return change.kind === 'pull'
    ? `#${change.number ?? '?'} ${change.title}`
    : `direct commit ${change.headSha.slice(0, 7)} ${change.title}`;
}

/** One result per change; one passing result for an empty release. */
export function approvalRules(changes: readonly ChangeResult[]): RuleResult[] {
  if (changes.length === 0) {
    return [{ rule: 'approvals', ok: true, explanation: 'no changes in this release' }];
  }
  return changes.map((result) => ({
    rule: 'approvals',
    ok: result.ok,
    explanation: `${changeLabel(result.change)} has ${result.approvals} of ${result.required} required approvals`,
  }));
}
