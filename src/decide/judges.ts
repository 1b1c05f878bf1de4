// Applies people rules to logins, with roles and teams from the facts and levels from the history.
import type { Facts, Person } from './facts.js';
import type { PeopleRule, Trust } from '../policy/schema.js';
import { loginKey } from './logins.js';
import { checkPeopleRule, type Candidate, type RuleCheck } from './people.js';
import { emptyTally, levelIndex, tallyByDeployer, type Tally } from './trust-score.js';
import type { Counted } from './timeline.js';

export interface Judges {
  /** Each deployer's own (person-scope) tally in the window, by lower-case login. */
  tallies: Map<string, Tally>;
  tallyOf: (login: string) => Tally;
  candidate: (login: string, isBot: boolean) => Candidate;
  check: (rule: PeopleRule, login: string, isBot: boolean) => RuleCheck;
}

function peopleByKey(people: Record<string, Person>): Map<string, Person> {
  return new Map(Object.entries(people).map(([login, person]) => [loginKey(login), person]));
}

export function makeJudges(
  facts: Pick<Facts, 'people'>,
  counted: Counted,
  trust: Trust | undefined,
): Judges {
  const tallies = tallyByDeployer(counted, trust);
  const people = peopleByKey(facts.people);
  const levels = trust?.levels ?? [];
  const tallyOf = (login: string): Tally => tallies.get(loginKey(login)) ?? emptyTally(login);
  const candidate = (login: string, isBot: boolean): Candidate => ({
    login,
    isBot,
    person: people.get(loginKey(login)),
    levelIndex: levelIndex(levels, tallyOf(login).score),
  });
  const check = (rule: PeopleRule, login: string, isBot: boolean): RuleCheck =>
    checkPeopleRule(rule, candidate(login, isBot), levels);
  return { tallies, tallyOf, candidate, check };
}
