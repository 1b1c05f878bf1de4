// The ledger's format, its checks before belief, its key, the sample, and a save that fails.
import { parse, validate } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import { HistoryCache } from '../../src/github/history-cache.js';
import { deploymentNodesQuery } from '../../src/github/ledger-nodes.js';
import { sampleOf } from '../../src/github/ledger-history.js';
import {
  cacheServiceOffered,
  ledgerKeyPrefix,
  MemoryLedgerStore,
  type LedgerStore,
} from '../../src/github/ledger-store.js';
import {
  isSettled,
  ledgerEntry,
  ownerOf,
  parseLedger,
  sameEntry,
  type Ledger,
} from '../../src/github/ledger.js';
import type { LoadedHistory } from '../../src/github/load-history.js';
import { aLedger as anEmptyLedger } from './ledger-kit.js';
import { aDeployment, aStatus, someFacts } from '../builders.js';
import { githubSchema } from '../simulator/graphql.js';

const OWNER = { repository: 'acme/shop', environment: 'production' };
const NOW = new Date('2026-11-27T12:00:00Z');

function aLedger(overrides: Partial<Ledger> = {}): Ledger {
  return anEmptyLedger({ deployments: [ledgerEntry(aDeployment(), 'DE_1')], ...overrides });
}

const reason = (text: string) => {
  const parsed = parseLedger(text, OWNER, NOW);
  return 'discarded' in parsed ? parsed.discarded : 'believed';
};

describe('parseLedger', () => {
  it('believes a well-formed ledger of this repository and environment', () => {
    expect(reason(JSON.stringify(aLedger()))).toBe('believed');
  });

  it.each([
    ['not JSON', '{', 'it is not readable JSON'],
    ['another version', JSON.stringify(aLedger({ version: 2 as 1 })), 'it has format version 2'],
    ['no version', '{}', 'it has format version undefined'],
    [
      'an unknown field',
      JSON.stringify({ ...aLedger(), extra: 1 }),
      'it does not match the ledger format',
    ],
    [
      'a bad time',
      JSON.stringify(aLedger({ readAt: 'yesterday' })),
      'it does not match the ledger format',
    ],
    [
      'another repository',
      JSON.stringify(aLedger({ repository: 'acme/other' })),
      'it belongs to acme/other (production)',
    ],
    [
      'another environment',
      JSON.stringify(aLedger({ environment: 'staging' })),
      'it belongs to acme/shop (staging)',
    ],
    [
      'a full read over 7 days old',
      JSON.stringify(aLedger({ builtAt: '2026-11-20T11:59:59Z' })),
      'its last full read is more than 7 days old',
    ],
    [
      'a read in the future',
      JSON.stringify(aLedger({ readAt: '2026-11-27T12:00:01Z' })),
      'it was written later than now',
    ],
  ])('discards %s', (_name, text, why) => {
    expect(reason(text)).toBe(why);
  });

  it('still believes a full read exactly 7 days old', () => {
    expect(reason(JSON.stringify(aLedger({ builtAt: '2026-11-20T12:00:00Z' })))).toBe('believed');
  });

  it.each([
    ['JSON null', 'null', 'it has format version undefined'],
    [
      'a full read later than now',
      JSON.stringify(aLedger({ builtAt: '2026-11-27T12:00:01Z', readAt: '2026-11-26T12:00:00Z' })),
      'it was written later than now',
    ],
    ['a read exactly now', JSON.stringify(aLedger({ readAt: NOW.toISOString() })), 'believed'],
    [
      'a full read and a read exactly now',
      JSON.stringify(aLedger({ builtAt: NOW.toISOString(), readAt: NOW.toISOString() })),
      'believed',
    ],
  ])('reads %s', (_name, text, why) => {
    expect(reason(text)).toBe(why);
  });

  it('gives the ledger it believes, as written', () => {
    const ledger = aLedger({ generations: { abc: 4 } });
    expect(parseLedger(JSON.stringify(ledger), OWNER, NOW)).toEqual({ ledger });
  });

  it('belongs to the lower-case repository and environment', () => {
    expect(ownerOf('Acme', 'Shop', 'Production')).toEqual(OWNER);
  });
});

