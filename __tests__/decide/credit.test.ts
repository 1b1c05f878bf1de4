import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import { creditOf } from '../../src/decide/credit.js';
import type { Deployment, Facts } from '../../src/decide/facts.js';
import { NO_RUNS, type RunFacts } from '../../src/decide/run-links.js';
import { teamReport } from '../../src/decide/team-report.js';
import { aDeployment, aPolicy, aStatus, aTrust, daysAgo, someFacts } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs/42';

function run42(triggeringActor: string | null, more: Partial<Facts['runs'][string]> = {}) {
  return {
    '42': { conclusion: 'success', attempts: 1, triggeringActor, repository: 'acme/app', ...more },
  };
}

/** A deployment `github-actions[bot]` recorded, its success status linking to `link`. */
function byWorkflow(payloadDeployer: string | null, link: string | null = `${RUN}/job/7`) {
  return aDeployment({
    creator: 'github-actions[bot]',
    creatorIsBot: true,
    payloadDeployer,
    statuses: [aStatus('success', { logUrl: link })],
  });
}

/** Job 7 of run 42, in its first attempt. */
const JOB_7 = { '7': { conclusion: 'success', run: '42', attempt: 1 } };

const runs = (overrides: Partial<RunFacts>): RunFacts => ({ ...NO_RUNS, ...overrides });

describe('a deployment github-actions[bot] recorded', () => {
  it.each([
    [
      'the payload deployer, when the linked run was triggered by them',
      'alice',
      run42('alice'),
      'alice',
    ],
    ['the payload deployer, compared case-insensitively', 'Alice', run42('ALICE'), 'Alice'],
    [
      'the run’s triggering actor, when the payload names someone else',
      'bob',
      run42('alice'),
      'alice',
    ],
    ['the run’s triggering actor, without a payload deployer', null, run42('alice'), 'alice'],
    ['nobody, when the linked run is not known (404)', 'alice', {}, null],
    ['nobody, when the run’s triggering actor is not known', 'alice', run42(null), null],
    [
      'nobody, when the run belongs to another repository',
      'alice',
      run42('alice', { repository: 'evil/fork' }),
      null,
    ],
  ])('is credited to %s', (_, payload, known, expected) => {
    expect(creditOf(byWorkflow(payload), runs({ runs: known, jobs: JOB_7 }))).toBe(expected);
  });

  it('is credited to nobody when its job is not known: the attempt it ran in is unknown', () => {
    expect(
      creditOf(byWorkflow('alice'), runs({ runs: run42('alice', { attempts: 2 }) })),
    ).toBeNull();
  });

  it('is credited to nobody when no status links to a run', () => {
    expect(
      creditOf(byWorkflow('alice', 'https://example.com/deploy/1'), runs({ runs: run42('alice') })),
    ).toBeNull();
  });

  it('is credited to nobody when the link names another repository than the run’s', () => {
    const link = 'https://github.com/evil/fork/actions/runs/42/job/7';
    expect(
      creditOf(byWorkflow('alice', link), runs({ runs: run42('alice'), jobs: JOB_7 })),
    ).toBeNull();
  });

  it.each([
    ['a job in the latest attempt: the run’s actor', `${RUN}/job/7`, 2, 'bob'],
    ['a job in an earlier attempt: that attempt’s actor', `${RUN}/job/6`, 1, 'alice'],
    ['an attempt link: that attempt’s actor', `${RUN}/attempts/1`, null, 'alice'],
    ['a bare link to a re-run run: nobody (which attempt is unknown)', RUN, null, null],
  ])('after a re-run, through %s', (_, link, jobAttempt, expected) => {
    const known = runs({
      runs: run42('bob', { attempts: 2 }),
      jobs: {
        '7': { conclusion: 'success', run: '42', attempt: 2 },
        '6': { conclusion: 'failure', run: '42', attempt: jobAttempt ?? 1 },
      },
      attempts: { '42/1': { conclusion: 'failure', triggeringActor: 'alice' } },
    });
    expect(creditOf(byWorkflow(null, link), known)).toBe(expected);
  });

  it('is believed when any status links to a run the named person triggered', () => {
    const deployment: Deployment = {
      ...byWorkflow('alice'),
      statuses: [
        aStatus('in_progress', { logUrl: 'https://github.com/acme/app/actions/runs/43' }),
        aStatus('success', { logUrl: `${RUN}/job/7` }),
      ],
    };
    const known = runs({
      runs: {
        ...run42('alice'),
        '43': {
          conclusion: 'success',
          attempts: 1,
          triggeringActor: 'bob',
          repository: 'acme/app',
        },
      },
      jobs: { '7': { conclusion: 'success', run: '42', attempt: 1 } },
    });
    expect(creditOf(deployment, known)).toBe('alice');
  });

  it.each([
    ['a deploy tool’s bot names the person', 'deploy-tool[bot]', true, 'alice'],
    ['GraphQL’s `github-actions` bot is the workflow bot too', 'github-actions', true, null],
    ['a person creator is credited whatever the payload says', 'bob', false, 'bob'],
  ])('as in §5, %s', (_, creator, creatorIsBot, expected) => {
    const deployment = aDeployment({ creator, creatorIsBot, payloadDeployer: 'alice' });
    expect(creditOf(deployment, NO_RUNS)).toBe(expected);
  });
});

describe('deployments credited to nobody', () => {
  const policy = aPolicy({ trust: aTrust({ scope: 'team' }) });
  const deployments = [
    aDeployment({ creator: 'alice', createdAt: daysAgo(3) }),
    { ...byWorkflow('alice'), createdAt: daysAgo(2), statuses: [aStatus('failure')] },
    { ...byWorkflow('alice'), createdAt: daysAgo(1) },
  ];

  it('earn and cost nothing, even in team scope, and say why', () => {
    const decision = decide({ key: 'production', environment: policy }, someFacts({ deployments }));
    expect(decision.standing).toMatchObject({ score: 1, successes: 1, failures: 0 });
    expect(decision.notes).toContain(
      '2 deployments recorded by github-actions[bot] count for nobody (no score gained or lost), because no status links to a workflow run of this repository whose triggering actor is known',
    );
  });

  it('say the token may not read runs when that is why', () => {
    const why = 'the token may not read workflow runs (grant `actions: read`)';
    const facts = someFacts({ deployments: deployments.slice(2), runsUnreadable: why });
    const decision = decide({ key: 'production', environment: policy }, facts);
    expect(decision.notes).toContain(
      `1 deployment recorded by github-actions[bot] counts for nobody (no score gained or lost), because the workflow runs could not be read: ${why}`,
    );
  });

  it('are nobody’s row in the team report, nor anyone’s failure', () => {
    const report = teamReport(
      { key: 'production', environment: policy },
      someFacts({ deployments }),
    );
    expect(report.rows.map((row) => [row.login, row.successes, row.failures])).toEqual([
      ['alice', 1, 0],
    ]);
    expect(report.failures).toBe(0);
  });
});
