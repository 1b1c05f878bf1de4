// validate mode end to end: the policy file in the workspace linted, each problem an annotation.
import { describe, expect, it } from 'vitest';
import { aWorld, serve } from './scenario.js';

const VALID = `version: 1
environments:
  production:
    approvals: 2
    trust:
      levels:
        - { name: newcomer, after: 0, approvals: 2 }
        - { name: member, after: 3, approvals: 1 }
  "preview-*":
    approvals: 0
`;

// Line 5 has a typo (`aprovals`); line 11 an `after` that does not increase.
const BROKEN = `version: 1
environments:
  production:
    approvals: 2
    aprovals: 1
    trust:
      levels:
        - name: newcomer
          after: 0
          approvals: 2
        - { name: member, after: 0, approvals: 1 }
`;

const FILE = '.github/trust-gate.yml';

function validate(files: Record<string, string>, inputs: Record<string, string> = {}) {
  return { inputs: { mode: 'validate', ...inputs }, workspaceFiles: files };
}

describe('validate mode', () => {
  it('annotates every problem on its file, line and column with its key path, and fails', async () => {
    const { run, sim } = await serve(aWorld(VALID));
    const result = await run(validate({ [FILE]: BROKEN }));
    expect(result.code).not.toBe(0);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.slice(0, 2)).toEqual([
      {
        level: 'error',
        properties: expect.objectContaining({ file: FILE, line: '5', col: '5' }),
        message: expect.stringMatching(
          /^environments\.production\.aprovals: .*did you mean `approvals`\?/,
        ),
      },
      {
        level: 'error',
        properties: expect.objectContaining({ file: FILE, line: '11', col: '34' }),
        message: expect.stringMatching(/^environments\.production\.trust\.levels\[1\]\.after: /),
      },
    ]);
    expect(result.stdout).toContain(
      `::error file=${FILE},line=5,col=5::environments.production.aprovals: unknown key`,
    );
    expect(result.annotations.at(-1)).toMatchObject({
      level: 'error',
      message: `2 problems in ${FILE}.`,
    });
    const json = JSON.parse(result.outputs['json']!);
    expect(json).toMatchObject({ valid: false, file: FILE });
    expect(json.issues.map((i: { path: string; line: number }) => `${i.line} ${i.path}`)).toEqual([
      '5 environments.production.aprovals',
      '11 environments.production.trust.levels[1].after',
    ]);
    expect(result.summary).toContain(`## ⛔ Trust Gate: 2 problems in \`${FILE}\``);
    expect(result.summary).toContain('| 5:5 | `environments.production.aprovals` |');
    expect(sim.counts().total).toBe(0);
  });

  it('passes with a summary and the environments when the file is valid', async () => {
    const { run, sim } = await serve(aWorld(BROKEN));
    const result = await run(validate({ [FILE]: VALID }));
    expect(result.code).toBe(0);
    expect(result.annotations).toEqual([]);
    expect(JSON.parse(result.outputs['json']!)).toEqual({
      valid: true,
      file: FILE,
      environments: ['production', 'preview-*'],
      issues: [],
    });
    expect(result.summary).toContain(
      `## ✅ Trust Gate: \`${FILE}\` is valid\n\nEnvironments: \`production\`, \`preview-*\`\n`,
    );
    expect(sim.counts().total).toBe(0);
  });

  it('reads the file the `policy` input names, from the workspace only', async () => {
    const { run } = await serve(aWorld(VALID));
    const result = await run(
      validate({ 'deploy/gate.yml': BROKEN, [FILE]: VALID }, { policy: 'deploy/gate.yml' }),
    );
    expect(result.code).not.toBe(0);
    expect(result.annotations[0]?.properties['file']).toBe('deploy/gate.yml');
  });

  it('fails with a clear message when the file is not in the workspace', async () => {
    const { run } = await serve(aWorld(VALID));
    const result = await run(validate({}));
    expect(result.code).not.toBe(0);
    expect(result.annotations.map((a) => a.message)).toEqual([
      expect.stringContaining('actions/checkout'),
    ]);
  });

  it('points YAML syntax errors at their line', async () => {
    const { run } = await serve(aWorld(VALID));
    const result = await run(validate({ [FILE]: 'version: 1\nenvironments:\n  production: [\n' }));
    expect(result.code).not.toBe(0);
    const [first] = result.annotations;
    expect(first?.properties).toMatchObject({ file: FILE });
    expect(Number(first?.properties['line'])).toBeGreaterThanOrEqual(3);
  });
});

describe('a policy error in gate mode', () => {
  it('fails closed, naming the file, line, column and key', async () => {
    const world = aWorld(BROKEN).collaborator('alice', 'write');
    const { run } = await serve(world);
    const result = await run({ actor: 'alice' });
    expect(result.code).not.toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.outputs['reason']).toContain(`${FILE}:5:5 environments.production.aprovals: `);
    expect(result.outputs['reason']).toContain(
      `${FILE}:11:34 environments.production.trust.levels[1].after: `,
    );
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors[0]).toMatchObject({
      properties: expect.objectContaining({ file: FILE, line: '5', col: '5' }),
    });
    expect(errors.at(-1)?.message).toContain('Invalid policy');
    expect(result.summary).toContain('Trust Gate: error');
    expect(result.summary).toContain('did you mean `approvals`?');
  });
});
