// Failures in process: every API or policy failure fails closed and says what to grant or fix.
import { describe, expect, it } from 'vitest';
import { createWorld, type MergeMethod, type World } from '../simulator/index.js';
import { aWorld, serve, type RunResult } from './run-in-process.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
`;

const OUTPUTS = [
  'allowed',
  'approvals',
  'changes',
  'decision',
  'deployer',
  'json',
  'level',
  'reason',
  'required-approvals',
  'score',
];

const ALL_READS = {
  contents: 'read',
  deployments: 'read',
  'pull-requests': 'read',
  actions: 'read',
} as const;

/** Merged with a merge commit (`merge`), only compare lists the release: the carried history is not cut. */
function aRelease(policy = POLICY, merge: MergeMethod = 'squash'): World {
  const world = aWorld(policy)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
  world.deployment({ environment: 'production', creator: 'carol', status: 'success' });
  world.pullRequest({
    title: 'Add cart',
    author: 'bob',
    files: { 'cart.ts': 'x' },
    reviews: [{ author: 'alice', state: 'APPROVED' }],
    merge,
  });
  return world;
}

function expectFailedClosed(result: RunResult, message: string | RegExp): void {
  expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
  expect(Object.keys(result.outputs).sort()).toEqual(OUTPUTS);
  expect(result.code).toBe(1);
  expect(JSON.parse(result.outputs['json']!)).toMatchObject({ verdict: 'error', allowed: false });
  expect(result.outputs['reason']).toMatch(message);
  const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  // The step's error keeps the message's lines; the `reason` output is one line.
  expect(errors.at(-1)?.replace(/\n/g, ' ')).toBe(result.outputs['reason']);
  expect(result.summary).toContain('Trust Gate: error');
}

describe('API failures in process', () => {
  it.each([
    ['deployments', '`deployments: read`'],
    ['contents', '`contents: read`'],
    ['pull-requests', '`pull-requests: read`'],
  ] as const)(
    'without %s: read fails closed with the permissions line to add',
    async (scope, line) => {
      const world = aRelease();
      world.grant({ ...ALL_READS, [scope]: 'none' });
      const { run } = await serve(world);
      const result = await run({ actor: 'carol' });
      expectFailedClosed(result, line);
      expect(result.outputs['reason']).toContain("to the job's `permissions:` block");
    },
  );

  it('names the REST permission when compare answers 403', async () => {
    const { run, sim } = await serve(aRelease(POLICY, 'merge'));
    sim.inject({ route: 'GET /repos/:owner/:repo/compare/*', status: 403 });
    const result = await run({ actor: 'carol' });
    expectFailedClosed(
      result,
      /\(HTTP 403\).*Add `contents: read` to the job's `permissions:` block/,
    );
  });

  it('retries 5xx and succeeds', async () => {
    const { run, sim } = await serve(aRelease(POLICY, 'merge'));
    sim.inject({ operation: 'TrustGateHistory', status: 502, times: 1 });
    sim.inject({ route: 'GET /repos/:owner/:repo/compare/*', status: 503, times: 2 });
    const result = await run({ actor: 'carol' });
    expect(result.outputs).toMatchObject({ decision: 'allow', allowed: 'true', changes: '1' });
    const statuses = (match: (path: string, op?: string) => boolean) =>
      sim.log.entries.filter((e) => match(e.path, e.operation)).map((e) => e.status);
    expect(statuses((_, op) => op === 'TrustGateHistory')).toEqual([502, 200]);
    expect(statuses((path) => path.includes('/compare/'))).toEqual([503, 503, 200]);
  });

  it('fails closed after bounded retries when GitHub keeps failing', async () => {
    const { run, sim } = await serve(aRelease());
    sim.inject({ status: 503 });
    const result = await run({ actor: 'carol' });
    expectFailedClosed(
      result,
      /\(HTTP 503\): Server Error\. GitHub kept failing, even after retries: re-run the job/,
    );
    // Four attempts of each of the first round's two requests (the history, the deployer's role).
    const counts = sim.counts();
    expect(counts.failed).toBe(counts.total);
    expect(counts.total).toBeLessThanOrEqual(8);
    expect(counts.byRoute['graphql TrustGateHistory']).toBe(4);
  });

  it('waits out a secondary rate limit, warning with the wait', async () => {
    const { run, sim } = await serve(aRelease());
    sim.inject({ operation: 'TrustGateHistory', rateLimit: 'secondary', retryAfter: 1, times: 1 });
    const result = await run({ actor: 'carol' });
    expect(result.outputs).toMatchObject({ decision: 'allow' });
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/^GitHub secondary rate limit on POST .*graphql; retrying after 1s\.$/),
    ]);
  });

  it('rejects a wrong token without retrying', async () => {
    const world = aRelease();
    world.token.value = 'ghs_the_real_one';
    const { run, sim } = await serve(world);
    const result = await run({ actor: 'carol' });
    expectFailedClosed(result, /\(HTTP 401\): Bad credentials.*check the `token` input/);
    // The first round only: the history and the deployer's role, sent together, each once.
    expect(sim.counts()).toMatchObject({ total: 2, failed: 2 });
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(1);
  });
});

describe('the policy in process', () => {
  it('names the path and the default branch when the policy is missing', async () => {
    const world = createWorld({ owner: 'acme', repo: 'shop', start: '2026-09-28T12:00:00Z' });
    const { run } = await serve(world);
    const result = await run();
    expectFailedClosed(
      result,
      'Policy file .github/trust-gate.yml was not found on the default branch (main)',
    );
  });

  it('annotates every problem of an invalid policy at its place, and lists them in the reason', async () => {
    const world = aRelease(`version: 1
