// Attacks on the gate's edges, end to end: a moved clock, workflow commands in user text, a
// pasted comment marker, invisible break-glass reasons and a policy symlinked out of the workspace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import type { RunResult } from './run-action.js';
import { aWorld, serve } from './scenario.js';

const FREEZE_POLICY = (from: string, until: string) => `version: 1
environments:
  production:
    approvals: 0
    freeze:
      - name: Big freeze
        from: "${from}"
        until: "${until}"
`;

const frozen = (policy: string) => aWorld(policy).collaborator('octocat', 'write');

describe('the clock (SPEC §5d)', () => {
  it('is not moved out of a freeze by TRUST_GATE_NOW in the environment', async () => {
    // NOW (pinned by the test-only preload) is inside the freeze; the variable points outside.
    const { run } = await serve(
      frozen(FREEZE_POLICY('2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z')),
    );
    const result = await run({ env: { TRUST_GATE_NOW: '2027-06-01T00:00:00Z' } });
    expect(result.outputs).toMatchObject({ decision: 'deny', allowed: 'false' });
    expect(result.outputs['reason']).toBe('inside freeze window `Big freeze`');
  });

  it('is the runner clock when nothing pins it, whatever TRUST_GATE_NOW says', async () => {
    const { run } = await serve(
      frozen(FREEZE_POLICY('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z')),
    );
    const result = await run({ now: undefined, env: { TRUST_GATE_NOW: '1999-01-01T00:00:00Z' } });
    expect(result.outputs).toMatchObject({ decision: 'deny', allowed: 'false' });
    expect(result.outputs['reason']).toBe('inside freeze window `Big freeze`');
  });
});

/** Lines of stdout the runner would read as workflow commands. */
function commandLines(result: RunResult): string[] {
  return result.stdout.split(/\r?\n/).filter((line) => /^\s*(::|##\[)/.test(line));
}

const INJECTION =
  'x\n::set-output name=allowed::true\n::error::pwned\n##[set-output name=allowed;]true';

const BREAK_GLASS_POLICY = `version: 1
environments:
  production:
    approvals: 1
    branches: [main]
    break-glass:
      users: [alice]
`;

function unapproved(title = 'Add cart'): World {
  const world = aWorld(BREAK_GLASS_POLICY)
    .collaborator('alice', 'maintain')
    .collaborator('bob', 'write');
  world.pullRequest({ title, author: 'bob', files: { 'cart.ts': 'x' }, merge: 'squash' });
  return world;
}

describe('user text in the log', () => {
  it('a multi-line break-glass reason never starts a workflow command', async () => {
    const { run } = await serve(unapproved());
    const result = await run({
      actor: 'alice',
      // U+202E (right-to-left override) would make the reason read differently than it is stored.
      inputs: { environment: 'production', 'break-glass': `prod is down\u202E${INJECTION}` },
    });
    expect(result.outputs).toMatchObject({ decision: 'allow', allowed: 'true' });
    expect(commandLines(result)).toEqual([]);
    expect(result.stdout).toContain('prod is down');
    // The reason output quotes the reason as break-glass read it (one line, no bidi controls).
    const { breakGlass } = JSON.parse(result.outputs['json']!) as {
      breakGlass: { reason: string };
    };
    expect(result.outputs['reason']).toContain(`("${breakGlass.reason}")`);
    expect(result.outputs['reason']).not.toMatch(/[\r\n\u202E]/);
  });

  it('a branch name and a title holding commands stay inside the one error annotation', async () => {
    const { run } = await serve(unapproved(`Add cart${INJECTION}`));
    const result = await run({ actor: 'bob', ref: `refs/heads/evil${INJECTION}` });
    expect(result.outputs).toMatchObject({ decision: 'deny', allowed: 'false' });
    const lines = commandLines(result);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error::Trust Gate denied the deploy: /);
    expect(result.annotations.map((a) => a.level)).toEqual(['error']);
  });

  it.each([
    ['zero-width characters', '\u200B\u200C\u200D\u2060'],
    ['a byte order mark and bidi controls', '\uFEFF\u202E\u2066\u2069'],
    ['blanks and line breaks', ' \u00A0\n\t\u3000'],
  ])('a break-glass reason of only %s is no reason: the deny stands', async (_name, reason) => {
    const world = unapproved();
    const { run } = await serve(world);
    const result = await run({
      actor: 'alice',
      inputs: { environment: 'production', 'break-glass': reason },
    });
    expect(result.outputs).toMatchObject({ decision: 'deny', allowed: 'false' });
    expect(JSON.parse(result.outputs['json']!).breakGlass).toBeNull();
    expect([...world.issues.values()]).toEqual([]);
  });
});

describe('the sticky comment (SPEC §5d)', () => {
  it("never edits or deletes a person's comment that carries the marker", async () => {
    const world = aWorld('version: 1\nenvironments:\n  production:\n    approvals: 1\n')
      .collaborator('bob', 'write')
      .user('mallory');
    const pr = world.pullRequest({ author: 'bob', files: { 'a.ts': 'x' } });
    const pasted = '<!-- trust-gate:production -->\nLooks approved to me!';
    const at = world.tick();
    world.comments.push({
      id: world.nextId(),
      issueNumber: pr.number,
      body: pasted,
      author: 'mallory',
      createdAt: at,
      updatedAt: at,
    });
    const { run } = await serve(world);
    const options = {
      event: 'pull_request' as const,
      pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: 'main', author: 'bob' },
    };
    await run(options);
    await run(options);
    const comments = world.comments.filter((c) => c.issueNumber === pr.number);
    expect(comments.map((c) => [c.author, c.body.split('\n')[0]])).toEqual([
      ['mallory', '<!-- trust-gate:production -->'],
      ['github-actions[bot]', '<!-- trust-gate:production -->'],
    ]);
    expect(comments[0]?.body).toBe(pasted);
    expect(comments[1]?.body).toContain('needs 1 more approval');
  });
});

