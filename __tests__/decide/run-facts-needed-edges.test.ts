// Run facts: which runs, jobs and attempts a deployment needs read before it can be judged.
import { describe, expect, it } from 'vitest';
import type { DeploymentStatus } from '../../src/decide/facts.js';
import { runFactsNeeded } from '../../src/decide/run-facts-needed.js';
import { NO_RUNS, type RunFacts } from '../../src/decide/run-links.js';
import { aDeployment, aStatus, daysAgo, NOW } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs/42';

function workflowDeployment(statuses: DeploymentStatus[], createdAt = daysAgo(1)) {
  return aDeployment({ creator: 'github-actions[bot]', creatorIsBot: true, createdAt, statuses });
}

/** Run 42, read already: re-run once (two attempts), triggered last by bob. */
const RERUN: RunFacts = {
  ...NO_RUNS,
  runs: {
    '42': { conclusion: 'success', attempts: 2, triggeringActor: 'bob', repository: 'acme/app' },
  },
};

describe('what a workflow deployment needs read', () => {
  it('is nothing while it has not concluded', () => {
    const deployment = workflowDeployment([aStatus('in_progress', { logUrl: RUN })]);
    expect(runFactsNeeded([deployment])).toEqual({ runs: [], jobs: [], attempts: [] });
  });

  it('is the linked job once its run is known to have been re-run', () => {
    const deployment = workflowDeployment([aStatus('success', { logUrl: `${RUN}/job/7` })]);
    expect(runFactsNeeded([deployment], {}, RERUN)).toEqual({
      runs: [],
      jobs: ['7'],
      attempts: [],
    });
  });

  it('is the earlier attempt a link names, once its run is known to have been re-run', () => {
    const deployment = workflowDeployment([aStatus('success', { logUrl: `${RUN}/attempts/1` })]);
    expect(runFactsNeeded([deployment], {}, RERUN)).toEqual({
      runs: [],
      jobs: [],
      attempts: ['42/1'],
    });
  });

  it('counts a deployment created at the very start of the window', () => {
    const deployment = workflowDeployment([aStatus('success', { logUrl: RUN })], daysAgo(7));
    expect(runFactsNeeded([deployment], { now: NOW, window: '7d' }).runs).toEqual(['42']);
    expect(runFactsNeeded([deployment], { now: NOW, window: '6d' }).runs).toEqual([]);
  });
});
