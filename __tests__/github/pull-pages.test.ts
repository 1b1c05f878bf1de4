// OctokitGitHub.pull against the simulator: reviews, commits and files beyond the first page are read.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import { createWorld, type ReviewSpec, type World } from '../simulator/index.js';
import { serve } from '../simulator/test-client.js';

async function portFor(world: World) {
  const { sim } = await serve(world);
  const octokit = await createClient('ghs_test', sim.url);
  return { sim, port: new OctokitGitHub(octokit, { owner: 'acme', repo: 'app' }) };
}

const comments = (count: number): ReviewSpec[] =>
  Array.from({ length: count }, () => ({ author: 'dave', state: 'COMMENTED' }));

describe('pull', () => {
  it('reads no comment-only reviews, so later opinions stay on the first page', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const pr = world.pullRequest({
      author: 'bob',
      reviews: [
        { author: 'alice', state: 'APPROVED' },
        ...comments(120),
        { author: 'alice', state: 'CHANGES_REQUESTED' },
      ],
    });
    const { port, sim } = await portFor(world);
    const { pull } = await port.pull(pr.number, []);
    expect(pull.reviews.map((r) => `${r.reviewer} ${r.state}`)).toEqual([
      'alice APPROVED',
      'alice CHANGES_REQUESTED',
    ]);
    expect(sim.counts().graphql).toBe(1);
  });

  it('reads every page of opinionated reviews and of commits', async () => {
    const world = createWorld({ owner: 'acme', repo: 'app' });
    const pr = world.pullRequest({
      author: 'bob',
      commits: Array.from({ length: 130 }, (_, i) => ({
        files: { [`f${i}.txt`]: 'x' },
        ...(i === 120 ? { coAuthors: ['dave'] } : {}),
      })),
      reviews: [
        ...Array.from({ length: 105 }, (): ReviewSpec => ({ author: 'carol', state: 'APPROVED' })),
        { author: 'carol', state: 'DISMISSED' },
      ],
    });
    const { port, sim } = await portFor(world);
    const { pull } = await port.pull(pr.number, []);
    expect(pull.reviews).toHaveLength(106);
    expect(pull.reviews.at(-1)?.state).toBe('DISMISSED');
    expect(pull.commitAuthors).toEqual(expect.arrayContaining(['bob', 'dave']));
    expect(pull.files).toHaveLength(130);
    // The first query, then one more page each of files, reviews and commits.
    expect(sim.counts().graphql).toBe(4);
  });
});
