// Where the history ledger is kept between runs: the runner's cache service, behind a small port.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Keeps one ledger text per repository and environment; newest wins. */
export interface LedgerStore {
  /** The newest ledger kept, or null when there is none (or it could not be read). */
  restore(): Promise<string | null>;
  /** Keeps `text` as the newest ledger. May throw: the caller warns and goes on. */
  save(text: string): Promise<void>;
}

/** For tests and in-process runs: a store in memory. */
export class MemoryLedgerStore implements LedgerStore {
  saved: string[] = [];
  constructor(public text: string | null = null) {}
  restore(): Promise<string | null> {
    return Promise.resolve(this.text);
  }
  save(text: string): Promise<void> {
    this.saved.push(text);
    this.text = text;
    return Promise.resolve();
  }
}

/**
 * The key every ledger of this repository and environment starts with. Cache keys cannot hold
 * commas; the environment is URI-encoded so no other environment's name can extend the prefix.
 */
export function ledgerKeyPrefix(owner: string, repo: string, environment: string): string {
  const env = encodeURIComponent(environment.toLowerCase());
  return `trust-gate-ledger-v1-${owner}/${repo}-${env}:`.toLowerCase();
}

/** Whether the runner offers its cache service (without it: no ledger, and nothing said). */
export function cacheServiceOffered(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['ACTIONS_CACHE_URL'] || env['ACTIONS_RESULTS_URL']);
}

export interface CacheStoreOptions {
  prefix: string;
  /** Makes each save's key unique: the run id and attempt. */
  suffix: string;
}

/**
 * The ledger file, in the runner's home (never the workspace); removed as soon as it is read or
 * saved. The cache's version hashes this text, so it is the same on every run and every runner.
 */
const LEDGER_PATH = '~/.trust-gate-history/ledger.json';

/** Far above any real ledger (10,000 deployments take ~3 MB): a larger file is not parsed at all. */
export const MAX_LEDGER_BYTES = 64 * 1024 * 1024;

/** The runner's cache service through `@actions/cache` (loaded only when the service is offered). */
export class ActionsCacheStore implements LedgerStore {
  private readonly file = join(homedir(), LEDGER_PATH.slice(2));
  constructor(private readonly options: CacheStoreOptions) {}

  async restore(): Promise<string | null> {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return null;
    rmSync(this.file, { force: true });
    const { prefix } = this.options;
    const hit = await cache.restoreCache([LEDGER_PATH], prefix, [prefix]);
    if (hit === undefined) return null;
    try {
      const size = statSync(this.file).size;
      if (size > MAX_LEDGER_BYTES) throw new Error(`the ledger is ${size} bytes, over the limit`);
      return readFileSync(this.file, 'utf8');
    } finally {
      rmSync(this.file, { force: true });
    }
  }

  async save(text: string): Promise<void> {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, text);
    try {
      await cache.saveCache([LEDGER_PATH], `${this.options.prefix}${this.options.suffix}`);
    } finally {
      rmSync(this.file, { force: true });
    }
  }
}
