// Checks on an environment's trust ladder and on the `level` its people rules name.
import { didYouMean } from './did-you-mean.js';
import { has, mappingsOf, type PlainMapping, isMapping } from './plain-data.js';
import type { KeyPath } from './policy-issue.js';
import type { PathIssue } from './zod-issues.js';

const PEOPLE_RULES = ['deployers', 'approvers', 'break-glass'] as const;

type Indexed = [number, PlainMapping];

/** Ladder order, unique level names, and people rules naming levels that exist. */
export function ladderIssues(base: KeyPath, environment: PlainMapping): PathIssue[] {
  const trust = environment.trust;
  const levelsPath = [...base, 'trust', 'levels'];
  const levels = isMapping(trust) ? mappingsOf(trust.levels) : [];
  return [
    ...levels.flatMap((level) => orderIssues(levelsPath, level, levels)),
    ...nameIssues(levelsPath, levels),
    ...referenceIssues(base, environment, levels),
  ];
}

function orderIssues(levelsPath: KeyPath, [index, level]: Indexed, levels: Indexed[]) {
  const path = [...levelsPath, index];
  const issues: PathIssue[] = [];
  const issue = (key: string, message: string) => issues.push({ path: [...path, key], message });
  if (index === 0 && isCount(level.after) && level.after !== 0) {
    issue('after', `the first level must start at \`after: 0\`, got ${level.after}`);
  }
  const below = levels.find(([other]) => other === index - 1)?.[1];
  if (!below) return issues;
  if (isCount(level.after) && isCount(below.after) && level.after <= below.after) {
    issue(
      'after',
      `\`after\` must be greater than the level below (${nameOf(below)} has after: ${below.after}), got ${level.after}`,
    );
  }
  if (isCount(level.approvals) && isCount(below.approvals) && level.approvals > below.approvals) {
    issue(
      'approvals',
      `\`approvals\` must not increase up the ladder: ${nameOf(below)} below needs ${below.approvals}, got ${level.approvals}`,
    );
  }
  return issues;
}

function nameIssues(levelsPath: KeyPath, levels: Indexed[]): PathIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: PathIssue[] = [];
  for (const [index, level] of levels) {
    if (typeof level.name !== 'string') continue;
    const first = firstIndex.get(level.name);
    if (first === undefined) firstIndex.set(level.name, index);
    else {
      const message = `level name \`${level.name}\` is already used by levels[${first}]; names must be unique`;
      issues.push({ path: [...levelsPath, index, 'name'], message });
    }
  }
  return issues;
}

function referenceIssues(base: KeyPath, environment: PlainMapping, levels: Indexed[]) {
  const names = [
    ...new Set(levels.flatMap(([, level]) => (typeof level.name === 'string' ? [level.name] : []))),
  ];
  return PEOPLE_RULES.flatMap((rule): PathIssue[] => {
    const people = environment[rule];
    if (!isMapping(people) || typeof people.level !== 'string') return [];
    const path = [...base, rule, 'level'];
    const level = people.level;
    if (!has(environment, 'trust')) {
      const message = `level \`${level}\` needs a trust ladder: add \`trust.levels\` to this environment, or remove \`level\``;
      return [{ path, message }];
    }
    if (names.length === 0 || names.includes(level)) return [];
    const message = `unknown level \`${level}\`${didYouMean(level, names)}; this environment's levels are: ${names.join(', ')}`;
    return [{ path, message }];
  });
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function nameOf(level: PlainMapping): string {
  return typeof level.name === 'string' ? `\`${level.name}\`` : 'the level';
}
