// People rules (`deployers`, `approvers`, `break-glass`): users, or role plus team or trust level.
import type { Level, PeopleRule, Permission } from '../policy/schema.js';
import type { Person, Role } from './facts.js';
import { isBotLogin, listed } from './logins.js';

const ROLES: readonly Role[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

export function roleAtLeast(role: Role, permission: Permission): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(permission);
}

/** Someone a people rule is applied to. */
export interface Candidate {
  login: string;
  isBot: boolean;
  /** Role and teams; undefined when not looked up (treated as no access, no teams). */
  person: Person | undefined;
  /** Their own (person-scope) level index in this environment; -1 without trust. */
  levelIndex: number;
}

export interface RuleCheck {
  ok: boolean;
  /** Why, as a parenthesis-ready phrase: "has write", "needs write, has read". */
  detail: string;
}

function inTeams(rule: PeopleRule, person: Person | undefined): string | undefined {
  const teams = new Set(person?.teams.map((team) => team.toLowerCase()));
  return rule.teams.find((team) => teams.has(team.toLowerCase()));
}

function reachedLevel(rule: PeopleRule, who: Candidate, levels: readonly Level[]): boolean {
  const needed = levels.findIndex((level) => level.name === rule.level);
  return needed >= 0 && who.levelIndex >= needed;
}

/** What the rule asks beyond `users`, e.g. "write and team acme/sre or level owner". */
function wanted(rule: PeopleRule): string {
  const alternatives = [
    ...(rule.teams.length > 0 ? [`team ${rule.teams.join(', ')}`] : []),
    ...(rule.level !== undefined ? [`level ${rule.level}`] : []),
  ];
  return alternatives.length > 0
    ? `${rule.permission} and ${alternatives.join(' or ')}`
    : rule.permission;
}

/** What the candidate has of it, e.g. "read, in none of those teams, level member". */
function has(rule: PeopleRule, who: Candidate, levels: readonly Level[]): string {
  const parts: string[] = [who.person?.role ?? 'none'];
  const team = inTeams(rule, who.person);
  if (rule.teams.length > 0)
    parts.push(team !== undefined ? `in ${team}` : 'in none of those teams');
  if (rule.level !== undefined) parts.push(`level ${levels[who.levelIndex]?.name ?? '(none)'}`);
  return parts.join(', ');
}

/** Applies a people rule: listed in `users`, or role >= `permission` and (no teams/level, a team or the level). */
export function checkPeopleRule(
  rule: PeopleRule,
  who: Candidate,
  levels: readonly Level[],
): RuleCheck {
  if (listed(rule.users, who.login)) return { ok: true, detail: 'listed in `users`' };
  if (isBotLogin(who.login, who.isBot)) return { ok: false, detail: 'a bot not listed in `users`' };
  const role = who.person?.role ?? 'none';
  const roleOk = roleAtLeast(role, rule.permission);
  const open = rule.teams.length === 0 && rule.level === undefined && rule.users.length === 0;
  const team = inTeams(rule, who.person);
  const level = reachedLevel(rule, who, levels);
  if (roleOk && (open || team !== undefined || level)) {
    const via = team !== undefined ? ` in ${team}` : level ? ` at level ${rule.level}` : '';
    return { ok: true, detail: `has ${role}${via}` };
  }
  if (!open && rule.teams.length === 0 && rule.level === undefined) {
    return { ok: false, detail: 'not listed in `users`' };
  }
  return { ok: false, detail: `needs ${wanted(rule)}, has ${has(rule, who, levels)}` };
}

/** The rule as one plain phrase, e.g. "alice, or people with write in acme/leads or at level owner". */
export function describePeopleRule(rule: PeopleRule): string {
  const alternatives = [
    ...(rule.teams.length > 0 ? [`in ${rule.teams.join(', ')}`] : []),
    ...(rule.level !== undefined ? [`at level ${rule.level} or above`] : []),
  ];
  const byRole =
    rule.users.length === 0 && alternatives.length === 0
      ? `anyone with ${rule.permission} or more`
      : alternatives.length > 0
        ? `people with ${rule.permission} or more ${alternatives.join(' or ')}`
        : '';
  return [rule.users.join(', '), byRole].filter((part) => part !== '').join(', or ');
}
