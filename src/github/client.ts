// The Octokit client: @actions/github's proxy-aware getOctokit with retries and rate limits, a
// timeout per attempt, one deadline for the run, and the token kept on GITHUB_API_URL's host.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkAnswer, type Answer } from './answer-check.js';
import {
  deadlinePassed,
  isRead,
  isTransient,
  NetworkError,
  timedOut,
  unreachable,
} from './network-fault.js';

export type Octokit = ReturnType<typeof getOctokit>;
type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const RUN_DEADLINE_MS = 5 * 60_000;
const ATTEMPT_MS = 30_000;
const RETRY_BASE_MS = 1000;
/** Connection failures get this many quick retries, not plugin-retry's 1 s, 4 s, 9 s. */
const QUICK_RETRIES = 2;
const MAX_REDIRECTS = 3;
const RATE_LIMIT_RETRIES = 2;
/** plugin-retry's default list, plus 429. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** Longest rate-limit wait worth sitting out inside a deploy job. */
const MAX_RATE_LIMIT_WAIT_S = 120;

/** A test knob in milliseconds: it may only shorten `fallback`, never lengthen it. */
function shortened(variable: string, fallback: number): number {
  const text = process.env[variable];
  const value = Number(text);
  return text && Number.isFinite(value) && value >= 0 ? Math.min(value, fallback) : fallback;
}

interface Limits {
  deadline: AbortSignal;
  deadlineS: number;
  attemptMs: number;
  retryBaseMs: number;
}

function limits(): Limits {
  const deadlineMs = Math.max(1, shortened('TRUST_GATE_DEADLINE_MS', RUN_DEADLINE_MS));
  return {
    deadline: AbortSignal.timeout(deadlineMs),
    deadlineS: deadlineMs / 1000,
    attemptMs: Math.min(ATTEMPT_MS, deadlineMs),
    retryBaseMs: shortened('TRUST_GATE_RETRY_BASE_MS', RETRY_BASE_MS),
  };
}

/**
 * Same-origin redirects are followed (GitHub moves renamed repositories with a 301); a redirect
 * to any other origin is refused before anything is sent there, so the token never leaves.
 */
async function followSameOrigin(fetch: Fetch, url: string, init: RequestInit): Promise<Response> {
  let current = url;
  let options: RequestInit = { ...init, redirect: 'manual' };
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, options);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    const next = new URL(location, current);
    if (next.origin !== new URL(url).origin) {
      throw new NetworkError(
        `${new URL(url).host} redirected the request to ${next.origin}; Trust Gate sends its token only to GITHUB_API_URL and uses no answer from elsewhere`,
        'redirect',
      );
    }
    if (hop >= MAX_REDIRECTS) {
      throw new NetworkError(
        `${new URL(url).host} redirected the request more than ${MAX_REDIRECTS} times (last to ${next.pathname})`,
        'redirect',
      );
    }
    const asGet = response.status === 303 || (options.method === 'POST' && response.status < 307);
    options = asGet ? { ...options, method: 'GET', body: null } : options;
    current = next.toString();
  }
}

/** One request with its own timeout under the run's deadline; connection failures retried quickly. */
function guarded(fetch: Fetch, limit: Limits): Fetch {
  return async (url, init) => {
    const attempt = { url, method: init.method ?? 'GET' };
    for (let tries = 0; ; tries++) {
      if (limit.deadline.aborted) throw deadlinePassed(limit.deadlineS);
      const timeout = AbortSignal.timeout(limit.attemptMs);
      const signal = AbortSignal.any([limit.deadline, timeout]);
      try {
        return await followSameOrigin(fetch, url, { ...init, signal });
      } catch (error) {
        if (error instanceof NetworkError) throw error;
        if (limit.deadline.aborted) throw deadlinePassed(limit.deadlineS);
        const fault = timeout.aborted
          ? timedOut(url, limit.attemptMs / 1000)
          : unreachable(error, url);
        const again = timeout.aborted ? isRead(attempt) : isTransient(error, attempt);
        if (!again || tries >= QUICK_RETRIES) throw fault;
        await sleep((limit.retryBaseMs / 4) * (tries + 1));
      }
    }
  };
}

/**
 * Registered before plugin-retry, so its error hook runs first on every attempt: network
 * failures go on unwrapped (Octokit calls them HTTP 500), so plugin-retry does not add its
 * 1 s, 4 s, 9 s to the quick retries they already had.
 */
function network(octokit: { hook: Octokit['hook'] }): void {
  octokit.hook.error('request', (error, options) => {
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof NetworkError) throw Object.assign(cause, { request: options });
    throw error;
  });
}

/**
 * plugin-throttling queues every GraphQL request and write one at a time, at least 1 s apart.
 * A run makes a handful of requests and needs them at once; rate limits are still waited out.
 */
const UNSPACED = {
  key: () => ({
    schedule: (_job: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => task(...args)),
  }),
};

function onLimit(kind: string) {
  return (
    retryAfter: number,
    options: { method?: string; url?: string },
    _o: unknown,
    count: number,
  ) => {
    const retrying = count < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    core.warning(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}.`,
    );
    return retrying;
  };
}

/**
 * Around everything (retries included): the guarded fetch, the run's deadline, and answers
 * checked for shape. Hooks share one options object and ignore what an outer hook passes on,
 * so the fetch is swapped on that object; it is built around @actions/github's proxy-aware
 * fetch, which passing `request` options to getOctokit would drop.
 */
function bound(octokit: Octokit, limit: Limits): void {
  const expired = new Promise<never>((_, reject) =>
    limit.deadline.addEventListener('abort', () => reject(deadlinePassed(limit.deadlineS)), {
      once: true,
    }),
  );
  expired.catch(() => undefined);
  octokit.hook.wrap('request', async (request, options) => {
    const fetch = (options.request?.fetch ?? globalThis.fetch) as Fetch;
    options.request = { ...options.request, fetch: guarded(fetch, limit) };
    const answer = await Promise.race([request(options), expired]);
    checkAnswer(answer as Answer, { method: options.method, url: answer.url || options.url });
    return answer;
  });
}

/**
 * `baseUrl` defaults to GITHUB_API_URL as it is when the client is made (@actions/github reads it
 * once, when first imported).
 */
export function createClient(
  token: string,
  baseUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com',
): Octokit {
  const limit = limits();
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'trust-gate',
      // Rate limits (403, 429) are plugin-throttling's to wait out; retrying them here as well
      // would multiply the attempts.
      retry: { retries: 3, retryAfterBaseValue: limit.retryBaseMs, doNotRetry: DO_NOT_RETRY },
      throttle: {
        retryAfterBaseValue: limit.retryBaseMs,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...({ write: UNSPACED, notifications: UNSPACED } as object),
      },
    },
    network,
    retry,
    throttling,
  );
  bound(octokit, limit);
  return octokit;
}
