// Failures end to end: every API or policy failure fails closed and says what to grant or fix.
import { describe, expect, it } from 'vitest';
import { createWorld, type MergeMethod, type Simulator, type World } from '../simulator/index.js';
import type { RunResult } from './run-action.js';
import { aWorld, serve } from './scenario.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
`;

const OUTPUTS = [
  'allowed',
  'decision',
  'reason',
  'deployer',
  'level',
  'score',
  'required-approvals',
  'approvals',
  'changes',
  'json',
];

const ALL_READS = {
  contents: 'read',
  deployments: 'read',
  'pull-requests': 'read',
  actions: 'read',
} as const;

/** A release of one approved pull request on top of a successful deployment by carol. */
function aRelease(
  policy = POLICY,
  extraFiles: Record<string, string> = {},
  merge: MergeMethod = 'squash',
): World {
  const world = aWorld(policy)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
  if (Object.keys(extraFiles).length > 0) world.commit({ message: 'Add', files: extraFiles });
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

/**
 * A release only compare can list (a merge commit on the way: the first query's carried history
 * is not cut), so it is read with a compare and the changes query.
 */
function aComparedRelease(): World {
  return aRelease(POLICY, {}, 'merge');
}

/** The basehead of the single compare a release run makes. */
function compareOf(sim: Simulator): string {
  const entry = sim.log.entries.find((e) => e.path.includes('/compare/'));
  return entry?.path.split('/compare/')[1] ?? '';
}

function errorAnnotations(result: RunResult): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

/** Fails closed: decision=error, allowed=false, every output set, a failed step, the message everywhere. */
function expectFailedClosed(result: RunResult, message: string | RegExp): void {
  expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
  expect(Object.keys(result.outputs).sort()).toEqual([...OUTPUTS].sort());
  expect(result.code).not.toBe(0);
  const json = JSON.parse(result.outputs['json']!) as Record<string, unknown>;
  expect(json).toMatchObject({ verdict: 'error', allowed: false });
  expect(result.outputs['reason']).toMatch(message);
  expect(errorAnnotations(result).join('\n')).toMatch(message);
  expect(result.summary).toContain('Trust Gate: error');
  expect(result.summary).toMatch(message);
}

function expectAllowed(result: RunResult): void {
  expect(result.outputs).toMatchObject({ decision: 'allow', allowed: 'true', changes: '1' });
  expect(result.code).toBe(0);
}

describe('a token without a permission the gate needs', () => {
  it.each([
    ['deployments', '`deployments: read`', 'graphql TrustGateHistory'],
    ['contents', '`contents: read`', 'graphql TrustGateHistory'],
    ['pull-requests', '`pull-requests: read`', 'graphql TrustGateChanges'],
  ] as const)(
    'without %s fails closed and names the exact permissions line to add',
    async (scope, line, failing) => {
      const world = aRelease();
      world.grant({ ...ALL_READS, [scope]: 'none' });
      const { run, sim } = await serve(world);
      const result = await run({ actor: 'carol' });
      expectFailedClosed(result, line);
      expect(result.outputs['reason']).toContain("to the job's `permissions:` block");
      for (const other of ['contents', 'deployments', 'pull-requests'].filter((s) => s !== scope))
        expect(result.outputs['reason']).not.toContain(`\`${other}: read\``);
      expect(result.outputs['reason']).not.toContain('Request failed due to following');
      expect(sim.counts().byRoute[failing]).toBe(1);
    },
  );

  it('explains a FORBIDDEN GraphQL error on deployments instead of dumping it', async () => {
    const world = aRelease();
    world.token.missing = ['deployments:read', 'deployments:write'];
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(result.outputs['reason']).toBe(
      "Could not read the policy and the deployment history: Resource not accessible by integration (at repository.deployments). Add `deployments: read` to the job's `permissions:` block.",
    );
  });

  it('fails closed with the REST permission to add when compare is forbidden', async () => {
    const world = aComparedRelease();
    const { run, sim } = await serve(world);
    sim.inject({ route: 'GET /repos/:owner/:repo/compare/*', status: 403 });
    const result = await run({ actor: 'carol' });
    expectFailedClosed(
      result,
      /\(HTTP 403\).*Add `contents: read` to the job's `permissions:` block/,
    );
    expect(sim.counts().byRoute).not.toHaveProperty('graphql TrustGateChanges');
  });

  it('rejects a wrong token with a 401 and asks to check the token input, without retrying', async () => {
    const world = aRelease();
    world.token.value = 'ghs_the_real_one';
    const { run, sim } = await serve(world);
    const result = await run({ actor: 'carol' });
    expectFailedClosed(result, /\(HTTP 401\): Bad credentials.*check the `token` input/);
    // The first round only: the history and the deployer's role, sent together, each once.
    expect(sim.counts()).toMatchObject({ total: 2, failed: 2 });
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(1);
  });

  it('refuses an empty token before any request', async () => {
    const { run, sim } = await serve(aRelease());
    const result = await run({ actor: 'carol', inputs: { environment: 'production', token: '' } });
    expectFailedClosed(result, 'Input `token` is empty');
    expect(sim.counts().total).toBe(0);
  });

  it('names a repository that does not exist or that the token cannot see', async () => {
    const { run } = await serve(aRelease());
    const result = await run({ actor: 'carol', repo: 'nowhere' });
    expectFailedClosed(result, /acme\/nowhere/);
    expect(result.outputs['reason']).toMatch(/token can read it/);
  });

  it('says which token can read team members when the policy names a team', async () => {
    const world = aRelease(`version: 1
environments:
  production:
    approvals: 1
    approvers:
      teams: [acme/leads]
`);
    world.team('acme/leads', { members: ['alice'] });
    world.tokenCanReadOrgMembers = false;
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expectFailedClosed(result, /team acme\/leads.*can read organization members/);
  });
});

