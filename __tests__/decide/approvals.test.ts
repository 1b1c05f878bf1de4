import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { Change, Facts } from '../../src/decide/facts.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import {
  aCommit,
  anApproversRule,
  aPerson,
  aPolicy,
  aPullRequest,
  aReview,
  hoursAgo,
  someFacts,
  somePeople,
} from '../builders.js';

function approvalsOf(
  change: Change,
  policy: EnvironmentPolicy = aPolicy(),
  facts: Partial<Facts> = {},
) {
  const decision = decide(
    { key: 'production', environment: policy },
    someFacts({ changes: [change], ...facts }),
  );
  const { approvals, approvedBy, ignored } = decision.changes[0]!;
  return { approvals, approvedBy, ignored };
}

describe('a reviewer’s standing opinion', () => {
  it.each([
    ['an approval counts', [aReview()], ['carol']],
    [
      'a later comment changes nothing',
      [aReview(), aReview({ state: 'COMMENTED', submittedAt: hoursAgo(1) })],
      ['carol'],
    ],
    [
      'a pending review changes nothing',
      [aReview(), aReview({ state: 'PENDING', submittedAt: hoursAgo(1) })],
      ['carol'],
    ],
    [
      'a later dismissal cancels',
      [aReview(), aReview({ state: 'DISMISSED', submittedAt: hoursAgo(1) })],
      [],
    ],
    [
      'later changes requested cancel',
      [aReview(), aReview({ state: 'CHANGES_REQUESTED', submittedAt: hoursAgo(1) })],
      [],
    ],
    [
      'an approval after changes requested counts',
      [aReview({ state: 'CHANGES_REQUESTED', submittedAt: hoursAgo(3) }), aReview()],
      ['carol'],
    ],
    [
      'the order of the list does not matter, the time does',
      [
        aReview({ submittedAt: hoursAgo(1) }),
        aReview({ state: 'DISMISSED', submittedAt: hoursAgo(3) }),
      ],
      ['carol'],
    ],
    [
      'equal times go to the later review in the list',
      [aReview(), aReview({ state: 'CHANGES_REQUESTED' })],
      [],
    ],
    ['comments alone are no approval', [aReview({ state: 'COMMENTED' })], []],
    [
      'one reviewer counts once',
      [aReview(), aReview({ submittedAt: hoursAgo(1) }), aReview({ reviewer: 'Carol' })],
      ['carol'],
    ],
  ])('%s', (_, reviews, approvedBy) => {
    expect(approvalsOf(aPullRequest({ reviews })).approvedBy).toEqual(approvedBy);
  });
});

describe('approvals that do not count', () => {
  it.each<[string, Change, Partial<Facts>, EnvironmentPolicy, string]>([
    [
      "the change's author",
      aPullRequest({ author: 'Carol', reviews: [aReview()] }),
      {},
      aPolicy(),
      "is the change's author",
    ],
    [
      'the deployer',
      aPullRequest({ reviews: [aReview({ reviewer: 'alice' })] }),
      {},
      aPolicy(),
      'is the deployer',
    ],
    [
      'a commit author or co-author',
      aPullRequest({ commitAuthors: ['dave', 'carol'], reviews: [aReview()] }),
      {},
      aPolicy(),
      'authored a commit in the change',
    ],
    [
      'a bot',
      aPullRequest({ reviews: [aReview({ reviewer: 'helper[bot]', reviewerIsBot: true })] }),
      {},
      aPolicy(),
      'is a bot not listed in `approvers.users`',
    ],
    [
      'an approval of an earlier commit',
      aPullRequest({ reviews: [aReview({ commitSha: 'old1234567' })] }),
      {},
      aPolicy(),
      'approved an earlier commit (old1234, head is head1)',
    ],
    [
      'a reviewer without the role',
      aPullRequest({ reviews: [aReview()] }),
      { people: somePeople(aPerson('carol', 'read')) },
      aPolicy(),
      'does not satisfy `approvers` (needs write, has read)',
    ],
    [
      'a reviewer never looked up',
      aPullRequest({ reviews: [aReview({ reviewer: 'zed' })] }),
      {},
      aPolicy(),
      'does not satisfy `approvers` (needs write, has none)',
    ],
    [
      'a reviewer outside the approver teams',
      aPullRequest({ reviews: [aReview()] }),
      {},
      aPolicy({ approvers: anApproversRule({ teams: ['acme/leads'] }) }),
      'does not satisfy `approvers` (needs write and team acme/leads, has write, in none of those teams)',
    ],
  ])('excludes %s', (_, change, facts, policy, why) => {
    const result = approvalsOf(change, policy, facts);
    expect(result.approvals).toBe(0);
    expect(result.ignored).toEqual([{ login: change.reviews[0]!.reviewer, why }]);
  });

  it('counts an approval of an earlier commit with `stale: count`', () => {
    const change = aPullRequest({ reviews: [aReview({ commitSha: 'old1234567' })] });
    const policy = aPolicy({ approvers: anApproversRule({ stale: 'count' }) });
    expect(approvalsOf(change, policy).approvedBy).toEqual(['carol']);
  });

  it('counts a bot named in `approvers.users`', () => {
    const change = aPullRequest({
      reviews: [aReview({ reviewer: 'helper[bot]', reviewerIsBot: true })],
    });
    const policy = aPolicy({ approvers: anApproversRule({ users: ['helper[bot]'] }) });
    expect(approvalsOf(change, policy).approvedBy).toEqual(['helper[bot]']);
  });

  it('gives a direct commit no approvals', () => {
    expect(approvalsOf(aCommit({ reviews: [aReview()] }))).toEqual({
      approvals: 0,
      approvedBy: [],
      ignored: [],
    });
  });

  it('counts approvers by team membership, case-insensitively', () => {
    const policy = aPolicy({ approvers: anApproversRule({ teams: ['Acme/Leads'] }) });
    const people = somePeople(aPerson('carol', 'write', ['acme/leads']), aPerson('erin', 'admin'));
    const change = aPullRequest({ reviews: [aReview(), aReview({ reviewer: 'erin' })] });
    const result = approvalsOf(change, policy, { people });
    expect(result.approvedBy).toEqual(['carol']);
    expect(result.ignored.map((i) => i.login)).toEqual(['erin']);
  });
});
