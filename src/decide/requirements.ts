// Required approvals of a change: trust level (or `approvals`), `minimum`, path floors, freezes.
import { Minimatch } from 'minimatch';
import type { Change } from './facts.js';
import type { EnvironmentPolicy, Freeze, PathRule } from '../policy/schema.js';

export interface Requirement {
  required: number;
  /** What set it, e.g. ["level member: 1", "paths db/**: 2"]. */
  because: string[];
}

/** A freeze in force that has `approvals`: it raises every change's requirement. */
export type RaisingFreeze = Freeze & { approvals: number };

function raise(requirement: Requirement, approvals: number, because: string): Requirement {
  return {
    required: Math.max(requirement.required, approvals),
    because: [...requirement.because, `${because}: ${approvals}`],
  };
}

/** The requirement every change shares: the level's approvals (or `approvals`), `minimum`, freezes. */
export function baseRequirement(
  policy: EnvironmentPolicy,
  levelName: string,
  freezes: readonly RaisingFreeze[],
): Requirement {
  const level = policy.trust?.levels.find((candidate) => candidate.name === levelName);
  let requirement: Requirement = level
    ? { required: level.approvals, because: [`level ${level.name}: ${level.approvals}`] }
    : { required: policy.approvals, because: [`approvals: ${policy.approvals}`] };
  if (policy.minimum > 0) requirement = raise(requirement, policy.minimum, 'minimum');
  for (const freeze of freezes)
    requirement = raise(requirement, freeze.approvals, `freeze ${freeze.name}`);
  return requirement;
}

function patterns(rule: PathRule): string[] {
  return typeof rule.match === 'string' ? [rule.match] : rule.match;
}

const matchers = new Map<string, Minimatch>();

function matcher(pattern: string): Minimatch {
  let compiled = matchers.get(pattern);
  if (!compiled) matchers.set(pattern, (compiled = new Minimatch(pattern, { dot: true })));
  return compiled;
}

/** Whether the rule matches one of the files (minimatch, dotfiles included). Unread files match nothing. */
export function pathRuleMatches(rule: PathRule, files: readonly string[] | null): boolean {
  if (!files) return false;
  return patterns(rule).some((pattern) => files.some((file) => matcher(pattern).match(file)));
}

/**
 * A change's requirement: the shared one raised by every `paths` rule matching its files. When
 * GitHub cut the change's file list, the files not seen could match any rule: every rule applies.
 */
export function changeRequirement(
  base: Requirement,
  policy: EnvironmentPolicy,
  change: Change,
): Requirement {
  let requirement = base;
  const cut = change.filesCut ? ` (${change.filesCut}: every path rule applies)` : '';
  for (const rule of policy.paths) {
    if (cut || pathRuleMatches(rule, change.files)) {
      requirement = raise(requirement, rule.approvals, `paths ${patterns(rule).join(', ')}${cut}`);
    }
  }
  return requirement;
}

/** Whether reading a change's files could raise its requirement above `requirementWithoutPaths`. */
export function pathRulesCouldMatter(
  policy: EnvironmentPolicy,
  requirementWithoutPaths: number,
): boolean {
  return policy.paths.some((rule) => rule.approvals > requirementWithoutPaths);
}
