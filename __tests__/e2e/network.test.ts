// Below HTTP, end to end: unreachable hosts, dropped connections, answers GitHub never gives and
// redirects off the API host each fail closed with a message that names the fault.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fault, MergeMethod } from '../simulator/index.js';
import { runAction, type RunResult } from './run-action.js';
import { aWorld, NOW, serve } from './scenario.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
`;

/**
 * A release of one approved pull request on top of a successful deployment by carol. Merged with a
 * merge commit, only compare lists it (the first query's carried history is not cut): `merge`.
 */
function aRelease(merge: MergeMethod = 'squash') {
  const world = aWorld(POLICY)
    .collaborator('alice', 'write')
    .collaborator('bob', 'write')
    .collaborator('carol', 'write');
  world.deployment({ environment: 'production', creator: 'carol', status: 'success' });
  world.pullRequest({
    author: 'bob',
    files: { 'cart.ts': 'x' },
    reviews: [{ author: 'alice', state: 'APPROVED' }],
    merge,
  });
  return world;
}

const servers: Array<Server | ReturnType<typeof createTcpServer>> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

async function listen<T extends Server | ReturnType<typeof createTcpServer>>(server: T) {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as { port: number }).port;
}

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function gate(apiUrl: string, env: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    apiUrl,
    now: NOW,
    inputs: { environment: 'production' },
    sha: 'a'.repeat(40),
    env,
  });
}

/** No JavaScript internals and no HTTP status a connection never had. */
function expectPlainFailure(result: RunResult, message: RegExp): void {
  expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
  expect(result.code).not.toBe(0);
  const reason = result.outputs['reason'] ?? '';
  expect(reason).toMatch(message);
  expect(reason).not.toMatch(
    /Cannot read properties|Unexpected token|undefined|HTTP 500|kept failing/,
  );
  expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    reason,
  ]);
}

describe('a GitHub the runner cannot reach', () => {
  it('names a refused connection, without retrying it for seconds', async () => {
    const port = await closedPort();
    // Production back-off: the 1 s, 4 s, 9 s of plugin-retry would outlast this deadline.
    const result = await gate(`http://127.0.0.1:${port}`, {
      TRUST_GATE_RETRY_BASE_MS: '1000',
      TRUST_GATE_DEADLINE_MS: '4000',
    });
    expectPlainFailure(
      result,
      new RegExp(
        `^Could not read the policy and the deployment history: could not reach 127\\.0\\.0\\.1:${port}: connection refused \\(ECONNREFUSED\\)\\. Check that the runner can reach GITHUB_API_URL`,
      ),
    );
    expect(result.outputs['reason']).not.toContain('deadline');
  });

  it('names a dropped connection and tries it three times at most', async () => {
    const connections: Socket[] = [];
    const server = createTcpServer((socket) => {
      connections.push(socket);
      socket.once('data', () => socket.destroy());
    });
    const port = await listen(server);
    const result = await gate(`http://127.0.0.1:${port}`);
    expectPlainFailure(
      result,
      /could not reach 127\.0\.0\.1:\d+: connection (reset|closed by the other side) \((ECONNRESET|UND_ERR_SOCKET)\)/,
    );
    expect(connections.length).toBeGreaterThanOrEqual(1);
    // Three tries at most of each of the two first requests (the history and the deployer's role).
    expect(connections.length).toBeLessThanOrEqual(6);
  });

  it('names a host that does not resolve', async () => {
    const result = await gate('http://api.github.invalid');
    expectPlainFailure(
      result,
      /could not reach api\.github\.invalid: host name (not found|lookup failed)/,
    );
  });

  it('names a TLS failure as TLS', async () => {
    // A plain-HTTP server spoken to over https: the handshake fails.
    const port = await listen(createServer((_req, res) => res.end('{}')));
    const result = await gate(`https://127.0.0.1:${port}`);
    expectPlainFailure(
      result,
      /TLS with 127\.0\.0\.1:\d+ failed: the other side does not speak TLS \(ERR_SSL_WRONG_VERSION_NUMBER\)\. Check the certificates/,
    );
  });
});

