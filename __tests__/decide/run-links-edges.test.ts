// Run links (SPEC §5b): which repository and run a status names, and who triggered that run.
import { describe, expect, it } from 'vitest';
import type { DeploymentStatus, Facts } from '../../src/decide/facts.js';
import { readOutcome } from '../../src/decide/outcome.js';
import { linkedActor, NO_RUNS, runLinkOf, type RunFacts } from '../../src/decide/run-links.js';
import { aDeployment, aStatus } from '../builders.js';

/** Run 42 of acme/app, triggered by alice, with `attempts` attempts, concluded `conclusion`. */
function run42(conclusion = 'cancelled', attempts = 1): Facts['runs'] {
  return { '42': { conclusion, attempts, triggeringActor: 'alice', repository: 'acme/app' } };
}

function runs(overrides: Partial<RunFacts>): RunFacts {
  return { ...NO_RUNS, ...overrides };
}

function link(logUrl: string | null, targetUrl: string | null = null) {
  return runLinkOf(aStatus('failure', { logUrl, targetUrl }));
}

function outcome(status: DeploymentStatus, known: RunFacts) {
  return readOutcome(aDeployment({ statuses: [status] }), known)?.outcome ?? null;
}

describe('the repository a run link names', () => {
  it.each([
    ['https://github.com/acme/app/actions/runs/42', 'acme/app'],
    ['https://github.com/a/app/actions/runs/42', 'a/app'],
    ['/acme/app/actions/runs/42', 'acme/app'],
    ['https://github.com//app/actions/runs/42', null],
    ['https://github.com/acme//actions/runs/42', null],
    ['acme/app/actions/runs/42', null],
    ['/actions/runs/42', null],
    ['/app/actions/runs/42', null],
    ['x/actions/runs/42', null],
  ])('of %s is %s', (url, repository) => {
    expect(link(url)).toEqual({ repository, run: '42', job: null, attempt: null });
  });

  it('is null when the URL is not a workflow run link, however its path ends', () => {
    expect(link('http://ci.io/98765')).toBeNull();
    expect(
      outcome(
        aStatus('failure', { logUrl: 'http://ci.io/98765' }),
        runs({
          runs: {
            '98765': {
              conclusion: 'cancelled',
              attempts: 1,
              triggeringActor: 'alice',
              repository: 'acme/app',
            },
          },
        }),
      ),
    ).toBe('failure');
  });
});

describe('which of a status’s two links counts', () => {
  const RUN = 'https://github.com/acme/app/actions/runs';

  it('is the log link when both name a job', () => {
    expect(link(`${RUN}/42/job/7`, `${RUN}/43/job/8`)).toMatchObject({ run: '42', job: '7' });
  });

  it('is the log link when both name an attempt', () => {
    expect(link(`${RUN}/42/attempts/2`, `${RUN}/43/attempts/3`)).toMatchObject({
      run: '42',
      attempt: 2,
    });
  });

  it('is the target link when only it names a job or attempt', () => {
    expect(link(`${RUN}/42`, `${RUN}/43/job/8`)).toMatchObject({ run: '43', job: '8' });
    expect(link(`${RUN}/42`, `${RUN}/43/attempts/2`)).toMatchObject({ run: '43', attempt: 2 });
  });

  it('is the log link when both are bare run links', () => {
    expect(link(`${RUN}/42`, `${RUN}/43`)).toMatchObject({ run: '42', job: null, attempt: null });
  });

  it('is the target link when there is no log link', () => {
    expect(link(null, `${RUN}/43`)).toMatchObject({ run: '43' });
  });
});

describe('who triggered the linked run', () => {
  const actor = (url: string, known: RunFacts) => linkedActor(link(url)!, known);

  it('is the run’s actor for a bare link to a run never re-run', () => {
    expect(actor('https://github.com/acme/app/actions/runs/42', runs({ runs: run42() }))).toBe(
      'alice',
    );
  });

  it('is the run’s actor for a link naming no repository', () => {
    expect(actor('/actions/runs/42', runs({ runs: run42() }))).toBe('alice');
  });

  it('is read whatever the case of the repository in the link', () => {
    expect(actor('https://github.com/Acme/App/actions/runs/42', runs({ runs: run42() }))).toBe(
      'alice',
    );
  });

  it.each([
    'https://github.com/evil/app/actions/runs/42',
    'https://github.com/acme/app-fork/actions/runs/42',
  ])('is unknown when the link %s names another repository than the run’s', (url) => {
    expect(actor(url, runs({ runs: run42() }))).toBeNull();
  });

  it('is unknown when the linked job belongs to another run', () => {
    const known = runs({
      runs: run42(),
      jobs: { '7': { conclusion: 'success', run: '43', attempt: 1 } },
    });
    expect(actor('https://github.com/acme/app/actions/runs/42/job/7', known)).toBeNull();
  });

  it('is unknown for a bare link to a re-run run', () => {
    expect(
      actor('https://github.com/acme/app/actions/runs/42', runs({ runs: run42('success', 2) })),
    ).toBeNull();
  });
});
