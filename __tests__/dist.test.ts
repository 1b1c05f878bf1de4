// dist/ is committed: it must equal a fresh --no-cache bundle of src/ and resolve every module.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const bundleScript = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['bundle']!;

/** `npm run bundle`'s own script, into a temporary folder. */
function freshBundle(): string {
  const out = mkdtempSync(join(tmpdir(), 'trust-gate-dist-'));
  const [command, ...args] = bundleScript.split(' ');
  execFileSync(command!, [...args, '--out', out, '--no-cache', '--quiet'], { cwd: root });
  return out;
}

describe('dist/', () => {
  // tsc and ncc take ~20 s of CPU; beside the other bundle tests on 2 cores that can be minutes.
  it('equals a fresh bundle of src/', { timeout: 600_000 }, () => {
    const out = freshBundle();
    const files = readdirSync(out).sort();
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(files);
    for (const file of files) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(root, 'dist', file), 'utf8');
      expect(
        committed === fresh,
        `dist/${file} is stale: run npm run bundle and commit dist/`,
      ).toBe(true);
    }
  });

  it('resolves every module at build time', () => {
    expect(readFileSync(join(root, 'dist/index.js'), 'utf8')).not.toContain('webpackMissingModule');
  });
});
