// The history cache: restores the ledger, reads warm when it can be believed, saves after the decision.
import { info, warning } from '@actions/core';
import type { Deployment, Facts } from '../decide/facts.js';
import { readAllPages, type PagingRequest } from './history-pages.js';
import {
  LEDGER_VERSION,
  ledgerEntry,
  ownerOf,
  parseLedger,
  type Ledger,
  type LedgerOwner,
} from './ledger.js';
import { readWarm, type WarmOptions } from './ledger-history.js';
import {
  ActionsCacheStore,
  cacheServiceOffered,
  ledgerKeyPrefix,
  type LedgerStore,
} from './ledger-store.js';
import type { HistoryReader, LoadedHistory } from './load-history.js';
import type { GitHubPort, HistoryPage } from './port.js';

export interface CacheRequest {
  owner: string;
  repo: string;
  environment: string;
  /** The run's clock when it began reading. */
  now: Date;
}

/** What one run learned of the history: enough to write the next ledger. */
interface Seen {
  nodeIds: Map<number, string>;
  /** GitHub said the last page read was the last one. */
  complete: boolean;
  /** The ledger the run read warm from; null after a full read. */
  from: Ledger | null;
}

/** A cache service slower than this is not waited for: the run reads in full instead. */
const RESTORE_TIMEOUT_MS = 30_000;

function say(line: string): void {
  info(`History cache: ${line}`);
}

/** The port, noting each history page's node ids and whether it was the last. */
function recording(port: GitHubPort, seen: Seen): GitHubPort {
  const history: GitHubPort['history'] = async (request) => {
    const page = await port.history(request);
    note(page, seen);
    return page;
  };
  return new Proxy(port, {
    get(target, property, receiver) {
      if (property === 'history') return history;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

function note(page: HistoryPage, seen: Seen): void {
  for (const [id, nodeId] of Object.entries(page.nodeIds ?? {}))
    seen.nodeIds.set(Number(id), nodeId);
  seen.complete = page.nextCursor === null;
}

/** Run facts, compares and generations worth keeping: compares GitHub could not make are asked again. */
function keptFacts(facts: Facts) {
  const comparisons = Object.fromEntries(
    Object.entries(facts.comparisons).filter(([, status]) => status !== 'diverged'),
  );
  const runs = facts.runsUnreadable === null;
  return {
    runs: runs ? facts.runs : {},
    jobs: runs ? facts.jobs : {},
    attempts: runs ? facts.attempts : {},
    comparisons,
    generations: facts.generations,
  };
}

export class HistoryCache {
  private readonly seen: Seen = { nodeIds: new Map(), complete: false, from: null };
  /** The ledger's text, null when none is kept, undefined when it could not be restored. */
  private restoring: Promise<string | null | undefined> | null = null;
  /** The whole history fits on the first page: a ledger would save nothing, so none is kept. */
  private onePage = false;
  private readonly owner: LedgerOwner;

  constructor(
    private readonly store: LedgerStore,
    private readonly request: CacheRequest,
    private readonly options: WarmOptions = {},
  ) {
    this.owner = ownerOf(request.owner, request.repo, request.environment);
  }

  /** Restores the ledger once; a failure or a slow cache service is a full read, said in one line. */
  private restore(): Promise<string | null | undefined> {
    this.restoring ??= Promise.race([
      this.store.restore(),
      new Promise<never>((_, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`no answer in ${RESTORE_TIMEOUT_MS / 1000} s`)),
          RESTORE_TIMEOUT_MS,
        );
        timer.unref();
      }),
    ]).catch((e: unknown) => {
      say(`could not be restored (${(e as Error).message}); reading the history in full.`);
      return undefined;
    });
    return this.restoring;
  }

  /** The port history reads go through, so the ledger learns each deployment's node id. */
  port(port: GitHubPort): GitHubPort {
    return recording(port, this.seen);
  }

  /** Reads warm from a ledger that passes every check; otherwise in full, saying why. */
  reader(): HistoryReader {
    return async (port: GitHubPort, request: PagingRequest, first: HistoryPage) => {
      if (first.nextCursor === null) {
        this.onePage = true; // nothing to restore or save: the cache stays untouched
        return readAllPages(port, request, first);
      }
      const ledger = await this.believable();
      if (ledger) {
        const warm = await readWarm(port, request, first, ledger, this.options);
        if (!('discarded' in warm)) {
          for (const [id, nodeId] of warm.nodeIds) this.seen.nodeIds.set(id, nodeId);
          this.seen.complete = warm.complete;
          this.seen.from = ledger;
          say(`read warm: ${warm.deployments.length} deployments, recent ones from GitHub.`);
          return warm;
        }
        say(`discarded, ${warm.discarded}; reading the history in full.`);
      }
      this.seen.nodeIds.clear();
      for (const [id, nodeId] of Object.entries(first.nodeIds ?? {}))
        this.seen.nodeIds.set(Number(id), nodeId);
      this.seen.complete = first.nextCursor === null;
      return readAllPages(port, request, first);
    };
  }

  private async believable(): Promise<Ledger | null> {
    const text = await this.restore();
    if (text === undefined) return null; // why is said already
    if (text === null) {
      say('none kept yet; reading the history in full.');
      return null;
    }
    const parsed = parseLedger(text, this.owner, this.request.now);
    if ('ledger' in parsed) return parsed.ledger;
    say(`discarded, ${parsed.discarded}; reading the history in full.`);
    return null;
  }

  /** The ledger for the next run, or null when a deployment's node id is not known. */
  ledgerOf(history: LoadedHistory, facts: Facts): Ledger | null {
    const deployments = [];
    for (const d of history.deployments) {
      const nodeId = this.seen.nodeIds.get(d.id);
      if (!nodeId) return null;
      deployments.push(ledgerEntry(d, nodeId));
    }
    const readAt = this.request.now.toISOString();
    return {
      version: LEDGER_VERSION,
      ...this.owner,
      builtAt: this.seen.from?.builtAt ?? readAt,
      readAt,
      complete: this.seen.complete,
      deployments: byNewest(deployments),
      ...keptFacts(facts),
    };
  }

  /** Saves the next ledger; a failure is a warning and changes nothing decided. */
  async save(history: LoadedHistory, facts: Facts): Promise<void> {
    if (this.onePage) return;
    const ledger = this.ledgerOf(history, facts);
    if (!ledger) {
      say('not saved: a deployment’s node id is unknown.');
      return;
    }
    try {
      await this.store.save(JSON.stringify(ledger));
    } catch (e) {
      warning(`History cache: not saved (${(e as Error).message}); the next run reads in full.`);
    }
  }
}

function byNewest<T extends Deployment>(deployments: T[]): T[] {
  return [...deployments].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id,
  );
}

/** The runner's cache service, when it is offered and the input allows; else no cache at all. */
export function openHistoryCache(
  request: CacheRequest & { enabled: boolean },
  env: NodeJS.ProcessEnv = process.env,
): HistoryCache | null {
  if (!request.enabled || !cacheServiceOffered(env)) return null;
  const prefix = ledgerKeyPrefix(request.owner, request.repo, request.environment);
  const suffix = `${env['GITHUB_RUN_ID'] ?? '0'}-${env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
  return new HistoryCache(new ActionsCacheStore({ prefix, suffix }), request);
}
