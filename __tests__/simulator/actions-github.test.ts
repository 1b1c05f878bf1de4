import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorld, startSimulator, type Simulator } from './index.js';

let sim: Simulator;
afterEach(async () => {
  vi.unstubAllEnvs();
  await sim.close();
});

describe('the Octokit the action uses (@actions/github getOctokit)', () => {
  it('reaches REST and GraphQL through GITHUB_API_URL, and paginates by Link', async () => {
    const world = createWorld();
    for (let i = 0; i < 35; i++) world.deployment({ environment: 'production', status: 'success' });
    sim = await startSimulator(world);
    vi.stubEnv('GITHUB_API_URL', sim.url);
    vi.resetModules();
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit('ghs_token');
    const all = await octokit.paginate(octokit.rest.repos.listDeployments, {
      owner: 'acme',
      repo: 'app',
      environment: 'production',
      per_page: 10,
    });
    expect(all).toHaveLength(35);
    const data = await octokit.graphql<{ repository: { deployments: { totalCount: number } } }>(
      `query Count { repository(owner: "acme", name: "app") { deployments(environments: ["production"]) { totalCount } } }`,
    );
    expect(data.repository.deployments.totalCount).toBe(35);
    expect(sim.counts()).toMatchObject({ rest: 4, graphql: 1, failed: 0 });
  });
});
