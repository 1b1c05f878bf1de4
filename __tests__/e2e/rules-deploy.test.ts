// Who may deploy, from which ref and when (SPEC §4 people rules, §5 Deny, §5a Deployer, Branches,
// Time), end to end through dist.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { aWorld, NOW } from './scenario.js';
import { expectAllowed, expectDenied, runGate } from './rules-kit.js';

/** A policy for production (`approvals: 0` unless the body says otherwise). */
function policy(body: string): string {
  const lines = body.trim().split('\n');
  const approvals = lines.some((line) => line.startsWith('approvals:')) ? [] : ['approvals: 0'];
  return `version: 1\nenvironments:\n  production:\n${[...approvals, ...lines].map((l) => `    ${l}`).join('\n')}\n`;
}

/** A world with one approved pull request merged on main, ready to deploy. */
function released(body: string): World {
  const world = aWorld(policy(body))
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
  world.pullRequest({
    title: 'Add cart',
    author: 'bob',
    files: { 'cart.ts': 'x' },
    reviews: [{ author: 'alice', state: 'APPROVED' }],
    merge: 'squash',
  });
  return world;
}

describe('`deployers`', () => {
  it('by default lets anyone with write deploy', async () => {
    const outcome = await runGate(released(''), { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.json.rules).toContainEqual({
      rule: 'deployers',
      ok: true,
      explanation: 'deployer `carol` satisfies `deployers` (has write)',
    });
  });

  it('by default denies a deployer with read only', async () => {
    const world = released('').collaborator('rita', 'read');
    const outcome = await runGate(world, { actor: 'rita' });
    expectDenied(outcome, ['deployer `rita` does not satisfy `deployers` (needs write, has read)']);
    expect(outcome.outputs['deployer']).toBe('rita');
    expect(outcome.summary).toContain(
      '- ❌ deployer `rita` does not satisfy `deployers` (needs write, has read)',
    );
  });

  it('with `permission: maintain` denies a writer and allows a maintainer', async () => {
    const world = released('deployers:\n  permission: maintain').collaborator('mia', 'maintain');
    const writer = await runGate(world, { actor: 'carol' });
    expectDenied(writer, [
      'deployer `carol` does not satisfy `deployers` (needs maintain, has write)',
    ]);
    expectAllowed(await runGate(world, { actor: 'mia' }));
  });

  it('lets a person listed in `users` deploy whatever their role, and nobody else', async () => {
    const world = released('deployers:\n  users: [olga]').user('olga');
    expectAllowed(await runGate(world, { actor: 'olga' }));
    const writer = await runGate(world, { actor: 'carol' });
    expectDenied(writer, ['deployer `carol` does not satisfy `deployers` (not listed in `users`)']);
  });

  it('lets a bot deploy only when `users` names it as REST spells it', async () => {
    const world = released('deployers:\n  users: ["deploy-tool[bot]"]')
      .bot('deploy-tool')
      .bot('renovate');
    expectAllowed(await runGate(world, { actor: 'deploy-tool[bot]' }));
    const other = await runGate(world, { actor: 'renovate[bot]' });
    expectDenied(other, [
      'deployer `renovate[bot]` does not satisfy `deployers` (a bot not listed in `users`)',
    ]);
  });

  it('never lets a bot deploy under the default rule, whatever its role', async () => {
    const world = released('').bot('renovate');
    const outcome = await runGate(world, { actor: 'renovate[bot]' });
    expectDenied(outcome, [
      'deployer `renovate[bot]` does not satisfy `deployers` (a bot not listed in `users`)',
    ]);
  });

  it('with `teams` needs both the team and the permission', async () => {
    const world = released('deployers:\n  teams: [acme/sre]')
      .collaborator('sam', 'write')
      .collaborator('rita', 'read')
      .collaborator('adam', 'admin')
      .team('acme/sre', { members: ['sam', 'rita'] });
    const member = await runGate(world, { actor: 'sam' });
    expectAllowed(member);
    expect(member.json.rules[0]?.explanation).toBe(
      'deployer `sam` satisfies `deployers` (has write in acme/sre)',
    );
    expectDenied(await runGate(world, { actor: 'adam' }), [
      'deployer `adam` does not satisfy `deployers` (needs write and team acme/sre, has admin, in none of those teams)',
    ]);
    expectDenied(await runGate(world, { actor: 'rita' }), [
      'deployer `rita` does not satisfy `deployers` (needs write and team acme/sre, has read, in acme/sre)',
    ]);
  });
  it('with `level` lets a writer who reached that level by their own deploys deploy', async () => {
    const body = `deployers:
  level: member
trust:
  levels:
    - { name: newcomer, after: 0, approvals: 0 }
    - { name: member, after: 2, approvals: 0 }`;
    const world = aWorld(policy(body)).collaborator('dana', 'write').collaborator('carol', 'write');
    for (const file of ['a', 'b']) {
      world.commit({ files: { [file]: file } });
      world.deployment({ creator: 'dana', status: 'success' });
    }
    world.commit({ message: 'Fix typo', files: { 'README.md': 'x' } });
    const dana = await runGate(world, { actor: 'dana' });
    expectAllowed(dana);
    expect(dana.json.rules[0]?.explanation).toBe(
      'deployer `dana` satisfies `deployers` (has write at level member)',
    );
    expectDenied(await runGate(world, { actor: 'carol' }), [
      'deployer `carol` does not satisfy `deployers` (needs write and level member, has write, level newcomer)',
    ]);
  });

  it('falls back to GITHUB_ACTOR when GITHUB_TRIGGERING_ACTOR is not set', async () => {
    const world = released('').collaborator('rita', 'read');
    const outcome = await runGate(world, { actor: 'rita', env: { GITHUB_TRIGGERING_ACTOR: '' } });
    expect(outcome.outputs['deployer']).toBe('rita');
    expectDenied(outcome, ['deployer `rita` does not satisfy `deployers` (needs write, has read)']);
  });

  it('applies to the pull request author in check mode, with branches matched on the base branch', async () => {
    const world = aWorld(policy('branches: [main]')).collaborator('rita', 'read');
    world.branch('develop');
    const pr = world.pullRequest({ title: 'Add cart', author: 'rita', base: 'develop' });
    const outcome = await runGate(world, {
      event: 'pull_request',
      actor: 'carol',
      ref: 'refs/pull/1/merge',
      pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: 'develop', author: 'rita' },
    });
    const reason =
      'deployer `rita` does not satisfy `deployers` (needs write, has read); ref `develop` is outside `branches` (main)';
    expect(outcome.outputs).toMatchObject({
      allowed: 'false',
      decision: 'deny',
      deployer: 'rita',
      reason,
    });
    expect(outcome.result.code).toBe(0);
  });
});

