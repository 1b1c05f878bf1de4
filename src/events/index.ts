// Which commit, ref and deployer each event judges (SPEC §5c): one function per event.
import type { EventTarget, Payload, RunnerContext } from './event-target.js';
import { deploymentTarget } from './deployment.js';
import { issueCommentTarget } from './issue-comment.js';
import { mergeGroupTarget } from './merge-group.js';
import { pullRequestTarget } from './pull-request.js';
import { refEventTarget } from './ref-event.js';
import { workflowRunTarget } from './workflow-run.js';

export type { EventTarget, MergeGroupEvent, PullRequestEvent, RefKind } from './event-target.js';

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];

/** Events whose default mode is `check` (SPEC §5a, §5c): they report, a deploy never follows. */
export const CHECK_EVENTS = [...PULL_REQUEST_EVENTS, 'merge_group'];

export function eventTarget(event: string, payload: Payload, run: RunnerContext): EventTarget {
  if (PULL_REQUEST_EVENTS.includes(event)) return pullRequestTarget(payload, event);
  switch (event) {
    case 'workflow_run':
      return workflowRunTarget(payload, run);
    case 'deployment':
      return deploymentTarget(payload);
    case 'merge_group':
      return mergeGroupTarget(payload);
    case 'issue_comment':
      return issueCommentTarget(payload, run);
    default:
      return refEventTarget(run);
  }
}
