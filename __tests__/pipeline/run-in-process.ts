// Runs the action's pipeline in the test process (src/main.ts's run()), as the runner would run the
// bundle: INPUT_*, GITHUB_* and a real event payload stubbed into the environment, the clock pinned
// with fake Date only, and the outputs, summary and workflow commands read back.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, vi } from 'vitest';
import { createWorld, startSimulator, type Simulator, type World } from '../simulator/index.js';
import {
  actionDefaults,
  parseAnnotations,
  parseOutputs,
  payloadFor,
  type EventName,
  type RunOptions,
  type RunResult,
} from '../e2e/run-action.js';

export type { EventName, RunOptions, RunResult };

/** The pinned "now" of every in-process run. */
export const NOW = '2026-11-27T12:00:00Z';

/** Every variable the pipeline or its libraries read; unset ones are stubbed empty. */
const CLEARED = [
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'TRUST_GATE_NOW',
  'TRUST_GATE_DEADLINE_MS',
  'GITHUB_GRAPHQL_URL',
];

function stubEnvironment(env: Record<string, string>): void {
  for (const name of CLEARED) vi.stubEnv(name, '');
  for (const name of Object.keys(process.env).filter((n) => n.startsWith('INPUT_')))
    vi.stubEnv(name, '');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

/** Captures what the pipeline writes to stdout (workflow commands and info lines). */
function captureStdout(): { text: () => string; restore: () => void } {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    text += String(chunk);
    return true;
  });
  return { text: () => text, restore: () => spy.mockRestore() };
}

export async function runInProcess(options: RunOptions): Promise<RunResult> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'shop';
  const dir = mkdtempSync(join(tmpdir(), 'trust-gate-pipeline-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  for (const [path, text] of Object.entries(options.workspaceFiles ?? {})) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payloadFor(options, owner, repo)));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...actionDefaults(), ...options.inputs };
  stubEnvironment({
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: options.sha ?? options.pullRequest?.headSha ?? '',
    GITHUB_REF:
      options.ref ??
      (options.pullRequest ? `refs/pull/${options.pullRequest.number}/merge` : 'refs/heads/main'),
    GITHUB_ACTOR: options.actor ?? 'octocat',
    GITHUB_TRIGGERING_ACTOR: options.triggeringActor ?? options.actor ?? 'octocat',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    TRUST_GATE_RETRY_BASE_MS: '1',
    ...options.env,
  });
  // Only Date is faked: Octokit's back-off and the simulator's latency use real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(options.now ?? NOW));
  // @actions/github and the client read the environment when imported.
  vi.resetModules();
  const exitCodeBefore = process.exitCode;
  process.exitCode = undefined;
  const stdout = captureStdout();
  try {
    const { run } = await import('../../src/main.js');
    await run();
  } finally {
    stdout.restore();
    vi.useRealTimers();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = exitCodeBefore;
  const result: RunResult = {
    code,
    processMs: 0,
    stdout: stdout.text(),
    stderr: '',
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout.text()),
  };
  rmSync(dir, { recursive: true, force: true }); // the run's workspace and runner files
  return result;
}

export interface Scenario {
  world: World;
  sim: Simulator;
  run(options?: Partial<RunOptions>): Promise<RunResult>;
}

const open: Simulator[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
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