describe('`branches`', () => {
  const BRANCHES = 'branches: [main, "release/**", "v*"]';

  it.each([
    ['a listed branch', 'refs/heads/main', 'main'],
    ['a branch matching a glob', 'refs/heads/release/2026/11', 'release/2026/11'],
    ['a tag matching `v*`', 'refs/tags/v1.4.0', 'v1.4.0'],
  ])('allows %s (%s)', async (_what, ref, name) => {
    const outcome = await runGate(released(BRANCHES), { actor: 'carol', ref });
    expectAllowed(outcome);
    expect(outcome.json.rules).toContainEqual({
      rule: 'branches',
      ok: true,
      explanation: `ref \`${name}\` is inside \`branches\` (main, release/**, v*)`,
    });
  });

  it.each([
    ['a branch outside the list', 'refs/heads/feature/cart', 'feature/cart'],
    ['a tag matching no pattern', 'refs/tags/nightly', 'nightly'],
  ])('denies %s (%s)', async (_what, ref, name) => {
    const outcome = await runGate(released(BRANCHES), { actor: 'carol', ref });
    expectDenied(outcome, [`ref \`${name}\` is outside \`branches\` (main, release/**, v*)`]);
  });

  it('lets any ref deploy when `branches` is absent', async () => {
    const outcome = await runGate(released(''), { actor: 'carol', ref: 'refs/heads/feature/x' });
    expectAllowed(outcome);
    expect(outcome.json.rules).toContainEqual({
      rule: 'branches',
      ok: true,
      explanation: 'any ref may be deployed (no `branches`)',
    });
  });
});

