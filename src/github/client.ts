// The Octokit client: retries on 5xx and rate limits, one deadline for the whole run.
import { Octokit as Core, type OctokitOptions } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { warning } from '../workflow-commands.js';
import { nodeFetch } from './node-fetch.js';

// Built from @octokit/core rather than @actions/github's getOctokit: that one loads undici
// (a third of the bundle) at start-up for proxy support, which only proxied runners need.
const Client = Core.plugin(paginateRest, retry, throttling);
export type Octokit = InstanceType<typeof Client>;

const RUN_DEADLINE_MS = 5 * 60_000;
const RATE_LIMIT_RETRIES = 2;
/** plugin-retry's default list, plus 429. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** Longest rate-limit wait worth sitting out inside a deploy job. */
const MAX_RATE_LIMIT_WAIT_S = 120;

function retryBaseMs(): number {
  // Tests shorten back-off through this variable; production keeps Octokit's 1 s base.
  const value = Number(process.env['TRUST_GATE_RETRY_BASE_MS']);
  return Number.isFinite(value) && value >= 0 && process.env['TRUST_GATE_RETRY_BASE_MS']
    ? value
    : 1000;
}

/** The run's deadline across every request and retry; tests shorten it through this variable. */
function deadlineMs(): number {
  const value = Number(process.env['TRUST_GATE_DEADLINE_MS']);
  return Number.isFinite(value) && value > 0 ? value : RUN_DEADLINE_MS;
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
    warning(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}.`,
    );
    return retrying;
  };
}

function options(): OctokitOptions {
  const base = retryBaseMs();
  return {
    // Rate limits (403, 429) are plugin-throttling's to wait out; retrying them here as well
    // would multiply the attempts.
    retry: { retries: 3, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY },
    throttle: {
      retryAfterBaseValue: base,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      ...({ write: UNSPACED, notifications: UNSPACED } as object),
    },
    request: { signal: AbortSignal.timeout(deadlineMs()) },
  };
}

function proxyConfigured(): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some(
    (name) => process.env[name],
  );
}

export async function createClient(
  token: string,
  baseUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com',
): Promise<Octokit> {
  if (proxyConfigured()) {
    // Behind a proxy, @actions/github routes requests through it.
    const { getOctokit } = await import('@actions/github');
    return getOctokit(token, { baseUrl, ...options() }, retry, throttling) as unknown as Octokit;
  }
  const settings = options();
  return new Client({
    auth: token,
    baseUrl,
    userAgent: 'trust-gate',
    ...settings,
    request: { ...settings.request, fetch: nodeFetch },
  });
}
