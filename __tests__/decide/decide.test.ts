import { describe, expect, it } from 'vitest';
import { decide, requirementWithoutPaths } from '../../src/decide/decide.js';
import type { Facts } from '../../src/decide/facts.js';
import type { EnvironmentPolicy } from '../../src/policy/schema.js';
import {
  aCommit,
  aFreeze,
  aHistory,
  aPeopleRule,
  aPerson,
  aPolicy,
  aPullRequest,
  aReview,
  aTrust,
  someFacts,
  somePeople,
} from '../builders.js';

const run = (policy: EnvironmentPolicy, facts: Partial<Facts> = {}) =>
  decide({ key: 'production', environment: policy }, someFacts(facts));

const approved = aPullRequest({ reviews: [aReview()] });
const saturdayNoon = '2026-06-13T12:00:00Z';

describe('the gate denies', () => {
  it.each<[string, EnvironmentPolicy, Partial<Facts>, string]>([
    [
      'a deployer without the role',
      aPolicy(),
      {
        deployer: 'bob',
        people: somePeople(aPerson('bob', 'read'), aPerson('carol')),
        changes: [approved],
      },
      'deployer `bob` does not satisfy `deployers` (needs write, has read)',
    ],
    [
      'a bot deployer not named in `users`',
      aPolicy({ approvals: 0 }),
      { deployer: 'deployer[bot]', deployerIsBot: true },
      'deployer `deployer[bot]` does not satisfy `deployers` (a bot not listed in `users`)',
    ],
    [
      'a ref outside `branches`',
      aPolicy({ branches: ['main', 'release/**'] }),
      { ref: 'feature/x', changes: [approved] },
      'ref `feature/x` is outside `branches` (main, release/**)',
    ],
    [
      'inside a freeze without `approvals`, named',
      aPolicy({ freeze: [aFreeze({ name: 'Holiday freeze', from: '2026-06-01T00:00:00Z' })] }),
      { changes: [approved] },
      'inside freeze window `Holiday freeze`',
    ],
    [
      'a pull request short of approvals',
      aPolicy({ approvals: 2 }),
      { changes: [approved] },
      '#12 Add login has 1 of 2 required approvals',
    ],
    [
      'a direct commit that needs an approval',
      aPolicy(),
      { changes: [aCommit()] },
      'direct commit abc1234 Fix typo has 0 of 1 required approvals',
    ],
  ])('%s', (_, policy, facts, reason) => {
    const decision = run(policy, facts);
    expect(decision).toMatchObject({
      verdict: 'deny',
      allowed: false,
      reason,
      denyReasons: [reason],
    });
  });

  it('lists every reason, joined with "; "', () => {
    const policy = aPolicy({
      approvals: 2,
      branches: ['main'],
      freeze: [aFreeze({ name: 'Weekends', days: ['sat', 'sun'] })],
    });
    const decision = run(policy, {
      now: saturdayNoon,
      deployer: 'bob',
      ref: 'dev',
      changes: [approved, aCommit()],
    });
    expect(decision.denyReasons).toEqual([
      'deployer `bob` does not satisfy `deployers` (needs write, has none)',
      'ref `dev` is outside `branches` (main)',
      'inside freeze window `Weekends`',
      '#12 Add login has 1 of 2 required approvals',
      'direct commit abc1234 Fix typo has 0 of 2 required approvals',
    ]);
    expect(decision.reason).toBe(decision.denyReasons.join('; '));
    expect(decision).toMatchObject({ requiredApprovals: 2, approvals: 0 });
  });
});

describe('the gate allows', () => {
  it('when every rule passes, saying so', () => {
    const decision = run(aPolicy({ branches: ['main'] }), { changes: [approved] });
    expect(decision).toMatchObject({
      verdict: 'allow',
      allowed: true,
      denyReasons: [],
      requiredApprovals: 1,
      approvals: 1,
      reason: '`alice` (score 0) may deploy: 1 change, it has its required approvals (at most 1)',
    });
    expect(decision.rules.map((r) => [r.rule, r.ok, r.explanation])).toEqual([
      ['deployers', true, 'deployer `alice` satisfies `deployers` (has write)'],
      ['branches', true, 'ref `main` is inside `branches` (main)'],
      ['freeze', true, 'no freeze windows'],
      ['approvals', true, '#12 Add login has 1 of 1 required approvals'],
    ]);
  });

  it('an empty release with 0 required and 0 approvals', () => {
    const decision = run(aPolicy({ approvals: 3 }));
    expect(decision).toMatchObject({ verdict: 'allow', requiredApprovals: 0, approvals: 0 });
    expect(decision.reason).toBe('`alice` (score 0) may deploy: no changes in this release');
  });

  it('an owner alone, their level needing no approval', () => {
    const deployments = aHistory(
      Array.from({ length: 10 }, () => ['alice', 'success'] as [string, 'success']),
    );
    const decision = run(aPolicy({ trust: aTrust() }), {
      deployments,
      changes: [aCommit(), aPullRequest()],
    });
    expect(decision).toMatchObject({ verdict: 'allow', requiredApprovals: 0, approvals: 0 });
    expect(decision.reason).toBe(
      '`alice` (level owner, score 10) may deploy: 2 changes, each has its required approvals (at most 0)',
    );
  });

  it('inside a freeze with `approvals`, requiring them instead of denying', () => {
    const freeze = aFreeze({ name: 'Weekends', days: ['sat', 'sun'], approvals: 2 });
    const decision = run(aPolicy({ freeze: [freeze] }), { now: saturdayNoon, changes: [approved] });
    expect(decision.reason).toBe('#12 Add login has 1 of 2 required approvals');
    expect(decision.rules.find((r) => r.rule === 'freeze')?.explanation).toBe(
      'inside freeze window `Weekends`: every change needs at least 2 approvals',
    );
  });

  it('takes `requiredApprovals` as the max and `approvals` as the min over changes', () => {
    const paths = [{ match: 'db/**', approvals: 3 }];
    const changes = [
      aPullRequest({
        number: 1,
        files: ['db/x.sql'],
        reviews: [aReview(), aReview({ reviewer: 'erin' })],
      }),
      aPullRequest({ number: 2, reviews: [aReview()] }),
    ];
    expect(run(aPolicy({ paths }), { changes })).toMatchObject({
      requiredApprovals: 3,
      approvals: 1,
    });
  });
});

