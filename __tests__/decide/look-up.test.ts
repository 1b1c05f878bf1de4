import { describe, expect, it } from 'vitest';
import { peopleToLookUp } from '../../src/decide/look-up.js';
import {
  anApproversRule,
  aPeopleRule,
  aPolicy,
  aPullRequest,
  aReview,
  someFacts,
} from '../builders.js';

describe('the people to look up', () => {
  it('are the deployer and the reviewers whose approvals may count', () => {
    const change = aPullRequest({
      reviews: [
        aReview(),
        aReview({ reviewer: 'dave' }), // the author
        aReview({ reviewer: 'alice' }), // the deployer
        aReview({ reviewer: 'erin', state: 'COMMENTED' }),
        aReview({ reviewer: 'frank', commitSha: 'old' }), // stale
        aReview({ reviewer: 'ci[bot]', reviewerIsBot: true }),
        aReview({ reviewer: 'CAROL', submittedAt: '2026-06-15T11:00:00Z' }),
      ],
    });
    const facts = someFacts({ changes: [change] });
    expect(peopleToLookUp(aPolicy(), facts)).toEqual({ logins: ['alice', 'CAROL'], teams: [] });
  });

  it('include the teams of the rules that may apply', () => {
    const policy = aPolicy({
      deployers: aPeopleRule({ teams: ['Acme/SRE'] }),
      approvers: anApproversRule({ teams: ['acme/leads'] }),
      'break-glass': aPeopleRule({ teams: ['acme/oncall'] }),
    });
    const facts = someFacts({
      changes: [aPullRequest({ reviews: [aReview()] })],
      breakGlass: 'outage',
    });
    expect(peopleToLookUp(policy, facts)).toEqual({
      logins: ['alice', 'carol'],
      teams: ['acme/sre', 'acme/oncall', 'acme/leads'],
    });
    expect(peopleToLookUp(policy, { ...facts, changes: [], breakGlass: '' }).teams).toEqual([
      'acme/sre',
    ]);
  });

  it('skip people a rule names in `users`', () => {
    const policy = aPolicy({
      deployers: aPeopleRule({ users: ['alice'] }),
      approvers: anApproversRule({ users: ['carol'] }),
    });
    const facts = someFacts({ changes: [aPullRequest({ reviews: [aReview()] })] });
    expect(peopleToLookUp(policy, facts)).toEqual({ logins: [], teams: [] });
  });
});
