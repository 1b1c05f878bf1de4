import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { CompareStatus, Deployment } from '../../src/decide/facts.js';
import { missingComparisons } from '../../src/decide/rollbacks.js';
import { readTimeline } from '../../src/decide/timeline.js';
import { aDeployment, aHistory, aPolicy, aTrust, daysAgo, NOW, someFacts } from '../builders.js';

/** The kind of each counted deployment, given compares by `base...head`. */
function kinds(deployments: Deployment[], comparisons: Record<string, CompareStatus> = {}) {
  const timeline = readTimeline(deployments, someFacts({ comparisons }));
  return timeline.counted.map((entry) => entry.kind);
}

describe('a rollback', () => {
  it('is a success behind the last successful deployment, which becomes a failure', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'success', 'a'],
    ]);
    expect(kinds(deployments, { 'b...a': 'behind' })).toEqual([
      'earned',
      'rolled-back',
      'rollback',
    ]);
  });

  it('is read from a compare asked the other way round', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'success', 'a'],
    ]);
    expect(kinds(deployments, { 'a...b': 'ahead' })).toEqual(['earned', 'rolled-back', 'rollback']);
  });

  it.each<[string, CompareStatus]>([
    ['ahead', 'ahead'],
    ['diverged', 'diverged'],
    ['identical', 'identical'],
  ])('is not a deployment whose commit is %s', (_, status) => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
    ]);
    expect(kinds(deployments, { 'a...b': status })).toEqual(['earned', 'earned']);
  });

  it('is not deploying the same commit again: that is a redeploy, earning nothing', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'a'],
    ]);
    expect(kinds(deployments)).toEqual(['earned', 'redeploy']);
  });

  it('must itself succeed', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'failure', 'a'],
    ]);
    expect(kinds(deployments, { 'b...a': 'behind' })).toEqual(['earned', 'earned', 'failed']);
  });

  it('is judged past earlier rollbacks and rolled-back deployments (chaining)', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'success', 'c'],
      ['dave', 'success', 'b'], // rolls back c
      ['erin', 'success', 'a'], // rolls back b, not dave's rollback
    ]);
    const comparisons: Record<string, CompareStatus> = { 'c...b': 'behind', 'b...a': 'behind' };
    expect(kinds(deployments, comparisons)).toEqual([
      'earned',
      'rolled-back',
      'rolled-back',
      'rollback',
      'rollback',
    ]);
  });

  it('is judged against a failure-free reference: failures in between do not count', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'failure', 'b'],
      ['carol', 'success', 'z'],
    ]);
    expect(kinds(deployments, { 'a...z': 'behind' })).toEqual([
      'rolled-back',
      'failed',
      'rollback',
    ]);
  });

  it('re-reads the rolled-back deployment as a failure at its own place in time', () => {
    const levels = [
      { name: 'newcomer', after: 0, approvals: 2 },
      { name: 'member', after: 3, approvals: 1 },
      { name: 'senior', after: 10, approvals: 1 },
      { name: 'owner', after: 11, approvals: 0 },
    ];
    const policy = aPolicy({ trust: aTrust({ scope: 'team', levels }) });
    const deployments = aHistory([
      ...Array.from({ length: 10 }, (_, i): [string, 'success', string] => [
        'alice',
        'success',
        `s${i}`,
      ]),
      ['alice', 'success', 'd'], // at 10 (senior): rolled back later, so demoted to 3 here
      ['bob', 'failure', 'f'], // at member: demoted to 0
      ['bob', 'success', 's9'], // rolls back d, earns nothing
    ]);
    const facts = someFacts({ deployments, comparisons: { 'd...s9': 'behind' } });
    const { standing } = decide({ key: 'production', environment: policy }, facts);
    // Read at the rollback's time instead, d would have earned 11 (owner), f demoted to 10, d to 3.
    expect(standing).toMatchObject({ score: 0, level: 'newcomer', failures: 2, rollbacks: 1 });
  });

  it('blames the deployer of the rolled-back deployment, not the one who rolled back', () => {
    const policy = aPolicy({ trust: aTrust({ 'on-failure': 'reset' }) });
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['alice', 'success', 'a'],
    ]);
    const facts = someFacts({ deployments, comparisons: { 'b...a': 'behind' } });
    const input = { key: 'production', environment: policy };
    expect(decide(input, facts).standing).toMatchObject({ score: 1, successes: 2, failures: 0 });
    expect(decide(input, { ...facts, deployer: 'bob' }).standing).toMatchObject({
      score: 0,
      successes: 0,
      failures: 1,
      rollbacks: 1,
    });
  });

  it('rolls back the commit a redeploy shipped: the redeploy is the reference', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'success', 'b'],
      ['dave', 'success', 'a'],
    ]);
    expect(kinds(deployments, { 'b...a': 'behind' })).toEqual([
      'earned',
      'earned',
      'rolled-back',
      'rollback',
    ]);
  });

  it('is not a redeploy of the rollback target right after a rollback', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'success', 'c'],
      ['dave', 'success', 'a'], // rolls back c
      ['erin', 'success', 'a'], // the same commit again: a redeploy, not a rollback of b
    ]);
    const comparisons: Record<string, CompareStatus> = { 'c...a': 'behind', 'b...a': 'behind' };
    expect(kinds(deployments, comparisons)).toEqual([
      'earned',
      'earned',
      'rolled-back',
      'rollback',
      'redeploy',
    ]);
  });
});

