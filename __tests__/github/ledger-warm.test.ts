// The history cache: a warm run decides exactly as a cold run on the same history, with fewer requests.
import { describe, expect, it, vi } from 'vitest';
import { MemoryLedgerStore } from '../../src/github/ledger-store.js';
import type { Ledger } from '../../src/github/ledger.js';
import { ladderPolicy, ladderWorld, ship } from '../e2e/history-world.js';
import type { World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';
import { gateOnce } from './ledger-kit.js';

const DAY = 86_400_000;
const T1 = '2026-11-20T12:00:00Z';
const T2 = '2026-11-22T12:00:00Z';
const at = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

const PEOPLE = ['alice', 'bob', 'carol'];

/**
 * `count` deployments spread over `days` before `end`: new commits, redeploys, rollbacks to a
 * commit two back, failures, ones that never finished, and workflow deployments linked to runs.
 */
function aHistory(world: World, count: number, end: string, days: number): void {
  const start = Date.parse(end) - days * DAY;
  const shas: string[] = [];
  for (let i = 0; i < count; i++) {
    const when = new Date(start + (i * days * DAY) / count).toISOString();
    if (i % 3 === 0 || shas.length < 3) shas.push(ship(world, when));
    const sha = i % 17 === 9 ? shas.at(-3)! : shas.at(-1)!;
    const person = PEOPLE[i % 3]!;
    if (i % 10 === 4) {
      const run = world.workflowRun({
        actor: person,
        conclusion: i % 20 === 4 ? 'cancelled' : 'success',
      });
      world.deployment({
        sha,
        at: when,
        creator: 'github-actions[bot]',
        payload: { deployer: person },
        status: { state: i % 20 === 4 ? 'failure' : 'success', run },
      });
      continue;
    }
    const state = i % 7 === 3 ? 'failure' : i % 11 === 5 ? null : 'success';
    world.deployment({ sha, at: when, creator: person, ...(state ? { status: state } : {}) });
  }
}

async function warmAndCold(world: World, now: string, options: { sampleSize?: number } = {}) {
  const { sim } = await serve(world);
  const store = new MemoryLedgerStore();
  const first = await gateOnce(world, sim, { store, now: T1 });
  return { sim, store, first, options, now };
}

/** Cold and warm decisions for each deployer at `now`; the warm run uses (a copy of) the store. */
async function compare(
  world: World,
  sim: Awaited<ReturnType<typeof serve>>['sim'],
  store: MemoryLedgerStore,
  now: string,
  sampleSize?: number,
) {
  const results = [];
  for (const deployer of PEOPLE) {
    const cold = await gateOnce(world, sim, { now, deployer });
    const copy = new MemoryLedgerStore(store.text);
    const warm = await gateOnce(world, sim, {
      now,
      deployer,
      store: copy,
      ...(sampleSize === undefined ? {} : { sampleSize }),
    });
    expect(warm.decision).toEqual(cold.decision);
    results.push({ cold, warm, copy });
  }
  return results;
}

function ledgerOf(store: MemoryLedgerStore): Ledger {
  return JSON.parse(store.text!) as Ledger;
}

describe('a warm run', { timeout: 180_000 }, () => {
  it('decides as a cold run and reads only the newest page of a 300-deployment history', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 300, T1, 80);
    const { sim, store, first } = await warmAndCold(world, T1);
    expect(first.counts.failed).toBe(0);
    expect(ledgerOf(store).deployments).toHaveLength(300);
    // After the ledger: a day of new deploys.
    world.at(at(T1, 0.5));
    world.deployment({ sha: ship(world), creator: 'alice', status: 'success' });
    world.deployment({ sha: ship(world), creator: 'bob', status: 'failure' });
    const [alice] = await compare(world, sim, store, T2);
    const { cold, warm } = alice!;
    // Cold: 4 history pages, generations, every linked run and job, rollback compares.
    expect(cold.counts).toMatchObject({ graphql: 6, rest: 61 });
    // Warm: the newest page, one re-check; runs, jobs and compares of the last week only.
    expect(warm.counts).toMatchObject({ graphql: 3, rest: 6 });
    expect(warm.counts.byRoute['graphql TrustGateLedgerCheck']).toBe(1);
  });

  it('sees late statuses on deployments within the horizon, as a cold run does', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    // 50 deployments a day: the newest page holds 2 days, the horizon 7.
    aHistory(world, 100, at(T1, -8), 50);
    aHistory(world, 400, at(T1, -0.5), 8);
    const recent = (creator: string, status?: 'success' | 'failure', days = -3) =>
      world.deployment({
        sha: ship(world, at(T1, days)),
        at: at(T1, days),
        creator,
        ...(status ? { status } : { statuses: [] }),
      });
    const lateFailure = recent('alice', 'success', -5);
    const lateSuccess = recent('bob', 'failure', -4);
    const byOther = recent('carol', 'success', -3);
    const open = recent('alice', undefined, -2);
    const { sim, store } = await warmAndCold(world, T1);
    const before = [];
    for (const deployer of PEOPLE)
      before.push((await gateOnce(world, sim, { now: T2, deployer })).decision);
    world.at(at(T1, 0.2));
    world.deploymentStatus(lateFailure.id, { state: 'failure' });
    world.deploymentStatus(lateSuccess.id, { state: 'success' });
    world.deploymentStatus(byOther.id, { state: 'failure', creator: 'alice' });
    world.deploymentStatus(open.id, { state: 'success' });
    const results = await compare(world, sim, store, T2);
    // The late statuses changed decisions: a warm run that kept the ledger's view would differ.
    expect(results.map((r) => r.warm.decision)).not.toEqual(before);
  });

  it('re-reads an old deployment the ledger holds unsettled', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 200, at(T1, -20), 40);
    const stuck = world.deployment({
      sha: ship(world),
      at: at(T1, -19),
      creator: 'alice',
      statuses: [],
    });
    aHistory(world, 20, at(T1, -9), 8);
    const { sim, store } = await warmAndCold(world, T1);
    expect(ledgerOf(store).deployments.find((d) => d.id === stuck.id)?.statuses).toEqual([]);
    world.at(at(T1, 1));
    world.deploymentStatus(stuck.id, { state: 'failure' });
    await compare(world, sim, store, T2);
  });

  it('drops a deployment deleted within the horizon', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 100, at(T1, -8), 50);
    aHistory(world, 400, T1, 8);
    const { sim, store } = await warmAndCold(world, T1);
    const gone = world.deployments.findIndex(
      (d) => Date.parse(d.createdAt) > Date.parse(at(T1, -5)),
    );
    world.deployments.splice(gone, 1);
    await compare(world, sim, store, T2);
  });

  it('discards the ledger when a sampled deployment was deleted from GitHub, and reads in full', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 250, T1, 60);
    const { sim, store } = await warmAndCold(world, T1);
    world.deployments.splice(30, 1); // weeks old: past the horizon
    const [alice] = await compare(world, sim, store, T2, 1000);
    // Every settled entry sampled: one request (two lists of 100 ids), then the full read.
    expect(alice!.warm.counts.graphql).toBe(alice!.cold.counts.graphql + 1);
  });

  it('follows the policy window: a wider one reads in full, a narrower one warm', async () => {
    const world = ladderWorld({ window: '30d' }, '2026-06-01T00:00:00Z');
    aHistory(world, 250, T1, 120);
    const { sim, store } = await warmAndCold(world, T1);
    world.at(at(T1, 0.1));
    world.commit({
      message: 'Wider',
      files: { '.github/trust-gate.yml': ladderPolicy({ window: '90d' }) },
    });
    const [wide] = await compare(world, sim, store, T2);
    expect(wide!.warm.counts.graphql).toBeGreaterThanOrEqual(wide!.cold.counts.graphql);
    world.commit({
      message: 'Narrower',
      files: { '.github/trust-gate.yml': ladderPolicy({ window: '14d' }) },
    });
    const [narrow] = await compare(world, sim, store, T2);
    expect(narrow!.warm.counts.graphql).toBeLessThanOrEqual(narrow!.cold.counts.graphql);
  });
});

