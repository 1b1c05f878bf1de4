// Request counts and paging of the deployment history end to end (SPEC §7 Few API requests, §5 History).
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { deploys, ladderWorld, recordLine, release, verdictOf } from './history-world.js';
import { serve } from './scenario.js';
import { IN_PROCESS } from './run-action.js';

/** `count` clean deploys taking turns between bob and carol. */
function busyTeam(world: World, count: number): void {
  for (let i = 0; i < count; i++) deploys(world, i % 2 === 0 ? 'bob' : 'carol', 1);
}

/** A typical gate: alice (member) deploys a release of `pulls` approved pull requests. */
async function typicalGate(deployments: number, pulls: number) {
  const world = ladderWorld();
  busyTeam(world, deployments - 3);
  deploys(world, 'alice', 3);
  for (let i = 1; i <= pulls; i++) release(world, ['erin'], `Feature ${i}`);
  const { run, sim } = await serve(world);
  // Answers that take a while make requests sent together overlap in the log: one round. 150 ms
  // keeps them overlapping when a loaded machine starves the action between two sends.
  sim.inject({ latencyMs: 150 });
  const result = await run({ actor: 'alice' });
  expect(verdictOf(result, ['changes', 'approvals'])).toEqual({
    deployer: 'alice',
    level: 'member',
    score: '3',
    required: '1',
    approvals: '1',
    changes: String(pulls),
    allowed: 'true',
  });
  return { ...sim.counts(), rounds: sim.log.rounds() };
}

describe('requests', () => {
  // Rounds are timed: in process (mutation testing) loading src/ between two sends splits one.
  it.skipIf(IN_PROCESS)(
    'a typical gate (policy, under 100 deployments, 10 pull requests) makes at most 3, in 2 rounds',
    async () => {
      const counts = await typicalGate(50, 10);
      expect(counts.total).toBeLessThanOrEqual(3);
      expect(counts.rounds).toBeLessThanOrEqual(2);
      expect(counts.failed).toBe(0);
      expect(counts.byRoute['graphql TrustGateHistory']).toBe(1);
      // The release is cut from the target's history the first query carries: no compare.
      expect(Object.keys(counts.byRoute).filter((route) => route.includes('/compare/'))).toEqual(
        [],
      );
      // The rollback checks' generations ride along with the changes: no request of their own.
      expect(counts.byRoute['graphql TrustGateChanges']).toBe(1);
      expect(counts.byRoute['graphql TrustGateGenerations']).toBeUndefined();
    },
  );

  it('grow with pages of data, not with items', async () => {
    const onePull = await typicalGate(50, 1);
    const tenPulls = await typicalGate(50, 10);
    const twoPages = await typicalGate(150, 10);
    expect(tenPulls.total).toBe(onePull.total);
    // A second page of history, and the generations of the deployed commits past the first 100.
    expect(twoPages.total).toBe(tenPulls.total + 2);
    expect(twoPages.byRoute['graphql TrustGateHistory']).toBe(2);
    expect(twoPages.byRoute['graphql TrustGateGenerations']).toBe(1);
  });
});

describe('a history of more than 100 deployments', () => {
  it('is read across pages, oldest deployments and their order included', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 12);
    deploys(world, 'alice', 1, { status: 'failure' });
    deploys(world, 'alice', 2);
    deploys(world, 'bob', 100);
    release(world, ['erin']);
    const { run, sim } = await serve(world);
    const alice = await run({ actor: 'alice' });
    // 12 → failure demotes owner to member (3) → 5.
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '5', required: '1' });
    expect(alice.summary).toContain(recordLine(14, 1, 0));
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(2);
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ level: 'owner', score: '100', required: '0' });
  });

  it('is read to its last page while the window is not covered', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 30);
    deploys(world, 'bob', 220);
    release(world, ['erin']);
    const { run, sim } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'owner', score: '30', allowed: 'true' });
    expect(alice.summary).toContain(recordLine(30, 0, 0));
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(3);
  });

  it('is read past the window until the last successful deployment, the release base, is found', async () => {
    const world = ladderWorld({ window: '7d' });
    release(world, ['erin', 'dave'], 'Old feature');
    world.at('2026-11-07T12:00:00Z');
    world.deployment({ creator: 'alice', status: 'success' });
    release(world, ['erin', 'dave'], 'Add cart');
    release(world, ['erin', 'dave'], 'Add search');
    world.at('2026-11-12T12:00:00Z');
    for (let i = 0; i < 100; i++) world.deployment({ creator: 'bob', status: 'failure' });
    const { run, sim } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result, ['changes'])).toEqual({
      deployer: 'carol',
      level: 'newcomer',
      score: '0',
      required: '2',
      changes: '2',
      allowed: 'true',
    });
    expect(result.summary).toContain('Add cart');
    expect(result.summary).not.toContain('Old feature');
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(2);
  });
});
