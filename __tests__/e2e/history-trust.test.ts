// Score and level end to end: environment, window, time order, redeploys, failures, scope (SPEC §5, §5a Time).
import { describe, expect, it } from 'vitest';
import {
  allowReason,
  denyReason,
  deploys,
  FIXED_POLICY,
  ladderWorld,
  peopled,
  recordLine,
  release,
  ship,
  standingLine,
  verdictOf,
} from './history-world.js';
import { aWorld, serve } from './scenario.js';

describe('the environment’s history', () => {
  it('counts deployments to the environment whatever its case', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 2, { environment: 'Production' });
    deploys(world, 'alice', 1, { environment: 'PRODUCTION' });
    const pr = release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toEqual({
      deployer: 'alice',
      level: 'member',
      score: '3',
      required: '1',
      allowed: 'true',
    });
    expect(result.summary).toContain(recordLine(3, 0, 0));
    expect(result.summary).toContain(pr.title);
  });

  it('ignores deployments to other environments, for trust and for the release base', async () => {
    const world = ladderWorld();
    deploys(world, 'bob', 12, { environment: 'production-eu' });
    deploys(world, 'alice', 3);
    world.deployment({ environment: 'staging', creator: 'alice', status: 'failure' });
    const pr = release(world, ['erin']);
    world.deployment({ environment: 'staging', creator: 'alice', status: 'success' });
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice, ['changes'])).toEqual({
      deployer: 'alice',
      level: 'member',
      score: '3',
      required: '1',
      changes: '1',
      allowed: 'true',
    });
    expect(alice.summary).toContain(recordLine(3, 0, 0));
    expect(alice.summary).toContain(pr.title);
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ level: 'newcomer', score: '0' });
  });
});

