// report mode end to end: the team trust table for a scheduled workflow, and the gatekeeper warning.
import { describe, expect, it } from 'vitest';
import type { DeploymentState, World } from '../simulator/index.js';
import { layout, mentions, rawHtml } from './markdown-layout.js';
import { aWorld, serve } from './scenario.js';

const LADDER = `version: 1
environments:
  production:
    approvals: 2
    trust:
      window: 30d
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 2, approvals: 1 }
        - { name: owner, after: 4, approvals: 0 }
`;

const REPORT = { inputs: { environment: 'production', mode: 'report' } };

/** A new commit on main deployed by `who` with this outcome; returns the commit. */
function ship(world: World, who: string, state: DeploymentState = 'success', at?: string): string {
  const sha = world.commit({ message: `Change by ${who}`, author: who, at }).sha;
  world.deployment({ sha, environment: 'production', creator: who, status: state, at });
  return sha;
}

function shipMany(world: World, who: string, count: number): void {
  for (let i = 0; i < count; i++) ship(world, who);
}

/** The report's rows as `login level score successes failures rollbacks`. */
function rowsOf(json: string): string[] {
  const report = JSON.parse(json) as {
    deployers: Array<Record<string, string | number>>;
  };
  return report.deployers.map((r) =>
    [r['login'], r['level'], r['score'], r['successes'], r['failures'], r['rollbacks']].join(' '),
  );
}