describe('the policy file', () => {
  it('names the path and the default branch when the policy is missing', async () => {
    const world = createWorld({ owner: 'acme', repo: 'shop', start: '2026-09-28T12:00:00Z' });
    const { run } = await serve(world);
    const result = await run();
    expectFailedClosed(
      result,
      'Policy file .github/trust-gate.yml was not found on the default branch (main)',
    );
  });

  it('reads the policy from the branch `policy-ref` names', async () => {
    const world = aRelease(`version: 1
environments:
  production:
    approvals: 3
`);
    world.branch('policies');
    world.commit({
      branch: 'policies',
      message: 'Relax the policy',
      files: { '.github/trust-gate.yml': POLICY },
    });
    const { run } = await serve(world);
    const fromDefault = await run({ actor: 'carol' });
    expect(fromDefault.outputs).toMatchObject({ decision: 'deny', 'required-approvals': '3' });
    const result = await run({
      actor: 'carol',
      inputs: { environment: 'production', 'policy-ref': 'policies' },
    });
    expectAllowed(result);
    expect(result.outputs['required-approvals']).toBe('1');
  });

  it('names the ref when `policy-ref` has no policy file', async () => {
    const { run } = await serve(aRelease());
    const result = await run({
      actor: 'carol',
      inputs: { environment: 'production', 'policy-ref': 'no-such-branch' },
    });
    expectFailedClosed(
      result,
      'Policy file .github/trust-gate.yml was not found on no-such-branch',
    );
  });

  it('reads the policy from the path the `policy` input names', async () => {
    const world = aRelease(POLICY.replace('approvals: 1', 'approvals: 3'), {
      'deploy/gate.yml': POLICY,
    });
    const { run } = await serve(world);
    const moved = await run({
      actor: 'carol',
      inputs: { environment: 'production', policy: 'deploy/gate.yml' },
    });
    expect(moved.outputs).toMatchObject({ decision: 'allow', allowed: 'true' });
    const missing = await run({
      actor: 'carol',
      inputs: { environment: 'production', policy: 'deploy/missing.yml' },
    });
    expectFailedClosed(missing, 'Policy file deploy/missing.yml was not found');
  });

  it('lists every problem of an invalid policy with file, line, column and key path', async () => {
    const world = aRelease(`version: 1
environments:
  production:
    aprovals: 1
    trust:
      window: 90 days
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 0, approvals: 1 }
`);
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expectFailedClosed(result, /Invalid policy \.github\/trust-gate\.yml \(\d+ problems\)/);
    const reason = result.outputs['reason']!;
    expect(reason).toMatch(
      /\.github\/trust-gate\.yml:4:5 environments\.production\.aprovals: .*approvals/,
    );
    expect(reason).toMatch(
      /\.github\/trust-gate\.yml:6:\d+ environments\.production\.trust\.window/,
    );
    expect(reason).toMatch(/:9:\d+ environments\.production\.trust\.levels\[1\]\.after/);
    // The json output keeps the message's lines; each issue is also an annotation at its place.
    const lines = (JSON.parse(result.outputs['json']!) as { error: string }).error.split('\n');
    const issues = lines.slice(1).map((line) => {
      const [, at, text] = /^\.github\/trust-gate\.yml:(\d+:\d+) (.*)$/.exec(line) ?? [];
      return { at, text };
    });
    expect(issues.length).toBeGreaterThanOrEqual(3);
    const annotated = result.annotations
      .filter((a) => a.level === 'error' && a.properties['file'] === '.github/trust-gate.yml')
      .map((a) => ({ at: `${a.properties['line']}:${a.properties['col']}`, text: a.message }));
    expect(annotated).toEqual(issues);
  });

  it('fails closed when no policy key matches the environment', async () => {
    const { run } = await serve(aRelease());
    const result = await run({ actor: 'carol', inputs: { environment: 'staging' } });
    expectFailedClosed(result, /staging/);
  });
});

