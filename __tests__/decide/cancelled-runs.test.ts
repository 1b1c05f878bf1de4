import { describe, expect, it } from 'vitest';
import type { DeploymentStatus, Facts } from '../../src/decide/facts.js';
import { readHistory } from '../../src/decide/history.js';
import { runFactsNeeded } from '../../src/decide/run-facts-needed.js';
import { NO_RUNS, type RunFacts } from '../../src/decide/run-links.js';
import { readTimeline } from '../../src/decide/timeline.js';
import { aDeployment, aStatus, daysAgo, NOW, someFacts } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs/42';

/** Run 42 (of acme/app) with `attempts` attempts, concluded `conclusion`. */
function run42(conclusion: string, attempts = 1): Facts['runs'] {
  return { '42': { conclusion, attempts, triggeringActor: 'alice', repository: 'acme/app' } };
}

function facts(overrides: Partial<RunFacts>): RunFacts {
  return { ...NO_RUNS, ...overrides };
}

const failing = (logUrl: string | null, extra: Partial<DeploymentStatus> = {}) =>
  aStatus('failure', { logUrl, ...extra });

function outcomes(statuses: DeploymentStatus[], runs: RunFacts): string[] {
  return readHistory([aDeployment({ statuses })], 'production', runs).map((e) => e.outcome);
}

describe('a failure linked to a workflow run', () => {
  it.each([
    [
      'a job that concluded cancelled',
      `${RUN}/job/7`,
      { jobs: { '7': { conclusion: 'cancelled', run: '42', attempt: 1 } } },
    ],
    [
      'an attempt that concluded cancelled',
      `${RUN}/attempts/2`,
      { attempts: { '42/2': { conclusion: 'cancelled', triggeringActor: 'alice' } } },
    ],
    ['a bare run link to a single-attempt cancelled run', RUN, { runs: run42('cancelled') }],
    ['a bare run link with a trailing slash', `${RUN}/`, { runs: run42('cancelled') }],
    [
      'a job link with a query string',
      `${RUN}/job/7?pr=3`,
      { jobs: { '7': { conclusion: 'cancelled', run: '42', attempt: 1 } } },
    ],
  ])('is forgiven (ignored) when it links to %s', (_, url, runs) => {
    expect(outcomes([failing(url)], facts(runs))).toEqual([]);
  });

  it.each([
    [
      'its job concluded failure though the run was cancelled',
      `${RUN}/job/7`,
      { runs: run42('cancelled'), jobs: { '7': { conclusion: 'failure', run: '42', attempt: 1 } } },
    ],
    ['its job is not known (404 proves nothing)', `${RUN}/job/7`, { runs: run42('cancelled') }],
    [
      'the job belongs to another run',
      `${RUN}/job/7`,
      { jobs: { '7': { conclusion: 'cancelled', run: '43', attempt: 1 } } },
    ],
    [
      'its attempt failed and a re-run was cancelled',
      `${RUN}/attempts/1`,
      {
        runs: run42('cancelled', 2),
        attempts: {
          '42/1': { conclusion: 'failure', triggeringActor: 'alice' },
          '42/2': { conclusion: 'cancelled', triggeringActor: 'alice' },
        },
      },
    ],
    [
      'a bare run link to a run re-run and cancelled (2 attempts)',
      RUN,
      { runs: run42('cancelled', 2) },
    ],
    ['a bare run link to a run that concluded failure', RUN, { runs: run42('failure') }],
    ['a bare run link to a run that timed out', RUN, { runs: run42('timed_out') }],
    ['a run that is not known', RUN, {}],
    ['a link that is not a run link', `${RUN}/logs`, { runs: run42('cancelled') }],
    ['a link on another CI', 'https://ci.example.com/runs/42', { runs: run42('cancelled') }],
  ])('stands when %s', (_, url, runs) => {
    expect(outcomes([failing(url)], facts(runs))).toEqual(['failure']);
  });

  it('is forgiven through target_url when log_url is empty', () => {
    const status = failing(null, { targetUrl: RUN });
    expect(outcomes([status], facts({ runs: run42('cancelled') }))).toEqual([]);
  });

  it('is judged by its job link before a bare run link in target_url', () => {
    const status = failing(`${RUN}/job/7`, { targetUrl: RUN });
    const jobs = { '7': { conclusion: 'failure', run: '42', attempt: 1 } };
    expect(outcomes([status], facts({ runs: run42('cancelled', 1), jobs }))).toEqual(['failure']);
  });

  it.each([
    ['every failing status is forgiven', [`${RUN}/job/7`, `${RUN}/job/8`], []],
    ['one failing status is not', [`${RUN}/job/7`, `${RUN}/job/9`], ['failure']],
    ['one failing status links nowhere', [`${RUN}/job/7`, null], ['failure']],
  ])('with several failures, is forgiven only when %s', (_, urls, expected) => {
    const jobs = {
      '7': { conclusion: 'cancelled', run: '42', attempt: 1 },
      '8': { conclusion: 'cancelled', run: '42', attempt: 1 },
      '9': { conclusion: 'failure', run: '42', attempt: 1 },
    };
    const statuses = urls.map((url) => failing(url));
    expect(outcomes(statuses, facts({ jobs }))).toEqual(expected);
  });

  it('stands, with a note saying why, when runs may not be read', () => {
    const why = 'the token may not read workflow runs (grant `actions: read`)';
    const deployment = aDeployment({ statuses: [failing(`${RUN}/job/7`)] });
    const all = someFacts({ deployments: [deployment], runsUnreadable: why });
    const timeline = readTimeline(all.deployments, all);
    expect(timeline.counted.map((entry) => entry.kind)).toEqual(['failed']);
    expect(timeline.notes).toEqual([
      `1 failure links to a workflow run whose conclusion could not be read, so it counts even if the run was cancelled: ${why}`,
    ]);
  });
});

