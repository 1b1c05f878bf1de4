import { describe, expect, it } from 'vitest';
import {
  decisiveStatus,
  deployerOf,
  readHistory,
  releaseBase,
  runIdsToCheck,
} from '../../src/decide/history.js';
import { readTimeline } from '../../src/decide/timeline.js';
import { aDeployment, aStatus, daysAgo, NOW, someFacts } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs/42';
const noRuns = { runConclusions: {}, runsUnreadable: null };

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
  it('is its most recent success, failure or error status', () => {
    const statuses = [
      aStatus('success', { createdAt: daysAgo(3) }),
      aStatus('error', { createdAt: daysAgo(2) }),
      aStatus('inactive', { createdAt: daysAgo(1) }),
    ];
    expect(decisiveStatus(statuses)?.state).toBe('error');
  });

  it('breaks equal times by list order, the later status winning', () => {
    const at = daysAgo(1);
    const statuses = [aStatus('failure', { createdAt: at }), aStatus('success', { createdAt: at })];
    expect(decisiveStatus(statuses)?.state).toBe('success');
  });

  it('counts error as failure and ignores deployments with no decisive status', () => {
    const deployments = [
      aDeployment({ outcome: 'error' }),
      aDeployment({ outcome: 'pending' }),
      aDeployment({ outcome: 'inactive' }),
      aDeployment({ outcome: null }),
    ];
    const history = readHistory(deployments, 'production', noRuns);
    expect(history.map((entry) => entry.outcome)).toEqual(['failure']);
  });
});

describe('a failure of a cancelled workflow run', () => {
  const failed = (url: string, field: 'logUrl' | 'targetUrl' = 'logUrl') =>
    aDeployment({ statuses: [aStatus('failure', { [field]: url })] });

  it.each([
    ['a run link', `${RUN}`],
    ['a job link', `${RUN}/job/777`],
    ['an attempt link', `${RUN}/attempts/2`],
    ['a link with a trailing slash', `${RUN}/`],
  ])('is ignored through %s', (_, url) => {
    const history = readHistory([failed(url)], 'production', {
      runConclusions: { '42': 'cancelled' },
      runsUnreadable: null,
    });
    expect(history).toEqual([]);
  });

  it('is ignored when the target URL links to the run', () => {
    const history = readHistory([failed(RUN, 'targetUrl')], 'production', {
      runConclusions: { '42': 'cancelled' },
      runsUnreadable: null,
    });
    expect(history).toEqual([]);
  });

  it.each(['failure', 'timed_out', undefined])('stands when the run concluded %s', (conclusion) => {
    const runConclusions: Record<string, string> = conclusion ? { '42': conclusion } : {};
    const history = readHistory([failed(RUN)], 'production', {
      runConclusions,
      runsUnreadable: null,
    });
    expect(history.map((entry) => entry.outcome)).toEqual(['failure']);
  });

  it('stands when the link is not a run link', () => {
    const history = readHistory([failed(`${RUN}/logs`)], 'production', {
      runConclusions: { '42': 'cancelled' },
      runsUnreadable: null,
    });
    expect(history).toHaveLength(1);
  });

  it('stands, with a note saying why, when runs may not be read', () => {
    const why = 'the token may not read workflow runs (grant `actions: read`)';
    const facts = someFacts({ deployments: [failed(RUN)], runsUnreadable: why });
    const timeline = readTimeline(facts.deployments, facts);
    expect(timeline.counted.map((entry) => entry.kind)).toEqual(['failed']);
    expect(timeline.notes).toEqual([
      `1 failure links to a workflow run whose conclusion could not be read, so it counts even if the run was cancelled: ${why}`,
    ]);
  });

  it('is listed for the I/O layer to check, once per run', () => {
    const deployments = [
      failed(`${RUN}/job/1`),
      failed(RUN, 'targetUrl'),
      aDeployment({
        statuses: [aStatus('success', { logUrl: 'https://github.com/acme/app/actions/runs/7' })],
      }),
      failed('https://ci.example.com/runs/9'),
    ];
    expect(runIdsToCheck(deployments)).toEqual(['42']);
  });

  it('is listed only inside the window when the window is given', () => {
    const old = aDeployment({
      createdAt: daysAgo(100),
      statuses: [aStatus('failure', { logUrl: RUN })],
    });
    expect(runIdsToCheck([old], { now: NOW })).toEqual([]);
    expect(runIdsToCheck([old], { now: NOW, window: '15w' })).toEqual(['42']);
  });
});

describe('the history', () => {
  it('compares environment names case-insensitively', () => {
    const deployments = [
      aDeployment({ environment: 'Production' }),
      aDeployment({ environment: 'staging' }),
    ];
    expect(readHistory(deployments, 'PRODUCTION', noRuns)).toHaveLength(1);
  });

  it('orders by creation time, ties by id, whatever the input order', () => {
    const at = daysAgo(1);
    const deployments = [
      aDeployment({ id: 30, createdAt: at }),
      aDeployment({ id: 10, createdAt: daysAgo(2) }),
      aDeployment({ id: 20, createdAt: at }),
    ];
    const ids = readHistory(deployments, 'production', noRuns).map((e) => e.deployment.id);
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

  it('is null without a successful deployment', () => {
    expect(releaseBase([aDeployment({ outcome: 'failure' })], 'production')).toBeNull();
  });
});
