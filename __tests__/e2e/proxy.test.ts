// The gate behind a proxy: HTTP_PROXY / HTTPS_PROXY route every request through it, NO_PROXY
// goes around it. The API host is `api.github.test`, a name only the proxy resolves (to the
// simulator), because @actions/http-client never proxies loopback addresses.
import { createServer, request, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorld, serve } from './scenario.js';

const HOST = 'api.github.test';

interface Forwarded {
  kind: 'CONNECT' | 'forward';
  target: string;
}

/** A forward (absolute-form) and CONNECT proxy that sends `api.github.test` to 127.0.0.1. */
async function startProxy() {
  const seen: Forwarded[] = [];
  const local = (host: string) => (host === HOST ? '127.0.0.1' : host);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/');
    seen.push({ kind: 'forward', target: url.host });
    const upstream = request(
      {
        host: local(url.hostname),
        port: url.port,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connection', (socket: Socket) => sockets.add(socket));
  server.on('connect', (req, client: Socket, head: Buffer) => {
    seen.push({ kind: 'CONNECT', target: req.url ?? '' });
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), local(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}

const proxies: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
});

async function setUp() {
  const proxy = await startProxy();
  proxies.push(proxy);
  const world = aWorld('version: 1\nenvironments:\n  production:\n    approvals: 0\n').collaborator(
    'octocat',
    'write',
  );
  const scenario = await serve(world);
  const port = new URL(scenario.sim.url).port;
  return { proxy, ...scenario, apiUrl: `http://${HOST}:${port}`, port };
}

describe('behind a proxy', () => {
  it('sends every request through HTTP_PROXY', async () => {
    const { proxy, run, sim, apiUrl, port } = await setUp();
    const result = await run({ apiUrl, env: { HTTP_PROXY: proxy.url } });
    expect(result.outputs).toMatchObject({ decision: 'allow', allowed: 'true' });
    expect(sim.counts().total).toBeGreaterThan(0);
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(new Set(proxy.seen.map((s) => s.target))).toEqual(new Set([`${HOST}:${port}`]));
  });

  it('goes around the proxy for a host NO_PROXY names', async () => {
    const { proxy, run, sim, apiUrl } = await setUp();
    const result = await run({
      apiUrl,
      env: { HTTP_PROXY: proxy.url, NO_PROXY: `example.com,${HOST}` },
    });
    // Only the proxy knows api.github.test: going around it, the name does not resolve.
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.outputs['reason']).toMatch(/could not reach api\.github\.test:\d+: host name/);
    expect(proxy.seen).toEqual([]);
    expect(sim.counts().total).toBe(0);
  });

  it('tunnels https through HTTPS_PROXY with CONNECT', async () => {
    const { proxy, run, sim, port } = await setUp();
    // The simulator speaks plain HTTP, so TLS through the tunnel fails: the tunnel is the point.
    const result = await run({
      apiUrl: `https://${HOST}:${port}`,
      env: { HTTPS_PROXY: proxy.url },
    });
    expect(proxy.seen[0]).toEqual({ kind: 'CONNECT', target: `${HOST}:${port}` });
    expect(result.outputs).toMatchObject({ decision: 'error', allowed: 'false' });
    expect(result.outputs['reason']).toMatch(/TLS|SSL/);
    expect(sim.counts().total).toBe(0);
  });
});
