// Approvals: reviews alone when nobody commented `/approve`, and how a stale review reads.
import { describe, expect, it } from 'vitest';
import { countApprovals } from '../../src/decide/approvals.js';
import type { RuleCheck } from '../../src/decide/people.js';
import { anApproversRule, aPullRequest, aReview } from '../builders.js';

const anyone = (): RuleCheck => ({ ok: true, detail: 'has write' });

describe('counting a change’s approvals', () => {
  it('without `/approve` comments counts the reviews alone', () => {
    const change = aPullRequest({ reviews: [aReview(), aReview({ reviewer: 'erin' })] });
    expect(
      countApprovals(change, { deployer: 'alice', approvers: anApproversRule(), judge: anyone }),
    ).toEqual({ approvals: 2, approvedBy: ['carol', 'erin'], ignored: [] });
  });

  it('with `stale: ignore` names an approval tied to no commit as such', () => {
    const change = aPullRequest({ reviews: [aReview({ commitSha: null })] });
    expect(
      countApprovals(change, { deployer: 'alice', approvers: anApproversRule(), judge: anyone }),
    ).toEqual({
      approvals: 0,
      approvedBy: [],
      ignored: [{ login: 'carol', why: 'approved an earlier commit (no commit, head is head1)' }],
    });
  });
});
