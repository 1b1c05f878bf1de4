// History: which deployments are read, who each credits, their outcome, and their time order.
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/decide/facts.js';
import { historyOf, readHistory } from '../../src/decide/history.js';
import { NO_RUNS } from '../../src/decide/run-links.js';
import { aDeployment, aStatus, someFacts } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs/42';

function idsInOrder(deployments: Deployment[]): number[] {
  return readHistory(deployments, 'production', NO_RUNS).map((entry) => entry.deployment.id);
}

describe('the history of every environment', () => {
  it('reads all deployments given when no environment is named', () => {
    const deployments = [
      aDeployment({ id: 1, environment: 'production' }),
      aDeployment({ id: 2, environment: 'staging' }),
      aDeployment({ id: 3, environment: 'Preview' }),
    ];
    const ids = readHistory(deployments, null, NO_RUNS).map((entry) => entry.deployment.id);
    expect(ids).toEqual([1, 2, 3]);
  });
});

describe('a history entry', () => {
  it('names the person credited as spelled, and their compare form', () => {
    const [entry] = readHistory([aDeployment({ creator: 'Alice' })], 'production', NO_RUNS);
    expect(entry).toMatchObject({ deployer: 'Alice', key: 'alice' });
  });

  it('names nobody for a workflow deployment no run credits', () => {
    const deployment = aDeployment({ creator: 'github-actions[bot]', creatorIsBot: true });
    const [entry] = readHistory([deployment], 'production', NO_RUNS);
    expect(entry).toMatchObject({ deployer: null, key: null, kind: 'earned' });
  });

  it('says success or failure as the deployment read', () => {
    const deployments = [
      aDeployment({ id: 1, createdAt: '2026-05-01T10:00:00Z' }),
      aDeployment({ id: 2, createdAt: '2026-05-01T11:00:00Z', outcome: 'failure' }),
    ];
    const entries = readHistory(deployments, 'production', NO_RUNS);
    expect(entries.map((entry) => [entry.outcome, entry.kind])).toEqual([
      ['success', 'earned'],
      ['failure', 'failed'],
    ]);
  });

  it('marks only a failure linked to a run that could not be read as unverified', () => {
    const runs = { ...someFacts(), runsUnreadable: 'the token may not read workflow runs' };
    const deployments = [
      aDeployment({ id: 1, createdAt: '2026-05-01T10:00:00Z', statuses: [aStatus('success')] }),
      aDeployment({
        id: 2,
        createdAt: '2026-05-01T11:00:00Z',
        statuses: [aStatus('failure', { logUrl: `${RUN}/job/7` })],
      }),
      aDeployment({ id: 3, createdAt: '2026-05-01T12:00:00Z', outcome: 'failure' }),
    ];
    const entries = readHistory(deployments, 'production', runs);
    expect(entries.map((entry) => entry.unverifiedRun)).toEqual([false, true, false]);
  });
});

describe('the deployers of a history', () => {
  it('lists each spelling credited once, with its compare form', () => {
    const deployments = [
      aDeployment({ creator: 'alice' }),
      aDeployment({ creator: 'Alice' }),
      aDeployment({ creator: 'alice' }),
    ];
    const history = historyOf(deployments, 'production', NO_RUNS);
    expect(history.deployers).toEqual([
      { login: 'alice', key: 'alice' },
      { login: 'Alice', key: 'alice' },
    ]);
    expect(Array.from(history.who)).toEqual([0, 1, 0]);
  });
});

describe('the time order of a history', () => {
  it('reads times with offsets as instants, not as text', () => {
    const deployments = [
      aDeployment({ id: 1, createdAt: '2026-05-01T09:00:00+00:00' }),
      aDeployment({ id: 2, createdAt: '2026-05-01T11:00:00+00:00' }),
      aDeployment({ id: 3, createdAt: '2026-05-01T12:00:00+02:00' }), // 10:00 UTC
    ];
    expect(idsInOrder(deployments)).toEqual([1, 3, 2]);
  });

  it('reads times with and without milliseconds as instants, not as text', () => {
    const deployments = [
      aDeployment({ id: 1, createdAt: '2026-05-01T12:00:00.500Z' }),
      aDeployment({ id: 2, createdAt: '2026-05-01T12:00:00Z' }),
      aDeployment({ id: 3, createdAt: '2026-05-01T12:00:01.000Z' }),
    ];
    expect(idsInOrder(deployments)).toEqual([2, 1, 3]);
  });

  it('orders deployments created at one time by id, after an earlier one', () => {
    const deployments = [
      aDeployment({ id: 5, createdAt: '2026-05-01T10:00:00Z' }),
      aDeployment({ id: 20, createdAt: '2026-05-01T11:00:00Z' }),
      aDeployment({ id: 10, createdAt: '2026-05-01T11:00:00Z' }),
    ];
    expect(idsInOrder(deployments)).toEqual([5, 10, 20]);
  });
});
