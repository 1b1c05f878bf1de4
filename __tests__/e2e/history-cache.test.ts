// The history cache end to end: dist/index.js against the simulator and the runner's cache service
// protocol (@actions/cache over ACTIONS_CACHE_URL), a cold run then a warm one.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { startCacheService } from './cache-service.js';
import { ladderWorld, release } from './history-world.js';
import { NOW, serve } from './scenario.js';

/** 10,000 deployments in the window (2,000 commits, a failure and an unfinished one each), a release. */
function largeWorld(): World {
  const world = ladderWorld({}, '2026-09-01T00:00:00Z');
  const cycle = ['success', 'failure', 'success', null, 'success'] as const;
  const start = Date.parse('2026-09-01T00:00:00Z');
  for (let i = 0; i < 10_000; i++) {
    const at = new Date(start + i * 600_000).toISOString();
    if (i % 5 === 0) world.commit({ message: `change ${i}`, files: { 'src/app.ts': `${i}` }, at });
    const status = cycle[i % 5];
    world.deployment({
      creator: i % 2 ? 'alice' : 'carol',
      ...(status ? { status } : { statuses: [] }),
      at,
    });
  }
  release(world, ['dave']);
  return world;
}

const DECISION = [
  'allowed',
  'decision',
  'reason',
  'deployer',
  'level',
  'score',
  'required-approvals',
];
const pick = (outputs: Record<string, string>) =>
  Object.fromEntries(DECISION.map((name) => [name, outputs[name]]));

describe('history cache', () => {
  it(
    'a cold run saves the ledger; a warm run decides the same in at most 10 requests',
    { timeout: 300_000 },
    async () => {
      const { run, sim } = await serve(largeWorld());
      const cache = await startCacheService();
      const cold = await run({ actor: 'alice', env: { ...cache.env(), GITHUB_RUN_ID: '1' } });
      expect(cold.stderr).toBe('');
      const coldCounts = sim.counts();
      expect(coldCounts.graphql).toBeGreaterThan(100); // every page of 10,000 deployments
      expect(cold.stdout).toContain('History cache: none kept yet; reading the history in full.');
      expect(cache.entries.map((e) => [e.key, e.archive !== null])).toEqual([
        ['trust-gate-ledger-v1-acme/shop-production:1-1', true],
      ]);
      sim.reset();
      const warm = await run({ actor: 'alice', env: { ...cache.env(), GITHUB_RUN_ID: '2' } });
      expect(warm.stderr).toBe('');
      expect(warm.stdout).toContain('History cache: read warm: 10000 deployments');
      expect(pick(warm.outputs)).toEqual(pick(cold.outputs));
      expect(warm.annotations.filter((a) => a.level !== 'notice')).toEqual(
        cold.annotations.filter((a) => a.level !== 'notice'),
      );
      const counts = sim.counts();
      expect(counts.total).toBeLessThanOrEqual(10);
      expect(counts.byRoute['graphql TrustGateHistory']).toBe(1);
      // One request holds the sample and the ~490 deployments without an outcome created in the
      // 35 days before the ledger was read (any of them may still get one): 500 ids a request.
      expect(counts.byRoute['graphql TrustGateLedgerCheck']).toBe(1);
      // Restored by prefix, then saved under the run's own key.
      expect(cache.entries.map((e) => e.key)).toEqual([
        'trust-gate-ledger-v1-acme/shop-production:1-1',
        'trust-gate-ledger-v1-acme/shop-production:2-1',
      ]);
    },
  );

  it('without the runner’s cache service, or with `history-cache: false`, nothing changes and nothing is said', async () => {
    const world = ladderWorld();
    world.deployment({ creator: 'alice', status: 'success' });
    release(world, ['dave']);
    const { run, sim } = await serve(world);
    const plain = await run({ actor: 'alice', now: NOW });
    const plainCounts = sim.counts().total;
    expect(plain.stdout).not.toContain('History cache');
    const cache = await startCacheService();
    sim.reset();
    const off = await run({
      actor: 'alice',
      inputs: { environment: 'production', 'history-cache': 'false' },
      env: cache.env(),
    });
    expect(off.stdout).not.toContain('History cache');
    expect(cache.requests).toEqual([]);
    expect(sim.counts().total).toBe(plainCounts);
    expect(pick(off.outputs)).toEqual(pick(plain.outputs));
  });
});
