// Property: on any history, with late statuses and deletions within the horizon after the ledger was
// written, a warm run decides exactly as a cold run (the sample drawn at random, as in production).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryLedgerStore } from '../../src/github/ledger-store.js';
import { ladderWorld, ship } from '../e2e/history-world.js';
import { serve } from '../simulator/test-client.js';
import { gateOnce } from './ledger-kit.js';

const DAY = 86_400_000;
const T1 = Date.parse('2026-11-20T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const PEOPLE = ['alice', 'bob', 'carol'] as const;
const STATES = ['success', 'failure', 'error', 'pending', null] as const;

const aDeploy = fc.record({
  who: fc.constantFrom(...PEOPLE),
  state: fc.constantFrom(...STATES),
  newCommit: fc.boolean(),
  rollback: fc.boolean(),
});

const aLateEvent = fc.record({
  /** Which deployment of the last 7 days before the ledger (the horizon), from the newest. */
  fromNewest: fc.nat({ max: 1000 }),
  kind: fc.constantFrom('failure', 'success', 'error', 'by-other', 'delete'),
});

const aCase = fc.record({
  deploys: fc.array(aDeploy, { minLength: 110, maxLength: 230 }),
  /** Over 2 days the newest page holds less than the horizon; over 80, weeks. */
  days: fc.oneof(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 10, max: 80 })),
  window: fc.constantFrom('14d', '30d', '90d'),
  late: fc.array(aLateEvent, { minLength: 1, maxLength: 6 }),
  laterDays: fc.integer({ min: 0, max: 6 }),
});

type Case = typeof aCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case) {
  const world = ladderWorld({ window: c.window }, '2026-07-01T00:00:00Z');
  const shas: string[] = [];
  const start = T1 - c.days * DAY;
  const recent: number[] = [];
  const ids = c.deploys.map((d, i) => {
    const time = start + (i * c.days * DAY) / c.deploys.length;
    const at = iso(time);
    if (d.newCommit || shas.length < 3) shas.push(ship(world, at));
    const sha = d.rollback ? shas.at(-3)! : shas.at(-1)!;
    const statuses = d.state ? [{ state: d.state }] : [];
    const { id } = world.deployment({ sha, at, creator: d.who, statuses });
    if (time >= T1 - 7 * DAY) recent.push(id);
    return id;
  });
  return { world, ids, recent };
}

describe('warm and cold runs decide alike', () => {
  it('on random histories with late statuses and deletions', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(aCase, async (c) => {
        const { world, recent } = build(c);
        const { sim } = await serve(world);
        const store = new MemoryLedgerStore();
        await gateOnce(world, sim, { now: iso(T1), store });
        world.at(iso(T1 + DAY / 10));
        for (const event of c.late) {
          if (recent.length === 0) break;
          const id = recent[recent.length - 1 - (event.fromNewest % recent.length)]!;
          const index = world.deployments.findIndex((d) => d.id === id);
          if (index < 0) continue;
          if (event.kind === 'delete') world.deployments.splice(index, 1);
          else if (event.kind === 'by-other')
            world.deploymentStatus(id, { state: 'failure', creator: 'erin' });
          else world.deploymentStatus(id, { state: event.kind });
        }
        const now = iso(T1 + c.laterDays * DAY + DAY / 5);
        for (const deployer of PEOPLE) {
          const cold = await gateOnce(world, sim, { now, deployer });
          const warm = await gateOnce(world, sim, {
            now,
            deployer,
            store: new MemoryLedgerStore(store.text),
          });
          expect(warm.decision).toEqual(cold.decision);
        }
      }),
      { numRuns: 8, seed: 20261128, endOnFailure: true },
    );
  });
});