environments:
  production:
    aprovals: 1
`);
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expectFailedClosed(
      result,
      'Invalid policy .github/trust-gate.yml (1 problem): .github/trust-gate.yml:4:5 environments.production.aprovals: unknown key `aprovals`; did you mean `approvals`?',
    );
    expect(result.annotations.filter((a) => a.level === 'error')[0]).toEqual({
      level: 'error',
      properties: { file: '.github/trust-gate.yml', line: '4', col: '5' },
      message: expect.stringMatching(/^environments\.production\.aprovals: unknown key/),
    });
  });

  it('annotates a YAML syntax error at its line without a key path', async () => {
    const { run } = await serve(aRelease('version: 1\nenvironments: [\n'));
    const result = await run({ actor: 'carol' });
    expect(result.code).toBe(1);
    const [first] = result.annotations.filter((a) => a.level === 'error');
    expect(first).toEqual({
      level: 'error',
      properties: {
        file: '.github/trust-gate.yml',
        line: expect.any(String),
        col: expect.any(String),
      },
      message: expect.stringMatching(/^YAML syntax error: /),
    });
  });

  it('fails closed when no policy key matches the environment', async () => {
    const { run } = await serve(aRelease());
    const result = await run({ actor: 'carol', inputs: { environment: 'staging' } });
    expectFailedClosed(result, /staging/);
  });
});

describe('inputs and publishing in process', () => {
  it('refuses a bad flag before any request', async () => {
    const { run, sim } = await serve(aRelease());
    const result = await run({
      actor: 'carol',
      inputs: { environment: 'production', status: 'sometimes' },
    });
    expectFailedClosed(result, 'Input `status` is "sometimes"; expected true or false.');
    expect(sim.counts().total).toBe(0);
  });

  it('turns an allow into an error when the summary cannot be written', async () => {
    const { run } = await serve(aRelease());
    const result = await run({
      actor: 'carol',
      env: { GITHUB_STEP_SUMMARY: '/nonexistent/trust-gate/summary.md' },
    });
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.code).toBe(1);
    expect(result.annotations.map((a) => a.level)).toEqual(['warning', 'error']);
  });

  it('fails the step with an annotation when the outputs file cannot be written', async () => {
    const { run } = await serve(aRelease());
    const result = await run({
      actor: 'carol',
      env: { GITHUB_OUTPUT: '/nonexistent/trust-gate/output' },
    });
    expect(result.code).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Could not write the step outputs \(GITHUB_OUTPUT\): /),
    ]);
  });
});
