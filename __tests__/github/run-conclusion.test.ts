// OctokitGitHub.runConclusion against the simulator: a run the repository lacks is unknown, a 403 is raised.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: ReturnType<typeof createWorld>) {
  const { sim } = await serve(world);
  const octokit = await createClient('ghs_test', sim.url);
  return new OctokitGitHub(octokit, { owner: 'acme', repo: 'app' });
}

describe('runConclusion', () => {
  it('reads the conclusion of a run of the repository', async () => {
    const world = createWorld();
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const port = await portFor(world);
    expect(await port.runConclusion(String(run.id))).toBe('cancelled');
  });

  it('is null for a run the repository does not have, so its failure stands', async () => {
    const port = await portFor(createWorld());
    expect(await port.runConclusion('424242')).toBeNull();
  });

  it('raises the 403 of a token without `actions: read`', async () => {
    const world = createWorld().grant({ contents: 'read', deployments: 'read' });
    const run = world.workflowRun({ conclusion: 'cancelled' });
    const port = await portFor(world);
    await expect(port.runConclusion(String(run.id))).rejects.toMatchObject({ status: 403 });
  });
});
