// Properties of the decision over arbitrary histories (§5, §5b): total, and blind to case and order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import type { Deployment, DeploymentStatus, Facts, StatusState } from '../../src/decide/facts.js';
import { teamReport } from '../../src/decide/team-report.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import { aPolicy, aPullRequest, aReview, aTrust, daysAgo, someFacts } from '../builders.js';

const RUN = 'https://github.com/acme/app/actions/runs';
const STATES: StatusState[] = ['success', 'failure', 'error', 'inactive', 'pending', 'in_progress'];
const LOGINS = ['alice', 'bob', 'carol'];

const link = fc.constantFrom(
  null,
  `${RUN}/1`,
  `${RUN}/1/job/11`,
  `${RUN}/2/attempts/1`,
  `${RUN}/2/job/21`,
  `${RUN}/3`,
  'https://ci.example.com/3',
);

const status: fc.Arbitrary<DeploymentStatus> = fc.record({
  state: fc.constantFrom(...STATES),
  createdAt: fc.integer({ min: 0, max: 100 }).map((day) => daysAgo(day)),
  logUrl: link,
  targetUrl: link,
});

const creator = fc.constantFrom(
  ['alice', false],
  ['bob', false],
  ['github-actions[bot]', true],
  ['deploy-tool[bot]', true],
);

const deploymentFields = fc.record({
  createdAt: fc.integer({ min: 0, max: 2400 }).map((hour) => daysAgo(hour / 24)),
  sha: fc.constantFrom('a', 'b', 'c', 'd'),
  environment: fc.constantFrom('production', 'Production', 'staging'),
  creator,
  payloadDeployer: fc.constantFrom(null, 'alice', 'carol'),
  statuses: fc.array(status, { maxLength: 3 }),
});

const conclusion = fc.constantFrom<string | null>('success', 'failure', 'cancelled', null);
const actor = fc.constantFrom<string | null>('alice', 'bob', 'carol', null);

const runFacts = fc.record({
  runs: fc.dictionary(
    fc.constantFrom('1', '2', '3'),
    fc.record({
      conclusion,
      attempts: fc.integer({ min: 1, max: 3 }),
      triggeringActor: actor,
      repository: fc.constantFrom('acme/app', 'evil/fork'),
    }),
  ),
  jobs: fc.dictionary(
    fc.constantFrom('11', '21'),
    fc.record({
      conclusion,
      run: fc.constantFrom('1', '2'),
      attempt: fc.integer({ min: 1, max: 3 }),
    }),
  ),
  attempts: fc.dictionary(
    fc.constantFrom('2/1', '1/1'),
    fc.record({ conclusion, triggeringActor: actor }),
  ),
  runsUnreadable: fc.constantFrom(null, 'the token may not read workflow runs'),
});

const comparisons = fc.dictionary(
  fc.constantFrom('a...b', 'b...c', 'a...c', 'c...d', 'a...d'),
  fc.constantFrom<'ahead' | 'behind' | 'diverged' | 'identical'>('ahead', 'behind', 'diverged'),
);

const trust = fc.record({
  scope: fc.constantFrom<'person' | 'team'>('person', 'team'),
  'on-failure': fc.constantFrom<'demote' | 'reset'>('demote', 'reset'),
});

/** Arbitrary facts: deployments with unique ids, run facts, compares, a deployer. */
const facts: fc.Arbitrary<Facts> = fc
  .record({
    ids: fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 25 }),
    fields: fc.array(deploymentFields, { minLength: 25, maxLength: 25 }),
    runs: runFacts,
    comparisons,
    deployer: fc.constantFrom(...LOGINS),
  })
  .map(({ ids, fields, runs, comparisons, deployer }) => {
    const deployments: Deployment[] = ids.map((id, i) => {
      const {
        creator: [login, isBot],
        ...rest
      } = fields[i]!;
      return { id, ...rest, creator: login, creatorIsBot: isBot };
    });
    const changes = [aPullRequest({ reviews: [aReview({ reviewer: 'carol' })] })];
    return someFacts({ deployments, ...runs, comparisons, deployer, changes });
  });

const policyOf = (settings: { scope: 'person' | 'team'; 'on-failure': 'demote' | 'reset' }) =>
  aPolicy({ trust: aTrust(settings) });

/** What must not change: the verdict and the deployer's standing. */
function outcomeOf(policy: EnvironmentPolicy, given: Facts) {
  const decision = decide({ key: 'production', environment: policy }, given);
  const { level, score, successes, failures, rollbacks } = decision.standing;
  return { allowed: decision.allowed, level, score, successes, failures, rollbacks };
}

