// Team report: row order, notes and the window it reports on.
import { describe, expect, it } from 'vitest';
import type { StatusState } from '../../src/decide/facts.js';
import { teamReport } from '../../src/decide/team-report.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import { aHistory, aPolicy, aTrust, someFacts } from '../builders.js';

const report = (policy: EnvironmentPolicy, steps: Array<[string, StatusState]>) =>
  teamReport(
    { key: 'production', environment: policy },
    someFacts({ deployments: aHistory(steps) }),
  );

describe('the team report', () => {
  it('ranks deployers by score, then by login, whoever deployed first', () => {
    const result = report(aPolicy({ trust: aTrust() }), [
      ['zed', 'success'],
      ['bob', 'success'],
      ['amy', 'success'],
      ['bob', 'success'],
    ]);
    expect(result.rows.map((row) => [row.login, row.score])).toEqual([
      ['bob', 2],
      ['amy', 1],
      ['zed', 1],
    ]);
  });

  it('adds no notes of its own', () => {
    expect(report(aPolicy(), [['alice', 'success']]).notes).toEqual([]);
  });

  it.each<[string, EnvironmentPolicy, string]>([
    ['the policy’s trust window', aPolicy({ trust: aTrust({ window: '30d' }) }), '30d'],
    ['90 days without trust', aPolicy(), '90d'],
  ])('covers %s', (_, policy, window) => {
    expect(report(policy, []).window).toBe(window);
  });
});
