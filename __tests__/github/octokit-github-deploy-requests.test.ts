// OctokitGitHub's deploy requests against the simulator: open, find by marker, update and close one issue.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { deployRequestMarker } from '../../src/github/deploy-requests.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

describe('deploy requests through the port', () => {
  it('opens a request, finds it by its marker, updates it and closes it with a comment', async () => {
    const world = createWorld();
    const sha = world.commit().sha;
    const { sim } = await serve(world);
    const port = new OctokitGitHub(await createClient('ghs_test', sim.url), {
      owner: 'acme',
      repo: 'app',
    });
    const body = `Deploy?\n${deployRequestMarker('production', sha)}`;
    expect(await port.deployRequest('production', sha)).toBeNull();

    const opened = await port.openDeployRequest('Deploy to production', body);
    expect(opened).toEqual({
      number: expect.any(Number),
      url: `https://github.com/acme/app/issues/${opened.number}`,
    });
    expect(await port.deployRequest('production', sha)).toMatchObject({
      number: opened.number,
      sha,
      body,
      comments: [],
    });

    await port.updateDeployRequest(opened.number, 'Deploy to production (2)', `${body}\nmore`);
    expect(world.issues.get(opened.number)).toMatchObject({
      title: 'Deploy to production (2)',
      body: `${body}\nmore`,
      labels: ['trust-gate'],
      state: 'open',
    });

    await port.closeDeployRequest(opened.number, 'Deployed.');
    expect(world.issues.get(opened.number)).toMatchObject({ state: 'closed' });
    expect(world.comments.map((c) => [c.issueNumber, c.body])).toEqual([
      [opened.number, 'Deployed.'],
    ]);
  });
});
