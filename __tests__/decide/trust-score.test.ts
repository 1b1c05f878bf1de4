import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { Deployment, StatusState } from '../../src/decide/facts.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import { aDeployment, aHistory, aPolicy, aTrust, daysAgo, someFacts } from '../builders.js';

function standing(policy: EnvironmentPolicy, deployments: Deployment[], deployer = 'alice') {
  return decide({ key: 'production', environment: policy }, someFacts({ deployments, deployer }))
    .standing;
}

const cleanDeploys = (count: number, who = 'alice'): Array<[string, StatusState]> =>
  Array.from({ length: count }, () => [who, 'success']);

describe('score and level', () => {
  const demote = aPolicy({ trust: aTrust() });
  const reset = aPolicy({ trust: aTrust({ 'on-failure': 'reset' }) });

  it.each<[string, EnvironmentPolicy, Array<[string, StatusState]>, number, string]>([
    ['no history starts at the first level', demote, [], 0, 'newcomer'],
    ['three clean deploys reach member', demote, cleanDeploys(3), 3, 'member'],
    ['ten clean deploys reach owner', demote, cleanDeploys(10), 10, 'owner'],
    [
      'a failure at owner demotes to member',
      demote,
      [...cleanDeploys(12), ['alice', 'failure']],
      3,
      'member',
    ],
    [
      'a failure at member demotes to 0',
      demote,
      [...cleanDeploys(5), ['alice', 'error']],
      0,
      'newcomer',
    ],
    [
      'a failure at the first level is 0',
      demote,
      [
        ['alice', 'success'],
        ['alice', 'failure'],
      ],
      0,
      'newcomer',
    ],
    [
      'reset drops an owner to 0',
      reset,
      [...cleanDeploys(12), ['alice', 'failure']],
      0,
      'newcomer',
    ],
    [
      'clean deploys after a failure climb again',
      reset,
      [['alice', 'failure'], ...cleanDeploys(4)],
      4,
      'member',
    ],
    [
      "others' deploys do not count in person scope",
      demote,
      cleanDeploys(12, 'bob'),
      0,
      'newcomer',
    ],
  ])('%s', (_, policy, steps, score, level) => {
    expect(standing(policy, aHistory(steps))).toMatchObject({ score, level });
  });

  it('counts everyone in team scope', () => {
    const policy = aPolicy({ trust: aTrust({ scope: 'team' }) });
    const deployments = aHistory([...cleanDeploys(6, 'bob'), ...cleanDeploys(4, 'carol')]);
    expect(standing(policy, deployments)).toMatchObject({
      score: 10,
      level: 'owner',
      scope: 'team',
      successes: 10,
    });
  });

  it('names the next level and the counts behind the score', () => {
    const deployments = aHistory([...cleanDeploys(4), ['alice', 'failure'], ...cleanDeploys(2)]);
    expect(standing(demote, deployments)).toEqual({
      level: 'newcomer',
      score: 2,
      next: { name: 'member', after: 3 },
      successes: 6,
      failures: 1,
      rollbacks: 0,
      scope: 'person',
      ladder: [
        { name: 'newcomer', after: 0, approvals: 2 },
        { name: 'member', after: 3, approvals: 1 },
        { name: 'owner', after: 10, approvals: 0 },
      ],
    });
  });

  it('earns nothing for redeploying the commit the environment already runs', () => {
    const deployments = aHistory([
      ['bob', 'success', 'x'],
      ['alice', 'success', 'x'], // same commit as the previous success, even though it was bob's
      ['alice', 'success', 'y'],
      ['alice', 'success', 'y'],
    ]);
    expect(standing(demote, deployments)).toMatchObject({ score: 1, successes: 3 });
  });

  it.each<[string, Array<[string, StatusState, string]>, Record<string, 'diverged'>, number]>([
    [
      'alternating two diverged, already-deployed commits earns only their first deploys',
      [
        ['alice', 'success', 'x'],
        ['alice', 'success', 'y'],
        ['alice', 'success', 'x'],
        ['alice', 'success', 'y'],
        ['alice', 'success', 'x'],
      ],
      { 'x...y': 'diverged' },
      2,
    ],
    [
      'a commit someone else already deployed earns nothing, in any order',
      [
        ['bob', 'success', 'x'],
        ['bob', 'success', 'y'],
        ['alice', 'success', 'x'],
      ],
      { 'x...y': 'diverged' },
      0,
    ],
    [
      'a commit that first failed earns on its first success',
      [
        ['alice', 'failure', 'x'],
        ['alice', 'success', 'x'],
      ],
      {},
      1,
    ],
  ])('once per commit: %s', (_, steps, comparisons, score) => {
    const deployments = aHistory(steps);
    const facts = someFacts({ deployments, comparisons });
    expect(decide({ key: 'production', environment: demote }, facts).standing.score).toBe(score);
  });

  it('once per commit: a commit deployed only before the window earns again inside it', () => {
    const deployments = [
      aDeployment({ sha: 'x', createdAt: daysAgo(200) }),
      aDeployment({ sha: 'y', createdAt: daysAgo(150) }),
      aDeployment({ sha: 'x', createdAt: daysAgo(1) }),
    ];
    const facts = someFacts({ deployments, comparisons: { 'x...y': 'diverged' } });
    expect(decide({ key: 'production', environment: demote }, facts).standing).toMatchObject({
      score: 1,
      successes: 1,
    });
  });

  it('judges a redeploy against the previous success of any age, outside the window too', () => {
    const deployments = [
      aDeployment({ sha: 'x', createdAt: daysAgo(200) }),
      aDeployment({ sha: 'x', createdAt: daysAgo(1) }),
    ];
    expect(standing(demote, deployments).score).toBe(0);
  });

  it('ignores deployments before the window', () => {
    const old = aHistory(cleanDeploys(12), 100);
    expect(standing(demote, old)).toMatchObject({ score: 0, successes: 0 });
    expect(standing(aPolicy({ trust: aTrust({ window: '200d' }) }), old).score).toBe(12);
  });

  it('matches the deployer case-insensitively', () => {
    expect(standing(demote, aHistory(cleanDeploys(3, 'Alice')), 'ALICE').score).toBe(3);
  });

  it('without trust has no level, counts clean deploys, and a failure resets to 0', () => {
    const policy = aPolicy();
    expect(standing(policy, aHistory(cleanDeploys(5)))).toMatchObject({
      level: '',
      score: 5,
      next: null,
      ladder: [],
    });
    const failed = aHistory([...cleanDeploys(5), ['alice', 'failure'], ['alice', 'success']]);
    expect(standing(policy, failed)).toMatchObject({ score: 1, failures: 1 });
  });
});

