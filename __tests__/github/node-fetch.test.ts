// nodeFetch: the fetch subset Octokit uses, against a real local HTTP server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch } from '../../src/github/node-fetch.js';

let server: http.Server;
let base = '';
const seen: Array<{ method: string; url: string; body: string; length: string | undefined }> = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        body,
        length: request.headers['content-length'],
      });
      if (request.url === '/moved') {
        response.writeHead(301, { location: '/here' }).end();
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 2_000);
      } else {
        response.setHeader('set-cookie', ['a=1', 'b=2']);
        response.writeHead(request.url === '/missing' ? 404 : 200, 'Fine', {
          'content-type': 'application/json',
          'X-Thing': 'yes',
        });
        response.end(JSON.stringify({ path: request.url, method: request.method }));
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('nodeFetch', () => {
  it('returns status, url, lower-case headers (get and iteration) and the body', async () => {
    const response = await nodeFetch(`${base}/here`);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('Fine');
    expect(response.url).toBe(`${base}/here`);
    expect(response.headers.get('X-Thing')).toBe('yes');
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-thing': 'yes',
      'set-cookie': 'a=1, b=2',
    });
    expect(JSON.parse(await response.text())).toEqual({ path: '/here', method: 'GET' });
  });

  it('sends the method, headers and a body with its length', async () => {
    const response = await nodeFetch(`${base}/post`, {
      method: 'POST',
      body: '{"é":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(new TextDecoder().decode(await response.arrayBuffer())).toContain('"POST"');
    expect(seen.at(-1)).toEqual({ method: 'POST', url: '/post', body: '{"é":1}', length: '8' });
  });

  it('hands error statuses back as responses, as fetch does', async () => {
    expect((await nodeFetch(`${base}/missing`)).status).toBe(404);
  });

  it('follows redirects and reports the final url', async () => {
    const response = await nodeFetch(`${base}/moved`);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${base}/here`);
  });

  it('rejects with an AbortError when the signal fires', async () => {
    await expect(
      nodeFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when nothing listens', async () => {
    await expect(nodeFetch('http://127.0.0.1:1/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