describe('a ledger that cannot be believed means a full read', { timeout: 180_000 }, () => {
  async function fullRead(tamper: (ledger: Ledger) => unknown, now = T2) {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 250, T1, 60);
    const { sim, store } = await warmAndCold(world, T1);
    const text = JSON.stringify(tamper(ledgerOf(store)));
    const cold = await gateOnce(world, sim, { now, deployer: 'bob' });
    const warm = await gateOnce(world, sim, {
      now,
      deployer: 'bob',
      store: new MemoryLedgerStore(text),
    });
    expect(warm.decision).toEqual(cold.decision);
    expect(warm.counts).toEqual(cold.counts);
  }

  it('corrupt', () => fullRead(() => '{"version":1,'));
  it('another format version', () => fullRead((l) => ({ ...l, version: 2 })));
  it('schema-invalid', () => fullRead((l) => ({ ...l, deployments: [{ id: 'x' }] })));
  it('foreign: another repository', () => fullRead((l) => ({ ...l, repository: 'acme/other' })));
  it('foreign: another environment', () => fullRead((l) => ({ ...l, environment: 'staging' })));
  it('stale: its last full read is over 7 days old', () => fullRead((l) => l, at(T1, 7.5)));
  it('a cache service that fails to restore', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 250, T1, 60);
    const { sim } = await serve(world);
    const failing = new MemoryLedgerStore();
    failing.restore = () => Promise.reject(new Error('cache service unavailable'));
    const cold = await gateOnce(world, sim, { now: T2, deployer: 'bob' });
    const warm = await gateOnce(world, sim, { now: T2, deployer: 'bob', store: failing });
    expect(warm.decision).toEqual(cold.decision);
    expect(warm.counts).toEqual(cold.counts);
    expect(failing.saved).toHaveLength(1); // and the next run can read warm
  });
  it('written later than now', () => fullRead((l) => ({ ...l, readAt: at(T2, 1) })));
});

