// OctokitGitHub's run reads against the simulator: runs, jobs and attempts; a 404 is unknown, a 403 raised.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { eachLimited, readRuns } from '../../src/github/gather-runs.js';
import { aDeployment, aStatus } from '../builders.js';
import { createWorld } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: ReturnType<typeof createWorld>) {
  const { sim } = await serve(world);
  const octokit = await createClient('ghs_test', sim.url);
  return { port: new OctokitGitHub(octokit, { owner: 'acme', repo: 'app' }), sim };
}

describe('reading workflow runs', () => {
  it('reads a run of the repository: conclusion, attempts, triggering actor, repository', async () => {
    const world = createWorld();
    const run = world.workflowRun({
      conclusion: 'cancelled',
      actor: 'alice',
      triggeringActor: 'bob',
      earlierAttempts: [{ conclusion: 'failure' }],
    });
    const { port } = await portFor(world);
    expect(await port.workflowRun(String(run.id))).toEqual({
      conclusion: 'cancelled',
      attempts: 2,
      triggeringActor: 'bob',
      repository: 'acme/app',
    });
  });

  it('reads a job with the attempt it ran in, and an earlier attempt with its actor', async () => {
    const world = createWorld();
    const run = world.workflowRun({
      actor: 'alice',
      triggeringActor: 'bob',
      earlierAttempts: [{ conclusion: 'failure', triggeringActor: 'alice' }],
      jobs: [{ id: 91, attempt: 1, conclusion: 'failure' }, { id: 92 }],
    });
    const { port } = await portFor(world);
    expect(await port.workflowJob('91')).toEqual({
      conclusion: 'failure',
      run: String(run.id),
      attempt: 1,
    });
    expect(await port.runAttempt(String(run.id), 1)).toEqual({
      conclusion: 'failure',
      triggeringActor: 'alice',
    });
    expect(await port.runAttempt(String(run.id), 2)).toEqual({
      conclusion: 'success',
      triggeringActor: 'bob',
    });
  });

  it.each([
    ['a run', (port: OctokitGitHub) => port.workflowRun('424242')],
    ['a job', (port: OctokitGitHub) => port.workflowJob('424242')],
    ['an attempt', (port: OctokitGitHub) => port.runAttempt('424242', 1)],
  ])('is null for %s the repository does not have, so it proves nothing', async (_, read) => {
    const { port } = await portFor(createWorld());
    expect(await read(port)).toBeNull();
  });

  it('raises the 403 of a token without `actions: read`', async () => {
    const world = createWorld().grant({ contents: 'read', deployments: 'read' });
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const { port } = await portFor(world);
    await expect(port.workflowRun(String(run.id))).rejects.toMatchObject({ status: 403 });
  });
});

describe('readRuns', () => {
  const scope = { repository: 'acme/app' };

  it('reads each id once: the run, then (re-run) the job, then the earlier attempt it ran in', async () => {
    const world = createWorld();
    const run = world.workflowRun({
      triggeringActor: 'bob',
      earlierAttempts: [{ triggeringActor: 'alice' }],
      jobs: [{ id: 91, attempt: 1 }],
    });
    const link = world.runJobUrl(run.id, 91);
    const deployments = [1, 2].map((id) =>
      aDeployment({
        id,
        creator: 'github-actions[bot]',
        creatorIsBot: true,
        statuses: [aStatus('success', { logUrl: link })],
      }),
    );
    const { port, sim } = await portFor(world);
    const read = await readRuns(port, deployments, scope);
    expect(read.attempts[`${run.id}/1`]).toEqual({
      conclusion: 'failure',
      triggeringActor: 'alice',
    });
    const asked = sim.log
      .rest()
      .map((e) => e.path)
      .filter((p) => p.includes('/actions/'));
    expect(asked.sort()).toEqual(
      [
        `/repos/acme/app/actions/jobs/91`,
        `/repos/acme/app/actions/runs/${run.id}`,
        `/repos/acme/app/actions/runs/${run.id}/attempts/1`,
      ].sort(),
    );
  });

  it('says why, and reads nothing, when the token may not read runs', async () => {
    const world = createWorld().grant({ contents: 'read', deployments: 'read' });
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const failed = aDeployment({
      statuses: [aStatus('failure', { logUrl: world.runLogUrl(run.id) })],
    });
    const { port } = await portFor(world);
    expect(await readRuns(port, [failed], scope)).toEqual({
      runs: {},
      jobs: {},
      attempts: {},
      runsUnreadable: 'the token may not read workflow runs (grant `actions: read`)',
    });
  });
});

