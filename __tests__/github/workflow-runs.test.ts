// OctokitGitHub's run reads against the simulator: runs, jobs and attempts; a 404 is unknown, a 403 raised.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { readRuns } from '../../src/github/gather-runs.js';
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
