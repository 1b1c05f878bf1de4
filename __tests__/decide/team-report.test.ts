import { describe, expect, it } from 'vitest';
import type { StatusState } from '../../src/decide/facts.js';
import { teamReport } from '../../src/decide/team-report.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import { aDeployment, aHistory, aPolicy, aTrust, daysAgo, someFacts } from '../builders.js';

const clean = (count: number, who: string): Array<[string, StatusState]> =>
  Array.from({ length: count }, () => [who, 'success']);

const report = (
  policy: EnvironmentPolicy,
  steps: Array<[string, StatusState, string?]>,
  notes: string[] = [],
) =>
  teamReport(
    { key: 'production', environment: policy },
    someFacts({ deployments: aHistory(steps) }),
    notes,
  );

describe('the team report', () => {
  it('lists every deployer in the window with their own record', () => {
    const result = report(aPolicy({ trust: aTrust() }), [
      ...clean(10, 'alice'),
      ...clean(3, 'bob'),
      ['bob', 'failure'],
    ]);
    expect(result.rows).toEqual([
      {
        login: 'alice',
        level: 'owner',
        score: 10,
        successes: 10,
        failures: 0,
        rollbacks: 0,
        lastDeploy: expect.any(String),
        noApproval: true,
      },
      {
        login: 'bob',
        level: 'newcomer',
        score: 0,
        successes: 3,
        failures: 1,
        rollbacks: 0,
        lastDeploy: expect.any(String),
        noApproval: false,
      },
    ]);
    expect(result).toMatchObject({
      environment: 'production',
      policyKey: 'production',
      window: '90d',
      since: '2026-03-17T12:00:00.000Z',
      deploys: 14,
      failures: 1,
      changeFailureRate: 1 / 14,
      noApproval: ['alice'],
      singleGatekeeper: true,
    });
  });

  it('counts rollbacks against the deployer whose deploy was rolled back', () => {
    const facts = someFacts({
      deployments: aHistory([
        ['alice', 'success', 'a'],
        ['bob', 'success', 'b'],
        ['alice', 'success', 'a'],
      ]),
      comparisons: { 'b...a': 'behind' },
    });
    const result = teamReport({ key: 'production', environment: aPolicy() }, facts);
    expect(result.rows.find((row) => row.login === 'bob')).toMatchObject({
      failures: 1,
      rollbacks: 1,
      successes: 0,
    });
    expect(result).toMatchObject({ deploys: 3, failures: 1 });
  });

  it('has nobody deploying alone when every level needs approvals', () => {
    const result = report(aPolicy({ trust: aTrust(), minimum: 1 }), clean(10, 'alice'));
    expect(result).toMatchObject({ noApproval: [], singleGatekeeper: true });
  });

  it('puts everyone in the table without trust when `approvals` and `minimum` are 0', () => {
    const result = report(aPolicy({ approvals: 0 }), [...clean(1, 'alice'), ...clean(1, 'bob')]);
    expect(result).toMatchObject({ noApproval: ['alice', 'bob'], singleGatekeeper: false });
    expect(result.rows[0]).toMatchObject({ level: '', score: 1 });
  });

  it('uses the team level for who can deploy alone in team scope', () => {
    const result = report(aPolicy({ trust: aTrust({ scope: 'team' }) }), [
      ...clean(6, 'alice'),
      ...clean(4, 'bob'),
    ]);
    expect(result.noApproval).toEqual(['alice', 'bob']);
    expect(result.rows.map((row) => row.level)).toEqual(['member', 'member']);
  });

  it('leaves out deployers seen only before the window, and has no failure rate without deploys', () => {
    const facts = someFacts({ deployments: [aDeployment({ createdAt: daysAgo(200) })] });
    const result = teamReport({ key: 'production', environment: aPolicy() }, facts, [
      'Read 1 page.',
    ]);
    expect(result).toMatchObject({
      rows: [],
      deploys: 0,
      changeFailureRate: null,
      notes: ['Read 1 page.'],
    });
  });
});
