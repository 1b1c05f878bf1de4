// The history cache around a read: when it restores, what it says, which read it picks, the ledger it saves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import type { Deployment } from '../../src/decide/facts.js';
import { HistoryCache, openHistoryCache } from '../../src/github/history-cache.js';
import { MemoryLedgerStore, type LedgerStore } from '../../src/github/ledger-store.js';
import { ledgerEntry, type Ledger } from '../../src/github/ledger.js';
import type { LoadedHistory } from '../../src/github/load-history.js';
import type { GitHubPort } from '../../src/github/port.js';
import { aLedger as anEmptyLedger } from './ledger-kit.js';
import { aDeployment, someFacts } from '../builders.js';
import { FakeGitHub } from './fake-history-github.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-15T12:00:00.000Z');
const BUILT_AT = '2026-06-12T12:00:00.000Z';
const READ_AT = '2026-06-14T12:00:00.000Z';
const REQUEST = {
  environment: 'production',
  spellings: ['production'],
  since: NOW.getTime() - 30 * DAY,
};

const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const dep = (id: number, days: number, overrides: Partial<Deployment> = {}) =>
  aDeployment({ id, createdAt: ago(days), ...overrides });

/** Six deployments, newest first, two a page: three pages. */
const RECORD = [dep(6, 1), dep(5, 2), dep(4, 10), dep(3, 20), dep(2, 40), dep(1, 50)];

function aLedger(overrides: Partial<Ledger> = {}): Ledger {
  return anEmptyLedger({
    builtAt: BUILT_AT,
    readAt: READ_AT,
    complete: true,
    deployments: RECORD.slice(1).map((d) => ledgerEntry(d, `DE_${d.id}`)),
    ...overrides,
  });
}

function aCache(store: LedgerStore, options = {}) {
  return new HistoryCache(
    store,
    { owner: 'Acme', repo: 'Shop', environment: 'Production', now: NOW },
    options,
  );
}

