// octokit-runs against the simulator: a job keeps the attempt it ran in, a run not yet concluded has none.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { readRunAttempt, readWorkflowJob, readWorkflowRun } from '../../src/github/octokit-runs.js';
import { createWorld } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

const repo = { owner: 'acme', repo: 'app' };

describe('octokit-runs', () => {
  it.each([2, 3])('reads a job of attempt %i as that attempt, not the first', async (attempt) => {
    const world = createWorld();
    const run = world.workflowRun({
      earlierAttempts: Array.from({ length: attempt - 1 }, () => ({ conclusion: 'failure' })),
      jobs: [{ id: 91, attempt }],
    });
    const { sim } = await serve(world);
    const octokit = await createClient('ghs_test', sim.url);
    expect(await readWorkflowJob(octokit, repo, '91')).toEqual({
      conclusion: 'success',
      run: String(run.id),
      attempt,
    });
  });

  it('reads a run and its attempt still in progress with no conclusion', async () => {
    const world = createWorld();
    const run = world.workflowRun({ conclusion: null, status: 'in_progress', actor: 'alice' });
    const { sim } = await serve(world);
    const octokit = await createClient('ghs_test', sim.url);
    expect(await readWorkflowRun(octokit, repo, String(run.id))).toMatchObject({
      conclusion: null,
      attempts: 1,
      triggeringActor: 'alice',
    });
    expect(await readRunAttempt(octokit, repo, String(run.id), 1)).toEqual({
      conclusion: null,
      triggeringActor: 'alice',
    });
  });
});