describe('a history that fits on one page', { timeout: 180_000 }, () => {
  it('keeps no ledger: it would save nothing', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 90, T1, 30);
    const { sim } = await serve(world);
    const store = new MemoryLedgerStore();
    const restore = vi.spyOn(store, 'restore');
    const cold = await gateOnce(world, sim, { now: T1 });
    const warm = await gateOnce(world, sim, { now: T1, store });
    expect(warm.decision).toEqual(cold.decision);
    expect(warm.counts).toEqual(cold.counts);
    expect(restore).not.toHaveBeenCalled();
    expect(store.saved).toEqual([]);
  });
});

describe('the sampled re-check', { timeout: 180_000 }, () => {
  it('discards a tampered ledger it samples, so the tampering changes nothing', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 120, T1, 60);
    const { sim, store } = await warmAndCold(world, T1);
    const ledger = ledgerOf(store);
    // Wipe bob's failures older than the horizon: his record would look clean.
    for (const d of ledger.deployments)
      if (Date.parse(d.createdAt) < Date.parse(at(T1, -8)))
        d.statuses = d.statuses.map((s) =>
          s.state === 'failure' ? { ...s, state: 'success' } : s,
        );
    const tampered = JSON.stringify(ledger);
    const cold = await gateOnce(world, sim, { now: T2, deployer: 'bob' });
    const trusting = await gateOnce(world, sim, {
      now: T2,
      deployer: 'bob',
      store: new MemoryLedgerStore(tampered),
      sampleSize: 0,
    });
    expect(trusting.decision).not.toEqual(cold.decision); // the tampering matters
    const checked = await gateOnce(world, sim, {
      now: T2,
      deployer: 'bob',
      store: new MemoryLedgerStore(tampered),
      sampleSize: 1000, // every entry: sure to find a tampered one
    });
    expect(checked.decision).toEqual(cold.decision);
  });

  it('asks for its sample and the unsettled entries in one request', async () => {
    const world = ladderWorld({}, '2026-08-01T00:00:00Z');
    aHistory(world, 250, T1, 60);
    const { sim, store } = await warmAndCold(world, T1);
    const warm = await gateOnce(world, sim, { now: T2, store: new MemoryLedgerStore(store.text) });
    const checks = sim.log.graphql().filter((e) => e.operation === 'TrustGateLedgerCheck');
    expect(checks).toHaveLength(1);
    expect(warm.counts.failed).toBe(0);
  });
});