describe('answers GitHub never gives', () => {
  it.each<[string, Fault['answer'], RegExp]>([
    ['an HTML page', 'html', /answered HTTP 200 with a body that is not JSON \(text\/html\)/],
    [
      'JSON that does not parse',
      'garbage-json',
      /answered HTTP 200 with a body that is not JSON \(application\/json/,
    ],
    ['an empty body', 'empty', /answered HTTP 200 with an empty body/],
    [
      'GraphQL data: null without errors',
      'null-data',
      /a GraphQL answer with neither data nor errors/,
    ],
  ])('fails closed in words on %s for the history query', async (_name, answer, message) => {
    const { run, sim } = await serve(aRelease());
    sim.inject({ operation: 'TrustGateHistory', answer });
    const result = await run({ actor: 'carol' });
    expectPlainFailure(result, message);
    expect(result.outputs['reason']).toMatch(
      /^Could not read the policy and the deployment history: 127\.0\.0\.1:\d+ answered/,
    );
  });

  it('fails closed in words on an empty REST answer', async () => {
    const { run, sim } = await serve(aRelease('merge'));
    sim.inject({ route: 'GET /repos/:owner/:repo/compare/*', answer: 'empty' });
    const result = await run({ actor: 'carol' });
    expectPlainFailure(
      result,
      /^Could not compare \w{7}\.\.\.\w{7}: 127\.0\.0\.1:\d+ answered HTTP 200 with an empty body/,
    );
  });
});

describe('redirects', () => {
  /** A second host: records every request it is sent. */
  async function elsewhere() {
    const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
    const port = await listen(
      createServer((req, res) => {
        seen.push({ url: req.url ?? '', headers: req.headers });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      }),
    );
    return { seen, origin: `http://127.0.0.1:${port}` };
  }

  it.each([301, 302, 307, 308] as const)(
    'never sends the token to another host on a %i: the gate fails closed',
    async (status) => {
      const other = await elsewhere();
      const { run, sim } = await serve(aRelease());
      sim.inject({ operation: 'TrustGateHistory', redirect: { status, to: other.origin } });
      const result = await run({
        actor: 'carol',
        inputs: { environment: 'production', token: 'ghs_CANARY_redirect' },
      });
      expectPlainFailure(
        result,
        new RegExp(
          `redirected the request to ${other.origin.replace(/\./g, '\\.')}; Trust Gate sends its token only to GITHUB_API_URL`,
        ),
      );
      expect(other.seen.filter((r) => r.headers.authorization !== undefined)).toEqual([]);
      expect(other.seen).toEqual([]);
      expect(sim.log.entries[0]?.headers.authorization).toBe('token ghs_CANARY_redirect');
    },
  );

  it('follows a redirect on the API host itself (a renamed repository)', async () => {
    const { run, sim } = await serve(aRelease('merge'));
    sim.inject({
      route: 'GET /repos/:owner/:repo/compare/*',
      redirect: { status: 301, to: '' },
      times: 1,
    });
    const result = await run({ actor: 'carol' });
    expect(result.outputs).toMatchObject({ decision: 'allow', allowed: 'true' });
    const compares = sim.log.entries.filter((e) => e.path.includes('/compare/'));
    expect(compares.map((e) => e.status)).toEqual([301, 200]);
  });

  it('keeps the method and body of a query redirected with 307 on the API host', async () => {
    const { run, sim } = await serve(aRelease('merge'));
    sim.inject({ operation: 'TrustGateHistory', redirect: { status: 307, to: '' }, times: 1 });
    const result = await run({ actor: 'carol' });
    expect(result.outputs).toMatchObject({ decision: 'allow', allowed: 'true' });
    const history = sim.log.entries.filter((e) => e.operation === 'TrustGateHistory');
    expect(history.map((e) => [e.method, e.status])).toEqual([
      ['POST', 307],
      ['POST', 200],
    ]);
  });

  it('stops a redirect loop on the API host after 3 hops, failing closed', async () => {
    const { run, sim } = await serve(aRelease('merge'));
    sim.inject({ route: 'GET /repos/:owner/:repo/compare/*', redirect: { status: 302, to: '' } });
    const result = await run({ actor: 'carol' });
    expectPlainFailure(
      result,
      /127\.0\.0\.1:\d+ redirected the request more than 3 times \(last to \/repos\/acme\/shop\/compare\//,
    );
    const compares = sim.log.entries.filter((e) => e.path.includes('/compare/'));
    expect(compares.map((e) => e.status)).toEqual([302, 302, 302, 302]);
  });
});