/** Every deployer's score in the environment, by lower-case login. */
function scores(policy: EnvironmentPolicy, given: Facts): Map<string, number> {
  const report = teamReport({ key: 'production', environment: policy }, given);
  return new Map(report.rows.map((row) => [row.login.toLowerCase(), row.score]));
}

const upper = (login: string | null) => login?.toUpperCase() ?? null;

function withLoginsUpperCased(given: Facts): Facts {
  const runs = Object.fromEntries(
    Object.entries(given.runs).map(([id, run]) => [
      id,
      { ...run, triggeringActor: upper(run.triggeringActor) },
    ]),
  );
  const attempts = Object.fromEntries(
    Object.entries(given.attempts).map(([key, a]) => [
      key,
      { ...a, triggeringActor: upper(a.triggeringActor) },
    ]),
  );
  const deployments = given.deployments.map((d) => ({
    ...d,
    creator: d.creator.toUpperCase().replace('[BOT]', '[bot]'),
    payloadDeployer: upper(d.payloadDeployer),
  }));
  return { ...given, deployer: given.deployer.toUpperCase(), deployments, runs, attempts };
}

describe('the decision over arbitrary histories', () => {
  it('is always made, never thrown, in gate and report', () => {
    fc.assert(
      fc.property(facts, trust, (given, settings) => {
        const policy = policyOf(settings);
        const decision = decide({ key: 'production', environment: policy }, given);
        expect(typeof decision.allowed).toBe('boolean');
        expect(decision.standing.score).toBeGreaterThanOrEqual(0);
        expect(teamReport({ key: 'production', environment: policy }, given).rows).toBeDefined();
      }),
    );
  });

  it('does not change with the case of any login', () => {
    fc.assert(
      fc.property(facts, trust, (given, settings) => {
        const policy = policyOf(settings);
        expect(outcomeOf(policy, withLoginsUpperCased(given))).toEqual(outcomeOf(policy, given));
        expect(scores(policy, withLoginsUpperCased(given))).toEqual(scores(policy, given));
      }),
    );
  });

  it('does not change with the case of the environment name', () => {
    fc.assert(
      fc.property(facts, trust, fc.boolean(), (given, settings, inFacts) => {
        const policy = policyOf(settings);
        const recased = inFacts
          ? { ...given, environment: 'PRODUCTION' }
          : {
              ...given,
              deployments: given.deployments.map((d) => ({
                ...d,
                environment: d.environment.toUpperCase(),
              })),
            };
        expect(outcomeOf(policy, recased)).toEqual(outcomeOf(policy, given));
      }),
    );
  });

  it('does not change with the order the deployments are listed in', () => {
    fc.assert(
      fc.property(
        facts,
        trust,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (given, settings, randoms) => {
          const policy = policyOf(settings);
          const keyed = given.deployments.map((d) => ({ d, key: randoms.next().value as number }));
          const shuffled = keyed.sort((a, b) => a.key - b.key).map(({ d }) => d);
          const reordered = { ...given, deployments: shuffled };
          expect(outcomeOf(policy, reordered)).toEqual(outcomeOf(policy, given));
          expect(scores(policy, reordered)).toEqual(scores(policy, given));
        },
      ),
    );
  });

  it('never raises anyone’s score when a failure is added', () => {
    const failure = fc.record({
      createdAt: fc.integer({ min: 0, max: 2400 }).map((hour) => daysAgo(hour / 24)),
      sha: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      creator,
      payloadDeployer: fc.constantFrom(null, 'alice', 'carol'),
      statuses: fc
        .array(status, { maxLength: 2 })
        .map((statuses) => [
          ...statuses,
          { state: 'failure' as const, createdAt: daysAgo(0), logUrl: null, targetUrl: null },
        ]),
    });
    fc.assert(
      fc.property(facts, trust, failure, (given, settings, added) => {
        const policy = policyOf(settings);
        const {
          creator: [login, isBot],
          ...rest
        } = added;
        const deployment = {
          id: 20_000,
          environment: 'production',
          ...rest,
          creator: login,
          creatorIsBot: isBot,
        };
        const worse = { ...given, deployments: [...given.deployments, deployment] };
        const before = scores(policy, given);
        for (const [who, score] of scores(policy, worse)) {
          expect(score).toBeLessThanOrEqual(before.get(who) ?? 0);
        }
        expect(outcomeOf(policy, worse).score).toBeLessThanOrEqual(outcomeOf(policy, given).score);
      }),
    );
  });
});
