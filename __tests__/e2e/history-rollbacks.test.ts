// Rollbacks end to end: what counts as one, who pays for it, and what the next release is measured from (SPEC §5, §5a).
import { describe, expect, it } from 'vitest';
import {
  deploys,
  ladderWorld,
  recordLine,
  release,
  standingLine,
  verdictOf,
} from './history-world.js';
import { serve } from './scenario.js';

/** alice deploys 4 new commits in a row (score 4, member); returns their shas. */
function aliceShipsFour() {
  const world = ladderWorld();
  const shas = deploys(world, 'alice', 4);
  return { world, shas };
}

describe('a rollback', () => {
  it('is a successful deploy of an older commit: the rolled-back deployment fails its deployer, the rollback earns nothing', async () => {
    const { world, shas } = aliceShipsFour();
    world.deployment({ sha: shas[2], creator: 'bob', status: 'success' });
    release(world, ['erin']);
    const { run, sim } = await serve(world);
    const alice = await run({ actor: 'alice' });
    // 1, 2, 3, then the rolled-back 4th deploy fails at member: demoted to 0.
    expect(verdictOf(alice)).toMatchObject({
      deployer: 'alice',
      level: 'newcomer',
      score: '0',
      required: '2',
      allowed: 'false',
    });
    expect(alice.summary).toContain(standingLine('alice', 'newcomer', 0));
    expect(alice.summary).toContain(recordLine(3, 1, 1));
    expect(sim.counts().byRoute[`GET /repos/acme/shop/compare/${shas[3]}...${shas[2]}`]).toBe(1);
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ deployer: 'bob', level: 'newcomer', score: '0' });
    expect(bob.summary).toContain(recordLine(1, 0, 0));
  });

  it('must itself succeed: a failed deploy of an older commit is only its deployer’s failure', async () => {
    const { world, shas } = aliceShipsFour();
    world.deployment({ sha: shas[2], creator: 'bob', status: 'failure' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '4', required: '1' });
    expect(alice.summary).toContain(recordLine(4, 0, 0));
    const bob = await run({ actor: 'bob' });
    expect(bob.summary).toContain(recordLine(0, 1, 0));
  });

  it('is not a deploy of a commit that diverged from the running one', async () => {
    const { world, shas } = aliceShipsFour();
    world.branch('hotfix', shas[2]);
    const hotfix = world.commit({
      message: 'Hotfix',
      files: { 'hotfix.txt': 'x' },
      branch: 'hotfix',
    });
    world.deployment({ sha: hotfix.sha, ref: 'hotfix', creator: 'bob', status: 'success' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '4', required: '1' });
    expect(alice.summary).toContain(recordLine(4, 0, 0));
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ level: 'newcomer', score: '1' });
    expect(bob.summary).toContain(recordLine(1, 0, 0));
  });

  it('is not a deploy of the same commit again', async () => {
    const { world, shas } = aliceShipsFour();
    world.deployment({ sha: shas[3], creator: 'bob', status: 'success' });
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '4', required: '1' });
    expect(alice.summary).toContain(recordLine(4, 0, 0));
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ score: '0' });
    expect(bob.summary).toContain(recordLine(1, 0, 0));
  });

  it('is judged against the last deployment that is neither a rollback nor rolled back, so rollbacks chain', async () => {
    const { world, shas } = aliceShipsFour();
    world.deployment({ sha: shas[2], creator: 'bob', status: 'success' }); // rolls back alice's 4th
    world.deployment({ sha: shas[1], creator: 'carol', status: 'success' }); // rolls back alice's 3rd
    world.deployment({ sha: shas[3], creator: 'erin', status: 'success' }); // forward again
    release(world, ['dave']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(alice.summary).toContain(recordLine(2, 2, 2));
    // bob's rollback was not the reference for carol's, so it is not rolled back itself.
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(bob.summary).toContain(recordLine(1, 0, 0));
    // erin's forward deploy is of alice's 4th commit, which already succeeded: it earns nothing.
    const erin = await run({ actor: 'erin' });
    expect(verdictOf(erin)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(erin.summary).toContain(recordLine(1, 0, 0));
  });

  it('fails the rolled-back deployment at its own place in time: outside the window it does not count', async () => {
    const world = ladderWorld({ window: '30d' });
    const old = deploys(world, 'alice', 2);
    world.at('2026-11-10T12:00:00Z');
    world.deployment({ sha: old[0], creator: 'bob', status: 'success' });
    deploys(world, 'alice', 3);
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '3', required: '1' });
    expect(alice.summary).toContain(recordLine(3, 0, 0));
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ score: '0' });
    expect(bob.summary).toContain(recordLine(1, 0, 0));
  });
});

describe('the release after a rollback', () => {
  it('is measured from the commit production was rolled back to', async () => {
    const world = ladderWorld();
    release(world, ['erin', 'dave'], 'Add cart');
    const cart = world.deployment({ creator: 'alice', status: 'success' });
    release(world, ['erin', 'dave'], 'Add search');
    world.deployment({ creator: 'alice', status: 'success' });
    world.deployment({ sha: cart.sha, creator: 'bob', status: 'success' });
    release(world, ['erin', 'dave'], 'Add wishlist');
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result, ['changes', 'approvals'])).toEqual({
      deployer: 'carol',
      level: 'newcomer',
      score: '0',
      required: '2',
      approvals: '2',
      changes: '2',
      allowed: 'true',
    });
    expect(result.summary).toContain('Add search');
    expect(result.summary).toContain('Add wishlist');
    expect(result.summary).not.toContain('Add cart');
  });

  it('of the rolled-back-to commit itself ships nothing new and needs no approval', async () => {
    const world = ladderWorld();
    const cart = release(world, ['erin', 'dave'], 'Add cart');
    world.deployment({ creator: 'alice', status: 'success' });
    release(world, [], 'Add search');
    world.deployment({ creator: 'alice', status: 'success' });
    const { run } = await serve(world);
    const result = await run({ actor: 'carol', sha: cart.mergeCommitSha! });
    expect(verdictOf(result, ['changes', 'approvals'])).toEqual({
      deployer: 'carol',
      level: 'newcomer',
      score: '0',
      required: '0',
      approvals: '0',
      changes: '0',
      allowed: 'true',
    });
  });
});
