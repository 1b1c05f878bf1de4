// `/approve` comments on a deploy request: which stand for this commit, before each change's own rules.
import type { ApprovalIgnored } from './decision.js';
import type { DeployRequest, Facts, RequestComment } from './facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import { loginKey } from './logins.js';

/** `/approve` as the comment's first word; anything may follow ("/approve looks good"). */
const APPROVE = /^\/approve(?:\s|$)/i;

export function isApproveCommand(body: string): boolean {
  return APPROVE.test(body.trim());
}

export interface RequestVotes {
  /** One standing `/approve` per person: their first unedited one. */
  standing: RequestComment[];
  /** `/approve` comments that count for nothing at all, and why. */
  void: ApprovalIgnored[];
}

const NO_VOTES: RequestVotes = { standing: [], void: [] };

/** The deploy request the decision reads: only with `requests: true`, only in gate mode. */
export function requestInPlay(
  policy: Pick<EnvironmentPolicy, 'requests'>,
  facts: Pick<Facts, 'mode' | 'request'>,
): DeployRequest | null {
  return policy.requests && facts.mode === 'gate' ? (facts.request ?? null) : null;
}

function voided(comment: RequestComment, why: string): ApprovalIgnored {
  return { login: comment.author, why: `\`/approve\`: ${why}`, via: 'request' };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** Sorts the request's `/approve` comments into those that stand and those that count for nothing. */
export function requestVotes(request: DeployRequest | null, sha: string): RequestVotes {
  if (!request) return NO_VOTES;
  const commands = request.comments.filter((comment) => isApproveCommand(comment.body));
  if (request.sha !== sha) {
    const why = `approves deploying ${short(request.sha)}, not ${short(sha)}`;
    return { standing: [], void: commands.map((comment) => voided(comment, why)) };
  }
  const standing = new Map<string, RequestComment>();
  for (const comment of commands) {
    const key = loginKey(comment.author);
    if (!comment.edited && !standing.has(key)) standing.set(key, comment);
  }
  const edited = new Map<string, ApprovalIgnored>();
  for (const comment of commands) {
    const key = loginKey(comment.author);
    if (comment.edited && !standing.has(key) && !edited.has(key))
      edited.set(
        key,
        voided(comment, 'the comment was edited (edited comments count for nothing)'),
      );
  }
  return { standing: [...standing.values()], void: [...edited.values()] };
}
