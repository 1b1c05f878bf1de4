// How many approvals each change requires (SPEC §5 Required approvals), end to end through dist.
import { describe, expect, it } from 'vitest';
import type { ReviewSpec, World } from '../simulator/index.js';
import { aWorld } from './scenario.js';
import { expectAllowed, expectDenied, runGate } from './rules-kit.js';

function people(world: World): World {
  return world
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write')
    .collaborator('dave', 'write');
}

/** Marks the current head of main as successfully deployed, so the next release starts there. */
function deployedSoFar(world: World): void {
  world.deployment({ creator: 'bob', status: 'success' });
}

function mergedPull(
  world: World,
  title: string,
  files: Record<string, string>,
  reviews: ReviewSpec[],
) {
  return world.pullRequest({ title, author: 'bob', files, reviews, merge: 'squash' });
}

const approvedBy = (...logins: string[]): ReviewSpec[] =>
  logins.map((author) => ({ author, state: 'APPROVED' }));

describe('the shared requirement', () => {
  it('is `approvals` without trust, raised to `minimum`', async () => {
    const world = people(
      aWorld(`version: 1
environments:
  production:
    approvals: 1
    minimum: 2
`),
    );
    mergedPull(world, 'Add cart', { 'cart.ts': 'x' }, approvedBy('alice'));
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, ['#1 Add cart has 1 of 2 required approvals']);
    expect(outcome.outputs).toMatchObject({ 'required-approvals': '2', approvals: '1' });
    expect(outcome.json.changes[0]?.requiredBecause).toEqual(['approvals: 1', 'minimum: 2']);
    expect(outcome.summary).toContain('needs 2 (approvals: 1; minimum: 2), has 1');
  });

  it("is the deployer's level approvals, but never below `minimum`", async () => {
    const world = people(
      aWorld(`version: 1
environments:
  production:
    approvals: 3
    minimum: 1
    trust:
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: owner, after: 2, approvals: 0 }
`),
    );
    for (const file of ['a', 'b']) {
      world.commit({ files: { [file]: file } });
      world.deployment({ creator: 'carol', status: 'success' });
    }
    mergedPull(world, 'Add cart', { 'cart.ts': 'x' }, approvedBy('alice'));
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.outputs).toMatchObject({
      level: 'owner',
      score: '2',
      'required-approvals': '1',
      approvals: '1',
    });
    expect(outcome.json.changes[0]?.requiredBecause).toEqual(['level owner: 0', 'minimum: 1']);
  });

  it("uses the first level's approvals, not `approvals`, for a deployer with no record", async () => {
    const world = people(
      aWorld(`version: 1
environments:
  production:
    approvals: 3
    trust:
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: owner, after: 2, approvals: 0 }
`),
    );
    mergedPull(world, 'Add cart', { 'cart.ts': 'x' }, approvedBy('alice', 'dave'));
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.outputs).toMatchObject({ level: 'newcomer', 'required-approvals': '2' });
    expect(outcome.json.changes[0]?.requiredBecause).toEqual(['level newcomer: 2']);
  });
});

