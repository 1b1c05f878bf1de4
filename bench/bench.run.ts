// `npm run bench`: requests, sequential rounds, wall and CPU time of the bundled action, and the pure decision.
// Prints a table; asserts nothing about time (times vary by machine; request counts do not).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'vitest';
import { decide } from '../src/decide/decide.js';
import type { Deployment } from '../src/decide/facts.js';
import {
  aPolicy,
  aPullRequest,
  aReview,
  aStatus,
  aTrust,
  someFacts,
} from '../__tests__/builders.js';
import { startCacheService } from '../__tests__/e2e/cache-service.js';
import { aWorld, serve } from '../__tests__/e2e/scenario.js';
import type { World } from '../__tests__/simulator/index.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const rows: Array<[string, string]> = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const POLICY = `version: 1
environments:
  production:
    approvals: 2
    trust:
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 3, approvals: 1 }
        - { name: owner, after: 10, approvals: 0 }
    paths:
      - { match: ["infra/**"], approvals: 2 }
`;

function peopled(): World {
  const world = aWorld(POLICY, '2026-09-01T00:00:00Z');
  for (const login of ['alice', 'bob', 'carol', 'dave']) world.collaborator(login, 'write');
  return world;
}

function releaseOf(world: World, pulls: number): void {
  for (let i = 0; i < pulls; i++) {
    world.pullRequest({
      title: `Feature ${i}`,
      author: 'bob',
      files: { [`src/feature${i}.ts`]: 'x' },
      reviews: [{ author: 'dave', state: 'APPROVED' }],
      merge: 'squash',
    });
  }
}

/** Typical: 90 deployments in the window (each a new commit), then a release of 10 pull requests. */
function typicalWorld(): World {
  const world = peopled();
  for (let i = 0; i < 90; i++) {
    world.commit({ message: `change ${i}`, files: { 'src/app.ts': `${i}` }, author: 'bob' });
    world.deployment({ creator: i % 2 ? 'alice' : 'carol', status: 'success' });
  }
  releaseOf(world, 10);
  return world;
}

/**
 * Large: 10,000 deployments in the window over 2,000 commits (each commit: a success, a failure,
 * a retried success, one that never finished, a redeploy), then a release of 200 pull requests.
 */
function largeWorld(): World {
  const world = peopled();
  const cycle = ['success', 'failure', 'success', null, 'success'] as const;
  for (let i = 0; i < 10_000; i++) {
    if (i % 5 === 0)
      world.commit({ message: `change ${i}`, files: { 'src/app.ts': `${i}` }, author: 'bob' });
    const status = cycle[i % 5];
    world.deployment({
      creator: i % 2 ? 'alice' : 'carol',
      ...(status ? { status } : { statuses: [] }),
      at: new Date(Date.parse('2026-09-01T00:00:00Z') + i * 600_000).toISOString(),
    });
  }
  releaseOf(world, 200);
  return world;
}

/** Node flags that write the action's own CPU time (user + system, ms) to a file at exit. */
function cpuProbe(file: string): Record<string, string> {
  const code = `import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.cpuUsage();writeFileSync(${JSON.stringify(file)},String((u.user+u.system)/1000))})`;
  return { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(code)}` };
}

/** Environment each run adds (the cache service's, for warm runs). */
type RunEnv = () => Record<string, string>;

