// gate mode in process: run() from src/main.ts against the simulator, reasons and audit issue.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { aWorld, serve } from './run-in-process.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
`;

const GUARDED = `version: 1
environments:
  production:
    approvals: 1
    deployers:
      teams: [acme/sre]
    freeze:
      - name: Holiday freeze
        from: "2026-11-20T00:00:00Z"
        until: "2027-01-04T00:00:00Z"
    break-glass:
      users: [alice]
`;

function team(policy = POLICY): World {
  return aWorld(policy)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write')
    .team('acme/sre', { members: ['carol'] });
}

const DENIED = [
  'deployer `alice` does not satisfy `deployers` (needs write and team acme/sre, has write, in none of those teams)',
  'inside freeze window `Holiday freeze`',
  '#1 Add cart has 0 of 1 required approvals',
];

describe('gate mode in process', () => {
  it('allows a release whose every pull request has its approval', async () => {
    const world = team();
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    const { run, sim } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(result.outputs).toMatchObject({
      allowed: 'true',
      decision: 'allow',
      deployer: 'carol',
      changes: '1',
      'required-approvals': '1',
      approvals: '1',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Trust Gate: ');
    expect(result.annotations).toEqual([]);
    expect(result.summary).toContain(
      '| [#1 Add cart](https://github.com/acme/shop/pull/1) | bob | 1 | 1 | alice | ✅ |',
    );
    expect(sim.counts().total).toBe(3);
  });

  it('denies with every reason: outputs, json, the failed step and the summary', async () => {
    const world = team(GUARDED);
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      merge: 'squash',
    });
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    const reason = DENIED.join('; ');
    expect(result.outputs).toMatchObject({ allowed: 'false', decision: 'deny', reason });
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({
      verdict: 'deny',
      reasons: DENIED,
      breakGlass: null,
    });
    expect(result.code).toBe(1);
    expect(result.annotations).toEqual([
      { level: 'error', properties: {}, message: `Trust Gate denied the deploy: ${reason}` },
    ]);
    expect(result.summary).toContain(
      [
        '## ⛔ Trust Gate: deploy to production denied',
        '',
        `- ❌ ${DENIED[0]}`,
        `- ❌ ${DENIED[1]}`,
        '- ❌ \\#1 Add cart has 0 of 1 required approvals',
      ].join('\n'),
    );
    expect(result.summary).toContain(
      '| [#1 Add cart](https://github.com/acme/shop/pull/1) | bob | 1 | 0 | — | ❌ |',
    );
    expect(world.issues.size).toBe(0);
  });

  it('lets break-glass override every deny and files one audit issue naming them', async () => {
    const world = team(GUARDED);
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      merge: 'squash',
    });
    const sha = world.mustResolve('main');
    const { run } = await serve(world);
    const result = await run({
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': 'Checkout is down | INC @sre' },
    });
    expect(result.outputs).toMatchObject({ allowed: 'true', decision: 'allow' });
    expect(result.code).toBe(0);
    const issues = [...world.issues.values()];
    expect(issues.map((i) => ({ title: i.title, labels: i.labels }))).toEqual([
      { title: 'Break-glass deploy to production by alice', labels: ['trust-gate'] },
    ]);
    expect(issues[0]!.body).toBe(
      [
        `**alice** broke glass to deploy \`${sha}\` to \`production\`.`,
        '',
        '**Reason:** Checkout is down \\| INC @&#8203;sre',
        '',
        '**Denied because:**',
        `- ${DENIED[0]}`,
        `- ${DENIED[1]}`,
        '- \\#1 Add cart has 0 of 1 required approvals',
        '',
        'Run: https://github.com/acme/shop/actions/runs/4242',
        '',
        'Review this deploy after the fact, then close the issue.',
      ].join('\n'),
    );
    expect(result.summary).toContain(
      '## 🚨 Trust Gate: allowed to deploy to production by break-glass',
    );
    expect(JSON.parse(result.outputs['json']!).notes).toContainEqual(
      expect.stringMatching(/^Break-glass audit issue: http/),
    );
  });

  it('fails closed, naming the permission, when the audit issue cannot be filed', async () => {
    const world = team(GUARDED);
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      merge: 'squash',
    });
    world.grant({
      contents: 'read',
      deployments: 'read',
      'pull-requests': 'read',
      actions: 'read',
    });
    const { run } = await serve(world);
    const result = await run({
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': 'hotfix' },
    });
    expect(result.outputs).toMatchObject({ allowed: 'false', decision: 'error' });
    expect(result.outputs['reason']).toContain('`issues: write`');
    expect(result.code).toBe(1);
  });

  it('writes no break-glass issue when nothing was denied', async () => {
    const world = team(GUARDED.replace('2026-11-20', '2026-12-20'));
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'alice' }],
      merge: 'squash',
    });
    const { run } = await serve(world);
    const result = await run({
      actor: 'carol',
      inputs: { environment: 'production', 'break-glass': 'just in case' },
    });
    expect(result.outputs).toMatchObject({ allowed: 'true', decision: 'allow' });
    expect(world.issues.size).toBe(0);
  });
});
