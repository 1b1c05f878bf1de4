// The README's inputs and outputs tables name exactly what action.yml declares.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
};

function tableNames(heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((m) => m[1]!);
}

describe('README', () => {
  it('lists every input of action.yml, and no other', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('lists every output of action.yml, and no other', () => {
    expect(tableNames('Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('names the test command that .ci/run runs', () => {
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toContain('npm test');
    expect(readme).toContain('npm test ');
  });
});
