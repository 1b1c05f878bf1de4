// push, workflow_dispatch, release, schedule (and any other event): GITHUB_SHA on GITHUB_REF.
import { emptyTarget, refTarget, type EventTarget, type RunnerContext } from './event-target.js';

/** The run's own commit and ref; a tag push, a release or a dispatch on a tag judges the tag. */
export function refEventTarget(run: RunnerContext): EventTarget {
  const { ref, refKind } = refTarget(run.ref);
  return emptyTarget(run.sha, ref, refKind);
}
