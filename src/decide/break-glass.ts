// Break-glass: in `gate` mode, a deployer the policy trusts with it turns a deny into an allow.
import type { Decision, RuleResult } from './decision.js';
import type { Facts } from './facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import type { Judges } from './judges.js';
import { visibleReason } from './reason-text.js';

export interface BreakGlassOutcome {
  /** The passing `break-glass` result when it overrode a deny. */
  rule: RuleResult | null;
  breakGlass: Decision['breakGlass'];
  notes: string[];
}

type BreakGlassFacts = Pick<Facts, 'breakGlass' | 'mode' | 'deployer' | 'deployerIsBot'>;

/** Why break-glass cannot be used here, or null when the deployer may break glass. */
function refusal(policy: EnvironmentPolicy, facts: BreakGlassFacts, judges: Judges): string | null {
  if (facts.mode !== 'gate')
    return `break-glass applies only in \`gate\` mode, not \`${facts.mode}\``;
  const rule = policy['break-glass'];
  if (!rule)
    return 'break-glass was requested, but the policy has no `break-glass` rule: nobody may break glass';
  const check = judges.check(rule, facts.deployer, facts.deployerIsBot);
  if (check.ok) return null;
  return `break-glass was requested, but deployer \`${facts.deployer}\` does not satisfy \`break-glass\` (${check.detail})`;
}

export function applyBreakGlass(
  policy: EnvironmentPolicy,
  facts: BreakGlassFacts,
  judges: Judges,
  denyReasons: readonly string[],
): BreakGlassOutcome {
  const reason = visibleReason(facts.breakGlass);
  const none: BreakGlassOutcome = { rule: null, breakGlass: null, notes: [] };
  if (reason === '') return none;
  const refused = refusal(policy, facts, judges);
  if (refused !== null) return { ...none, notes: [refused] };
  if (denyReasons.length === 0) {
    return { ...none, notes: ['break-glass was not needed: every rule passed'] };
  }
  const explanation = `break-glass by \`${facts.deployer}\`: "${reason}"`;
  return {
    rule: { rule: 'break-glass', ok: true, explanation },
    breakGlass: { reason, overridden: [...denyReasons] },
    notes: [],
  };
}