describe('ledger entries', () => {
  it('leave out GitHub’s automatic inactive statuses, keep linked ones and every other', () => {
    const deployment = aDeployment({
      statuses: [
        aStatus('success'),
        aStatus('inactive'),
        { ...aStatus('inactive'), logUrl: 'https://github.com/acme/shop/actions/runs/5/job/6' },
        aStatus('pending'),
      ],
    });
    const entry = ledgerEntry(deployment, 'DE_1');
    expect(entry.statuses.map((s) => s.state)).toEqual(['success', 'inactive', 'pending']);
    expect(entry.statuses[1]!.logUrl).toBe('https://github.com/acme/shop/actions/runs/5/job/6');
    expect(entry.nodeId).toBe('DE_1');
  });

  it('compare equal whatever the order of their fields, and differ on any status', () => {
    const entry = ledgerEntry(aDeployment(), 'DE_1');
    const { id, ...rest } = entry;
    const reordered = JSON.parse(JSON.stringify({ ...rest, id })) as typeof entry;
    expect(Object.keys(reordered).at(-1)).toBe('id');
    expect(sameEntry(entry, reordered)).toBe(true);
    const changed = { ...entry, statuses: [{ ...entry.statuses[0]!, state: 'failure' as const }] };
    expect(sameEntry(entry, changed)).toBe(false);
  });

  it('keep a status’s creator only when GitHub named one', () => {
    const named = aStatus('success', { creator: 'bob', creatorIsBot: false });
    const entry = ledgerEntry(aDeployment({ statuses: [named, aStatus('failure')] }), 'DE_1');
    expect(entry.statuses[0]).toEqual(named);
    expect(Object.keys(entry.statuses[1]!)).toEqual(['state', 'createdAt', 'logUrl', 'targetUrl']);
  });

  it.each([
    ['success', true],
    ['failure', true],
    ['error', true],
    ['pending', false],
    ['queued', false],
    ['in_progress', false],
    ['inactive', false],
  ] as const)('are settled by a %s status: %s', (state, settled) => {
    expect(isSettled(aDeployment({ statuses: [aStatus(state)] }))).toBe(settled);
  });

  it('are settled by a success, failure or error, not by pending or inactive', () => {
    expect(isSettled(aDeployment({ statuses: [aStatus('pending'), aStatus('error')] }))).toBe(true);
    expect(
      isSettled(aDeployment({ statuses: [aStatus('in_progress'), aStatus('inactive')] })),
    ).toBe(false);
    expect(isSettled(aDeployment({ statuses: [] }))).toBe(false);
  });
});

describe('the ledger key', () => {
  it('is the repository and the lower-case environment; no environment’s prefix is another’s', () => {
    expect(ledgerKeyPrefix('Acme', 'Shop', 'Production')).toBe(
      'trust-gate-ledger-v1-acme/shop-production:',
    );
    const eu = ledgerKeyPrefix('acme', 'shop', 'production-eu');
    expect(eu.startsWith(ledgerKeyPrefix('acme', 'shop', 'production'))).toBe(false);
    expect(ledgerKeyPrefix('acme', 'shop', 'a,b:c')).not.toMatch(/,/);
  });

  it('is used only when the runner offers its cache service', () => {
    expect(cacheServiceOffered({})).toBe(false);
    expect(cacheServiceOffered({ ACTIONS_CACHE_URL: 'http://cache/' })).toBe(true);
    expect(cacheServiceOffered({ ACTIONS_RESULTS_URL: 'http://results/' })).toBe(true);
  });
});

describe('the sample', () => {
  it('draws distinct entries, as many as asked or all there are', () => {
    const picks = [2, 0, 0];
    const random = () => picks.shift()!;
    expect(sampleOf(['a', 'b', 'c', 'd'], 3, random)).toEqual(['c', 'a', 'b']);
    expect(sampleOf(['a', 'b'], 5, () => 0)).toEqual(['a', 'b']);
  });

  it('is read with a query valid against GitHub’s schema, for one list of ids or five', () => {
    expect(validate(githubSchema(), parse(deploymentNodesQuery(1)))).toEqual([]);
    expect(validate(githubSchema(), parse(deploymentNodesQuery(5)))).toEqual([]);
  });
});

describe('saving', () => {
  const history = (deployments = [aDeployment({ id: 7 })]) =>
    ({ deployments, generations: {}, notes: [] }) as unknown as LoadedHistory;

  it('warns when the store fails, and goes on', async () => {
    const warn = vi.spyOn(core, 'warning').mockImplementation(() => undefined);
    const failing: LedgerStore = {
      restore: () => Promise.resolve(null),
      save: () => Promise.reject(new Error('cache service unavailable')),
    };
    const cache = new HistoryCache(failing, {
      owner: 'acme',
      repo: 'shop',
      environment: 'production',
      now: NOW,
    });
    const port = cache.port({
      history: () =>
        Promise.resolve({
          defaultBranch: 'main',
          deployments: [],
          moreStatuses: [],
          nextCursor: null,
          nodeIds: { 7: 'DE_7' },
        }),
    } as never);
    await port.history({ environment: 'production', policy: null, after: null });
    await expect(cache.save(history(), someFacts())).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      'History cache: not saved (cache service unavailable); the next run reads in full.',
    );
    warn.mockRestore();
  });

  it('saves nothing when a deployment’s node id is unknown', async () => {
    const store = new MemoryLedgerStore();
    const cache = new HistoryCache(store, {
      owner: 'acme',
      repo: 'shop',
      environment: 'production',
      now: NOW,
    });
    await cache.save(history(), someFacts());
    expect(store.saved).toEqual([]);
  });
});