describe('retries', () => {
  it('retries a 502 on the history query and succeeds', async () => {
    const { run, sim } = await serve(aRelease());
    sim.inject({ operation: 'TrustGateHistory', status: 502, times: 1 });
    const result = await run({ actor: 'carol' });
    expectAllowed(result);
    const history = sim.log.entries.filter((e) => e.operation === 'TrustGateHistory');
    expect(history.map((e) => e.status)).toEqual([502, 200]);
  });

  it('retries 503s on a REST compare and succeeds', async () => {
    const { run, sim } = await serve(aComparedRelease());
    sim.inject({ route: 'GET /repos/:owner/:repo/compare/*', status: 503, times: 2 });
    const result = await run({ actor: 'carol' });
    expectAllowed(result);
    const compares = sim.log.entries.filter((e) => e.path.includes('/compare/'));
    expect(compares.map((e) => e.status)).toEqual([503, 503, 200]);
  });

  it('fails closed after a bounded number of attempts when GitHub keeps failing', async () => {
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

  it.each([
    ['primary', 'REST', { route: 'GET /repos/:owner/:repo/compare/*' }],
    ['primary', 'GraphQL', { operation: 'TrustGateChanges' }],
    ['secondary', 'REST', { route: 'GET /repos/:owner/:repo/compare/*' }],
    ['secondary', 'GraphQL', { operation: 'TrustGateHistory' }],
  ] as const)('waits out a %s rate limit on %s and retries', async (kind, _api, target) => {
    const { run, sim } = await serve(aComparedRelease());
    const fault = sim.inject({ ...target, rateLimit: kind, retryAfter: 1, times: 1 });
    const result = await run({ actor: 'carol' });
    expectAllowed(result);
    expect(fault.hits).toBe(1);
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message).join('\n')).toMatch(
      new RegExp(`${kind} rate limit on (GET|POST) .*; retrying after \\d+s`),
    );
  });

  it('answers a secondary rate limit with HTTP 429 the same way', async () => {
    const { run, sim } = await serve(aRelease());
    sim.inject({
      route: 'GET /repos/:owner/:repo/collaborators/:user/permission',
      rateLimit: 'secondary',
      secondaryStatus: 429,
      retryAfter: 1,
      times: 1,
    });
    const result = await run({ actor: 'carol' });
    expectAllowed(result);
  });

  it('gives up on a rate limit that does not lift, and fails closed saying so', async () => {
    const { run, sim } = await serve(aRelease());
    sim.inject({ operation: 'TrustGateHistory', rateLimit: 'secondary', retryAfter: 1 });
    const result = await run({ actor: 'carol' });
    expectFailedClosed(result, /rate limit/i);
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(3);
  });

  it('counts a persistent 429 secondary rate limit against the same bounded retries', async () => {
    const { run, sim } = await serve(aComparedRelease());
    sim.inject({
      route: 'GET /repos/:owner/:repo/compare/*',
      rateLimit: 'secondary',
      secondaryStatus: 429,
      retryAfter: 1,
    });
    const result = await run({ actor: 'carol' });
    expectFailedClosed(result, /\(HTTP 429\).*rate limit did not lift in time/);
    expect(
      sim.counts().byRoute['GET /repos/acme/shop/compare/' + compareOf(sim)],
    ).toBeLessThanOrEqual(4);
  });

  it('does not sit out a primary rate limit that resets in an hour', async () => {
    const { run, sim } = await serve(aRelease());
    sim.inject({ operation: 'TrustGateHistory', rateLimit: 'primary', retryAfter: 3600 });
    const result = await run({ actor: 'carol' });
    expectFailedClosed(result, /API rate limit exceeded.*rate limit did not lift in time/);
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(1);
    expect(result.annotations.map((a) => a.message).join('\n')).toContain('giving up');
  });

  it('fails closed when GitHub does not answer before the run deadline', async () => {
    const { run, sim } = await serve(aRelease());
    sim.inject({ operation: 'TrustGateHistory', latencyMs: 3000 });
    const result = await run({ actor: 'carol', env: { TRUST_GATE_DEADLINE_MS: '300' } });
    expectFailedClosed(result, "GitHub did not answer before the run's deadline");
    expect(result.outputs['reason']).not.toContain('HTTP 500');
  });

  it('decides the same under latency', async () => {
    const { run, sim } = await serve(aRelease());
    const fault = sim.inject({ latencyMs: 100 });
    const result = await run({ actor: 'carol' });
    expectAllowed(result);
    expect(fault.hits).toBe(sim.counts().total);
    expect(sim.counts().failed).toBe(0);
  });
});

