// The Octokit client: retries on 5xx and rate limits, one deadline for the whole run.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import * as core from '@actions/core';

export type Octokit = ReturnType<typeof getOctokit>;

const RUN_DEADLINE_MS = 5 * 60_000;
const RATE_LIMIT_RETRIES = 2;
/** Longest rate-limit wait worth sitting out inside a deploy job. */
const MAX_RATE_LIMIT_WAIT_S = 120;

function retryBaseMs(): number {
  // Tests shorten back-off through this variable; production keeps Octokit's 1 s base.
  const value = Number(process.env['TRUST_GATE_RETRY_BASE_MS']);
  return Number.isFinite(value) && value >= 0 && process.env['TRUST_GATE_RETRY_BASE_MS']
    ? value
    : 1000;
}

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

export function createClient(token: string): Octokit {
  const base = retryBaseMs();
  return getOctokit(
    token,
    {
      retry: { retries: 3, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
      request: { signal: AbortSignal.timeout(RUN_DEADLINE_MS) },
    },
    retry,
    throttling,
  );
}
