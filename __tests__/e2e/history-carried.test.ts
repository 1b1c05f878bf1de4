// The release read from the target's history carried by the first request (SPEC §7 rounds) decides
// exactly as compare and the changes query do, and falls back to them whenever the cut is unproven.
import { describe, expect, it } from 'vitest';
import type { Simulator, World } from '../simulator/index.js';
import { deploys, ladderWorld, release, ship, verdictOf } from './history-world.js';
import type { RunOptions, RunResult } from './run-action.js';
import { serve } from './scenario.js';

type Routes = Record<string, number>;

const compared = (routes: Routes) => Object.keys(routes).some((r) => r.includes('/compare/'));

/** Commits whose pull requests the changes query asked for (its `$c0`, `$c1`… variables). */
function commitsAsked(sim: Simulator): number {
  return sim.log.entries
    .filter((e) => e.operation === 'TrustGateChanges')
    .flatMap((e) => Object.keys((e.body as { variables?: object }).variables ?? {}))
    .filter((name) => /^c\d+$/.test(name)).length;
}

/**
 * Runs the gate twice on the same world: as it runs, then with the carried history refused
 * (GitHub's FORBIDDEN on the first query's `target`, as for a token that may not read pull
 * requests there), which reads the release the long way: compare, then the changes query.
 */
async function bothWays(world: World, options: Partial<RunOptions> = { actor: 'carol' }) {
  const { run, sim } = await serve(world);
  const carried = await run(options);
  const carriedRoutes = { ...sim.counts().byRoute };
  const carriedAsked = commitsAsked(sim);
  sim.reset();
  const refused = sim.inject({ operation: 'TrustGateHistory', forbidField: 'target' });
  const fallback = await run(options);
  expect(refused.hits).toBeGreaterThan(0);
  const fallbackRoutes = { ...sim.counts().byRoute };
  return {
    carried,
    fallback,
    carriedRoutes,
    fallbackRoutes,
    carriedAsked,
    fallbackAsked: commitsAsked(sim),
  };
}

/** Both runs decided alike: every output, and the summary the user reads. */
function expectSameDecision(carried: RunResult, fallback: RunResult): void {
  expect(carried.stderr).toBe('');
  expect(carried.outputs['decision'], carried.outputs['reason']).not.toBe('error');
  expect(carried.outputs).toEqual(fallback.outputs);
  expect(carried.summary).toEqual(fallback.summary);
  expect(carried.code).toBe(fallback.code);
}

/** alice's 3 clean deploys, then the release. */
function deployedWorld(): World {
  const world = ladderWorld();
  deploys(world, 'alice', 3);
  return world;
}

