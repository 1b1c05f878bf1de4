// A local GitHub for end-to-end tests: REST + GraphQL over an in-memory world, on 127.0.0.1.
import type { Counts, Fault, FaultHandle, RequestLog } from './faults.js';
import { githubSchema } from './graphql.js';
import { SimulatorServer } from './server.js';
import type { World } from './world.js';

export { createWorld, World, WEB_FLOW } from './world.js';
export type * from './world.js';
export type { Counts, Fault, FaultHandle, LogEntry, RequestLog } from './faults.js';
export { githubSchema };

export interface Simulator {
  /** Base URL to use as GITHUB_API_URL (GraphQL is at `${url}/graphql`). */
  url: string;
  world: World;
  log: RequestLog;
  /** REST and GraphQL request totals, failures, and per-route counts. */
  counts(): Counts;
  /** Clears the request log. */
  reset(): void;
  /** Injects a fault; returns a handle to inspect hits or remove it. */
  inject(fault: Fault): FaultHandle;
  /** Removes every injected fault. */
  clearFaults(): void;
  close(): Promise<void>;
}

export async function startSimulator(world: World): Promise<Simulator> {
  githubSchema(); // build now, so the first GraphQL request is not slow
  const server = new SimulatorServer(world);
  const url = await server.listen();
  return {
    url,
    world,
    log: server.log,
    counts: () => server.log.counts(),
    reset: () => server.log.reset(),
    inject: (fault) => server.faults.add(fault),
    clearFaults: () => server.faults.clear(),
    close: () => server.close(),
  };
}
