// gate mode in process: run() from src/main.ts against the simulator.
import { describe, expect, it } from 'vitest';
import { aWorld, serve } from './run-in-process.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
`;

describe('gate mode in process', () => {
  it('allows a release whose every pull request has its approval', async () => {
    const world = aWorld(POLICY)
      .collaborator('alice', 'write')
      .collaborator('bob', 'write')
      .collaborator('carol', 'write');
    world.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    const { run, sim } = await serve(world);
    const result = await run({ actor: 'carol' });
    expect(result.outputs).toMatchObject({
      allowed: 'true',
      decision: 'allow',
      deployer: 'carol',
      changes: '1',
      'required-approvals': '1',
      approvals: '1',
    });
    expect(result.code).toBe(0);
    expect(result.summary).toContain(
      '| [#1 Add cart](https://github.com/acme/shop/pull/1) | bob | 1 | 1 | alice | ✅ |',
    );
    expect(sim.counts().total).toBe(3);
  });
});
