import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { StatusState } from '../../src/decide/facts.js';
import {
  decisiveStatus,
  deployerOf,
  readHistory,
  releaseBase,
  statusOutcome,
} from '../../src/decide/history.js';
import { NO_RUNS } from '../../src/decide/run-links.js';
import { readTimeline } from '../../src/decide/timeline.js';
import { aDeployment, aPolicy, aStatus, aTrust, daysAgo, someFacts } from '../builders.js';

describe('who deployed', () => {
  it.each([
    ['a human creator', { creator: 'alice' }, 'alice'],
    [
      'a human creator, payload deployer ignored',
      { creator: 'alice', payloadDeployer: 'bob' },
      'alice',
    ],
    [
      'a bot creator naming the person',
      { creator: 'deploy-tool[bot]', creatorIsBot: true, payloadDeployer: 'bob' },
      'bob',
    ],
    [
      'a bot creator spelled as a bot',
      { creator: 'deploy-tool[bot]', payloadDeployer: 'bob' },
      'bob',
    ],
    [
      'a bot creator without payload deployer',
      { creator: 'deploy-tool[bot]', creatorIsBot: true },
      'deploy-tool[bot]',
    ],
    [
      'a bot creator with a blank payload deployer',
      { creator: 'ci[bot]', creatorIsBot: true, payloadDeployer: ' ' },
      'ci[bot]',
    ],
  ])('credits %s', (_, overrides, expected) => {
    expect(deployerOf(aDeployment(overrides))).toBe(expected);
  });
});

describe('the outcome of a deployment', () => {
  it.each([
    ['a success', ['success'], 'success'],
    ['a failure', ['failure'], 'failure'],
    ['an error', ['error'], 'failure'],
    ['a success written after a failure', ['failure', 'success'], 'failure'],
    ['a success written after an error', ['error', 'inactive', 'success'], 'failure'],
    ['a failure written after a success', ['success', 'failure'], 'failure'],
    ['a success then inactive', ['success', 'inactive'], 'success'],
    ['pending, queued and in progress only', ['pending', 'queued', 'in_progress'], null],
    ['inactive only', ['inactive'], null],
    ['no status', [], null],
  ] as Array<[string, StatusState[], string | null]>)(
    'is %s → %s: any failure or error stands',
    (_, states, expected) => {
      expect(statusOutcome(states.map((state) => aStatus(state)))).toBe(expected);
    },
  );

  it('is decided by the failing status, whatever the times say', () => {
    const statuses = [
      aStatus('error', { createdAt: daysAgo(3) }),
      aStatus('success', { createdAt: daysAgo(1) }),
    ];
    expect(decisiveStatus(statuses)?.state).toBe('error');
    expect(decisiveStatus([aStatus('inactive'), aStatus('success')])?.state).toBe('success');
    expect(decisiveStatus([aStatus('pending')])).toBeNull();
  });

  it('counts error as failure and ignores deployments with no decisive status', () => {
    const deployments = [
      aDeployment({ outcome: 'error' }),
      aDeployment({ outcome: 'pending' }),
      aDeployment({ outcome: 'inactive' }),
      aDeployment({ outcome: null }),
    ];
    const history = readHistory(deployments, 'production', NO_RUNS);
    expect(history.map((entry) => entry.outcome)).toEqual(['failure']);
  });

  it("charges a success posted by hand over one's own failed deployment as a failure", () => {
    const deployment = aDeployment({
      statuses: [
        aStatus('failure', { createdAt: daysAgo(2) }),
        aStatus('success', { createdAt: daysAgo(1) }),
      ],
    });
    const facts = someFacts({ deployments: [deployment] });
    const decision = decide(
      { key: 'production', environment: aPolicy({ trust: aTrust() }) },
      facts,
    );
    expect(decision.standing).toMatchObject({ successes: 0, failures: 1, score: 0 });
  });
});

describe('the history', () => {
  it('compares environment names case-insensitively', () => {
    const deployments = [
      aDeployment({ environment: 'Production' }),
      aDeployment({ environment: 'staging' }),
    ];
    expect(readHistory(deployments, 'PRODUCTION', NO_RUNS)).toHaveLength(1);
  });

  it('orders by creation time, ties by id, whatever the input order', () => {
    const at = daysAgo(1);
    const deployments = [
      aDeployment({ id: 30, createdAt: at }),
      aDeployment({ id: 10, createdAt: daysAgo(2) }),
      aDeployment({ id: 20, createdAt: at }),
    ];
    const ids = readHistory(deployments, 'production', NO_RUNS).map((e) => e.deployment.id);
    expect(ids).toEqual([10, 20, 30]);
  });

  it('keeps deployments created at or after now minus the window', () => {
    const deployments = [
      aDeployment({ id: 1, createdAt: '2026-03-17T11:59:59.999Z' }),
      aDeployment({ id: 2, createdAt: '2026-03-17T12:00:00Z' }),
    ];
    const timeline = readTimeline(deployments, someFacts());
    expect(timeline.counted.map((e) => e.deployment.id)).toEqual([2]);
    expect(new Date(timeline.since).toISOString()).toBe('2026-03-17T12:00:00.000Z');
  });
});

describe('the release base', () => {
  it('is the most recent successful deployment of any age', () => {
    const deployments = [
      aDeployment({ id: 1, createdAt: daysAgo(400) }),
      aDeployment({ id: 2, createdAt: daysAgo(300), outcome: 'failure' }),
      aDeployment({ id: 3, createdAt: daysAgo(1), environment: 'staging' }),
    ];
    expect(releaseBase(deployments, 'Production')?.id).toBe(1);
  });

  it('includes a rollback: what the environment runs now', () => {
    const deployments = [
      aDeployment({ id: 1, sha: 'a', createdAt: daysAgo(3) }),
      aDeployment({ id: 2, sha: 'b', createdAt: daysAgo(2) }),
      aDeployment({ id: 3, sha: 'a', createdAt: daysAgo(1) }),
    ];
    expect(releaseBase(deployments, 'production')?.id).toBe(3);
  });

  it('is not a deployment whose failure a later success tried to erase', () => {
    const deployments = [
      aDeployment({ id: 1, createdAt: daysAgo(3) }),
      aDeployment({
        id: 2,
        createdAt: daysAgo(2),
        statuses: [aStatus('failure'), aStatus('success')],
      }),
    ];
    expect(releaseBase(deployments, 'production')?.id).toBe(1);
  });

  it('is null without a successful deployment', () => {
    expect(releaseBase([aDeployment({ outcome: 'failure' })], 'production')).toBeNull();
  });
});