describe('report mode', () => {
  it('lists every deployer in the window with level, score, record and last deploy', async () => {
    const world = aWorld(LADDER, '2026-10-01T09:00:00Z');
    ship(world, 'erin', 'success', '2026-10-05T09:00:00Z'); // before the 30-day window
    world.at('2026-11-01T09:00:00Z');
    shipMany(world, 'alice', 5);
    ship(world, 'bob', 'failure');
    shipMany(world, 'bob', 2);
    const carols = ship(world, 'carol');
    world.deployment({ sha: carols, environment: 'staging', creator: 'frank', status: 'success' });
    ship(world, 'dave', 'error');
    const { run, sim } = await serve(world);
    const result = await run(REPORT);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(rowsOf(result.outputs['json']!)).toEqual([
      'alice owner 5 5 0 0',
      'bob member 2 2 1 0',
      'carol newcomer 1 1 0 0',
      'dave newcomer 0 0 1 0',
    ]);
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({
      environment: 'production',
      window: '30d',
      deploys: 10,
      failures: 2,
      changeFailureRate: 0.2,
      noApproval: ['alice'],
      singleGatekeeper: true,
    });
    expect(result.summary).toContain('**10 deploys**, 2 failures · change failure rate **20%**');
    expect(result.summary).toMatch(
      /^\| carol \| newcomer \| 1 \| 1 \| 0 \| 0 \| 2026-11-01 \d\d:\d\d UTC \|$/m,
    );
    expect(result.summary).not.toContain('erin');
    expect(result.summary).not.toContain('frank');
    expect(sim.counts().total).toBeLessThanOrEqual(2);
  });

  it('counts a rolled-back deploy as a failure of the person who shipped it', async () => {
    const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
    const good = ship(world, 'alice');
    ship(world, 'bob');
    world.deployment({ sha: good, environment: 'production', creator: 'carol', status: 'success' });
    const { run } = await serve(world);
    const result = await run(REPORT);
    const report = JSON.parse(result.outputs['json']!);
    expect(rowsOf(result.outputs['json']!)).toEqual([
      'alice newcomer 1 1 0 0',
      'bob newcomer 0 0 1 1',
      'carol newcomer 0 1 0 0',
    ]);
    expect(report).toMatchObject({ deploys: 3, failures: 1 });
    expect(result.summary).toContain('**3 deploys**, 1 failure · change failure rate **33.3%**');
  });

  it('warns of a single gatekeeper when only one person can deploy with no approval', async () => {
    const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
    shipMany(world, 'alice', 4);
    shipMany(world, 'bob', 3);
    const { run } = await serve(world);
    const result = await run(REPORT);
    expect(result.code).toBe(0);
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toEqual([
      {
        level: 'warning',
        properties: {},
        message:
          'Single gatekeeper: only alice can deploy to production with no approval. Spread trust so deploys do not wait on one person.',
      },
    ]);
    expect(result.stdout).toMatch(/^::warning::Single gatekeeper: only alice can deploy/m);
    expect(result.summary).toContain('**Can deploy with no approval** (1): alice');
    expect(result.summary).toContain('> [!WARNING]\n> Single gatekeeper: only alice can deploy');
  });

  it('warns of a single gatekeeper when nobody can deploy with no approval', async () => {
    const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
    shipMany(world, 'bob', 3);
    const { run } = await serve(world);
    const result = await run(REPORT);
    expect(result.annotations.map((a) => `${a.level}: ${a.message}`)).toEqual([
      'warning: Single gatekeeper: nobody can deploy to production with no approval, so every deploy waits for an approver.',
    ]);
    expect(result.summary).toContain('**Can deploy with no approval** (0): nobody');
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({
      noApproval: [],
      singleGatekeeper: true,
    });
  });

  it('does not warn once two people can deploy with no approval', async () => {
    const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
    shipMany(world, 'alice', 4);
    shipMany(world, 'bob', 4);
    const { run } = await serve(world);
    const result = await run(REPORT);
    expect(result.annotations).toEqual([]);
    expect(result.summary).toContain('**Can deploy with no approval** (2): alice and bob');
    expect(result.summary).not.toContain('Single gatekeeper');
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({ singleGatekeeper: false });
  });

  it('counts nobody as free of approvals while `minimum` asks for one', async () => {
    const policy = LADDER.replace('approvals: 2\n', 'approvals: 2\n    minimum: 1\n');
    const world = aWorld(policy, '2026-11-01T09:00:00Z');
    shipMany(world, 'alice', 4);
    shipMany(world, 'bob', 4);
    const { run } = await serve(world);
    const result = await run(REPORT);
    expect(rowsOf(result.outputs['json']!)).toEqual(['alice owner 4 4 0 0', 'bob owner 4 4 0 0']);
    expect(result.summary).toContain('**Can deploy with no approval** (0): nobody');
    expect(result.annotations.map((a) => a.level)).toEqual(['warning']);
  });

  it('renders logins as plain text that can neither mention nor break the table', async () => {
    const hostile = 'x@acme/leads|<img src=x onerror=alert(1)>`';
    const build = async (login: string) => {
      const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
      shipMany(world, login, 4);
      shipMany(world, 'bob', 1);
      const { run } = await serve(world);
      return run(REPORT);
    };
    const [bad, good] = await Promise.all([build(hostile), build('mallory')]);
    expect(mentions(bad.summary)).toEqual([]);
    expect(rawHtml(bad.summary)).toEqual([]);
    expect(bad.summary).not.toContain('@acme/leads');
    expect(bad.summary).not.toContain('<img');
    expect(layout(bad.summary)).toEqual(layout(good.summary));
    expect(JSON.parse(bad.outputs['json']!).noApproval).toEqual([hostile]);
  });

  it('renders the team report', async () => {
    const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
    world.at('2026-11-02T10:15:00Z');
    shipMany(world, 'alice', 5);
    world.at('2026-11-10T08:00:00Z');
    ship(world, 'bob', 'failure');
    shipMany(world, 'bob', 3);
    world.at('2026-11-20T16:40:00Z');
    ship(world, 'carol');
    const { run } = await serve(world);
    const result = await run(REPORT);
    expect(result.summary).toMatchInlineSnapshot(`
      "## 📊 Trust Gate: who can deploy to production

      Deploys in the last 30d (since 2026-10-28) · policy \`production\`

      | deployer | level | score | successes | failures | rollbacks | last deploy |
      |---|---|--:|--:|--:|--:|---|
      | alice | owner | 5 | 5 | 0 | 0 | 2026-11-02 10:29 UTC |
      | bob | member | 3 | 3 | 1 | 0 | 2026-11-10 08:11 UTC |
      | carol | newcomer | 1 | 1 | 0 | 0 | 2026-11-20 16:42 UTC |

      **10 deploys**, 1 failure · change failure rate **10%**

      **Can deploy with no approval** (1): alice

      > [!WARNING]
      > Single gatekeeper: only alice can deploy to production with no approval. Spread trust so deploys do not wait on one person.

      "
    `);
  });
});
