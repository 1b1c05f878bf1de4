// Scenarios for the in-process pipeline tests: a world with a policy, served by the simulator, and
// runs of src/main.ts in this process against it (in-process.ts).
import { afterEach } from 'vitest';
import { createWorld, startSimulator, type Simulator, type World } from '../simulator/index.js';
import type { EventName, RunOptions, RunResult } from '../e2e/run-action.js';
import { NOW, runInProcess } from './in-process.js';

export type { EventName, RunOptions, RunResult };
export { NOW, runInProcess };

export interface Scenario {
  world: World;
  sim: Simulator;
  run(options?: Partial<RunOptions>): Promise<RunResult>;
}

const open: Simulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sim) => sim.close()));
});

/** A world whose clock starts 60 days before NOW, with `policy` on the default branch. */
export function aWorld(policy: string, start = '2026-09-28T12:00:00Z'): World {
  const world = createWorld({ owner: 'acme', repo: 'shop', start });
  world.commit({ message: 'Add policy', files: { '.github/trust-gate.yml': policy } });
  return world;
}

export async function serve(world: World): Promise<Scenario> {
  const sim = await startSimulator(world);
  open.push(sim);
  return {
    world,
    sim,
    run: (options = {}) =>
      runInProcess({
        apiUrl: sim.url,
        owner: world.owner,
        repo: world.name,
        sha: world.resolve(world.defaultBranch),
        inputs: { environment: 'production' },
        ...options,
      }),
  };
}
