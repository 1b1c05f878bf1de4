// Trust in the record end to end (SPEC §5b): trust cannot be farmed, and failures cannot be laundered.
import { describe, expect, it } from 'vitest';
import type { StatusSpec, World } from '../simulator/index.js';
import { deploys, ladderWorld, recordLine, release, ship, verdictOf } from './history-world.js';
import { serve } from './scenario.js';

/** Two commits on branches that diverged from the default branch. */
function divergedCommits(world: World): [string, string] {
  const base = world.mustResolve(world.defaultBranch);
  world.branch('left', base).branch('right', base);
  const left = world.commit({ message: 'Left', files: { 'left.txt': 'l' }, branch: 'left' });
  const right = world.commit({ message: 'Right', files: { 'right.txt': 'r' }, branch: 'right' });
  return [left.sha, right.sha];
}

describe('farming trust', () => {
  it('by alternating two diverged, already-deployed commits earns only their first deploys', async () => {
    const world = ladderWorld();
    const [left, right] = divergedCommits(world);
    for (let i = 0; i < 6; i++) {
      const sha = i % 2 === 0 ? left : right;
      world.deployment({
        sha,
        ref: i % 2 === 0 ? 'left' : 'right',
        creator: 'alice',
        status: 'success',
      });
    }
    release(world, ['erin']);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({
      deployer: 'alice',
      level: 'newcomer',
      score: '2',
      required: '2',
      allowed: 'false',
    });
    expect(alice.summary).toContain(recordLine(6, 0, 0));
  });
});

/** alice's 3 clean deploys (member), then her release deploy whose status is `status`. */
function releaseEndingWith(status: (world: World) => StatusSpec | StatusSpec[]) {
  const world = ladderWorld();
  deploys(world, 'alice', 3);
  release(world, ['erin']);
  const statuses = [status(world)].flat();
  world.deployment({ sha: ship(world), creator: 'alice', statuses });
  return world;
}

describe('laundering a failure', () => {
  it.each<[string, (world: World, run: number, job: number) => StatusSpec]>([
    ['a bare run link', (w, run) => ({ state: 'failure', logUrl: w.runUrl(run) })],
    [
      'a link to the failed attempt',
      (w, run) => ({ state: 'failure', logUrl: w.runAttemptUrl(run, 1) }),
    ],
    [
      'a link to the failed attempt’s job',
      (w, run, job) => ({ state: 'failure', logUrl: w.runJobUrl(run, job) }),
    ],
  ])('by re-running and cancelling the run fails, through %s', async (_, link) => {
    const world = releaseEndingWith((w) => {
      const run = w.workflowRun({
        actor: 'alice',
        earlierAttempts: [{ conclusion: 'failure' }],
        conclusion: 'cancelled',
        jobs: [{ attempt: 1, conclusion: 'failure' }, { attempt: 2 }],
      });
      return link(w, run.id, run.jobs[0]!.id);
    });
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '0', required: '2' });
    expect(alice.summary).toContain(recordLine(3, 1, 0));
  });

  it('by posting a success by hand over one’s own failed deployment fails', async () => {
    const world = releaseEndingWith(() => [
      { state: 'failure' },
      { state: 'success', creator: 'alice', description: 'all good, honest' },
    ]);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '0', allowed: 'false' });
    expect(alice.summary).toContain(recordLine(3, 1, 0));
  });
});

describe('statuses written by hand on someone else’s deployment', () => {
  it('cannot fail it: bob’s `failure` on alice’s deployment counts for nothing', async () => {
    const world = releaseEndingWith(() => [
      { state: 'success' },
      { state: 'failure', creator: 'bob', description: 'sabotage' },
    ]);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '4' });
    expect(alice.summary).toContain(recordLine(4, 0, 0));
  });

  it('cannot link it to a run: bob’s status cannot credit a workflow deployment to himself', async () => {
    const world = ladderWorld();
    for (let i = 0; i < 3; i++) {
      const bobs = world.workflowRun({ actor: 'bob' });
      world.deployment({
        sha: ship(world),
        creator: 'github-actions[bot]',
        statuses: [{ state: 'success', creator: 'bob', run: bobs }],
      });
    }
    release(world, ['erin']);
    const { run } = await serve(world);
    expect(verdictOf(await run({ actor: 'bob' }))).toMatchObject({ score: '0' });
  });

  it('still fail it when the pipeline (a bot) wrote the failure', async () => {
    const world = releaseEndingWith(() => [
      { state: 'success' },
      { state: 'failure', creator: 'deploy-tool[bot]' },
    ]);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(alice.summary).toContain(recordLine(3, 1, 0));
  });
});

/** 3 deployments github-actions[bot] records with payload deployer alice, each linked by `link`. */
function workflowDeploys(world: World, link: (world: World) => StatusSpec['run'] | null) {
  for (let i = 0; i < 3; i++) {
    const run = link(world);
    world.deployment({
      sha: ship(world),
      creator: 'github-actions[bot]',
      payload: { deployer: 'alice' },
      status: run === null ? { state: 'success' } : { state: 'success', run },
    });
  }
  release(world, ['erin']);
}

describe('a github-actions[bot] payload', () => {
  it('is believed when the linked run was triggered by the person it names', async () => {
    const world = ladderWorld();
    workflowDeploys(world, (w) => w.workflowRun({ actor: 'Alice' }));
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'member', score: '3', allowed: 'true' });
    expect(alice.summary).toContain(recordLine(3, 0, 0));
  });

  it('is re-credited to the linked run’s triggering actor when it names someone else', async () => {
    const world = ladderWorld();
    workflowDeploys(world, (w) => w.workflowRun({ actor: 'alice', triggeringActor: 'bob' }));
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(alice.summary).toContain(recordLine(0, 0, 0));
    const bob = await run({ actor: 'bob' });
    expect(verdictOf(bob)).toMatchObject({ level: 'member', score: '3' });
  });

  it('counts for nobody, and the summary says why, when no run is linked', async () => {
    const world = ladderWorld();
    workflowDeploys(world, () => null);
    const { run } = await serve(world);
    const alice = await run({ actor: 'alice' });
    expect(verdictOf(alice)).toMatchObject({ level: 'newcomer', score: '0' });
    expect(alice.summary).toContain(recordLine(0, 0, 0));
    expect(alice.summary).toContain(
      '3 deployments recorded by github-actions\\[bot\\] count for nobody (no score gained or lost), because no status links to a workflow run of this repository whose triggering actor is known',
    );
  });
});
