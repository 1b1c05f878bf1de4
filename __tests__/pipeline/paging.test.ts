// Paging in process: history, pull request files, reviews and commits, team members and comments
// read past their first page (SPEC §5d), through src/github against the simulator.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { aWorld, serve } from './run-in-process.js';

const LADDER = `version: 1
environments:
  production:
    approvals: 2
    trust:
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 3, approvals: 1 }
        - { name: owner, after: 10, approvals: 0 }
    paths:
      - match: 'zzz/**'
        approvals: 2
`;

function team(policy = LADDER): World {
  const world = aWorld(policy);
  for (const login of ['alice', 'bob', 'carol', 'dave', 'erin']) world.collaborator(login, 'write');
  return world;
}

function deploys(world: World, who: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const sha = world.commit({
      message: `Ship ${who} ${i}`,
      files: { [`${who}-${i}.txt`]: 'x' },
    }).sha;
    world.deployment({ sha, creator: who, status: 'success' });
  }
}

function routes(world: { sim: { counts(): { byRoute: Record<string, number> } } }) {
  return world.sim.counts().byRoute;
}

describe('paging in process', () => {
  it('reads a history of more than 100 deployments to the deployer’s oldest', async () => {
    const world = team();
    deploys(world, 'alice', 12);
    deploys(world, 'bob', 110);
    world.pullRequest({
      title: 'Feature',
      author: 'erin',
      files: { 'f.ts': 'x' },
      merge: 'squash',
    });
    const scenario = await serve(world);
    const result = await scenario.run({ actor: 'alice' });
    expect(result.outputs).toMatchObject({ level: 'owner', score: '12', allowed: 'true' });
    expect(routes(scenario)['graphql TrustGateHistory']).toBe(2);
  });

  it('reads every file of a pull request: a sensitive path on the second page counts', async () => {
    const world = team();
    deploys(world, 'alice', 5);
    const files: Record<string, string> = {};
    for (let i = 0; i < 140; i++) files[`src/file-${String(i).padStart(3, '0')}.ts`] = 'x';
    files['zzz/migration.sql'] = 'x'; // last, whichever order GitHub lists them in
    world.pullRequest({
      title: 'Big change',
      author: 'erin',
      files,
      reviews: [{ author: 'dave' }],
      merge: 'squash',
    });
    const scenario = await serve(world);
    const result = await scenario.run({ actor: 'alice' });
    expect(result.outputs).toMatchObject({
      level: 'member',
      'required-approvals': '2',
      approvals: '1',
      decision: 'deny',
    });
    expect(result.outputs['reason']).toBe('#1 Big change has 1 of 2 required approvals');
    expect(routes(scenario)['graphql TrustGatePull_files']).toBeGreaterThanOrEqual(1);
  });

  it('reads every review: a second approver after 100 reviews counts', async () => {
    const world = team(); // alice is a newcomer: every change needs 2 approvals
    const reviews = Array.from({ length: 105 }, () => ({
      author: 'carol',
      state: 'APPROVED' as const,
    }));
    world.pullRequest({
      title: 'Much reviewed',
      author: 'erin',
      files: { 'f.ts': 'x' },
      reviews: [...reviews, { author: 'dave', state: 'APPROVED' }],
      merge: 'squash',
    });
    const scenario = await serve(world);
    const result = await scenario.run({ actor: 'alice' });
    expect(result.outputs).toMatchObject({ approvals: '2', decision: 'allow' });
    expect(JSON.parse(result.outputs['json']!).changes[0].approvedBy.sort()).toEqual([
      'carol',
      'dave',
    ]);
    expect(routes(scenario)['graphql TrustGatePull_reviews']).toBeGreaterThanOrEqual(1);
  });

  it('reads every commit of a pull request with more than 100', async () => {
    const world = team();
    deploys(world, 'alice', 5);
    const commits = Array.from({ length: 120 }, (_, i) => ({
      message: `Step ${i}`,
      files: { [`step-${i}.ts`]: 'x' },
    }));
    world.pullRequest({
      title: 'Long branch',
      author: 'erin',
      commits,
      reviews: [{ author: 'dave' }],
      merge: 'squash',
    });
    const scenario = await serve(world);
    const result = await scenario.run({ actor: 'alice' });
    expect(result.outputs).toMatchObject({ changes: '1', approvals: '1', decision: 'allow' });
    expect(routes(scenario)['graphql TrustGatePull_commits']).toBeGreaterThanOrEqual(1);
  });

  it('finds a team member listed after the first 100', async () => {
    const members = Array.from({ length: 130 }, (_, i) => `member-${i}`);
    const world = team(`version: 1
environments:
  production:
    approvals: 0
    deployers:
      teams: [acme/sre]
`);
    world.collaborator('member-125', 'write');
    world.team('acme/sre', { members });
    const scenario = await serve(world);
    const result = await scenario.run({ actor: 'member-125' });
    expect(result.outputs).toMatchObject({ decision: 'allow', deployer: 'member-125' });
  });

  it('updates its own comment when it is on the second page of comments', async () => {
    const world = team(LADDER.replace(/ {4}paths:[\s\S]*$/, ''));
    const pr = world.pullRequest({ title: 'Add cart', author: 'bob', files: { 'cart.ts': 'x' } });
    for (let i = 0; i < 105; i++) {
      world.comments.push({
        id: world.nextId(),
        issueNumber: pr.number,
        body: `comment ${i}`,
        author: 'carol',
        createdAt: world.now(),
        updatedAt: world.now(),
      });
    }
    const scenario = await serve(world);
    const event = {
      event: 'pull_request' as const,
      pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: pr.base, author: pr.author },
    };
    await scenario.run(event);
    await scenario.run(event);
    const ours = world.comments.filter((c) => c.body.includes('<!-- trust-gate:production -->'));
    expect(ours).toHaveLength(1);
    expect(world.comments).toHaveLength(106);
  });
});
