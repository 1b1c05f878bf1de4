// workflow_run: the commit the finished run built, on its branch; a fork's run never deploys.
import { InputError } from '../input-error.js';
import {
  emptyTarget,
  requiredText,
  type EventTarget,
  type Payload,
  type RunnerContext,
} from './event-target.js';

export function workflowRunTarget(payload: Payload, run: RunnerContext): EventTarget {
  const event = 'workflow_run';
  const headRepository = requiredText(payload, event, 'workflow_run.head_repository.full_name');
  if (headRepository.toLowerCase() !== run.repository.toLowerCase())
    throw new InputError(
      `The workflow run was triggered from the fork ${headRepository}, not from ${run.repository}: ` +
        'a fork’s run never deploys, whoever re-runs it.',
    );
  return emptyTarget(
    requiredText(payload, event, 'workflow_run.head_sha'),
    requiredText(payload, event, 'workflow_run.head_branch'),
    'branch',
  );
}