describe('inputs', () => {
  it.each([
    ['mode', 'deploy', 'Input `mode` is "deploy"; expected one of gate, check, report, validate.'],
    ['comment', 'maybe', 'Input `comment` is "maybe"; expected true or false.'],
    ['status', 'sometimes', 'Input `status` is "sometimes"; expected true or false.'],
  ])('refuses %s=%s, quoting it and the values expected', async (name, value, message) => {
    const { run, sim } = await serve(aRelease());
    const result = await run({
      actor: 'carol',
      inputs: { environment: 'production', [name]: value },
    });
    expectFailedClosed(result, message);
    expect(result.outputs['reason']).toBe(message);
    expect(sim.counts().total).toBe(0);
  });

  it('in check mode reports a bad input as an error without failing the step', async () => {
    const world = aRelease();
    const pr = world.pullRequest({ title: 'Next', author: 'bob', files: { 'next.ts': 'x' } });
    const { run, sim } = await serve(world);
    const result = await run({
      event: 'pull_request',
      pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: 'main', author: 'bob' },
      inputs: { environment: 'production', comment: 'maybe' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false', deployer: 'bob' });
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({
      mode: 'check',
      environment: 'production',
    });
    expect(errorAnnotations(result)).toEqual([]);
    expect(result.annotations.map((a) => a.message).join('\n')).toContain(
      'Input `comment` is "maybe"; expected true or false.',
    );
    expect(sim.counts().total).toBe(0);
  });

  it('refuses an empty environment', async () => {
    const { run, sim } = await serve(aRelease());
    const result = await run({ actor: 'carol', inputs: { environment: '  ' } });
    expectFailedClosed(result, /Input `environment` is (required|empty)/);
    expect(sim.counts().total).toBe(0);
  });

  it('decides for the commit the `sha` input names rather than the event commit', async () => {
    const world = aRelease();
    const deployed = world.deployments[0]!.sha;
    const { run } = await serve(world);
    const result = await run({
      actor: 'carol',
      inputs: { environment: 'production', sha: deployed },
    });
    expect(result.outputs).toMatchObject({ decision: 'allow', changes: '0' });
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({ sha: deployed });
  });
  it('redeploys the deployed commit under a policy naming teams (a teams-only query)', async () => {
    const world = aRelease(`version: 1
environments:
  production:
    deployers:
      teams: [acme/sre]
`);
    world.team('acme/sre', { members: ['carol'] });
    const deployed = world.deployments[0]!.sha;
    const { run, sim } = await serve(world);
    const result = await run({
      actor: 'carol',
      inputs: { environment: 'production', sha: deployed },
    });
    expect(result.outputs).toMatchObject({ decision: 'allow', allowed: 'true', changes: '0' });
    expect(sim.counts().byRoute['graphql TrustGateChanges']).toBe(1);
  });
});

describe('publishing a failure', () => {
  it('still fails closed when the job summary cannot be written', async () => {
    const world = aRelease();
    world.grant({ ...ALL_READS, deployments: 'none' });
    const { run } = await serve(world);
    const result = await run({
      actor: 'carol',
      env: { GITHUB_STEP_SUMMARY: '/nonexistent/trust-gate/summary.md' },
    });
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result).join('\n')).toContain('`deployments: read`');
  });

  it('turns an allow into an error, never a silent success, when the summary cannot be written', async () => {
    const { run } = await serve(aRelease());
    const result = await run({
      actor: 'carol',
      env: { GITHUB_STEP_SUMMARY: '/nonexistent/trust-gate/summary.md' },
    });
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.code).not.toBe(0);
  });

  it('fails the step with an annotation when the outputs file cannot be written', async () => {
    const { run } = await serve(aRelease());
    const result = await run({
      actor: 'carol',
      env: { GITHUB_OUTPUT: '/nonexistent/trust-gate/output' },
    });
    expect(result.code).not.toBe(0);
    expect(errorAnnotations(result).join('\n')).toMatch(/output/i);
    expect(result.stderr).toBe('');
  });

  it('in check mode warns and sets an error status instead of failing the step', async () => {
    const world = aRelease();
    const pr = world.pullRequest({ title: 'Next', author: 'bob', files: { 'next.ts': 'x' } });
    world.grant({ ...ALL_READS, deployments: 'none', statuses: 'write' });
    const { run } = await serve(world);
    const result = await run({
      event: 'pull_request',
      pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: 'main', author: 'bob' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(errorAnnotations(result)).toEqual([]);
    expect(result.annotations.map((a) => a.message).join('\n')).toContain('`deployments: read`');
    expect(world.commitStatuses.map((s) => s.state)).toEqual(['error']);
  });
});
