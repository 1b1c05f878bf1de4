// Approvals of a change: each reviewer's standing opinion, minus the people who may not approve it.
import type { ApprovalIgnored, ChangeResult } from './decision.js';
import type { Change, Review } from './facts.js';
import type { ApproversRule } from '../policy/schema.js';
import { isBotLogin, listed, loginKey, sameLogin } from './logins.js';
import type { RuleCheck } from './people.js';

const OPINIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export interface ApprovalContext {
  deployer: string;
  approvers: ApproversRule;
  /** Applies `approvers` to a reviewer. */
  judge: (login: string, isBot: boolean) => RuleCheck;
}

export type ApprovalCount = Pick<ChangeResult, 'approvals' | 'approvedBy' | 'ignored'>;

/** Each reviewer's latest APPROVED/CHANGES_REQUESTED/DISMISSED review (ties: later in the list). */
export function standingOpinions(reviews: Review[]): Review[] {
  const latest = new Map<string, { review: Review; at: number }>();
  for (const review of reviews) {
    if (!OPINIONS.has(review.state)) continue;
    const at = Date.parse(review.submittedAt);
    const key = loginKey(review.reviewer);
    const current = latest.get(key);
    if (!current || !(at < current.at)) latest.set(key, { review, at });
  }
  return [...latest.values()].map(({ review }) => review);
}

/** The approvals that stand: each reviewer whose standing opinion is APPROVED. */
export function standingApprovals(change: Change): Review[] {
  return standingOpinions(change.reviews).filter((review) => review.state === 'APPROVED');
}

function shortSha(sha: string | null): string {
  return sha ? sha.slice(0, 7) : 'no commit';
}

/** Why an approval may not count, judged on who gave it and on which commit; null when it may. */
export function identityExclusion(
  review: Review,
  change: Change,
  context: Omit<ApprovalContext, 'judge'>,
): string | null {
  const login = review.reviewer;
  if (sameLogin(login, change.author)) return "is the change's author";
  if (sameLogin(login, context.deployer)) return 'is the deployer';
  if (listed(change.commitAuthors, login)) return 'authored a commit in the change';
  const bot = isBotLogin(login, review.reviewerIsBot);
  if (bot && !listed(context.approvers.users, login))
    return 'is a bot not listed in `approvers.users`';
  if (context.approvers.stale === 'ignore' && review.commitSha !== change.headSha) {
    return `approved an earlier commit (${shortSha(review.commitSha)}, head is ${shortSha(change.headSha)})`;
  }
  return null;
}

function exclusion(review: Review, change: Change, context: ApprovalContext): string | null {
  const why = identityExclusion(review, change, context);
  if (why !== null) return why;
  const check = context.judge(review.reviewer, review.reviewerIsBot);
  return check.ok ? null : `does not satisfy \`approvers\` (${check.detail})`;
}

/** Counts a change's eligible approvals; a direct commit has none. */
export function countApprovals(change: Change, context: ApprovalContext): ApprovalCount {
  if (change.kind === 'commit') return { approvals: 0, approvedBy: [], ignored: [] };
  const approvedBy: string[] = [];
  const ignored: ApprovalIgnored[] = [];
  for (const review of standingApprovals(change)) {
    const why = exclusion(review, change, context);
    if (why === null) approvedBy.push(review.reviewer);
    else ignored.push({ login: review.reviewer, why });
  }
  return { approvals: approvedBy.length, approvedBy, ignored };
}
