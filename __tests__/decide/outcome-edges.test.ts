// Outcome: the decisive status of a deployment, and failures whose runs could not be read.
import { describe, expect, it } from 'vitest';
import { decisiveStatus, readOutcome } from '../../src/decide/outcome.js';
import { NO_RUNS } from '../../src/decide/run-links.js';
import { runFactsNeeded } from '../../src/decide/run-facts-needed.js';
import { aDeployment, aStatus, hoursAgo } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs';
const UNREADABLE = { ...NO_RUNS, runsUnreadable: 'no actions: read' };

describe('the decisive status', () => {
  it('is the first success when nothing failed (a later success does not replace it)', () => {
    const first = aStatus('success', { createdAt: hoursAgo(3), logUrl: `${RUN}/1` });
    const later = aStatus('success', { createdAt: hoursAgo(1), logUrl: `${RUN}/2` });
    expect(decisiveStatus([aStatus('pending'), first, later])).toBe(first);
  });
});

describe('the outcome when workflow runs cannot be read', () => {
  it('is a plain failure (not unverified) when a failing status links to no run', () => {
    const deployment = aDeployment({
      statuses: [aStatus('failure', { logUrl: `${RUN}/42` }), aStatus('error')],
    });
    expect(readOutcome(deployment, UNREADABLE)).toEqual({
      outcome: 'failure',
      unverifiedRun: false,
    });
  });

  it('is an unverified failure when every failing status links to a run', () => {
    const deployment = aDeployment({
      statuses: [aStatus('success'), aStatus('failure', { logUrl: `${RUN}/42` })],
    });
    expect(readOutcome(deployment, UNREADABLE)).toEqual({
      outcome: 'failure',
      unverifiedRun: true,
    });
  });

  it('is none for a deployment that never concluded', () => {
    const deployment = aDeployment({
      statuses: [aStatus('in_progress', { logUrl: `${RUN}/42` })],
    });
    expect(readOutcome(deployment, UNREADABLE)).toBeNull();
  });
});

describe('the runs a failed deployment needs read', () => {
  it('are those its failing statuses link to, not those of its other statuses', () => {
    const deployment = aDeployment({
      statuses: [
        aStatus('in_progress', { logUrl: `${RUN}/40` }),
        aStatus('success', { logUrl: `${RUN}/41` }),
        aStatus('failure', { logUrl: `${RUN}/42` }),
      ],
    });
    expect(runFactsNeeded([deployment])).toEqual({ runs: ['42'], jobs: [], attempts: [] });
  });
});
