// Installs the Node the action runs on (action.yml: node24) into .tmp/node24, for the e2e tests.
// Not a devDependency: its package links node_modules/.bin/node, which would shadow the machine's
// Node in every npm script. Run by `npm ci` (prepare) and by `npm test`; a no-op once installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NODE24_VERSION = '24.22.3';
const prefix = fileURLToPath(new URL('../.tmp/node24', import.meta.url));
const pkg = `node-${process.platform}-${process.arch}`;
export const node24Bin = `${prefix}/node_modules/${pkg}/bin/node`;

function installed() {
  if (!existsSync(node24Bin)) return false;
  const version = spawnSync(node24Bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return version === `v${NODE24_VERSION}`;
}

/** The path of a Node 24 binary; throws with the reason when it cannot be had. */
export function ensureNode24() {
  if (installed()) return node24Bin;
  if (!['linux', 'darwin'].includes(process.platform))
    throw new Error(`no ${pkg} package: set TRUST_GATE_NODE24 to a Node 24 binary`);
  const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock'];
  execFileSync(
    'npm',
    [...args, '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${NODE24_VERSION}`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (!installed())
    throw new Error(`${pkg}@${NODE24_VERSION} installed, but ${node24Bin} does not run`);
  return node24Bin;
}

/** Why npm ci need not install it: another binary is named, or this Node is already 24. */
function notNeeded() {
  const chosen = process.env['TRUST_GATE_NODE24'];
  if (chosen) return `TRUST_GATE_NODE24=${chosen}`;
  if (process.versions.node.startsWith('24.')) return `this is Node ${process.versions.node}`;
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const skip = notNeeded();
  try {
    console.log(`Node 24 for the e2e tests: ${skip ? `not installed (${skip})` : ensureNode24()}`);
  } catch (error) {
    // npm ci must not fail offline; npm test reports the missing Node 24 as a failure.
    console.warn(`warning: no Node 24 for the e2e tests: ${error.message}`);
  }
}
