// The release's changes end to end: commits since the last successful deployment, grouped into pull requests (SPEC §5 Changes, §5a Release base).
import { describe, expect, it } from 'vitest';
import type { MergeMethod, World } from '../simulator/index.js';
import { deploys, ladderWorld, release, verdictOf } from './history-world.js';
import { serve } from './scenario.js';

function merged(world: World, title: string, merge: MergeMethod, approvers: string[]) {
  const slug = title.toLowerCase().replace(/\W+/g, '-');
  return world.pullRequest({
    title,
    author: 'frank',
    commits: [
      { message: `${title}: part 1`, files: { [`src/${slug}.ts`]: '1' } },
      { message: `${title}: part 2`, files: { [`src/${slug}.test.ts`]: '2' } },
    ],
    reviews: approvers.map((author) => ({ author, state: 'APPROVED' as const })),
    merge,
  });
}

describe('the release', () => {
  it('groups the commits since the last successful deployment, of any age, into merged pull requests and direct commits', async () => {
    const world = ladderWorld({}, '2026-07-01T12:00:00Z');
    release(world, [], 'Old feature');
    world.at('2026-08-01T12:00:00Z'); // before the 90-day window
    world.deployment({ creator: 'alice', status: 'success' });
    const cart = release(world, ['erin'], 'Add cart');
    world.at('2026-11-01T12:00:00Z');
    world.deployment({ creator: 'bob', status: 'failure' }); // not a release base
    merged(world, 'Add search', 'merge', ['erin', 'dave']);
    merged(world, 'Add wishlist', 'rebase', ['erin', 'dave']);
    const typo = world.commit({ message: 'Fix typo', files: { 'README.md': 'typo' } });
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result, ['changes', 'approvals'])).toEqual({
      deployer: 'carol',
      level: 'newcomer',
      score: '0',
      required: '2',
      approvals: '0',
      changes: '4',
      allowed: 'false',
    });
    expect(result.outputs['reason']).toBe(
      `#${cart.number} Add cart has 1 of 2 required approvals; direct commit ${typo.sha.slice(0, 7)} Fix typo has 0 of 2 required approvals`,
    );
    expect(result.summary).toContain('### Changes (4)');
    expect(result.summary).toContain('Changes with enough approvals: 2 of 4.');
    for (const title of ['Add cart', 'Add search', 'Add wishlist', 'Fix typo'])
      expect(result.summary).toContain(title);
    expect(result.summary).not.toContain('Old feature');
    expect(result.summary).not.toContain('part 1');
  });

  it.each<MergeMethod>(['squash', 'merge', 'rebase'])(
    'of a first deploy ever is the pull request (%s-merged) the commit belongs to',
    async (method) => {
      const world = ladderWorld();
      release(world, [], 'Old feature');
      merged(world, 'Add search', method, ['erin', 'dave']);
      const { run } = await serve(world);
      const result = await run({ actor: 'carol' });
      expect(verdictOf(result, ['changes', 'approvals'])).toEqual({
        deployer: 'carol',
        level: 'newcomer',
        score: '0',
        required: '2',
        approvals: '2',
        changes: '1',
        allowed: 'true',
      });
      expect(result.summary).toContain('Add search');
      expect(result.summary).not.toContain('Old feature');
    },
  );

  it('of a first deploy ever is the commit itself when no pull request has it, with no approvals', async () => {
    const world = ladderWorld();
    release(world, ['erin', 'dave'], 'Old feature');
    const typo = world.commit({ message: 'Fix typo', files: { 'README.md': 'typo' } });
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result, ['changes', 'approvals'])).toEqual({
      deployer: 'carol',
      level: 'newcomer',
      score: '0',
      required: '2',
      approvals: '0',
      changes: '1',
      allowed: 'false',
    });
    expect(result.outputs['reason']).toBe(
      `direct commit ${typo.sha.slice(0, 7)} Fix typo has 0 of 2 required approvals`,
    );
    expect(result.summary).not.toContain('Old feature');
  });

  it('of the already-deployed commit has no changes: nothing required, and allowed', async () => {
    const world = ladderWorld();
    deploys(world, 'alice', 1);
    release(world, [], 'Add search');
    world.deployment({ creator: 'bob', status: 'success' });
    const { run } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(verdictOf(result, ['changes', 'approvals'])).toEqual({
      deployer: 'carol',
      level: 'newcomer',
      score: '0',
      required: '0',
      approvals: '0',
      changes: '0',
      allowed: 'true',
    });
    expect(result.outputs['reason']).toBe(
      '`carol` (level newcomer, score 0) may deploy: no changes in this release',
    );
    expect(result.summary).toContain('### Changes (0)');
    expect(result.summary).toContain('No changes: this commit is already deployed.');
  });
});
