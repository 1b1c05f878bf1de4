// Approvals of a change: each reviewer's standing opinion, minus the people who may not approve it.
import type { ChangeResult } from './decision.js';
import type { Change, RequestComment, Review } from './facts.js';
import type { ApproversRule } from '../policy/schema.js';
import { isBotLogin, listed, loginKey, sameLogin } from './logins.js';
import type { RuleCheck } from './people.js';

const OPINIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export interface ApprovalContext {
  deployer: string;
  approvers: ApproversRule;
  /** Applies `approvers` to a reviewer. */
  judge: (login: string, isBot: boolean) => RuleCheck;
  /** Standing `/approve` comments on this commit's deploy request (see request-approvals.ts). */
  requested?: RequestComment[];
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

/** Why `login` may not approve `change` at all, whatever they approved; null when they may. */
export function personExclusion(
  login: string,
  isBot: boolean,
  change: Change,
  context: Omit<ApprovalContext, 'judge'>,
): string | null {
  if (sameLogin(login, change.author)) return "is the change's author";
  if (sameLogin(login, context.deployer)) return 'is the deployer';
  if (listed(change.commitAuthors, login)) return 'authored a commit in the change';
  if (isBotLogin(login, isBot) && !listed(context.approvers.users, login))
    return 'is a bot not listed in `approvers.users`';
  return null;
}

/** Why an approval may not count, judged on who gave it and on which commit; null when it may. */
export function identityExclusion(
  review: Review,
  change: Change,
  context: Omit<ApprovalContext, 'judge'>,
): string | null {
  const why = personExclusion(review.reviewer, review.reviewerIsBot, change, context);
  if (why !== null) return why;
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

/** Why a `/approve` on the deploy request may not count for `change`; null when it does. */
export function requestExclusion(
  comment: RequestComment,
  change: Change,
  context: ApprovalContext,
): string | null {
  const why = personExclusion(comment.author, comment.authorIsBot, change, context);
  if (why !== null) return why;
  const check = context.judge(comment.author, comment.authorIsBot);
  return check.ok ? null : `does not satisfy \`approvers\` (${check.detail})`;
}

function countReviews(change: Change, context: ApprovalContext, count: ApprovalCount): void {
  if (change.kind === 'commit') return; // a direct commit has no reviews
  for (const review of standingApprovals(change)) {
    const why = exclusion(review, change, context);
    if (why === null) count.approvedBy.push(review.reviewer);
    else count.ignored.push({ login: review.reviewer, why });
  }
}

/** `/approve` comments count like reviews, once per person: someone who also reviewed counts once. */
function countRequested(change: Change, context: ApprovalContext, count: ApprovalCount): void {
  for (const comment of context.requested ?? []) {
    const why = requestExclusion(comment, change, context);
    if (why !== null)
      count.ignored.push({ login: comment.author, why: `\`/approve\`: ${why}`, via: 'request' });
    else if (!listed(count.approvedBy, comment.author)) count.approvedBy.push(comment.author);
  }
}

/** Counts a change's eligible approvals: reviews (none on a direct commit) and `/approve` comments. */
export function countApprovals(change: Change, context: ApprovalContext): ApprovalCount {
  const count: ApprovalCount = { approvals: 0, approvedBy: [], ignored: [] };
  countReviews(change, context, count);
  countRequested(change, context, count);
  return { ...count, approvals: count.approvedBy.length };
}