describe('score properties', () => {
  const outcome = fc.constantFrom<StatusState>('success', 'success', 'success', 'failure', 'error');
  const step = fc.tuple(fc.constantFrom('alice', 'bob'), outcome);
  const policyArb = fc.record({
    'on-failure': fc.constantFrom<'demote' | 'reset'>('demote', 'reset'),
    scope: fc.constantFrom<'person' | 'team'>('person', 'team'),
  });
  const levelIndex = (name: string) => ['newcomer', 'member', 'owner'].indexOf(name);

  it('is never negative', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), policyArb, (steps, trust) => {
        const result = standing(aPolicy({ trust: aTrust(trust) }), aHistory(steps));
        expect(result.score).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never lowers the level with one more success, never raises it with a failure', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), policyArb, (steps, trust) => {
        const policy = aPolicy({ trust: aTrust(trust) });
        const before = levelIndex(standing(policy, aHistory(steps)).level);
        const success = levelIndex(
          standing(policy, aHistory([...steps, ['alice', 'success']])).level,
        );
        const failure = levelIndex(
          standing(policy, aHistory([...steps, ['alice', 'failure']])).level,
        );
        expect(success).toBeGreaterThanOrEqual(before);
        expect(failure).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('gives the same team score whatever order deployments with equal times arrive in', () => {
    const policy = aPolicy({ trust: aTrust({ scope: 'team' }) });
    const at = fc.integer({ min: 1, max: 3 }).map((day) => daysAgo(day));
    const deployment = fc.record({ createdAt: at, outcome, sha: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
        fc.array(deployment, { minLength: 20, maxLength: 20 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (ids, fields, randoms) => {
          const deployments = ids.map((id, i) => aDeployment({ id, ...fields[i]! }));
          const comparisons = { 'a...b': 'ahead', 'b...c': 'ahead', 'a...c': 'ahead' } as const;
          const shuffled = [...deployments].sort(() => randoms.next().value - 0.5);
          const facts = someFacts({ deployments, comparisons });
          const expected = decide({ key: 'p', environment: policy }, facts).standing;
          const actual = decide(
            { key: 'p', environment: policy },
            { ...facts, deployments: shuffled },
          ).standing;
          expect(actual).toEqual(expected);
        },
      ),
    );
  });
});
