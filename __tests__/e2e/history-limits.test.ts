// Reading the whole truth end to end (SPEC §5d): no page cap, loops caught, every status, every
// spelling, policy limits, and commits GitHub no longer has.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import {
  deploys,
  ladderPolicy,
  ladderWorld,
  peopled,
  recordLine,
  release,
  verdictOf,
} from './history-world.js';
import type { RunResult } from './run-action.js';
import { aWorld, serve } from './scenario.js';

/** A run that ended in error: its reason, after checking it failed closed. */
function errorOf(result: RunResult): string {
  expect(result.outputs['decision']).toBe('error');
  expect(result.outputs['allowed']).toBe('false');
  expect(result.code).toBe(1);
  return result.outputs['reason'] ?? '';
}

/** Removes a commit from GitHub, as a force-push and garbage collection would. */
function forget(world: World, sha: string): void {
  world.commits.delete(sha);
  for (const [name, head] of world.branches) if (head === sha) world.branches.delete(name);
}

describe('the whole window of history is read, whatever its size', () => {
  it('finds the release base behind 3,050 deployments that never finished, so unreviewed work is not a "first deploy"', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 1);
    release(world, ['erin'], 'Reviewed feature');
    release(world, [], 'Unreviewed feature');
    for (let i = 0; i < 3_050; i++) world.deployment({ creator: 'bob', statuses: [] });
    const { run, sim } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result, ['changes', 'approvals'])).toMatchObject({
      changes: '2',
      approvals: '0',
      allowed: 'false',
    });
    expect(result.summary).toContain('Unreviewed feature');
    expect(result.summary).toContain('Reviewed feature');
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(31);
  });
});

describe('pagination that does not advance', () => {
  it.each([
    ['repeat-cursor', /the cursor "[^"]+" came back/],
    ['empty-page', /a page promised more but held nothing/],
  ] as const)('(%s) is an error naming what looped', async (mode, why) => {
    const world = ladderWorld();
    deploys(world, 'alice', 150);
    world.historyPaging = mode;
    const { run, sim } = await serve(world);
    const reason = errorOf(await run({ actor: 'alice' }));
    expect(reason).toContain(
      'GitHub\'s paging of the deployment history of "production" did not advance',
    );
    expect(reason).toMatch(why);
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBeLessThanOrEqual(3);
  });
});

describe('a deployment with more than one page of statuses', () => {
  it('is judged on all of them: a failure under 120 later statuses still counts', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 4);
    const [sha] = deploys(world, 'alice', 1, { status: 'failure' });
    const failed = world.deployments.find((d) => d.sha === sha)!;
    for (let i = 0; i < 120; i++) world.deploymentStatus(failed.id, { state: 'in_progress' });
    release(world, ['erin']);
    const { run, sim } = await serve(world);
    const alice = await run({ actor: 'alice' });
    // 4 successes (member), then the failure demotes to newcomer (0).
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(alice.summary).toContain(recordLine(4, 1, 0));
    expect(sim.counts().byRoute['graphql TrustGateStatuses']).toBe(1);
  });

  it('fails closed when GitHub promises more statuses without a cursor to read them with', async () => {
    const world = ladderWorld();
    const [sha] = deploys(world, 'alice', 1, { status: 'failure' });
    const failed = world.deployments.find((d) => d.sha === sha)!;
    for (let i = 0; i < 120; i++) world.deploymentStatus(failed.id, { state: 'in_progress' });
    world.statusPaging = 'no-cursor';
    const { run, sim } = await serve(world);
    expect(errorOf(await run({ actor: 'alice' }))).toContain(
      "GitHub's paging of a deployment’s statuses did not advance (a next page was promised without a cursor)",
    );
    expect(sim.counts().byRoute['graphql TrustGateStatuses'] ?? 0).toBe(0);
  });
});

