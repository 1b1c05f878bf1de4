// report and validate modes in process: the team table with its warning, and the policy lint.
import { describe, expect, it } from 'vitest';
import type { DeploymentState, World } from '../simulator/index.js';
import { aWorld, serve } from './run-in-process.js';

const LADDER = `version: 1
environments:
  production:
    approvals: 2
    trust:
      window: 30d
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 2, approvals: 1 }
        - { name: owner, after: 4, approvals: 0 }
`;

const REPORT = { inputs: { environment: 'production', mode: 'report' } };

function ship(world: World, who: string, count = 1, state: DeploymentState = 'success'): void {
  for (let i = 0; i < count; i++) {
    const sha = world.commit({ message: `Change by ${who}`, author: who }).sha;
    world.deployment({ sha, environment: 'production', creator: who, status: state });
  }
}

describe('report mode in process', () => {
  it('writes the json, the table and a bare single-gatekeeper warning', async () => {
    const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
    world.at('2026-11-02T10:15:00Z');
    ship(world, 'alice', 5);
    world.at('2026-11-10T08:00:00Z');
    ship(world, 'bob', 1, 'failure');
    ship(world, 'bob', 3);
    const { run, sim } = await serve(world);
    const result = await run(REPORT);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({
      environment: 'production',
      window: '30d',
      deploys: 9,
      failures: 1,
      noApproval: ['alice'],
      singleGatekeeper: true,
    });
    expect(Object.keys(result.outputs)).toEqual(['json']);
    expect(result.stdout).toContain(
      '::warning::Single gatekeeper: only alice can deploy to production with no approval. Spread trust so deploys do not wait on one person.',
    );
    expect(result.summary).toContain('| alice | owner | 5 | 5 | 0 | 0 | 2026-11-02 10:');
    expect(result.summary).toContain('| bob | member | 3 | 3 | 1 | 0 | 2026-11-10 08:');
    expect(result.summary).toContain('**9 deploys**, 1 failure · change failure rate **11.1%**');
    expect(sim.log.entries.every((e) => e.method === 'GET' || e.path === '/graphql')).toBe(true);
  });

  it('does not warn once two people can deploy with no approval', async () => {
    const world = aWorld(LADDER, '2026-11-01T09:00:00Z');
    ship(world, 'alice', 4);
    ship(world, 'bob', 4);
    const { run } = await serve(world);
    const result = await run(REPORT);
    expect(result.annotations).toEqual([]);
    expect(result.summary).toContain('**Can deploy with no approval** (2): alice and bob');
  });
});

const FILE = '.github/trust-gate.yml';
const VALID = `version: 1
environments:
  production:
    approvals: 2
  "preview-*":
    approvals: 0
`;
const BROKEN = `version: 1
environments:
  production:
    approvals: 2
    aprovals: 1
`;

function validate(files: Record<string, string>, inputs: Record<string, string> = {}) {
  return { inputs: { mode: 'validate', ...inputs }, workspaceFiles: files };
}

describe('validate mode in process', () => {
  it('annotates each problem on its line, writes json and summary, and fails', async () => {
    const { run, sim } = await serve(aWorld(VALID));
    const result = await run(validate({ [FILE]: BROKEN }));
    expect(result.code).toBe(1);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        properties: { file: FILE, line: '5', col: '5' },
        message: expect.stringMatching(
          /^environments\.production\.aprovals: unknown key `aprovals`.*did you mean `approvals`\?$/,
        ),
      },
      { level: 'error', properties: {}, message: `1 problem in ${FILE}.` },
    ]);
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({
      valid: false,
      file: FILE,
      environments: [],
      issues: [{ file: FILE, line: 5, column: 5, path: 'environments.production.aprovals' }],
    });
    const lines = result.summary.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `## ⛔ Trust Gate: 1 problem in \`${FILE}\``,
      '',
      '| line:col | key | problem |',
      '| --- | --- | --- |',
    ]);
    expect(lines[4]).toMatch(
      /^\| 5:5 \| `environments\.production\.aprovals` \| unknown key .* \|$/,
    );
    expect(lines.slice(5)).toEqual(['', '']);
    expect(sim.counts().total).toBe(0);
  });

  it('counts several problems, a syntax error without a key path among them', async () => {
    const { run } = await serve(aWorld(VALID));
    const result = await run(validate({ [FILE]: 'a: [\nb: {\n' }));
    expect(result.code).toBe(1);
    const json = JSON.parse(result.outputs['json']!) as { issues: { path: string }[] };
    expect(json.issues.length).toBeGreaterThan(1);
    expect(json.issues.every((issue) => issue.path === '')).toBe(true);
    expect(result.annotations.at(-1)?.message).toBe(`${json.issues.length} problems in ${FILE}.`);
    expect(result.summary).toMatch(
      /^## ⛔ Trust Gate: \d+ problems in `\.github\/trust-gate\.yml`\n/,
    );
    expect(result.summary).toMatch(/^\| 2:\d+ \| {2}\| YAML syntax error: .* \|$/m);
  });

  it('passes a valid file, naming its environments', async () => {
    const { run } = await serve(aWorld(BROKEN));
    const result = await run(validate({ 'deploy/gate.yml': VALID }, { policy: 'deploy/gate.yml' }));
    expect(result.code).toBe(0);
    expect(result.annotations).toEqual([]);
    expect(result.stdout).toContain('deploy/gate.yml is valid.');
    expect(JSON.parse(result.outputs['json']!)).toEqual({
      valid: true,
      file: 'deploy/gate.yml',
      environments: ['production', 'preview-*'],
      issues: [],
    });
    expect(result.summary).toBe(
      '## ✅ Trust Gate: `deploy/gate.yml` is valid\n\nEnvironments: `production`, `preview-*`\n\n',
    );
  });

  it('fails closed, pointing at actions/checkout, when the file is not in the workspace', async () => {
    const { run } = await serve(aWorld(VALID));
    const result = await run(validate({}));
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Policy file \.github\/trust-gate\.yml is not in the workspace \(.*\)\. Check the repository out first \(actions\/checkout\) or set the `policy` input\.$/,
      ),
    ]);
  });
});
