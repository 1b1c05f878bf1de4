import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorld, startSimulator, type Simulator } from './index.js';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const repo = { owner: 'acme', repo: 'app' };
const DEPLOYMENTS = 'GET /repos/{owner}/{repo}/deployments' as const;

async function start() {
  sim = await startSimulator(createWorld());
  return new Octokit({ auth: 'test-token', baseUrl: sim.url });
}

async function statusOf(promise: Promise<{ status: number }>): Promise<number> {
  return promise.then(
    (r) => r.status,
    (e: { status: number }) => e.status,
  );
}

describe('fault injection and the request log', () => {
  it('fails the next N requests with a server error, then recovers', async () => {
    const gh = await start();
    sim.inject({ status: 503, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await statusOf(gh.request(DEPLOYMENTS, repo)));
    expect(statuses).toEqual([503, 503, 200]);
    expect(sim.log.entries.map((e) => e.fault)).toEqual(['status 503', 'status 503', undefined]);
  });

  it('targets one route pattern, a GraphQL operation, or a 403 message', async () => {
    const gh = await start();
    const handle = sim.inject({ route: 'GET /repos/:owner/:repo/deployments', status: 502 });
    sim.inject({
      operation: 'Policy',
      status: 403,
      message: 'Resource not accessible by integration',
    });
    expect(await statusOf(gh.request('GET /repos/{owner}/{repo}', repo))).toBe(200);
    expect(await statusOf(gh.request(DEPLOYMENTS, repo))).toBe(502);
    await expect(gh.graphql('query Other { viewer { login } }')).resolves.toBeDefined();
    await expect(gh.graphql('query Policy { viewer { login } }')).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(handle.hits).toBe(1);
    handle.remove();
    expect(await statusOf(gh.request(DEPLOYMENTS, repo))).toBe(200);
  });

  it('answers primary and secondary rate limits so plugin-throttling recognises them', async () => {
    sim = await startSimulator(createWorld());
    const onRateLimit = vi.fn(() => false);
    const onSecondaryRateLimit = vi.fn(
      (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 1,
    );
    const Throttled = Octokit.plugin(throttling);
    const gh = new Throttled({
      auth: 't',
      baseUrl: sim.url,
      throttle: { onRateLimit, onSecondaryRateLimit },
    });
    sim.inject({ rateLimit: 'primary', times: 1 });
    await expect(gh.request(DEPLOYMENTS, repo)).rejects.toMatchObject({
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0' } },
    });
    expect(onRateLimit).toHaveBeenCalledTimes(1);
    sim.inject({ rateLimit: 'secondary', secondaryStatus: 429, retryAfter: 1, times: 1 });
    const answer = await gh.request(DEPLOYMENTS, repo);
    expect(answer.status).toBe(200);
    expect(onSecondaryRateLimit).toHaveBeenCalledWith(1, expect.anything(), expect.anything(), 0);
    expect(sim.log.entries.map((e) => e.status)).toEqual([403, 429, 200]);
  });

  it('rate-limits GraphQL the GitHub way: 200 with a RATE_LIMITED error', async () => {
    const gh = await start();
    sim.inject({ route: 'POST /graphql', rateLimit: 'primary', times: 1 });
    await expect(gh.graphql('{ viewer { login } }')).rejects.toMatchObject({
      errors: [{ type: 'RATE_LIMITED' }],
    });
  });

  it('lets plugin-retry recover from a 502', async () => {
    sim = await startSimulator(createWorld());
    const Retrying = Octokit.plugin(retry);
    const gh = new Retrying({ auth: 't', baseUrl: sim.url, retry: { retryAfterBaseValue: 1 } });
    sim.inject({ status: 502, times: 1 });
    expect((await gh.request(DEPLOYMENTS, repo)).status).toBe(200);
    expect(sim.counts()).toMatchObject({ total: 2, failed: 1 });
  });

  it('adds latency', async () => {
    const gh = await start();
    sim.inject({ latencyMs: 120, times: 1 });
    await gh.request(DEPLOYMENTS, repo);
    expect(sim.log.entries[0]).toMatchObject({ fault: 'latency 120ms', status: 200 });
    expect(sim.log.entries[0]?.durationMs).toBeGreaterThanOrEqual(110);
  });

  it('counts REST and GraphQL requests by route and operation, until reset', async () => {
    const gh = await start();
    await gh.request(DEPLOYMENTS, repo);
    await gh.request(DEPLOYMENTS, { ...repo, environment: 'production' });
    await gh.graphql('query Facts { rateLimit { remaining } }');
    expect(sim.counts()).toEqual({
      total: 3,
      rest: 2,
      graphql: 1,
      failed: 0,
      byRoute: { 'GET /repos/acme/app/deployments': 2, 'graphql Facts': 1 },
    });
    expect(sim.log.entries[1]?.query).toBe('?environment=production');
    sim.reset();
    expect(sim.counts().total).toBe(0);
  });
});