describe('a release in a linear history (squash merges and direct commits)', () => {
  it('is cut from the first query: no compare, no pull requests asked again, the same decision', async () => {
    const world = deployedWorld();
    release(world, ['erin'], 'Add cart');
    ship(world);
    release(world, [], 'Add search');
    // A bot's direct commit with a long title: named as REST's compare names them.
    world.bot('renovate');
    const title = `Bump every dependency of the shop to its newest version, ${'really '.repeat(10)}`;
    world.commit({
      message: `${title}\n\nBody.`,
      files: { 'deps.txt': '2' },
      author: 'renovate[bot]',
    });
    release(world, ['erin', 'dave'], 'Add login');
    const run = await bothWays(world);
    expectSameDecision(run.carried, run.fallback);
    expect(verdictOf(run.carried, ['changes'])).toMatchObject({ changes: '5', allowed: 'false' });
    expect(run.carried.summary).toContain(title.trim());
    expect(run.carried.outputs['json']).toContain('"author":"renovate[bot]"');
    expect(run.carried.outputs['reason']).toContain('Add search has 0 of 2 required approvals');
    expect(compared(run.carriedRoutes)).toBe(false);
    expect(run.carriedAsked).toBe(0);
    expect(compared(run.fallbackRoutes)).toBe(true);
    expect(run.fallbackAsked).toBe(5);
  });

  it('of a rebase merge (several commits of one pull request) is grouped into that pull request', async () => {
    const world = deployedWorld();
    world.pullRequest({
      title: 'Add cart',
      author: 'frank',
      commits: [
        { message: 'Cart model', files: { 'src/cart.ts': '1' } },
        { message: 'Cart view', files: { 'src/cart-view.ts': '1' }, author: 'bob' },
      ],
      reviews: [{ author: 'erin', state: 'APPROVED' }],
      merge: 'rebase',
    });
    const run = await bothWays(world);
    expectSameDecision(run.carried, run.fallback);
    expect(verdictOf(run.carried, ['changes'])).toMatchObject({ changes: '1' });
    expect(compared(run.carriedRoutes)).toBe(false);
  });

  it('with a pull request whose files and reviews run past a page reads them on, as the changes query does', async () => {
    const world = deployedWorld();
    const files = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`src/f${i}.ts`, `${i}`]),
    );
    const reviews = [
      ...Array.from({ length: 104 }, () => ({
        author: 'dave',
        state: 'CHANGES_REQUESTED' as const,
      })),
      { author: 'erin', state: 'APPROVED' as const },
      { author: 'dave', state: 'APPROVED' as const },
    ];
    world.pullRequest({ title: 'Big change', author: 'frank', files, reviews, merge: 'squash' });
    const run = await bothWays(world);
    expectSameDecision(run.carried, run.fallback);
    expect(verdictOf(run.carried, ['approvals'])).toMatchObject({ approvals: '2' });
    expect(compared(run.carriedRoutes)).toBe(false);
    expect(run.carriedRoutes['graphql TrustGatePull_files']).toBe(1);
    expect(run.carriedRoutes['graphql TrustGatePull_reviews']).toBe(1);
  });
});

describe('the cut falls back to compare and the changes query', () => {
  it('when a merge commit lies between the deployed commit and the target', async () => {
    const world = deployedWorld();
    release(world, ['erin'], 'Add cart');
    world.pullRequest({
      title: 'Add search',
      author: 'frank',
      files: { 'src/search.ts': 'x' },
      reviews: [{ author: 'erin', state: 'APPROVED' }],
      merge: 'merge',
    });
    const run = await bothWays(world);
    expectSameDecision(run.carried, run.fallback);
    expect(verdictOf(run.carried, ['changes'])).toMatchObject({ changes: '2' });
    expect(compared(run.carriedRoutes)).toBe(true);
    expect(run.carriedAsked).toBeGreaterThan(0);
  });

  it('when the deployed commit is older than the commits the first query carries', async () => {
    const world = deployedWorld();
    for (let i = 1; i <= 21; i++) release(world, ['erin'], `Feature ${i}`);
    const run = await bothWays(world);
    expectSameDecision(run.carried, run.fallback);
    expect(verdictOf(run.carried, ['changes'])).toMatchObject({ changes: '21' });
    expect(run.carried.summary).toContain('Feature 1');
    expect(compared(run.carriedRoutes)).toBe(true);
  });

  it('when GitHub no longer has the deployed commit (force-pushed away)', async () => {
    const world = deployedWorld();
    release(world, ['erin', 'dave'], 'Add cart');
    world.branch('hotfix', world.resolve('main'));
    const hotfix = world.commit({ branch: 'hotfix', message: 'Hotfix', files: { 'h.txt': 'x' } });
    world.deployment({ sha: hotfix.sha, creator: 'bob', status: 'success' });
    world.commits.delete(hotfix.sha);
    world.branches.delete('hotfix');
    release(world, ['erin', 'dave'], 'Add search');
    const run = await bothWays(world);
    expectSameDecision(run.carried, run.fallback);
    expect(run.carried.summary).toContain(
      `GitHub no longer has the deployed commit ${hotfix.sha.slice(0, 7)}`,
    );
    expect(compared(run.carriedRoutes)).toBe(true);
  });

  it('on a first deploy (no successful deployment to cut at)', async () => {
    const world = ladderWorld();
    release(world, ['erin', 'dave'], 'Add cart');
    const run = await bothWays(world);
    expectSameDecision(run.carried, run.fallback);
    expect(verdictOf(run.carried, ['changes'])).toMatchObject({ changes: '1', allowed: 'true' });
    expect(run.carriedAsked).toBe(1);
  });
});
