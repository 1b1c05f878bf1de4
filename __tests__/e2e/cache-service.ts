// The runner's cache service as @actions/cache 6.3.0 speaks to it with ACTIONS_CACHE_URL (the v1
// `_apis/artifactcache` REST protocol): look up by key or prefix, reserve, upload chunks, commit, download.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  chunks: Array<{ start: number; data: Buffer }>;
  archive: Buffer | null;
  committedAt: number;
}

export interface CacheService {
  /** ACTIONS_CACHE_URL: the library appends `_apis/artifactcache/…`. */
  url: string;
  entries: CacheEntry[];
  /** Requests as `METHOD path`, in order. */
  requests: string[];
  /** The environment a run needs to use this service. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const open: CacheService[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((service) => service.close()));
});

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => done(Buffer.concat(parts)));
    req.on('error', fail);
  });
}

function json(res: ServerResponse, status: number, value?: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(value === undefined ? '' : JSON.stringify(value));
}

/** An exact key first, then each key as a prefix; the newest committed entry of the version wins. */
function lookUp(entries: CacheEntry[], keys: string[], version: string): CacheEntry | null {
  const ready = entries
    .filter((e) => e.archive && e.version === version)
    .sort((a, b) => b.committedAt - a.committedAt);
  for (const key of keys) {
    const exact = ready.find((e) => e.key === key);
    if (exact) return exact;
  }
  for (const key of keys) {
    const prefixed = ready.find((e) => e.key.startsWith(key));
    if (prefixed) return prefixed;
  }
  return null;
}

export async function startCacheService(): Promise<CacheService> {
  const entries: CacheEntry[] = [];
  const requests: string[] = [];
  let clock = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(`${req.method} ${url.pathname}`);
      const data = await body(req);
      const api = '/_apis/artifactcache/';
      if (req.method === 'GET' && url.pathname.startsWith('/archive/')) {
        const entry = entries.find((e) => e.id === Number(url.pathname.slice(9)));
        if (!entry?.archive) return json(res, 404);
        res.writeHead(200, { 'content-length': entry.archive.length });
        return res.end(entry.archive);
      }
      if (!url.pathname.startsWith(api)) return json(res, 404);
      const resource = url.pathname.slice(api.length);
      if (req.method === 'GET' && resource === 'cache') {
        const keys = (url.searchParams.get('keys') ?? '').split(',');
        const found = lookUp(entries, keys, url.searchParams.get('version') ?? '');
        if (!found) return json(res, 204);
        const archiveLocation = `${service.url}archive/${found.id}`;
        return json(res, 200, { cacheKey: found.key, scope: 'refs/heads/main', archiveLocation });
      }
      if (req.method === 'POST' && resource === 'caches') {
        const { key, version } = JSON.parse(data.toString()) as { key: string; version: string };
        if (entries.some((e) => e.key === key && e.version === version))
          return json(res, 409, {
            message: `Cache already exists. Scope: refs/heads/main, Key: ${key}`,
          });
        const entry = {
          id: entries.length + 1,
          key,
          version,
          chunks: [],
          archive: null,
          committedAt: 0,
        };
        entries.push(entry);
        return json(res, 201, { cacheId: entry.id });
      }
      const entry = entries.find((e) => `caches/${e.id}` === resource);
      if (!entry) return json(res, 404);
      if (req.method === 'PATCH') {
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '');
        if (!range) return json(res, 400, { message: 'Content-Range is missing' });
        entry.chunks.push({ start: Number(range[1]), data });
        return json(res, 204);
      }
      if (req.method === 'POST') {
        const { size } = JSON.parse(data.toString()) as { size: number };
        const archive = Buffer.alloc(size);
        for (const chunk of entry.chunks) chunk.data.copy(archive, chunk.start);
        entry.archive = archive;
        entry.committedAt = ++clock;
        return json(res, 204);
      }
      return json(res, 405);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const service: CacheService = {
    url: `http://127.0.0.1:${port}/`,
    entries,
    requests,
    env: () => ({ ACTIONS_CACHE_URL: service.url, ACTIONS_RUNTIME_TOKEN: 'runtime-token' }),
    close: () => new Promise((done) => server.close(() => done())),
  };
  open.push(service);
  return service;
}
