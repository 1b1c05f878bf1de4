// `npm run bench`: request counts and wall times of the bundled action and the pure decision.
// Prints a table; asserts nothing about time (times vary by machine; request counts do not).
import { spawnSync } from 'node:child_process';
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
import { aWorld, serve } from '../__tests__/e2e/scenario.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
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

/** A typical release: 90 deployments in the window, then 10 merged pull requests. */
function typicalWorld() {
  const world = aWorld(POLICY);
  for (const login of ['alice', 'bob', 'carol', 'dave']) world.collaborator(login, 'write');
  for (let i = 0; i < 90; i++) {
    world.commit({ message: `change ${i}`, files: { [`src/f${i}.ts`]: `${i}` }, author: 'bob' });
    world.deployment({
      environment: 'production',
      creator: i % 2 ? 'alice' : 'carol',
      status: 'success',
    });
  }
  for (let i = 0; i < 10; i++) {
    world.pullRequest({
      title: `Feature ${i}`,
      author: 'bob',
      files: { [`src/feature${i}.ts`]: 'x' },
      reviews: [{ author: 'dave', state: 'APPROVED' }],
      merge: 'squash',
    });
  }
  return world;
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

  it(
    'a typical gate through dist/index.js against the simulator',
    { timeout: 120_000 },
    async () => {
      const { run, sim } = await serve(typicalWorld());
      const times: number[] = [];
      const server: number[] = [];
      let requests = '';
      for (let i = 0; i < RUNS; i++) {
        sim.reset();
        const result = await run({ actor: 'alice' });
        times.push(result.processMs);
        server.push(sim.log.entries.reduce((sum, entry) => sum + entry.durationMs, 0));
        const counts = sim.counts();
        requests = `${counts.total} (${counts.graphql} GraphQL, ${counts.rest} REST) → ${result.outputs['decision']}`;
      }
      const baseline = Number(rows.find(([name]) => name.startsWith('node -e 0'))?.[1]);
      rows.push(['typical gate: requests', requests]);
      rows.push(['typical gate, spawn to exit (median ms)', median(times).toFixed(0)]);
      rows.push(['  of which the simulator answering (median ms)', median(server).toFixed(0)]);
      rows.push(['typical gate ÷ node -e 0', (median(times) / baseline).toFixed(2)]);
    },
  );

  it('the pure decision over 100,000 deployments', () => {
    const deployments = manyDeployments(100_000);
    const facts = someFacts({
      deployments,
      deployer: 'dev3',
      changes: [aPullRequest({ reviews: [aReview()] })],
    });
    const input = { key: 'production', environment: aPolicy({ trust: aTrust() }) };
    const times = Array.from({ length: 5 }, () => {
      const t = performance.now();
      decide(input, facts);
      return performance.now() - t;
    });
    rows.push(['decide, 100,000 deployments, first run (ms)', times[0]!.toFixed(0)]);
    rows.push(['decide, 100,000 deployments, median of 5 (ms)', median(times).toFixed(0)]);
  });

  it('prints the table', () => {
    const width = Math.max(...rows.map(([name]) => name.length));
    console.log(
      ['', ...rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`), ''].join('\n'),
    );
  });
});
