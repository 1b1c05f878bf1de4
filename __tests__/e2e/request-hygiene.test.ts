// What the gate sends: only a route's own parameters, the token only in `Authorization`, and no
// break-glass reason or runner path in any URL, in every mode and on error paths.
import { describe, expect, it } from 'vitest';
import type { LogEntry, Simulator, World } from '../simulator/index.js';
import type { RunOptions } from './run-action.js';
import { aWorld, serve } from './scenario.js';

const TOKEN = `ghs_CANARY_${'7'.repeat(20)}`;
const REASON = 'CANARY-REASON checkout is down';
/** Every runner path the harness makes (workspace, RUNNER_TEMP, event, outputs) starts so. */
const RUNNER_PATH = 'trust-gate-e2e-';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
    break-glass:
      users: [alice]
`;

function aRelease(): World {
  const world = aWorld(POLICY)
    .collaborator('alice', 'maintain')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
  world.token.value = TOKEN;
  world.deployment({ environment: 'production', creator: 'carol', status: 'success' });
  world.pullRequest({
    title: 'Add cart',
    author: 'bob',
    files: { 'cart.ts': 'x' },
    merge: 'squash',
  });
  return world;
}

/** Where each secret may appear: the token only as the Authorization header. */
function leaks(entries: LogEntry[]): string[] {
  const found: string[] = [];
  for (const e of entries) {
    const where = `${e.method} ${e.url}`;
    for (const [secret, name] of [
      [TOKEN, 'token'],
      [REASON, 'reason'],
      [RUNNER_PATH, 'runner path'],
    ] as const) {
      if (e.url.includes(secret) || decodeURIComponent(e.url).includes(secret))
        found.push(`${name} in URL of ${where}`);
    }
    if (e.rawBody.includes(TOKEN)) found.push(`token in body of ${where}`);
    if (e.rawBody.includes(RUNNER_PATH)) found.push(`runner path in body of ${where}`);
    const isAuditIssue = e.method === 'POST' && /\/issues$/.test(e.path);
    if (e.rawBody.includes(REASON) && !isAuditIssue) found.push(`reason in body of ${where}`);
    for (const [header, value] of Object.entries(e.headers)) {
      const text = String(value);
      if (header !== 'authorization' && text.includes(TOKEN))
        found.push(`token in header ${header} of ${where}`);
    }
    if (e.headers.authorization !== `token ${TOKEN}`)
      found.push(`Authorization of ${where} is not the token`);
  }
  return found;
}

const runs: Array<[string, (world: World) => Partial<RunOptions>]> = [
  ['gate', () => ({ actor: 'carol' })],
  [
    'gate with break-glass',
    () => ({ actor: 'alice', inputs: { environment: 'production', 'break-glass': REASON } }),
  ],
  [
    'check with comment and status',
    (world) => {
      const pr = world.pullRequest({ author: 'bob', files: { 'b.ts': 'x' } });
      return {
        event: 'pull_request',
        pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: 'main', author: 'bob' },
        inputs: { environment: 'production', 'break-glass': REASON },
      };
    },
  ],
  ['report', () => ({ inputs: { environment: 'production', mode: 'report' } })],
  [
    'validate',
    () => ({
      inputs: { environment: 'production', mode: 'validate' },
      workspaceFiles: { '.github/trust-gate.yml': POLICY },
    }),
  ],
  [
    'an error (no policy at that path)',
    () => ({ actor: 'carol', inputs: { environment: 'production', policy: 'missing.yml' } }),
  ],
  [
    'check mode erring (comment and status say so)',
    (world) => {
      const pr = world.pullRequest({ author: 'bob', files: { 'c.ts': 'x' } });
      return {
        event: 'pull_request',
        pullRequest: { number: pr.number, headSha: pr.headSha, baseRef: 'main', author: 'bob' },
        inputs: { environment: 'nowhere' },
      };
    },
  ],
];

async function runWith(
  name: string,
  options: (world: World) => Partial<RunOptions>,
): Promise<{ sim: Simulator; code: number | null }> {
  const world = aRelease();
  const { run, sim } = await serve(world);
  const extra = options(world);
  const result = await run({
    ...extra,
    inputs: { environment: 'production', ...extra.inputs, token: TOKEN },
  });
  expect(result.outputs['json'], name).toBeDefined();
  return { sim, code: result.code };
}

describe('request hygiene', () => {
  it.each(runs)(
    '%s: the token only in Authorization, no reason or runner path in any URL',
    async (name, options) => {
      const { sim } = await runWith(name, options);
      if (name !== 'validate') expect(sim.log.entries.length).toBeGreaterThan(0);
      expect(leaks(sim.log.entries)).toEqual([]);
    },
  );

  it('puts the break-glass reason in the audit issue body, where it belongs', async () => {
    const { sim } = await runWith('gate with break-glass', runs[1]![1]);
    const issue = sim.log.entries.find((e) => e.method === 'POST' && e.path.endsWith('/issues'));
    expect(issue?.rawBody).toContain(REASON);
    expect(Object.keys((issue?.body ?? {}) as object).sort()).toEqual(['body', 'labels', 'title']);
  });

  it('sends a REST request only its own parameters', async () => {
    const { sim } = await runWith('check with comment and status', runs[2]![1]);
    const status = sim.log.entries.find(
      (e) => e.method === 'POST' && e.path.includes('/statuses/'),
    );
    expect(Object.keys((status?.body ?? {}) as object).sort()).toEqual([
      'context',
      'description',
      'state',
      'target_url',
    ]);
    for (const e of sim.log.rest().filter((r) => r.method === 'GET')) {
      const names = [...new URL(e.url, 'http://x').searchParams.keys()];
      expect(
        names.filter((n) => !['per_page', 'page'].includes(n)),
        e.url,
      ).toEqual([]);
    }
  });
});