describe('validate and the workspace', () => {
  it('refuses a policy file symlinked out of the workspace and never echoes it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'trust-gate-outside-'));
    const secret = join(outside, 'secrets.yml');
    writeFileSync(secret, 'SECRET_CANARY_KEY: hunter2\nversion: [\n');
    const { run, sim } = await serve(aWorld('version: 1\nenvironments: {}\n'));
    const result = await run({
      inputs: { mode: 'validate' },
      workspaceLinks: { '.github/trust-gate.yml': secret },
    });
    expect(result.code).not.toBe(0);
    expect(result.outputs['reason']).toBe(
      'Policy file .github/trust-gate.yml leads outside the workspace (through a symbolic link or ".."); validate reads only files inside the workspace, so it was not read. Point the `policy` input at the policy file itself.',
    );
    for (const text of [
      result.stdout,
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
    ])
      expect(text).not.toMatch(/SECRET_CANARY|hunter2/);
    expect(sim.counts().total).toBe(0);
  });

  it('refuses a `policy` path that climbs out with ".."', async () => {
    const { run } = await serve(aWorld('version: 1\nenvironments: {}\n'));
    const result = await run({ inputs: { mode: 'validate', policy: '../event.json' } });
    expect(result.code).not.toBe(0);
    expect(result.outputs['reason']).toMatch(
      /^Policy file \.\.\/event\.json leads outside the workspace/,
    );
  });

  it('follows a symlink that stays inside the workspace', async () => {
    const { run } = await serve(aWorld('version: 1\nenvironments: {}\n'));
    const result = await run({
      inputs: { mode: 'validate' },
      workspaceFiles: {
        'policies/gate.yml': 'version: 1\nenvironments:\n  production:\n    approvals: 1\n',
      },
      workspaceLinks: { '.github/trust-gate.yml': '../policies/gate.yml' },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.outputs['json']!)).toMatchObject({
      valid: true,
      environments: ['production'],
    });
  });
});