describe('`paths` rules', () => {
  const PATHS = `version: 1
environments:
  production:
    approvals: 1
    paths:
      - match: "db/migrations/**"
        approvals: 2
      - match: ["infra/*.tf", ".github/**"]
        approvals: 3
`;

  it('raise the requirement of the changes whose files match (minimatch, dotfiles included)', async () => {
    const world = people(aWorld(PATHS));
    deployedSoFar(world);
    mergedPull(
      world,
      'Add orders table',
      { 'db/migrations/2026/001.sql': 'x' },
      approvedBy('alice'),
    );
    mergedPull(world, 'Resize VPC', { 'infra/modules/vpc.tf': 'x' }, approvedBy('alice'));
    mergedPull(
      world,
      'Deploy on tags',
      { '.github/workflows/deploy.yml': 'x' },
      approvedBy('alice'),
    );
    mergedPull(world, 'Seed data', { 'db/seed.sql': 'x' }, approvedBy('alice'));
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [
      '#1 Add orders table has 1 of 2 required approvals',
      '#3 Deploy on tags has 1 of 3 required approvals',
    ]);
    expect(outcome.outputs).toMatchObject({
      changes: '4',
      'required-approvals': '3',
      approvals: '1',
    });
    expect(outcome.json.changes.map((c) => [c.number, c.required, c.requiredBecause])).toEqual([
      [1, 2, ['approvals: 1', 'paths db/migrations/**: 2']],
      [2, 1, ['approvals: 1']],
      [3, 3, ['approvals: 1', 'paths infra/*.tf, .github/**: 3']],
      [4, 1, ['approvals: 1']],
    ]);
    expect(outcome.summary).toContain('Changes with enough approvals: 2 of 4.');
    expect(outcome.summary).toContain('| bob | 3 | 1 | alice | ❌ |');
  });

  it('report the highest requirement and the lowest approval count over the release', async () => {
    const world = people(aWorld(PATHS));
    deployedSoFar(world);
    mergedPull(
      world,
      'Add orders table',
      { 'db/migrations/001.sql': 'x' },
      approvedBy('alice', 'dave'),
    );
    mergedPull(world, 'Add cart', { 'cart.ts': 'x' }, approvedBy('alice'));
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.outputs).toMatchObject({
      changes: '2',
      'required-approvals': '2',
      approvals: '1',
      reason:
        '`carol` (score 0) may deploy: 2 changes, each has its required approvals (at most 2)',
    });
    expect(outcome.json).toMatchObject({ requiredApprovals: 2, approvals: 1 });
  });

  it('apply to a direct commit, which has no approvals', async () => {
    const world = people(
      aWorld(`version: 1
environments:
  production:
    approvals: 0
    paths:
      - match: "db/migrations/**"
        approvals: 2
`),
    );
    deployedSoFar(world);
    world.commit({ message: 'Fix typo', author: 'bob', files: { 'README.md': 'x' } });
    const migration = world.commit({
      message: 'Add index',
      author: 'bob',
      files: { 'db/migrations/002.sql': 'x' },
    });
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [
      `direct commit ${migration.sha.slice(0, 7)} Add index has 0 of 2 required approvals`,
    ]);
    expect(outcome.json.changes.map((c) => [c.kind, c.title, c.required, c.approvals])).toEqual([
      ['commit', 'Fix typo', 0, 0],
      ['commit', 'Add index', 2, 0],
    ]);
    expect(outcome.outputs).toMatchObject({
      changes: '2',
      'required-approvals': '2',
      approvals: '0',
    });
  });

  it('apply to the first deploy of a direct commit', async () => {
    const world = people(
      aWorld(`version: 1
environments:
  production:
    approvals: 0
    paths:
      - match: "infra/**"
        approvals: 1
`),
    );
    const commit = world.commit({
      message: 'Open port',
      author: 'bob',
      files: { 'infra/fw.tf': 'x' },
    });
    const outcome = await runGate(world, { actor: 'carol' });
    expectDenied(outcome, [
      `direct commit ${commit.sha.slice(0, 7)} Open port has 0 of 1 required approvals`,
    ]);
    expect(outcome.json.changes[0]).toMatchObject({
      kind: 'commit',
      sha: commit.sha,
      requiredBecause: ['approvals: 0', 'paths infra/**: 1'],
    });
    // The commit's title, author and files come from one read, not one per use.
    const commitReads = Object.entries(outcome.scenario.sim.counts().byRoute).filter(([route]) =>
      route.startsWith('GET /repos/acme/shop/commits/'),
    );
    expect(commitReads).toEqual([[`GET /repos/acme/shop/commits/${commit.sha}`, 1]]);
  });
});

describe('an empty release', () => {
  it('requires and finds 0 approvals when the commit is already deployed', async () => {
    const world = people(aWorld('version: 1\nenvironments:\n  production:\n    approvals: 2\n'));
    deployedSoFar(world);
    const outcome = await runGate(world, { actor: 'carol' });
    expectAllowed(outcome);
    expect(outcome.outputs).toMatchObject({
      changes: '0',
      'required-approvals': '0',
      approvals: '0',
      reason: '`carol` (score 0) may deploy: no changes in this release',
    });
  });
});
