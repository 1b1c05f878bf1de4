// deployment: the deployment's own commit and ref; the deployment itself is left out of the history.
import {
  emptyTarget,
  refTarget,
  required,
  requiredText,
  type EventTarget,
  type Payload,
} from './event-target.js';

export function deploymentTarget(payload: Payload): EventTarget {
  const event = 'deployment';
  // `deployment.ref` names a branch, a tag or a commit, usually without `refs/…`.
  const { ref, refKind } = refTarget(requiredText(payload, event, 'deployment.ref'));
  return {
    ...emptyTarget(requiredText(payload, event, 'deployment.sha'), ref, refKind),
    deploymentId: Number(required(payload, event, 'deployment.id')),
  };
}