describe('environment names', () => {
  it('compare case-insensitively over every spelling GitHub holds, not a fixed few', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 1, { environment: 'production' });
    deploys(world, 'alice', 1, { environment: 'Production' });
    deploys(world, 'alice', 1, { environment: 'PRODUCTION' });
    deploys(world, 'alice', 1, { environment: 'pRoDuCtIoN' });
    deploys(world, 'alice', 5, { environment: 'staging' });
    release(world, ['erin']);
    const { run, sim } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '4' });
    expect(alice.summary).toContain(recordLine(4, 0, 0));
    // The first request finds the other spellings; one more asks for all of them.
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(2);
  });

  it('cost no extra request when GitHub holds only the spelling asked', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 3);
    release(world, ['erin']);
    const { run, sim } = await serve(world);
    expect(verdictOf(await run({ actor: 'alice' }))).toMatchObject({ score: '3' });
    expect(sim.counts().byRoute['graphql TrustGateHistory']).toBe(1);
  });
});

describe('a policy file GitHub cannot give whole', () => {
  it('over 512,000 bytes is an error naming the file and the limit', async () => {
    const text = ladderPolicy() + `# ${'x'.repeat(99)}\n`.repeat(5_200);
    const world = peopled(aWorld(text));
    const reason = errorOf(await (await serve(world)).run({ actor: 'alice' }));
    const size = Buffer.byteLength(text).toLocaleString('en-US');
    expect(reason).toContain(
      `Policy file .github/trust-gate.yml on the default branch (main) is ${size} bytes`,
    );
    expect(reason).toContain("GitHub's API returns at most 512,000 bytes of a file's text");
  });

  it('that is binary is an error naming the file', async () => {
    const world = peopled(aWorld(`${ladderPolicy()}\0`));
    const reason = errorOf(await (await serve(world)).run({ actor: 'alice' }));
    expect(reason).toContain(
      'Policy file .github/trust-gate.yml on the default branch (main) is binary',
    );
  });
});

describe('a commit GitHub no longer has', () => {
  it('in a rollback check is not a rollback, with a note, and does not break the run', async () => {
    const world = ladderWorld();
    const [base] = deploys(world, 'alice', 3);
    world.branch('hotfix', base);
    const hotfix = world.commit({ branch: 'hotfix', message: 'Hotfix', files: { 'h.txt': 'x' } });
    world.deployment({ sha: hotfix.sha, creator: 'bob', status: 'success' });
    forget(world, hotfix.sha);
    deploys(world, 'alice', 1);
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '4' });
    expect(alice.summary).toContain(recordLine(4, 0, 0));
    expect(alice.summary).toContain('that deployment is not counted as a rollback');
  });

  it('as the release base: the changes are counted from the newest deployed commit GitHub still has', async () => {
    const world = ladderWorld();
    const [kept] = deploys(world, 'alice', 1);
    release(world, ['erin', 'dave'], 'Add cart');
    world.branch('hotfix', world.resolve('main'));
    const hotfix = world.commit({ branch: 'hotfix', message: 'Hotfix', files: { 'h.txt': 'x' } });
    world.deployment({ sha: hotfix.sha, creator: 'bob', status: 'success' });
    forget(world, hotfix.sha);
    release(world, ['erin', 'dave'], 'Add search');
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result, ['changes'])).toMatchObject({ changes: '2', allowed: 'true' });
    expect(result.summary).toContain('Add cart');
    expect(result.summary).toContain(
      `GitHub no longer has the deployed commit ${hotfix.sha.slice(0, 7)}; the changes are counted from ${kept!.slice(0, 7)}`,
    );
  });

  it('as every deployed commit: an error that says what happened and how to recover', async () => {
    const world = ladderWorld();
    world.branch('hotfix', world.resolve('main'));
    const hotfix = world.commit({ branch: 'hotfix', message: 'Hotfix', files: { 'h.txt': 'x' } });
    world.deployment({ sha: hotfix.sha, creator: 'bob', status: 'success' });
    forget(world, hotfix.sha);
    release(world, ['erin'], 'Add search');
    const reason = errorOf(await (await serve(world)).run({ actor: 'carol' }));
    expect(reason).toContain(`GitHub no longer has the deployed commit ${hotfix.sha.slice(0, 7)}`);
    expect(reason).toContain('Push the commit back');
  });
});
