// npm test: typecheck, lint and format check beside the vitest projects (unit, dist, dist-node24),
// then the plain "N passed, N failed" line CI reads. Arguments go to vitest.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureNode24 } from './node24.mjs';

const CHECKS = ['typecheck', 'lint', 'format:check'];
const report = '.tmp/vitest-report.json';

/** Runs a command; `capture` keeps its output for later instead of streaming it. */
function run(command, args, { capture = false, env = process.env } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

/** The Node 24 binary for the dist-node24 project, or why there is none. */
function node24() {
  const chosen = process.env['TRUST_GATE_NODE24'];
  if (chosen === 'off') return { note: 'dist-node24: skipped (TRUST_GATE_NODE24=off)' };
  if (chosen) return { bin: chosen };
  if (process.versions.node.startsWith('24.'))
    return { note: `dist-node24: not needed, this is Node ${process.versions.node}` };
  try {
    return { bin: ensureNode24() };
  } catch (error) {
    return { error: `dist-node24: no Node 24 (${error.message}); TRUST_GATE_NODE24=off skips it` };
  }
}

function counts() {
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
    return { passed: json.numPassedTests, failed: !json.success && failed === 0 ? 1 : failed };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });
const node = node24();
const checks = CHECKS.map((name) => run('npm', ['run', '-s', name], { capture: true }));
const vitestArgs = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
const vitest = await run('node_modules/.bin/vitest', [...vitestArgs, ...process.argv.slice(2)], {
  env: { ...process.env, TRUST_GATE_NODE24_BIN: node.bin ?? '' },
});
const failedChecks = [];
for (const [i, { code, output }] of (await Promise.all(checks)).entries()) {
  if (output.trim()) console.log(output.trimEnd());
  console.log(`${CHECKS[i]}: ${code === 0 ? 'ok' : 'FAILED'}`);
  if (code !== 0) failedChecks.push(CHECKS[i]);
}
if (node.note ?? node.error) console.log(node.note ?? node.error);
const { passed, failed } = counts();
const failures = failed + failedChecks.length + (node.error ? 1 : 0);
console.log(`${passed} passed, ${failures} failed`);
process.exit(vitest.code === 0 && failures === 0 ? 0 : 1);