let said: string[];
beforeEach(() => {
  said = [];
  vi.spyOn(core, 'info').mockImplementation((line) => void said.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** One read through the cache: its port, its reader, the first page handed over as the caller does. */
async function readThrough(cache: HistoryCache, github: FakeGitHub) {
  const first = await github.first();
  return cache.reader()(cache.port(github.port), REQUEST, first);
}

const loaded = (deployments: Deployment[]) =>
  ({ deployments, generations: {}, notes: [] }) as unknown as LoadedHistory;

const savedLedger = (store: MemoryLedgerStore) => JSON.parse(store.saved.at(-1)!) as Ledger;

describe('a history that fits on one page', () => {
  it('is read without restoring a ledger, and none is saved', async () => {
    const store = new MemoryLedgerStore(JSON.stringify(aLedger()));
    const restore = vi.spyOn(store, 'restore');
    const cache = aCache(store);
    const read = await readThrough(cache, new FakeGitHub(RECORD, 10));
    expect(read.deployments.map((d) => d.id)).toEqual([6, 5, 4, 3, 2, 1]);
    await cache.save(loaded(read.deployments), someFacts());
    expect(restore).not.toHaveBeenCalled();
    expect(store.saved).toEqual([]);
    expect(said).toEqual([]);
  });
});

describe('a full read', () => {
  it.each([
    [
      'no ledger kept',
      () => new MemoryLedgerStore(),
      'History cache: none kept yet; reading the history in full.',
    ],
    [
      'a ledger that is not JSON',
      () => new MemoryLedgerStore('{'),
      'History cache: discarded, it is not readable JSON; reading the history in full.',
    ],
    [
      'a ledger whose sampled entry is gone',
      () => new MemoryLedgerStore(JSON.stringify(aLedger({ complete: false }))),
      'History cache: discarded, deployment 3 it holds is gone from GitHub; reading the history in full.',
    ],
    [
      'a cache service that fails',
      () => {
        const store = new MemoryLedgerStore();
        store.restore = () => Promise.reject(new Error('cache service unavailable'));
        return store;
      },
      'History cache: could not be restored (cache service unavailable); reading the history in full.',
    ],
  ])('with %s says why, and saves a new ledger built now', async (_name, aStore, line) => {
    const store = aStore();
    const cache = aCache(store, { sampleSize: 1, random: () => 0 });
    const github = new FakeGitHub([dep(6, 1), dep(5, 2), dep(4, 10), dep(2, 20), dep(1, 25)]);
    const read = await readThrough(cache, github);
    expect(said).toEqual([line]);
    expect(read.deployments.map((d) => d.id)).toEqual([6, 5, 4, 2, 1]);
    await cache.save(loaded(read.deployments), someFacts());
    const ledger = savedLedger(store);
    expect(ledger).toMatchObject({
      repository: 'acme/shop',
      environment: 'production',
      builtAt: NOW.toISOString(),
      readAt: NOW.toISOString(),
      complete: true,
    });
    expect(ledger.deployments.map((d) => d.nodeId)).toEqual([
      'DE_6',
      'DE_5',
      'DE_4',
      'DE_2',
      'DE_1',
    ]);
  });

  it('that stops before GitHub’s last page saves a ledger that is not complete', async () => {
    const store = new MemoryLedgerStore();
    const cache = aCache(store);
    const record = [dep(6, 1), dep(5, 2), dep(4, 40), dep(3, 41), dep(2, 42)];
    const read = await readThrough(cache, new FakeGitHub(record));
    expect(read.deployments.map((d) => d.id)).toEqual([6, 5, 4, 3]);
    await cache.save(loaded(read.deployments), someFacts());
    expect(savedLedger(store).complete).toBe(false);
  });

  it('that stops on the first page saves a ledger that is not complete', async () => {
    const store = new MemoryLedgerStore();
    const cache = aCache(store);
    const record = [dep(6, 1), dep(5, 40), dep(4, 41)];
    const read = await readThrough(cache, new FakeGitHub(record));
    expect(read.deployments.map((d) => d.id)).toEqual([6, 5]);
    await cache.save(loaded(read.deployments), someFacts());
    expect(savedLedger(store).complete).toBe(false);
  });

  it('waits at most 30 s for the cache service', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const store = new MemoryLedgerStore();
    store.restore = () => new Promise<never>(() => undefined);
    const cache = aCache(store);
    const reading = readThrough(cache, new FakeGitHub(RECORD));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(said).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const read = await reading;
    expect(read.deployments).toHaveLength(6);
    expect(said).toEqual([
      'History cache: could not be restored (no answer in 30 s); reading the history in full.',
    ]);
  });
});

describe('a warm read', () => {
  it('says so, and saves a ledger built when the one it read was, read now', async () => {
    const store = new MemoryLedgerStore(JSON.stringify(aLedger()));
    const restore = vi.spyOn(store, 'restore');
    const cache = aCache(store);
    const github = new FakeGitHub(RECORD);
    const read = await readThrough(cache, github);
    await readThrough(cache, github);
    expect(restore).toHaveBeenCalledTimes(1);
    expect(said[0]).toBe('History cache: read warm: 6 deployments, recent ones from GitHub.');
    await cache.save(loaded(read.deployments), someFacts());
    expect(savedLedger(store)).toMatchObject({
      builtAt: BUILT_AT,
      readAt: NOW.toISOString(),
      complete: true,
    });
  });

  it('saves a ledger that is not complete when neither GitHub’s pages nor the old ledger were', async () => {
    const store = new MemoryLedgerStore(JSON.stringify(aLedger({ complete: false })));
    const cache = aCache(store);
    const read = await readThrough(cache, new FakeGitHub(RECORD));
    expect(said).toEqual(['History cache: read warm: 6 deployments, recent ones from GitHub.']);
    await cache.save(loaded(read.deployments), someFacts());
    expect(savedLedger(store).complete).toBe(false);
  });
});

describe('the saved ledger', () => {
  async function saved(deployments: Deployment[], facts = someFacts()) {
    const store = new MemoryLedgerStore();
    const cache = aCache(store);
    const github = new FakeGitHub(deployments, 10);
    await cache.port(github.port).history({ environment: 'production', policy: null, after: 'c0' });
    github.record = [];
    await cache.save(loaded(deployments), facts);
    return savedLedger(store);
  }

  it('holds the deployments newest first, by id when created together', async () => {
    const at = ago(3);
    const ledger = await saved([
      dep(1, 5),
      dep(2, 1, { createdAt: at }),
      dep(3, 1, { createdAt: at }),
      dep(4, 1),
    ]);
    expect(ledger.deployments.map((d) => d.id)).toEqual([4, 3, 2, 1]);
  });

  it('keeps run facts, compares GitHub could make, and generations', async () => {
    const runs = {
      1: { conclusion: 'success', attempts: 1, triggeringActor: 'bob', repository: 'acme/shop' },
    };
    const jobs = { 2: { conclusion: 'success', run: '1', attempt: 1 } };
    const attempts = { '1/1': { conclusion: 'success', triggeringActor: 'bob' } };
    const facts = someFacts({
      runs,
      jobs,
      attempts,
      comparisons: { 'a...b': 'behind', 'c...d': 'diverged', 'e...f': 'ahead' },
      generations: { a: 1 },
    });
    const kept = await saved([dep(1, 1)], facts);
    expect([kept.runs, kept.jobs, kept.attempts, kept.generations]).toEqual([
      runs,
      jobs,
      attempts,
      { a: 1 },
    ]);
    expect(kept.comparisons).toEqual({ 'a...b': 'behind', 'e...f': 'ahead' });
    const unreadable = await saved([dep(1, 1)], { ...facts, runsUnreadable: 'no actions: read' });
    expect([unreadable.runs, unreadable.jobs, unreadable.attempts]).toEqual([{}, {}, {}]);
  });

  it('is not complete when nothing was read', async () => {
    const store = new MemoryLedgerStore();
    await aCache(store).save(loaded([]), someFacts());
    expect(savedLedger(store)).toMatchObject({ complete: false, deployments: [] });
  });

  it('is not saved when a deployment’s node id is unknown, and says so', async () => {
    const store = new MemoryLedgerStore();
    const cache = aCache(store);
    await cache.save(loaded([dep(1, 1)]), someFacts());
    expect(store.saved).toEqual([]);
    expect(said).toEqual(['History cache: not saved: a deployment’s node id is unknown.']);
  });
});

describe('the port it hands out', () => {
  it('passes every other call and property through to the port', async () => {
    class Port {
      readonly label = 'the port';
      readonly #answer = { a: 3 };
      generations() {
        return Promise.resolve(this.#answer);
      }
    }
    const port = aCache(new MemoryLedgerStore()).port(new Port() as unknown as GitHubPort);
    await expect(port.generations(['a'])).resolves.toEqual({ a: 3 });
    expect((port as unknown as Port).label).toBe('the port');
  });
});

describe('openHistoryCache', () => {
  const request = {
    owner: 'acme',
    repo: 'shop',
    environment: 'production',
    now: NOW,
    enabled: true,
  };
  it.each([
    ['turned off', { ...request, enabled: false }, { ACTIONS_CACHE_URL: 'http://cache/' }, false],
    ['without a cache service', request, {}, false],
    ['with a cache service', request, { ACTIONS_RESULTS_URL: 'http://results/' }, true],
  ])('%s', (_name, asked, env, opened) => {
    expect(openHistoryCache(asked, env) instanceof HistoryCache).toBe(opened);
  });
});
