// issue_comment (chat-ops): a comment on a pull request deploys that pull request's head.
import { InputError } from '../input-error.js';
import {
  emptyTarget,
  required,
  type EventTarget,
  type Payload,
  type RunnerContext,
} from './event-target.js';

/**
 * The pull request is read through the API before anything is judged (the payload names only its
 * number); until then the run's own commit and ref stand in.
 */
export function issueCommentTarget(payload: Payload, run: RunnerContext): EventTarget {
  const event = 'issue_comment';
  const number = Number(required(payload, event, 'issue.number'));
  const issue = payload['issue'] as { pull_request?: unknown };
  if (!issue.pull_request)
    throw new InputError(
      `The comment is on issue #${number}, not on a pull request: Trust Gate on \`issue_comment\` ` +
        'needs a pull request comment (it deploys that pull request’s head). Add ' +
        '`if: github.event.issue.pull_request` to the job.',
    );
  return { ...emptyTarget(run.sha, run.ref, 'branch'), commentedPull: number };
}