describe('the window', () => {
  /** alice: 3 clean deploys 40 days before NOW, 2 more 20 days before NOW. */
  function oldAndRecent(window: string) {
    const world = ladderWorld({ window });
    world.at('2026-10-18T12:00:00Z');
    deploys(world, 'alice', 3);
    world.at('2026-11-07T12:00:00Z');
    deploys(world, 'alice', 2);
    const pr = release(world, ['erin']);
    return { world, pr };
  }

  it.each(['30d', '4w', '720h'])('leaves out deployments older than %s', async (window) => {
    const { world, pr } = oldAndRecent(window);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toEqual({
      deployer: 'alice',
      level: 'newcomer',
      score: '2',
      required: '2',
      allowed: 'false',
    });
    expect(result.outputs['reason']).toBe(denyReason(pr, 1, 2));
    expect(result.summary).toContain(recordLine(2, 0, 0));
    expect(result.summary).toContain('`██████░░░░` 2 of 3 clean deploys to **member**');
  });

  it.each(['6w', '1000h', '90d'])('keeps them all inside %s', async (window) => {
    const { world } = oldAndRecent(window);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toMatchObject({ level: 'member', score: '5', allowed: 'true' });
    expect(result.summary).toContain('`█████░░░░░` 5 of 10 clean deploys to **owner**');
  });

  it('starts at now − window inclusive, judged by when the deployment was created', async () => {
    const world = ladderWorld({ window: '24h' });
    world.deployment({
      sha: ship(world),
      creator: 'alice',
      at: '2026-11-26T11:59:00Z',
      status: { state: 'success', at: '2026-11-26T12:05:00Z' },
    });
    world.deployment({ sha: ship(world), creator: 'alice', at: '2026-11-26T12:00:00Z' });
    world.deploymentStatus(world.deployments.at(-1)!.id, { state: 'success' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toMatchObject({ level: 'newcomer', score: '1' });
    expect(result.summary).toContain(recordLine(1, 0, 0));
  });
});

describe('time order', () => {
  it('breaks ties in creation time by deployment id', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 3);
    const [failed, fixed] = [ship(world), ship(world)];
    const at = '2026-11-20T12:00:00Z';
    world.deployment({ sha: failed, creator: 'alice', at, status: 'failure' });
    world.deployment({ sha: fixed, creator: 'alice', at, status: 'success' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    // 3 → failure → 0 → success → 1; the other order would give 4 → failure → 0.
    expect(verdictOf(result)).toMatchObject({ level: 'newcomer', score: '1' });
    expect(result.summary).toContain(recordLine(4, 1, 0));
  });
});

describe('redeploying', () => {
  it('the same commit earns nothing, so trust cannot be farmed', async () => {
    const world = ladderWorld();
    ship(world);
    for (let i = 0; i < 5; i++) world.deployment({ creator: 'alice', status: 'success' });
    const pr = release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toEqual({
      deployer: 'alice',
      level: 'newcomer',
      score: '1',
      required: '2',
      allowed: 'false',
    });
    expect(result.outputs['reason']).toBe(denyReason(pr, 1, 2));
    expect(result.summary).toContain(recordLine(5, 0, 0));
  });

  it('the commit of a success from before the window earns nothing either', async () => {
    const world = ladderWorld({ window: '30d' });
    deploys(world, 'alice', 1);
    world.at('2026-11-10T12:00:00Z');
    world.deployment({ creator: 'alice', status: 'success' });
    world.deployment({ creator: 'alice', status: 'success' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(result.summary).toContain(recordLine(2, 0, 0));
  });

  it('after someone else’s deploy of that commit earns nothing either', async () => {
    const world = ladderWorld();
    deploys(world, 'bob', 1);
    for (let i = 0; i < 3; i++) world.deployment({ creator: 'alice', status: 'success' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(result.summary).toContain(recordLine(3, 0, 0));
  });
});

describe('a failure', () => {
  it.each([
    ['demote', 'owner (12) drops to member’s after', 12, 'member', 5],
    ['reset', 'owner (12) drops to 0', 12, 'newcomer', 2],
    ['demote', 'member (5) drops to newcomer’s after', 5, 'newcomer', 2],
    ['demote', 'newcomer (2) drops to 0', 2, 'newcomer', 2],
  ] as const)(
    'with on-failure %s: %s, then 2 clean deploys',
    async (mode, _, before, level, score) => {
      const world = ladderWorld({ onFailure: mode });
      deploys(world, 'alice', before);
      deploys(world, 'alice', 1, { status: 'failure' });
      deploys(world, 'alice', 2);
      release(world, ['erin']);
      const { run } = await serve(world);
      const result = await run({ actor: 'alice' });
      expect(verdictOf(result)).toMatchObject({
        level,
        score: String(score),
        required: level === 'member' ? '1' : '2',
        allowed: level === 'member' ? 'true' : 'false',
      });
      expect(result.summary).toContain(standingLine('alice', level, score));
      expect(result.summary).toContain(recordLine(before + 2, 1, 0));
      expect(result.summary).toContain(
        level === 'member'
          ? '`█████░░░░░` 5 of 10 clean deploys to **owner**'
          : '`██████░░░░` 2 of 3 clean deploys to **member**',
      );
    },
  );
});

describe('the top of the ladder', () => {
  it('needs no approval from an owner: 10 clean deploys climb to the top', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 10);
    release(world, []);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result, ['approvals'])).toEqual({
      deployer: 'alice',
      level: 'owner',
      score: '10',
      required: '0',
      approvals: '0',
      allowed: 'true',
    });
    expect(result.outputs['reason']).toBe(allowReason('alice', 'owner', 10, 0));
    expect(result.summary).toContain('`██████████` top of the ladder');
  });
});

describe('the trust scope', () => {
  function twoAndTwo(scope: 'person' | 'team') {
    const world = ladderWorld({ scope });
    deploys(world, 'alice', 2);
    deploys(world, 'bob', 2);
    const pr = release(world, ['erin']);
    return { world, pr };
  }

  it('person: each deployer climbs on their own record', async () => {
    const { world, pr } = twoAndTwo('person');
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result)).toEqual({
      deployer: 'carol',
      level: 'newcomer',
      score: '0',
      required: '2',
      allowed: 'false',
    });
    expect(result.outputs['reason']).toBe(denyReason(pr, 1, 2));
    expect(result.summary).toContain(standingLine('carol', 'newcomer', 0));
  });

  it('team: everyone’s deploys build one shared record', async () => {
    const { world } = twoAndTwo('team');
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result)).toEqual({
      deployer: 'carol',
      level: 'member',
      score: '4',
      required: '1',
      allowed: 'true',
    });
    expect(result.outputs['reason']).toBe(allowReason('carol', 'member', 4, 1));
    expect(result.summary).toContain('The team is at level **member** with a score of 4.');
    expect(result.summary).toContain('`████░░░░░░` 4 of 10 clean deploys to **owner**');
    expect(result.summary).toContain(recordLine(4, 0, 0));
  });

  it('team: anyone’s failure demotes the whole team', async () => {
    const world = ladderWorld({ scope: 'team' });
    deploys(world, 'alice', 11);
    deploys(world, 'bob', 1, { status: 'failure' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toMatchObject({ level: 'member', score: '3', required: '1' });
    expect(result.summary).toContain(recordLine(11, 1, 0));
  });
});

describe('without trust', () => {
  it('level is empty and score counts the deployer’s clean deploys', async () => {
    const world = peopled(aWorld(FIXED_POLICY));
    deploys(world, 'alice', 3);
    deploys(world, 'bob', 2);
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toEqual({
      deployer: 'alice',
      level: '',
      score: '3',
      required: '1',
      allowed: 'true',
    });
    expect(result.outputs['reason']).toBe(
      '`alice` (score 3) may deploy: 1 change, it has its required approvals (at most 1)',
    );
    expect(result.summary).toContain(
      "No trust ladder for this environment: every change needs the policy's fixed approvals; **alice** has a score of 3.",
    );
  });

  it('a failure resets the score to 0', async () => {
    const world = peopled(aWorld(FIXED_POLICY));
    deploys(world, 'alice', 4);
    deploys(world, 'alice', 1, { status: 'failure' });
    deploys(world, 'alice', 1);
    release(world, ['erin']);
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(verdictOf(result)).toMatchObject({ level: '', score: '1', required: '1' });
    expect(result.summary).toContain('**alice** has a score of 1.');
    expect(result.summary).toContain(recordLine(5, 1, 0));
  });
});