describe('break-glass', () => {
  const policy = aPolicy({ approvals: 2, 'break-glass': aPeopleRule({ users: ['alice'] }) });
  const denied = { changes: [approved], breakGlass: 'prod is down, hotfix' };

  it('turns a deny into an allow in gate mode, keeping what it overrode', () => {
    const decision = run(policy, denied);
    expect(decision).toMatchObject({
      verdict: 'allow',
      allowed: true,
      breakGlass: {
        reason: 'prod is down, hotfix',
        overridden: ['#12 Add login has 1 of 2 required approvals'],
      },
      reason:
        'break-glass by `alice` ("prod is down, hotfix") overrides: #12 Add login has 1 of 2 required approvals',
    });
    expect(decision.rules.at(-1)).toEqual({
      rule: 'break-glass',
      ok: true,
      explanation: 'break-glass by `alice`: "prod is down, hotfix"',
    });
  });

  it.each<[string, EnvironmentPolicy, Partial<Facts>, string[]]>([
    [
      'does nothing in check mode',
      policy,
      { mode: 'check' },
      ['break-glass applies only in `gate` mode, not `check`'],
    ],
    [
      'is nobody’s without a `break-glass` rule',
      aPolicy({ approvals: 2 }),
      {},
      [
        'break-glass was requested, but the policy has no `break-glass` rule: nobody may break glass',
      ],
    ],
    [
      'is refused to a deployer the rule does not name',
      policy,
      { deployer: 'erin' },
      [
        'break-glass was requested, but deployer `erin` does not satisfy `break-glass` (not listed in `users`)',
      ],
    ],
    ['needs a reason', policy, { breakGlass: '   ' }, []],
  ])('%s', (_, environment, facts, notes) => {
    const decision = run(environment, { ...denied, ...facts });
    expect(decision).toMatchObject({ verdict: 'deny', breakGlass: null, notes });
  });

  it('is not used when nothing was denied', () => {
    const decision = run(aPolicy({ 'break-glass': aPeopleRule({ users: ['alice'] }) }), denied);
    expect(decision).toMatchObject({
      verdict: 'allow',
      breakGlass: null,
      notes: ['break-glass was not needed: every rule passed'],
    });
  });

  it('lets a team member with the permission break glass', () => {
    const rule = aPeopleRule({ teams: ['acme/sre'], permission: 'maintain' });
    const people = somePeople(aPerson('alice', 'maintain', ['acme/sre']));
    const decision = run(aPolicy({ approvals: 2, 'break-glass': rule }), { ...denied, people });
    expect(decision.verdict).toBe('allow');
  });
});

describe('the decision', () => {
  it('carries the facts it was made for, the policy key and who may approve', () => {
    const decision = decide(
      { key: 'prod*', environment: aPolicy() },
      someFacts({ environment: 'prod-eu', ref: 'main', sha: 'abc' }),
    );
    expect(decision).toMatchObject({
      mode: 'gate',
      environment: 'prod-eu',
      policyKey: 'prod*',
      deployer: 'alice',
      ref: 'main',
      sha: 'abc',
      approvers: 'anyone with write or more',
    });
  });

  it('uses the deployer’s own level for approvers `level`, even in team scope', () => {
    const policy = aPolicy({
      trust: aTrust({ scope: 'team' }),
      approvers: { permission: 'write', users: [], teams: [], level: 'member', stale: 'ignore' },
    });
    const deployments = aHistory([
      ...Array.from({ length: 3 }, () => ['carol', 'success'] as [string, 'success']),
      ['erin', 'success'],
    ]);
    const change = aPullRequest({ reviews: [aReview(), aReview({ reviewer: 'erin' })] });
    const decision = run(policy, { deployments, changes: [change] });
    expect(decision.changes[0]).toMatchObject({
      approvedBy: ['carol'],
      ignored: [
        {
          login: 'erin',
          why: 'does not satisfy `approvers` (needs write and level member, has write, level newcomer)',
        },
      ],
    });
  });

  it('gives the requirement before path rules to the I/O layer', () => {
    const input = { key: 'production', environment: aPolicy({ trust: aTrust(), minimum: 1 }) };
    expect(requirementWithoutPaths(input, someFacts())).toBe(2);
  });
});