async function measure(name: string, world: World, runEnv: RunEnv = () => ({})) {
  const { run, sim } = await serve(world);
  const dir = mkdtempSync(join(tmpdir(), 'trust-gate-bench-'));
  const cpuFile = join(dir, 'cpu');
  const wall: Record<number, number[]> = { 0: [], 50: [] };
  const cpu: number[] = [];
  let requests = '';
  let rounds = 0;
  for (const latency of [0, 50]) {
    const slow = latency > 0 ? sim.inject({ latencyMs: latency }) : null;
    for (let i = 0; i < RUNS; i++) {
      sim.reset();
      const result = await run({ actor: 'alice', env: { ...cpuProbe(cpuFile), ...runEnv() } });
      wall[latency]!.push(result.processMs);
      if (latency === 0) cpu.push(Number(readFileSync(cpuFile, 'utf8')));
      const counts = sim.counts();
      requests = `${counts.total} (${counts.graphql} GraphQL, ${counts.rest} REST) → ${result.outputs['decision']}`;
      if (latency > 0) rounds = sim.log.rounds();
    }
    slow?.remove();
  }
  rows.push([`${name}: requests`, requests]);
  rows.push([`${name}: sequential rounds`, String(rounds)]);
  rows.push([`${name}: wall, 0 ms latency (median ms)`, median(wall[0]!).toFixed(0)]);
  rows.push([`${name}: wall, 50 ms latency (median ms)`, median(wall[50]!).toFixed(0)]);
  rows.push([`${name}: the action's CPU (median ms)`, median(cpu).toFixed(0)]);
}

/** Warm: a cold run saves the ledger in the runner's cache service; each measured run reads it. */
async function measureWarm(name: string, world: World) {
  const cache = await startCacheService();
  let runId = 0;
  const runEnv = () => ({ ...cache.env(), GITHUB_RUN_ID: String(++runId) });
  const { run } = await serve(world);
  await run({ actor: 'alice', env: runEnv() });
  await measure(name, world, runEnv);
}

function manyDeployments(count: number): Deployment[] {
  const start = Date.parse('2026-05-01T00:00:00Z');
  return Array.from({ length: count }, (_, n) => {
    const i = count - 1 - n;
    const createdAt = new Date(start + i * 30_000).toISOString();
    return {
      id: i + 1,
      createdAt,
      sha: `sha${i}`,
      environment: 'production',
      creator: `dev${i % 10}`,
      creatorIsBot: false,
      payloadDeployer: null,
      statuses: [aStatus(i % 7 === 0 ? 'failure' : 'success', { createdAt })],
    };
  });
}

describe('bench', () => {
  it('node -e 0 (the baseline)', () => {
    const times = Array.from({ length: RUNS }, () => {
      const t = performance.now();
      spawnSync(process.env['TRUST_GATE_NODE_BIN'] ?? process.execPath, ['-e', '0']);
      return performance.now() - t;
    });
    rows.push(['node -e 0 (median ms)', median(times).toFixed(0)]);
  });

  it('a typical gate, cold', { timeout: 300_000 }, async () => {
    await measure('typical cold', typicalWorld());
  });

  it('a large gate, cold', { timeout: 1_200_000 }, async () => {
    await measure('large cold', largeWorld());
  });

  it('a typical gate, warm', { timeout: 300_000 }, async () => {
    await measureWarm('typical warm', typicalWorld());
  });

  it('a large gate, warm', { timeout: 1_200_000 }, async () => {
    await measureWarm('large warm', largeWorld());
  });

  it('the pure decision over 100,000 deployments', { timeout: 120_000 }, () => {
    const deployments = manyDeployments(100_000);
    const facts = someFacts({
      deployments,
      deployer: 'dev3',
      changes: [aPullRequest({ reviews: [aReview()] })],
    });
    const input = { key: 'production', environment: aPolicy({ trust: aTrust() }) };
    const cpu: number[] = [];
    const times = Array.from({ length: 5 }, () => {
      const t = performance.now();
      const before = process.cpuUsage();
      decide(input, facts);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
      return performance.now() - t;
    });
    rows.push(['decide, 100,000 deployments, first run (ms)', times[0]!.toFixed(0)]);
    rows.push(['decide, 100,000 deployments, median of 5 (ms)', median(times).toFixed(0)]);
    // On a shared machine wall time counts waiting for a core; CPU time (all threads) does not.
    rows.push(['decide, 100,000 deployments, median CPU of 5 (ms)', median(cpu).toFixed(0)]);
  });

  it('prints the table', () => {
    const width = Math.max(...rows.map(([name]) => name.length));
    console.log(
      ['', ...rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`), ''].join('\n'),
    );
  });
});
