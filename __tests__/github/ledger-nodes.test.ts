// Re-reading deployments by node id against the simulator: order, lists of 100, gone ones, long statuses, errors.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { readDeploymentNodes } from '../../src/github/ledger-nodes.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

const nodeId = (id: number | string, kind = 'Deployment') =>
  Buffer.from(`${kind}:${id}`).toString('base64url');

async function reading(world: World) {
  const { sim } = await serve(world);
  const octokit = createClient('ghs_test', sim.url);
  const port = new OctokitGitHub(octokit, { owner: 'acme', repo: 'shop' });
  return { sim, octokit, port };
}

function aWorld(deployments: number): World {
  const world = createWorld({ owner: 'acme', repo: 'shop' });
  for (let i = 0; i < deployments; i++)
    world.deployment({ environment: 'production', status: 'success' });
  return world;
}

describe('readDeploymentNodes', () => {
  it('answers in the order asked, null for one gone or not a deployment, in one request', async () => {
    const world = aWorld(3);
    const [a, b] = world.deployments;
    const { sim, octokit } = await reading(world);
    const ids = [nodeId(b!.id), nodeId(999), nodeId(a!.id), nodeId(1, 'PullRequest')];
    const nodes = await readDeploymentNodes(octokit, ids);
    expect(nodes.map((n) => n && [n.nodeId, n.deployment.id, n.more])).toEqual([
      [ids[0], b!.id, null],
      null,
      [ids[2], a!.id, null],
      null,
    ]);
    expect(nodes[0]!.deployment.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(sim.counts().graphql).toBe(1);
  });

  it('asks in lists of 100 ids, all in one request', async () => {
    const world = aWorld(250);
    const { sim, octokit } = await reading(world);
    const ids = world.deployments.map((d) => nodeId(d.id));
    const nodes = await readDeploymentNodes(octokit, ids);
    expect(nodes.map((n) => n?.deployment.id)).toEqual(world.deployments.map((d) => d.id));
    const [check] = sim.log.graphql();
    expect(check?.operation).toBe('TrustGateLedgerCheck');
    const { variables } = JSON.parse(check!.rawBody) as { variables: Record<string, string[]> };
    expect(Object.entries(variables).map(([name, list]) => [name, list.length])).toEqual([
      ['i0', 100],
      ['i1', 100],
      ['i2', 50],
    ]);
    expect(sim.counts().graphql).toBe(1);
  });

  it('says where a deployment’s statuses run past the first page', async () => {
    const world = aWorld(1);
    const deployment = world.deployments[0]!;
    for (let i = 0; i < 120; i++) world.deploymentStatus(deployment.id, { state: 'in_progress' });
    const { octokit } = await reading(world);
    const [node] = await readDeploymentNodes(octokit, [nodeId(deployment.id)]);
    expect(node?.more).toEqual({
      deploymentId: deployment.id,
      nodeId: nodeId(deployment.id),
      after: expect.any(String) as string,
    });
    expect(node?.more?.after).not.toBe('');
  });

  it('asks 500 ids in five full lists of one request', async () => {
    const { sim, octokit } = await reading(aWorld(0));
    const ids = Array.from({ length: 500 }, (_, i) => nodeId(i + 1));
    const nodes = await readDeploymentNodes(octokit, ids);
    expect(nodes).toEqual(ids.map(() => null));
    const [check] = sim.log.graphql();
    const { variables } = JSON.parse(check!.rawBody) as { variables: Record<string, string[]> };
    expect(Object.values(variables).map((list) => list.length)).toEqual([100, 100, 100, 100, 100]);
    expect(sim.counts().graphql).toBe(1);
  });

  it('asks nothing for no ids, and refuses more than 500', async () => {
    const { sim, octokit } = await reading(aWorld(0));
    await expect(readDeploymentNodes(octokit, [])).resolves.toEqual([]);
    expect(sim.counts().graphql).toBe(0);
    const ids = Array.from({ length: 501 }, (_, i) => nodeId(i));
    await expect(readDeploymentNodes(octokit, ids)).rejects.toThrow(
      'at most 500 deployments a request, not 501',
    );
  });

  it('says what it was doing when GitHub refuses', async () => {
    const world = aWorld(1);
    const { sim, port } = await reading(world);
    sim.inject({
      operation: 'TrustGateLedgerCheck',
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const refused = port.deploymentNodes([nodeId(world.deployments[0]!.id)]);
    await expect(refused).rejects.toThrow(
      "Could not re-read deployments the history cache holds (HTTP 403): Resource not accessible by integration. Add `deployments: read` to the job's `permissions:` block.",
    );
  });
});