describe('the compares still needed', () => {
  const scope = { environment: 'production', now: NOW, comparisons: {}, generations: {} };

  it('lists the last forward deployment against each later success', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['bob', 'success', 'b'],
    ]);
    expect(missingComparisons(deployments, scope)).toEqual([{ base: 'a', head: 'b' }]);
  });

  it('needs none for a forward-only history when generations are known', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'success', 'c'],
    ]);
    const generations = { a: 10, b: 12, c: 15 };
    expect(missingComparisons(deployments, { ...scope, generations })).toEqual([]);
  });

  it('asks when the generations go down', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
    ]);
    const generations = { a: 12, b: 10 };
    expect(missingComparisons(deployments, { ...scope, generations })).toEqual([
      { base: 'a', head: 'b' },
    ]);
  });

  it('includes a reference older than the window', () => {
    const deployments = [
      aDeployment({ sha: 'old', createdAt: daysAgo(120) }),
      aDeployment({ sha: 'new', createdAt: daysAgo(1) }),
    ];
    expect(missingComparisons(deployments, scope)).toEqual([{ base: 'old', head: 'new' }]);
  });

  it('does not ask about deployments older than the window', () => {
    const deployments = [
      aDeployment({ sha: 'a', createdAt: daysAgo(200) }),
      aDeployment({ sha: 'b', createdAt: daysAgo(120) }),
    ];
    expect(missingComparisons(deployments, scope)).toEqual([]);
    expect(missingComparisons(deployments, { ...scope, now: undefined })).toEqual([
      { base: 'a', head: 'b' },
    ]);
  });

  it('converges: each answer may reveal the next compare', () => {
    const deployments = aHistory([
      ['alice', 'success', 'a'],
      ['bob', 'success', 'b'],
      ['carol', 'success', 'c'],
    ]);
    const truth: Record<string, CompareStatus> = {
      'a...b': 'ahead',
      'b...c': 'behind',
      'a...c': 'ahead',
    };
    const comparisons: Record<string, CompareStatus> = {};
    for (let round = 0; round < 5; round++) {
      const missing = missingComparisons(deployments, { ...scope, comparisons });
      if (missing.length === 0) break;
      for (const { base, head } of missing)
        comparisons[`${base}...${head}`] = truth[`${base}...${head}`]!;
    }
    expect(missingComparisons(deployments, { ...scope, comparisons })).toEqual([]);
    expect(kinds(deployments, comparisons)).toEqual(['earned', 'rolled-back', 'rollback']);
  });
});
