import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/decide/facts.js';
import { checkPeopleRule, describePeopleRule } from '../../src/decide/people.js';
import type { PeopleRule } from '../../src/policy/schema.js';
import { aPeopleRule, aPerson, aTrust } from '../builders.js';

const levels = aTrust().levels;

function check(rule: PeopleRule, login: string, person?: Person, levelIndex = 0, isBot = false) {
  return checkPeopleRule(rule, { login, isBot, person, levelIndex }, levels);
}

describe('a people rule', () => {
  it.each<[string, PeopleRule, Person | undefined, number, boolean, string]>([
    ['write is enough by default', aPeopleRule(), aPerson('bob', 'write'), 0, true, 'has write'],
    ['admin is above write', aPeopleRule(), aPerson('bob', 'admin'), 0, true, 'has admin'],
    [
      'read is below write',
      aPeopleRule(),
      aPerson('bob', 'read'),
      0,
      false,
      'needs write, has read',
    ],
    [
      'someone not looked up has no role',
      aPeopleRule(),
      undefined,
      0,
      false,
      'needs write, has none',
    ],
    [
      'triage meets triage',
      aPeopleRule({ permission: 'triage' }),
      aPerson('bob', 'triage'),
      0,
      true,
      'has triage',
    ],
    [
      'maintain is needed',
      aPeopleRule({ permission: 'maintain' }),
      aPerson('bob', 'write'),
      0,
      false,
      'needs maintain, has write',
    ],
    [
      'users qualify whatever their role',
      aPeopleRule({ users: ['BOB'] }),
      aPerson('bob', 'none'),
      0,
      true,
      'listed in `users`',
    ],
    [
      'with users given, the role alone is not enough',
      aPeopleRule({ users: ['alice'] }),
      aPerson('bob', 'admin'),
      0,
      false,
      'not listed in `users`',
    ],
    [
      'a team member with the role qualifies',
      aPeopleRule({ teams: ['acme/SRE'] }),
      aPerson('bob', 'write', ['acme/sre']),
      0,
      true,
      'has write in acme/SRE',
    ],
    [
      'a team member without the role does not',
      aPeopleRule({ teams: ['acme/sre'] }),
      aPerson('bob', 'read', ['acme/sre']),
      0,
      false,
      'needs write and team acme/sre, has read, in acme/sre',
    ],
    [
      'the role outside the teams is not enough',
      aPeopleRule({ teams: ['acme/sre'] }),
      aPerson('bob', 'admin'),
      0,
      false,
      'needs write and team acme/sre, has admin, in none of those teams',
    ],
    [
      'the level qualifies with the role',
      aPeopleRule({ level: 'member' }),
      aPerson('bob', 'write'),
      1,
      true,
      'has write at level member',
    ],
    [
      'a higher level qualifies',
      aPeopleRule({ level: 'member' }),
      aPerson('bob', 'write'),
      2,
      true,
      'has write at level member',
    ],
    [
      'a lower level does not',
      aPeopleRule({ level: 'member' }),
      aPerson('bob', 'write'),
      0,
      false,
      'needs write and level member, has write, level newcomer',
    ],
    [
      'team or level',
      aPeopleRule({ teams: ['acme/sre'], level: 'owner' }),
      aPerson('bob', 'write'),
      1,
      false,
      'needs write and team acme/sre or level owner, has write, in none of those teams, level member',
    ],
  ])('%s', (_, rule, person, levelIndex, ok, detail) => {
    expect(check(rule, 'bob', person, levelIndex)).toEqual({ ok, detail });
  });

  it('never admits a bot unless it is named in `users`', () => {
    expect(check(aPeopleRule(), 'renovate[bot]', aPerson('renovate[bot]', 'admin'))).toEqual({
      ok: false,
      detail: 'a bot not listed in `users`',
    });
    expect(check(aPeopleRule(), 'deploy-bot', aPerson('deploy-bot', 'admin'), 0, true).ok).toBe(
      false,
    );
    expect(check(aPeopleRule({ users: ['renovate[bot]'] }), 'renovate[bot]', undefined).ok).toBe(
      true,
    );
  });

  it.each<[PeopleRule, string]>([
    [aPeopleRule(), 'anyone with write or more'],
    [aPeopleRule({ users: ['alice', 'bob'] }), 'alice, bob'],
    [
      aPeopleRule({ users: ['alice'], teams: ['acme/leads'], level: 'owner' }),
      'alice, or people with write or more in acme/leads or at level owner or above',
    ],
  ])('is described in one phrase', (rule, phrase) => {
    expect(describePeopleRule(rule)).toBe(phrase);
  });
});