describe('readRuns: which ids it asks, and what it keeps', () => {
  const scope = { repository: 'acme/app' };
  const actionsAsked = (sim: Awaited<ReturnType<typeof portFor>>['sim']) =>
    sim.log
      .rest()
      .map((e) => e.path)
      .filter((p) => p.includes('/actions/'));
  const failedAt = (link: string) =>
    aDeployment({ statuses: [aStatus('failure', { logUrl: link })] });

  it.each([
    ['in the same spelling', 'acme/app', true],
    ['in another spelling (names are case-insensitive)', 'ACME/App', true],
    ['of another repository, whose run proves nothing here', 'other/app', false],
  ])('keeps a run of the repository %s', async (_, repository, kept) => {
    const world = createWorld();
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const { port } = await portFor(world);
    const read = await readRuns(port, [failedAt(world.runUrl(run.id))], { repository });
    expect(Object.keys(read.runs)).toEqual(kept ? [String(run.id)] : []);
  });

  it.each([
    ['run', (world: ReturnType<typeof createWorld>) => world.runUrl(424242), '/runs/424242'],
    ['job', (world: ReturnType<typeof createWorld>) => world.runJobUrl(5, 424242), '/jobs/424242'],
    [
      'attempt',
      (world: ReturnType<typeof createWorld>) => world.runAttemptUrl(424242, 2),
      '/runs/424242/attempts/2',
    ],
  ])('asks for a %s GitHub does not have once, and keeps nothing of it', async (_, link, path) => {
    const world = createWorld();
    const { port, sim } = await portFor(world);
    const read = await readRuns(port, [failedAt(link(world))], scope);
    expect(read).toEqual({ runs: {}, jobs: {}, attempts: {}, runsUnreadable: null });
    expect(actionsAsked(sim)).toEqual([`/repos/acme/app/actions${path}`]);
  });

  it('reads a job and an earlier attempt linked from failures, each by its own id', async () => {
    const world = createWorld();
    const run = world.workflowRun({
      earlierAttempts: [{ conclusion: 'cancelled', triggeringActor: 'alice' }],
      jobs: [{ id: 91, attempt: 1, conclusion: 'cancelled' }],
    });
    const { port } = await portFor(world);
    const read = await readRuns(
      port,
      [failedAt(world.runJobUrl(run.id, 91)), failedAt(world.runAttemptUrl(run.id, 1))],
      scope,
    );
    expect(read.jobs).toEqual({
      '91': { conclusion: 'cancelled', run: String(run.id), attempt: 1 },
    });
    expect(read.attempts).toEqual({
      [`${run.id}/1`]: { conclusion: 'cancelled', triggeringActor: 'alice' },
    });
  });

  it('takes known answers instead of asking GitHub', async () => {
    const world = createWorld();
    const { port, sim } = await portFor(world);
    const run = {
      conclusion: 'cancelled',
      attempts: 1,
      triggeringActor: 'bob',
      repository: 'acme/app',
    };
    const job = { conclusion: 'cancelled', run: '7', attempt: 1 };
    const attempt = { conclusion: 'cancelled', triggeringActor: 'bob' };
    const read = await readRuns(
      port,
      [
        failedAt(world.runUrl(7)),
        failedAt(world.runJobUrl(7, 8)),
        failedAt(world.runAttemptUrl(7, 1)),
      ],
      scope,
      { runs: { '7': run }, jobs: { '8': job }, attempts: { '7/1': attempt } },
    );
    expect(read).toEqual({
      runs: { '7': run },
      jobs: { '8': job },
      attempts: { '7/1': attempt },
      runsUnreadable: null,
    });
    expect(actionsAsked(sim)).toEqual([]);
  });

  it('asks nothing when no deployment links to a run', async () => {
    const { port, sim } = await portFor(createWorld());
    expect(await readRuns(port, [aDeployment()], scope)).toEqual({
      runs: {},
      jobs: {},
      attempts: {},
      runsUnreadable: null,
    });
    expect(sim.log.entries).toEqual([]);
  });

  it('raises any other failure, saying what it could not read', async () => {
    const world = createWorld();
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const { port, sim } = await portFor(world);
    sim.inject({ route: '/repos/:owner/:repo/actions/runs/:id', status: 401 });
    await expect(readRuns(port, [failedAt(world.runUrl(run.id))], scope)).rejects.toThrow(
      /^Could not read the workflow runs behind the deployments \(HTTP 401\)/,
    );
  });
});

describe('eachLimited', () => {
  /** Runs `items` through eachLimited, returning the order they finished and the most at once. */
  async function track(items: number[], limit: number) {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await eachLimited(items, limit, async (item) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      done.push(item);
    });
    return { done, most };
  }

  it.each([
    [10, 3, 3],
    [2, 8, 2],
    [0, 8, 0],
  ])('runs each of %i items once, at most %i at a time', async (count, limit, most) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const result = await track(items, limit);
    expect(result.done).toEqual(items);
    expect(result.most).toBe(most);
  });
});
