// The subset of fetch Octokit uses, over node:http(s). Node's own fetch compiles undici and its
// WebAssembly HTTP parser on first use, which measured ~250 ms of a ~400 ms run on Node 20.
import http from 'node:http';
import https from 'node:https';

export interface FetchInit {
  method?: string;
  body?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
}

/** What Octokit reads from a response: status, url, headers (get and iteration) and the body. */
export interface FetchResponse {
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null; [Symbol.iterator](): Iterator<[string, string]> };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MAX_REDIRECTS = 5;

function headersOf(raw: http.IncomingHttpHeaders): FetchResponse['headers'] {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined) map.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return {
    get: (name) => map.get(name.toLowerCase()) ?? null,
    [Symbol.iterator]: () => map.entries(),
  };
}

function responseOf(url: string, message: http.IncomingMessage, body: Buffer): FetchResponse {
  return {
    status: message.statusCode ?? 0,
    statusText: message.statusMessage ?? '',
    url,
    headers: headersOf(message.headers),
    text: async () => body.toString('utf8'),
    arrayBuffer: async () =>
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}

function send(
  url: string,
  init: FetchInit,
): Promise<{ message: http.IncomingMessage; body: Buffer }> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      target,
      { method: init.method ?? 'GET', headers: init.headers, signal: init.signal ?? undefined },
      (message) => {
        const chunks: Buffer[] = [];
        message.on('data', (chunk: Buffer) => chunks.push(chunk));
        message.on('end', () => resolve({ message, body: Buffer.concat(chunks) }));
        message.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(init.body ?? undefined);
  });
}

function redirectTarget(
  message: http.IncomingMessage,
  url: string,
  init: FetchInit,
): string | null {
  const status = message.statusCode ?? 0;
  const location = message.headers.location;
  if (init.redirect === 'manual' || ![301, 302, 303, 307, 308].includes(status) || !location)
    return null;
  if (init.redirect === 'error') throw new TypeError(`redirected to ${location}`);
  return new URL(location, url).toString();
}

export async function nodeFetch(url: string, init: FetchInit = {}): Promise<FetchResponse> {
  let current = url;
  let options = init;
  for (let hop = 0; ; hop++) {
    const { message, body } = await send(current, options);
    const next = hop < MAX_REDIRECTS ? redirectTarget(message, current, options) : null;
    if (!next) return responseOf(current, message, body);
    // As fetch does: a 303, or a 301/302 after POST, continues as a GET without a body.
    const toGet =
      message.statusCode === 303 ||
      (options.method === 'POST' && message.statusCode !== 307 && message.statusCode !== 308);
    options = toGet ? { ...options, method: 'GET', body: null } : options;
    current = next;
  }
}
