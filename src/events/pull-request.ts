// pull_request, pull_request_target, pull_request_review: the pull request's head, on its base branch.
import { InputError } from '../input-error.js';
import {
  emptyTarget,
  requiredText,
  type EventTarget,
  type Payload,
  type PullRequestEvent,
} from './event-target.js';

export function pullRequestOf(payload: Payload, event: string): PullRequestEvent {
  if (typeof payload['pull_request'] !== 'object' || payload['pull_request'] === null)
    throw new InputError(`The ${event} event's payload has no \`pull_request\`.`);
  const author = requiredText(payload, event, 'pull_request.user.login');
  const user = (payload['pull_request'] as { user: { type?: string } }).user;
  return {
    number: Number(requiredText(payload, event, 'pull_request.number')),
    headSha: requiredText(payload, event, 'pull_request.head.sha'),
    headRef: requiredText(payload, event, 'pull_request.head.ref'),
    author,
    authorIsBot: user.type === 'Bot' || author.endsWith('[bot]'),
    baseRef: requiredText(payload, event, 'pull_request.base.ref'),
  };
}

/** The ref is the base branch: where the pull request will be deployed from (SPEC §5a). */
export function pullRequestTarget(payload: Payload, event: string): EventTarget {
  const pullRequest = pullRequestOf(payload, event);
  return { ...emptyTarget(pullRequest.headSha, pullRequest.baseRef, 'branch'), pullRequest };
}