describe('freeze windows', () => {
  const HOLIDAY = (from: string, until: string) => `freeze:
  - name: Holiday freeze
    from: "${from}"
    until: "${until}"`;

  it('deny from the inclusive `from`', async () => {
    const outcome = await runGate(released(HOLIDAY(NOW, '2026-12-01T00:00:00Z')), {
      actor: 'carol',
    });
    expectDenied(outcome, ['inside freeze window `Holiday freeze`']);
  });

  it('end at the exclusive `until`', async () => {
    const outcome = await runGate(released(HOLIDAY('2026-11-20T00:00:00Z', NOW)), {
      actor: 'carol',
    });
    expectAllowed(outcome);
    expect(outcome.json.rules).toContainEqual({
      rule: 'freeze',
      ok: true,
      explanation: 'outside every freeze window',
    });
  });

  it('honour an explicit offset on `from` and `until`', async () => {
    // 13:30+01:00 is 12:30Z: NOW (12:00Z) is before it.
    const body = HOLIDAY('2026-11-27T13:30:00+01:00', '2026-11-28T00:00:00+01:00');
    expectAllowed(await runGate(released(body), { actor: 'carol' }));
    const inside = HOLIDAY('2026-11-27T12:30:00+01:00', '2026-11-28T00:00:00+01:00');
    expectDenied(await runGate(released(inside), { actor: 'carol' }), [
      'inside freeze window `Holiday freeze`',
    ]);
  });

  it('fail closed when a time lacks an explicit offset', async () => {
    const outcome = await runGate(
      released(HOLIDAY('2026-12-20T00:00:00', '2027-01-04T00:00:00Z')),
      {
        actor: 'carol',
      },
    );
    expect(outcome.outputs).toMatchObject({ allowed: 'false', decision: 'error' });
    expect(outcome.result.code).toBe(1);
    expect(outcome.outputs['reason']).toContain(
      'environments.production.freeze[0].from: expected an ISO 8601 time with seconds and an explicit offset',
    );
    expect(outcome.result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        properties: expect.objectContaining({
          file: '.github/trust-gate.yml',
          line: '7',
          col: '15',
        }),
      }),
    );
  });

  const WEEKLY = (days: string, hours: string, timezone: string) => `freeze:
  - name: Quiet hours
    days: [${days}]
    hours: "${hours}"
    timezone: ${timezone}`;

  // NOW, Friday 2026-11-27 12:00Z, is 13:00 in Amsterdam (CET, UTC+1).
  it.each([
    ['inside the hours in the time zone', 'fri', '13:00-14:00', 'Europe/Amsterdam', NOW, true],
    ['before the hours in UTC', 'fri', '13:00-14:00', 'UTC', NOW, false],
    ['at the exclusive end', 'fri', '12:00-13:00', 'Europe/Amsterdam', NOW, false],
    ['on another day', 'sat, sun', '00:00-24:00', 'UTC', NOW, false],
    ['all day on a listed day', 'sat, sun', '00:00-24:00', 'UTC', '2026-11-28T10:00:00Z', true],
    [
      'at 22:00 on the listed day of a wrapping range',
      'fri',
      '22:00-06:00',
      'UTC',
      '2026-11-27T22:00:00Z',
      true,
    ],
    [
      'before 06:00 the next day of a wrapping range',
      'fri',
      '22:00-06:00',
      'UTC',
      '2026-11-28T05:59:00Z',
      true,
    ],
    [
      'at 06:00 the next day of a wrapping range',
      'fri',
      '22:00-06:00',
      'UTC',
      '2026-11-28T06:00:00Z',
      false,
    ],
    [
      'before 06:00 on the listed day itself',
      'fri',
      '22:00-06:00',
      'UTC',
      '2026-11-27T05:00:00Z',
      false,
    ],
  ])('weekly: %s', async (_when, days, hours, timezone, now, frozen) => {
    const outcome = await runGate(released(WEEKLY(days, hours, timezone)), { actor: 'carol', now });
    if (frozen) expectDenied(outcome, ['inside freeze window `Quiet hours`']);
    else expectAllowed(outcome);
  });

  it('with `approvals` raises every change to that many approvals instead of denying', async () => {
    const body = `approvals: 1
freeze:
  - name: Fridays
    days: [fri]
    approvals: 2`;
    const world = released(body).collaborator('dave', 'write');
    const short = await runGate(world, { actor: 'carol' });
    expectDenied(short, ['#1 Add cart has 1 of 2 required approvals']);
    expect(short.outputs['required-approvals']).toBe('2');
    expect(short.json.changes[0]?.requiredBecause).toEqual(['approvals: 1', 'freeze Fridays: 2']);
    expect(short.json.rules).toContainEqual({
      rule: 'freeze',
      ok: true,
      explanation: 'inside freeze window `Fridays`: every change needs at least 2 approvals',
    });

    world.review(1, {
      author: 'dave',
      state: 'APPROVED',
      commit: world.pullRequests.get(1)!.headSha,
    });
    const enough = await runGate(world, { actor: 'carol' });
    expectAllowed(enough);
    expect(enough.outputs).toMatchObject({ 'required-approvals': '2', approvals: '2' });
  });
});

describe('every deny reason', () => {
  it('is listed, joined with "; ", in the reason, the json, the summary and the failed step', async () => {
    const body = `approvals: 1
branches: [main]
freeze:
  - name: Holiday freeze
    from: "2026-11-01T00:00:00Z"
    until: "2027-01-04T00:00:00Z"`;
    const world = aWorld(policy(body)).collaborator('bob', 'write').collaborator('rita', 'read');
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      merge: 'squash',
    });
    const reasons = [
      'deployer `rita` does not satisfy `deployers` (needs write, has read)',
      'ref `hotfix` is outside `branches` (main)',
      'inside freeze window `Holiday freeze`',
      '#1 Add cart has 0 of 1 required approvals',
    ];
    const outcome = await runGate(world, { actor: 'rita', ref: 'refs/heads/hotfix' });
    expectDenied(outcome, reasons);
    // The summary escapes markdown: `\#1` keeps "#1" from linking or starting a heading.
    for (const reason of reasons)
      expect(outcome.summary).toContain(`- ❌ ${reason.replace('#', '\\#')}`);
    expect(outcome.outputs).toMatchObject({
      changes: '1',
      'required-approvals': '1',
      approvals: '0',
    });
  });
});
