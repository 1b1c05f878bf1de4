import { it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { aWorld, serve } from '../__tests__/e2e/scenario.js';

it('timeline', async () => {
  const world = aWorld('version: 1\nenvironments:\n  production:\n    approvals: 1\n');
  for (const login of ['alice', 'bob', 'carol', 'dave']) world.collaborator(login, 'write');
  for (let i = 0; i < 90; i++) {
    world.commit({ message: `c${i}`, files: { [`f${i}`]: 'x' }, author: 'bob' });
    world.deployment({ environment: 'production', creator: 'alice', status: 'success' });
  }
  for (let i = 0; i < 10; i++)
    world.pullRequest({
      title: `F${i}`,
      author: 'bob',
      files: { [`g${i}`]: 'x' },
      reviews: [{ author: 'dave', state: 'APPROVED' }],
      merge: 'squash',
    });
  const { run, sim } = await serve(world);
  for (let k = 0; k < 3; k++) {
    sim.reset();
    const t0 = performance.now();
    const r = await run({ actor: 'alice' });
    console.log(
      'total',
      (performance.now() - t0).toFixed(0),
      r.outputs['decision'],
      sim.log.entries
        .map((e) => `${e.operation ?? e.path} ${e.durationMs.toFixed(0)}ms`)
        .join(' | '),
    );
  }
}, 60000);
