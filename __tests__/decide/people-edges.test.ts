// People rules: levels, teams and how each rule is described to the user.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/decide/facts.js';
import { checkPeopleRule, describePeopleRule } from '../../src/decide/people.js';
import type { PeopleRule } from '../../src/policy/schema.js';
import { aPeopleRule, aPerson, aTrust } from '../builders.js';

const levels = aTrust().levels;

function check(rule: PeopleRule, person: Person, levelIndex: number) {
  return checkPeopleRule(rule, { login: person.login, isBot: false, person, levelIndex }, levels);
}

describe('a people rule with a trust level', () => {
  it('is met at the lowest level when that is the level asked', () => {
    expect(check(aPeopleRule({ level: 'newcomer' }), aPerson('bob'), 0)).toEqual({
      ok: true,
      detail: 'has write at level newcomer',
    });
  });

  it('names no level for someone with none', () => {
    expect(check(aPeopleRule({ level: 'owner' }), aPerson('bob'), -1)).toEqual({
      ok: false,
      detail: 'needs write and level owner, has write, level (none)',
    });
  });
});

describe('a people rule with teams', () => {
  it('says which teams it wanted and that the person is in none', () => {
    const rule = aPeopleRule({ teams: ['acme/sre', 'acme/leads'] });
    expect(check(rule, aPerson('bob', 'write', ['acme/web']), 0)).toEqual({
      ok: false,
      detail: 'needs write and team acme/sre, acme/leads, has write, in none of those teams',
    });
  });
});

describe('a people rule in words', () => {
  it.each<[PeopleRule, string]>([
    [aPeopleRule({ users: ['alice', 'bob'] }), 'alice, bob'],
    [
      aPeopleRule({ teams: ['acme/sre', 'acme/leads'] }),
      'people with write or more in acme/sre, acme/leads',
    ],
    [
      aPeopleRule({ users: ['alice'], permission: 'admin', teams: ['acme/sre'], level: 'owner' }),
      'alice, or people with admin or more in acme/sre or at level owner or above',
    ],
  ])('%j reads %j', (rule, words) => {
    expect(describePeopleRule(rule)).toBe(words);
  });
});
