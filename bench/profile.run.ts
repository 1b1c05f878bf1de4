// `npx vitest run --config vitest.bench.config.ts bench/profile.run.ts` with TRUST_GATE_NODE_ARGS
// set to `--cpu-prof --cpu-prof-dir=<dir>`: profiles one typical gate of the bundled action.
import { it } from 'vitest';
import { aWorld, serve } from '../__tests__/e2e/scenario.js';

it('runs one typical gate', { timeout: 60_000 }, async () => {
  const world = aWorld('version: 1\nenvironments:\n  production:\n    approvals: 1\n');
  for (const login of ['alice', 'bob', 'dave']) world.collaborator(login, 'write');
  for (let i = 0; i < 90; i++) {
    world.commit({ message: `c${i}`, files: { [`f${i}`]: 'x' }, author: 'bob' });
    world.deployment({ environment: 'production', creator: 'alice', status: 'success' });
  }
  for (let i = 0; i < 10; i++) {
    world.pullRequest({
      title: `F${i}`,
      author: 'bob',
      files: { [`g${i}`]: 'x' },
      reviews: [{ author: 'dave', state: 'APPROVED' }],
      merge: 'squash',
    });
  }
  const { run } = await serve(world);
  await run({ actor: 'alice' });
});
