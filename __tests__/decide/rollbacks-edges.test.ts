// Rollbacks: redeploys, the compares they need and the ones asked for.
import { describe, expect, it } from 'vitest';
import type { CompareStatus, Deployment } from '../../src/decide/facts.js';
import { missingComparisons } from '../../src/decide/rollbacks.js';
import { readTimeline } from '../../src/decide/timeline.js';
import { aDeployment, aHistory, daysAgo, NOW, someFacts } from '../builders.js';

/** The kind of each counted deployment, given compares by `base...head`. */
function kinds(deployments: Deployment[], comparisons: Record<string, CompareStatus> = {}) {
  return readTimeline(deployments, someFacts({ comparisons })).counted.map((entry) => entry.kind);
}

const history = (...shas: string[]) =>
  aHistory(shas.map((sha, i): [string, 'success', string] => [`dev${i}`, 'success', sha]));

describe('a redeploy of the commit a rollback went back to', () => {
  // y is ahead of x, z rolls y back; x is then deployed again, on top of x.
  const deployments = history('x', 'y', 'z', 'x');
  const comparisons: Record<string, CompareStatus> = { 'x...y': 'ahead', 'y...z': 'behind' };

  it('is not itself a rollback', () => {
    expect(kinds(deployments, comparisons)).toEqual([
      'earned',
      'rolled-back',
      'rollback',
      'redeploy',
    ]);
  });

  it('needs no compare of the commit with itself', () => {
    expect(missingComparisons(deployments, { comparisons, generations: {} })).toEqual([]);
  });
});

describe('the compares still needed', () => {
  it('use every compare given from one base', () => {
    // z is behind y (a rollback); w is then judged against x, with a compare from the same base.
    const deployments = history('x', 'y', 'z', 'w');
    const comparisons: Record<string, CompareStatus> = {
      'x...w': 'behind',
      'x...y': 'ahead',
      'y...z': 'behind',
    };
    expect(missingComparisons(deployments, { comparisons, generations: {} })).toEqual([]);
    expect(kinds(deployments, comparisons)).toEqual([
      'rolled-back',
      'rolled-back',
      'rollback',
      'rollback',
    ]);
  });

  it('leave out a commit whose history is as long as the reference’s (it cannot be behind)', () => {
    const generations = { x: 5, y: 5 };
    expect(missingComparisons(history('x', 'y'), { comparisons: {}, generations })).toEqual([]);
    expect(
      missingComparisons(history('x', 'y'), { comparisons: {}, generations: { x: 5, y: 4 } }),
    ).toEqual([{ base: 'x', head: 'y' }]);
  });

  it('are each listed once, in order', () => {
    const comparisons: Record<string, CompareStatus> = { 'y...z': 'behind' };
    expect(
      missingComparisons(history('x', 'y', 'z', 'y'), { comparisons, generations: {} }),
    ).toEqual([{ base: 'x', head: 'y' }]);
    expect(
      missingComparisons(history('x', 'y', 'z'), { comparisons: {}, generations: {} }),
    ).toEqual([
      { base: 'x', head: 'y' },
      { base: 'y', head: 'z' },
    ]);
  });

  it('are only those of the environment asked about', () => {
    const deployments = [
      aDeployment({ sha: 'x', createdAt: daysAgo(3) }),
      aDeployment({ sha: 'q', createdAt: daysAgo(2), environment: 'staging' }),
      aDeployment({ sha: 'y', createdAt: daysAgo(1) }),
    ];
    expect(
      missingComparisons(deployments, {
        environment: 'Production',
        comparisons: {},
        generations: {},
      }),
    ).toEqual([{ base: 'x', head: 'y' }]);
  });

  it('start at the start of the window given, inclusive', () => {
    const deployments = [
      aDeployment({ sha: 'x', createdAt: daysAgo(20) }),
      aDeployment({ sha: 'y', createdAt: daysAgo(7) }),
      aDeployment({ sha: 'z', createdAt: daysAgo(6) }),
    ];
    const scope = { now: NOW, window: '7d', comparisons: {}, generations: {} };
    expect(missingComparisons(deployments, scope)).toEqual([
      { base: 'x', head: 'y' },
      { base: 'y', head: 'z' },
    ]);
    expect(missingComparisons(deployments, { ...scope, window: '6d' })).toEqual([
      { base: 'y', head: 'z' },
    ]);
  });
});
