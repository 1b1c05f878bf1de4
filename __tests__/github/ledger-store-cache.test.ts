// The ledger in the runner's cache service: the file it restores and saves, its key, and what it refuses.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import * as cache from '@actions/cache';
import { openHistoryCache } from '../../src/github/history-cache.js';
import type { LoadedHistory } from '../../src/github/load-history.js';
import {
  ActionsCacheStore,
  MAX_LEDGER_BYTES,
  ledgerKeyPrefix,
} from '../../src/github/ledger-store.js';
import { someFacts } from '../builders.js';

vi.mock('@actions/cache', () => ({
  isFeatureAvailable: vi.fn(),
  restoreCache: vi.fn(),
  saveCache: vi.fn(),
}));

/** The runner's home, a fresh directory per test (a worker thread cannot stub HOME for `homedir`). */
const runner = vi.hoisted(() => ({ home: '' }));
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  homedir: () => runner.home,
}));

const PATHS = ['~/.trust-gate-history/ledger.json'];
const PREFIX = 'trust-gate-ledger-v1-acme/shop-production:';
let file: string;

beforeEach(() => {
  runner.home = mkdtempSync(join(tmpdir(), 'ledger-home-'));
  file = join(runner.home, '.trust-gate-history', 'ledger.json');
  vi.mocked(cache.isFeatureAvailable).mockReturnValue(true);
});
afterEach(() => {
  vi.mocked(cache.restoreCache).mockReset();
  vi.mocked(cache.saveCache).mockReset();
  rmSync(runner.home, { recursive: true, force: true });
});

/** The cache service restores `text` (or a file of `size` bytes) into the ledger's file. */
function restoresFile(content: { text?: string; size?: number }) {
  vi.mocked(cache.restoreCache).mockImplementation(() => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content.text ?? '');
    if (content.size !== undefined) truncateSync(file, content.size);
    return Promise.resolve(PREFIX + '7-1');
  });
}

const store = () => new ActionsCacheStore({ prefix: PREFIX, suffix: '7-1' });

describe('restoring', () => {
  it('gives the newest ledger of the key’s prefix, and leaves no file behind', async () => {
    restoresFile({ text: '{"version":1}' });
    await expect(store().restore()).resolves.toBe('{"version":1}');
    expect(cache.restoreCache).toHaveBeenCalledWith(PATHS, PREFIX, [PREFIX]);
    expect(existsSync(file)).toBe(false);
  });

  it('gives nothing on a miss, and removes a file left from before', async () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, 'left over');
    vi.mocked(cache.restoreCache).mockResolvedValue(undefined);
    await expect(store().restore()).resolves.toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it('gives nothing, asking nothing, when the cache service is not available', async () => {
    vi.mocked(cache.isFeatureAvailable).mockReturnValue(false);
    await expect(store().restore()).resolves.toBeNull();
    expect(cache.restoreCache).not.toHaveBeenCalled();
  });

  it('refuses a ledger over the size limit, and removes it', async () => {
    restoresFile({ size: MAX_LEDGER_BYTES + 1 });
    await expect(store().restore()).rejects.toThrow(
      `the ledger is ${MAX_LEDGER_BYTES + 1} bytes, over the limit`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('reads a ledger of exactly the limit', async () => {
    restoresFile({ size: MAX_LEDGER_BYTES });
    await expect(store().restore()).resolves.toHaveLength(MAX_LEDGER_BYTES);
  });
});

describe('saving', () => {
  it('writes the text under the prefix and the run’s suffix, and leaves no file behind, run after run', async () => {
    let saved = '';
    vi.mocked(cache.saveCache).mockImplementation(() => {
      saved = readFileSync(file, 'utf8');
      return Promise.resolve(1);
    });
    await store().save('{"version":1}');
    expect(cache.saveCache).toHaveBeenCalledWith(PATHS, `${PREFIX}7-1`);
    expect(saved).toBe('{"version":1}');
    expect(existsSync(file)).toBe(false);
    await store().save('{"version":1,"again":true}');
    expect(saved).toBe('{"version":1,"again":true}');
  });

  it('removes the file when the cache service fails', async () => {
    vi.mocked(cache.saveCache).mockRejectedValue(new Error('cache service unavailable'));
    await expect(store().save('{}')).rejects.toThrow('cache service unavailable');
    expect(existsSync(file)).toBe(false);
  });

  it('does nothing when the cache service is not available', async () => {
    vi.mocked(cache.isFeatureAvailable).mockReturnValue(false);
    await store().save('{}');
    expect(cache.saveCache).not.toHaveBeenCalled();
    expect(existsSync(dirname(file))).toBe(false);
  });
});

describe('the key', () => {
  it('lower-cases the environment before encoding it', () => {
    expect(ledgerKeyPrefix('acme', 'shop', 'ÉTÉ')).toBe(
      'trust-gate-ledger-v1-acme/shop-%c3%a9t%c3%a9:',
    );
  });

  it.each([
    [{ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' }, `${PREFIX}42-2`],
    [{}, `${PREFIX}0-1`],
  ])('of a save by the history cache names the run and attempt (%j)', async (run, key) => {
    vi.spyOn(core, 'info').mockImplementation(() => undefined);
    const opened = openHistoryCache(
      { owner: 'Acme', repo: 'Shop', environment: 'Production', now: new Date(), enabled: true },
      { ACTIONS_CACHE_URL: 'http://cache/', ...run },
    );
    const history = { deployments: [], generations: {}, notes: [] } as unknown as LoadedHistory;
    await opened!.save(history, someFacts());
    expect(cache.saveCache).toHaveBeenCalledWith(PATHS, key);
  });
});
