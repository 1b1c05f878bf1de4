// Runs the action's pipeline in the test process (src/main.ts's run()), as the runner would run the
// bundle: the same runner files and environment as `runAction` (e2e/run-action.ts), stubbed into
// this process, the clock pinned with fake Date only, and the outputs, summary and workflow
// commands read back. It registers no hooks: the environment is restored when the run ends.
import { vi } from 'vitest';
import { prepareRun, readResult, type RunOptions, type RunResult } from '../e2e/run-action.js';

/** The pinned "now" of an in-process run that names none. */
export const NOW = '2026-11-27T12:00:00Z';

/** Variables of this process the pipeline or its libraries read: a run sees only its own. */
const CLEARED = [
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'no_proxy',
  'NO_PROXY',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'TRUST_GATE_NOW',
  'TRUST_GATE_DEADLINE_MS',
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

/** The run in progress: runs share this process's environment and stdout, so they take turns. */
let turn: Promise<unknown> = Promise.resolve();

/** Runs src/main.ts once in this process, after any run already started has ended. */
export function runInProcess(options: RunOptions): Promise<RunResult> {
  const result = turn.then(() => runNow(options));
  turn = result.catch(() => undefined);
  return result;
}

async function runNow(options: RunOptions): Promise<RunResult> {
  const prepared = prepareRun(options);
  stubEnvironment(prepared.env);
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
    vi.unstubAllEnvs();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = exitCodeBefore;
  return readResult(prepared, { code, processMs: 0, stdout: stdout.text(), stderr: '' });
}
