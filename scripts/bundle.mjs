// npm run bundle: src/ compiled by tsc without a type check (`npm run typecheck` does that) into
// .tmp/bundle-src, then bundled by ncc into dist/: half the time of ncc compiling the TypeScript
// itself. `--out <folder>` bundles elsewhere (the dist test); other flags go to ncc (`--no-cache`,
// `--quiet`). Chunk names depend on the compiled files' path, so that is always .tmp/bundle-src.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : 'dist';
if (!out || out.startsWith('-')) throw new Error('--out needs a folder');
const flags = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, '.tmp/bundle-src'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.bundle.json']);
rmSync(resolve(root, out), { recursive: true, force: true });
run(bin('ncc'), [
  'build',
  '.tmp/bundle-src/index.js',
  '-o',
  out,
  '--minify',
  '--license',
  'licenses.txt',
  ...flags,
]);
