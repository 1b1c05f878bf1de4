// Look-ups: whose role is read, when break-glass applies, and which `/approve` commenters are asked about.
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/decide/facts.js';
import { peopleToLookUp, type LookUpFacts } from '../../src/decide/look-up.js';
import {
  aCommit,
  anApproversRule,
  aPeopleRule,
  aPolicy,
  aPullRequest,
  aReview,
  someFacts,
  anApprove,
  aDeployRequest,
} from '../builders.js';

/** The facts without `key`, as a caller that does not know it passes them. */
function without(facts: Facts, key: 'mode' | 'sha' | 'breakGlass' | 'deployerIsBot'): LookUpFacts {
  const copy: Partial<Facts> = { ...facts };
  delete copy[key];
  return copy as LookUpFacts;
}

const logins = (policy = aPolicy(), facts: LookUpFacts = someFacts()) =>
  peopleToLookUp(policy, facts).logins;

describe('whether the deployer’s role is looked up', () => {
  it('is no when the rule lists them by name, whatever teams it also names', () => {
    const policy = aPolicy({ deployers: aPeopleRule({ users: ['ALICE'], teams: ['acme/sre'] }) });
    expect(peopleToLookUp(policy, someFacts())).toEqual({ logins: [], teams: [] });
  });

  it('is no when the rule names only other users', () => {
    expect(logins(aPolicy({ deployers: aPeopleRule({ users: ['bob'] }) }))).toEqual([]);
  });

  it('is yes when the rule names other users and a level the deployer may hold', () => {
    const policy = aPolicy({ deployers: aPeopleRule({ users: ['bob'], level: 'member' }) });
    expect(logins(policy)).toEqual(['alice']);
  });

  it('is no for a bot the API flags, whatever its spelling', () => {
    const facts = someFacts({ deployer: 'deploy-helper', deployerIsBot: true });
    expect(logins(aPolicy(), facts)).toEqual([]);
  });

  it('is yes for a person when the facts do not say whether they are a bot', () => {
    const facts = without(someFacts(), 'deployerIsBot');
    expect(logins(aPolicy(), facts)).toEqual(['alice']);
  });
});

describe('the break-glass rule', () => {
  const policy = aPolicy({
    deployers: aPeopleRule({ users: ['alice'] }),
    'break-glass': aPeopleRule({ teams: ['acme/oncall'] }),
  });
  const teams = (facts: LookUpFacts) => peopleToLookUp(policy, facts).teams;

  it('is asked about when break-glass is used in a gate, the mode being gate by default', () => {
    const facts = without(someFacts({ breakGlass: 'outage' }), 'mode');
    expect(teams(facts)).toEqual(['acme/oncall']);
  });

  it('is not asked about without break-glass, or with a blank one', () => {
    const facts = without(someFacts(), 'breakGlass');
    expect(teams(facts)).toEqual([]);
    expect(teams(someFacts({ breakGlass: '  ' }))).toEqual([]);
  });

  it('is not asked about in check mode', () => {
    expect(teams(someFacts({ breakGlass: 'outage', mode: 'check' }))).toEqual([]);
  });
});

describe('the reviewers looked up', () => {
  it('leave out reviews on a direct commit (only pull requests have approvals)', () => {
    const facts = someFacts({
      changes: [aCommit({ reviews: [aReview({ commitSha: 'abc1234def' })] })],
    });
    expect(logins(aPolicy(), facts)).toEqual(['alice']);
  });

  it('are listed once, as first spelled', () => {
    const facts = someFacts({
      changes: [
        aPullRequest({ reviews: [aReview({ reviewer: 'Carol' })] }),
        aPullRequest({ number: 13, reviews: [aReview({ reviewer: 'carol' })] }),
      ],
    });
    expect(logins(aPolicy(), facts)).toEqual(['alice', 'Carol']);
  });
});

describe('the `/approve` commenters looked up', () => {
  const policy = aPolicy({ requests: true });
  /** Facts whose deploy request (for `sha`) holds one `/approve` by `author`. */
  const approvedBy = (author: string, sha = 'target', changes = [aPullRequest()]) =>
    someFacts({ changes, request: aDeployRequest([anApprove({ author })], sha) });

  it('are read from the request in a gate, the mode being gate by default', () => {
    const facts = without(approvedBy('carol'), 'mode');
    expect(logins(policy, facts)).toEqual(['alice', 'carol']);
  });

  it('leave out those of a request for another commit than the one deployed', () => {
    const facts = approvedBy('carol', 'other');
    expect(logins(policy, facts)).toEqual(['alice']);
  });

  it('are read from the request’s commit when the facts name none', () => {
    const facts = without(approvedBy('carol', 'other'), 'sha');
    expect(logins(policy, facts)).toEqual(['alice', 'carol']);
  });

  it('are none, without failing, when there is no request and no commit', () => {
    const facts = without(someFacts({ changes: [aPullRequest()], request: null }), 'sha');
    expect(logins(policy, facts)).toEqual(['alice']);
  });

  it('leave out someone `approvers.users` names (their role does not matter)', () => {
    const named = aPolicy({ requests: true, approvers: anApproversRule({ users: ['Carol'] }) });
    const facts = approvedBy('carol');
    expect(logins(named, facts)).toEqual(['alice']);
  });

  it('leave out someone who may approve no change (the author of the only one)', () => {
    const facts = approvedBy('dave');
    expect(logins(policy, facts)).toEqual(['alice']);
  });

  it('include someone who may approve some change, though not their own', () => {
    const facts = approvedBy('dave', 'target', [
      aPullRequest(),
      aPullRequest({ number: 13, author: 'erin', commitAuthors: ['erin'] }),
    ]);
    expect(logins(policy, facts)).toEqual(['alice', 'dave']);
  });
});
