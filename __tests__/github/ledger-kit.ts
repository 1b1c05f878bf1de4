// Runs the gate's reads and decision in-process against the simulator, cold or through a ledger store.
import { createClient } from '../../src/github/client.js';
import { decide } from '../../src/decide/index.js';
import { gatherFacts } from '../../src/github/gather-facts.js';
import { HistoryCache } from '../../src/github/history-cache.js';
import type { Random } from '../../src/github/ledger-history.js';
import type { LedgerStore } from '../../src/github/ledger-store.js';
import { LEDGER_VERSION, type Ledger } from '../../src/github/ledger.js';
import { loadHistory } from '../../src/github/load-history.js';
import { OctokitGitHub } from '../../src/github/octokit-github.js';
import type { Inputs } from '../../src/inputs.js';
import type { Simulator, World } from '../simulator/index.js';

export interface GateRun {
  store?: LedgerStore;
  now: string;
  deployer?: string;
  sampleSize?: number;
  random?: Random;
  mode?: 'gate' | 'report';
}

function inputsAt(world: World, run: GateRun): Inputs {
  return {
    environment: 'production',
    token: 'ghs_test',
    policyPath: '.github/trust-gate.yml',
    policyRef: null,
    mode: 'gate',
    sha: world.resolve(world.defaultBranch),
    shaFromInput: false,
    breakGlass: '',
    comment: true,
    status: true,
    owner: world.owner,
    repo: world.name,
    eventName: 'workflow_dispatch',
    pullRequest: null,
    commentedPull: null,
    deploymentId: null,
    mergeGroup: null,
    deployer: run.deployer ?? 'alice',
    deployerIsBot: false,
    ref: world.defaultBranch,
    refKind: 'branch',
    workspace: '/nonexistent',
    runUrl: 'https://github.com/acme/shop/actions/runs/1',
    now: new Date(run.now),
  } as Inputs;
}

/** The decision (as JSON, time-free) and the requests it took; saves a ledger when given a store. */
export async function gateOnce(world: World, sim: Simulator, run: GateRun) {
  sim.reset();
  const port = new OctokitGitHub(createClient('ghs_test', sim.url), {
    owner: world.owner,
    repo: world.name,
  });
  const inputs = inputsAt(world, run);
  const cache = run.store
    ? new HistoryCache(
        run.store,
        { owner: world.owner, repo: world.name, environment: inputs.environment, now: inputs.now },
        {
          ...(run.sampleSize === undefined ? {} : { sampleSize: run.sampleSize }),
          ...(run.random ? { random: run.random } : {}),
        },
      )
    : null;
  const firstPage = port.history({
    environment: inputs.environment,
    policy: { path: inputs.policyPath, ref: null },
    after: null,
  });
  const loaded = await loadHistory(cache?.port(port) ?? port, inputs, firstPage, cache?.reader());
  const facts = await gatherFacts(port, { inputs, history: loaded, withRelease: true });
  const decision = decide(loaded.match, facts);
  decision.notes.push(...loaded.notes);
  await cache?.save(loaded, facts);
  return { decision: JSON.stringify(decision), counts: sim.counts(), facts };
}

/** A ledger of acme/shop's production with no deployments and nothing looked up yet. */
export function aLedger(overrides: Partial<Ledger> = {}): Ledger {
  return {
    version: LEDGER_VERSION,
    repository: 'acme/shop',
    environment: 'production',
    builtAt: '2026-11-25T12:00:00Z',
    readAt: '2026-11-26T12:00:00Z',
    complete: false,
    deployments: [],
    runs: {},
    jobs: {},
    attempts: {},
    comparisons: {},
    generations: {},
    ...overrides,
  };
}