describe('the run facts the history needs', () => {
  const failed = (url: string, createdAt = daysAgo(1)) =>
    aDeployment({ createdAt, statuses: [failing(url)] });

  it.each([
    ['a job link: the job', `${RUN}/job/7`, { runs: [], jobs: ['7'], attempts: [] }],
    [
      'an attempt link: the attempt',
      `${RUN}/attempts/2`,
      { runs: [], jobs: [], attempts: ['42/2'] },
    ],
    ['a bare link: the run', RUN, { runs: ['42'], jobs: [], attempts: [] }],
    ['another CI: nothing', 'https://ci.example.com/runs/9', { runs: [], jobs: [], attempts: [] }],
  ])('for a failure through %s', (_, url, expected) => {
    expect(runFactsNeeded([failed(url)])).toEqual(expected);
  });

  it('lists each id once, and nothing for a person’s successes', () => {
    const deployments = [
      failed(`${RUN}/job/7`),
      failed(`${RUN}/job/7`),
      aDeployment({ statuses: [aStatus('success', { logUrl: `${RUN}/job/8` })] }),
    ];
    expect(runFactsNeeded(deployments)).toEqual({ runs: [], jobs: ['7'], attempts: [] });
  });

  it('for a workflow’s deployment: its run; once re-run, its job, then the attempt the job ran in', () => {
    const deployment = aDeployment({
      creator: 'github-actions[bot]',
      creatorIsBot: true,
      statuses: [aStatus('success', { logUrl: `${RUN}/job/7` })],
    });
    expect(runFactsNeeded([deployment])).toEqual({ runs: ['42'], jobs: [], attempts: [] });
    const once = facts({ runs: run42('success') });
    expect(runFactsNeeded([deployment], {}, once)).toEqual({ runs: [], jobs: [], attempts: [] });
    const rerun = facts({ runs: run42('success', 2) });
    expect(runFactsNeeded([deployment], {}, rerun)).toEqual({
      runs: [],
      jobs: ['7'],
      attempts: [],
    });
    const jobs = { '7': { conclusion: 'success', run: '42', attempt: 1 } };
    expect(runFactsNeeded([deployment], {}, { ...rerun, jobs })).toEqual({
      runs: [],
      jobs: [],
      attempts: ['42/1'],
    });
  });

  it('lists only deployments inside the window when the window is given', () => {
    const old = failed(RUN, daysAgo(100));
    expect(runFactsNeeded([old], { now: NOW }).runs).toEqual([]);
    expect(runFactsNeeded([old], { now: NOW, window: '15w' }).runs).toEqual(['42']);
  });
});
