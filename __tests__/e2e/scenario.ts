// Builders for end-to-end scenarios: a world with a policy, people and history, plus the simulator.
import { createWorld, startSimulator, type Simulator, type World } from '../simulator/index.js';
import { runAction, type RunOptions, type RunResult } from './run-action.js';

export const NOW = '2026-11-27T12:00:00Z';

export interface Scenario {
  world: World;
  sim: Simulator;
  run(options?: Partial<RunOptions>): Promise<RunResult>;
}

const open: Simulator[] = [];

/** Closes every simulator a test started: registered for each file by `setup-files.ts`. */
export async function closeSimulators(): Promise<void> {
  await Promise.all(open.splice(0).map((sim) => sim.close()));
}

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
      runAction({
        apiUrl: sim.url,
        owner: world.owner,
        repo: world.name,
        sha: world.resolve(world.defaultBranch),
        now: NOW,
        inputs: { environment: 'production' },
        ...options,
      }),
  };
}
