// createClient's transport, with a scripted fetch: redirects kept on the API host, quick retries of
// connection failures, the run's deadline, answers checked for shape and rate limits told.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../src/github/client.js';

const API = 'https://api.example.test';

interface Sent {
  url: string;
  method: string;
  body: unknown;
  authorization: string | null;
  userAgent: string | null;
  redirect: RequestRedirect | undefined;
  signal: AbortSignal | null | undefined;
}

type Step = Response | Error | 'hang';

/** A fetch that answers each request with the next step and records what was sent. */
function scripted(...steps: Step[]) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    sent.push({
      url,
      method: init.method ?? 'GET',
      body: init.body ?? null,
      authorization: headers.get('authorization'),
      userAgent: headers.get('user-agent'),
      redirect: init.redirect,
      signal: init.signal,
    });
    const step = steps.shift() ?? new Error('the script ran out');
    if (step === 'hang')
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    if (step instanceof Error) throw step;
    // As a real fetch's answer, it knows the URL it answers.
    Object.defineProperty(step, 'url', { value: url });
    return step;
  };
  return { fetch, sent };
}

const json = (data: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

const redirect = (status: number, location: string) =>
  new Response(null, { status, headers: { location } });

/** Node's fetch fails with a TypeError whose cause carries the socket's code. */
const refused = () =>
  Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), {
      code: 'ECONNREFUSED',
    }),
  });
const reset = () =>
  Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
  });

/** `baseUrl` null: createClient's own default. */
function client(fetch: unknown, baseUrl: string | null = API) {
  const octokit = createClient('ghs_distinctive_token', baseUrl ?? undefined);
  return {
    get: (route = 'GET /repos/{owner}/{repo}') =>
      octokit.request(route, { owner: 'acme', repo: 'app', request: { fetch } }),
    post: (body: unknown, method = 'POST') =>
      octokit.request(`${method} /repos/{owner}/{repo}/issues`, {
        owner: 'acme',
        repo: 'app',
        ...(body as object),
        request: { fetch },
      }),
    graphql: (query: string) =>
      octokit.graphql(query, { request: { fetch } }) as Promise<Record<string, unknown>>,
  };
}

let stdout: string[];
beforeEach(() => {
  vi.stubEnv('TRUST_GATE_RETRY_BASE_MS', '0');
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('each request', () => {
  it('carries the token only in the Authorization header, as trust-gate', async () => {
    const { fetch, sent } = scripted(json({ id: 1 }));
    const answer = await client(fetch).get();
    expect(answer.data).toEqual({ id: 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(`${API}/repos/acme/app`);
    expect(sent[0]!.authorization).toBe('token ghs_distinctive_token');
    expect(sent[0]!.userAgent).toMatch(/^trust-gate /);
  });

  it('goes to GITHUB_API_URL when no base URL is given, else to api.github.com', async () => {
    vi.stubEnv('GITHUB_API_URL', 'https://ghe.example.test/api/v3');
    const enterprise = scripted(json({}));
    await client(enterprise.fetch, null).get();
    expect(enterprise.sent[0]!.url).toBe('https://ghe.example.test/api/v3/repos/acme/app');

    vi.stubEnv('GITHUB_API_URL', '');
    const cloud = scripted(json({}));
    await client(cloud.fetch, null).get();
    expect(cloud.sent[0]!.url).toBe('https://api.github.com/repos/acme/app');
  });

  it('answers writes (not queued behind one another)', async () => {
    const { fetch } = scripted(json({ number: 1 }, 201), json({ number: 2 }, 201));
    const gate = client(fetch);
    const answers = await Promise.all([gate.post({ title: 'a' }), gate.post({ title: 'b' })]);
    expect(answers.map((a) => a.data)).toEqual([{ number: 1 }, { number: 2 }]);
  });
});

describe('redirects', () => {
  it('asks fetch not to follow redirects itself', async () => {
    const { fetch, sent } = scripted(json({}));
    await client(fetch).get();
    expect(sent[0]!.redirect).toBe('manual');
  });

  it('follows a redirect on the API host, keeping the token', async () => {
    const { fetch, sent } = scripted(redirect(301, '/repositories/42'), json({ id: 42 }));
    const answer = await client(fetch).get();
    expect(answer.data).toEqual({ id: 42 });
    expect(sent.map((s) => [s.url, s.authorization, s.redirect])).toEqual([
      [`${API}/repos/acme/app`, 'token ghs_distinctive_token', 'manual'],
      [`${API}/repositories/42`, 'token ghs_distinctive_token', 'manual'],
    ]);
  });

  it('refuses a redirect to another host before sending anything there', async () => {
    const { fetch, sent } = scripted(redirect(302, 'https://elsewhere.example/steal'));
    await expect(client(fetch).get()).rejects.toMatchObject({
      name: 'NetworkError',
      kind: 'redirect',
      message:
        'api.example.test redirected the request to https://elsewhere.example; Trust Gate sends its token only to GITHUB_API_URL and uses no answer from elsewhere',
    });
    expect(sent).toHaveLength(1);
  });

  it('refuses a redirect to the same host on another scheme', async () => {
    const { fetch, sent } = scripted(redirect(301, 'http://api.example.test/repos/acme/app'));
    await expect(client(fetch).get()).rejects.toMatchObject({
      kind: 'redirect',
      message: expect.stringContaining('redirected the request to http://api.example.test;'),
    });
    expect(sent).toHaveLength(1);
  });

  it('follows three redirects, and stops at the fourth with the path it was sent to', async () => {
    const three = scripted(
      redirect(301, '/a'),
      redirect(302, '/b'),
      redirect(307, '/c'),
      json({ ok: true }),
    );
    await expect(client(three.fetch).get()).resolves.toMatchObject({ data: { ok: true } });
    expect(three.sent.map((s) => new URL(s.url).pathname)).toEqual([
      '/repos/acme/app',
      '/a',
      '/b',
      '/c',
    ]);

    const four = scripted(
      redirect(301, '/a'),
      redirect(301, '/b'),
      redirect(301, '/c'),
      redirect(301, '/d'),
    );
    await expect(client(four.fetch).get()).rejects.toMatchObject({
      kind: 'redirect',
      message: 'api.example.test redirected the request more than 3 times (last to /d)',
    });
    expect(four.sent).toHaveLength(4);
  });

  it('resolves a relative location against the URL it came from', async () => {
    const { fetch, sent } = scripted(redirect(301, 'moved'), json({}));
    await client(fetch).get();
    expect(sent[1]!.url).toBe(`${API}/repos/acme/moved`);
  });

  it.each([
    ['POST', 301, 'GET'],
    ['POST', 302, 'GET'],
    ['POST', 303, 'GET'],
    ['POST', 307, 'POST'],
    ['POST', 308, 'POST'],
    ['PATCH', 301, 'PATCH'],
    ['PATCH', 302, 'PATCH'],
    ['PATCH', 303, 'GET'],
    ['PATCH', 307, 'PATCH'],
  ])('after a %s is redirected with a %i it is sent as %s', async (method, status, then) => {
    const { fetch, sent } = scripted(redirect(status, '/moved'), json({ number: 1 }, 201));
    await client(fetch).post({ title: 'x' }, method);
    expect(sent[0]!.body).toContain('"title":"x"');
    expect(sent[1]).toMatchObject({
      url: `${API}/moved`,
      method: then,
      body: then === 'GET' ? null : sent[0]!.body,
      authorization: 'token ghs_distinctive_token',
      redirect: 'manual',
    });
  });

  it('sends a GET again as a GET after a 303', async () => {
    const { fetch, sent } = scripted(redirect(303, '/other'), json({}));
    await client(fetch).get();
    expect(sent.map((s) => s.method)).toEqual(['GET', 'GET']);
  });

  it.each([
    [201, { number: 5 }],
    [400, { message: 'Bad request' }],
  ])('hands a %i with a Location header to Octokit, not following it', async (status, data) => {
    const answer = json(data, status, { location: `${API}/repos/acme/app/issues/5` });
    const { fetch, sent } = scripted(answer, json({ wrong: true }));
    const outcome = await client(fetch)
      .post({ title: 'x' })
      .then(
        (a) => a.data,
        (e: { status: number }) => e.status,
      );
    expect(outcome).toEqual(status === 201 ? data : 400);
    expect(sent).toHaveLength(1);
  });

  it('follows a 300 with a location, as any redirect', async () => {
    const { fetch, sent } = scripted(redirect(300, '/chosen'), json({ id: 1 }));
    await expect(client(fetch).get()).resolves.toMatchObject({ data: { id: 1 } });
    expect(sent).toHaveLength(2);
  });

  it('hands a 3xx without a location to Octokit as it came', async () => {
    const { fetch, sent } = scripted(new Response(null, { status: 304 }));
    await expect(client(fetch).get()).rejects.toMatchObject({ status: 304 });
    expect(sent).toHaveLength(1);
  });
});

describe('connection failures', () => {
  it('repeats a refused connection twice, then names it', async () => {
    const { fetch, sent } = scripted(refused(), refused(), refused(), json({}));
    await expect(client(fetch).get()).rejects.toMatchObject({
      name: 'NetworkError',
      kind: 'unreachable',
      message: 'could not reach api.example.test: connection refused (ECONNREFUSED)',
    });
    expect(sent).toHaveLength(3);
  });

  it('answers from the second try when the first was refused', async () => {
    const { fetch, sent } = scripted(refused(), json({ id: 7 }));
    await expect(client(fetch).get()).resolves.toMatchObject({ data: { id: 7 } });
    expect(sent).toHaveLength(2);
  });

  it('does not repeat a write whose connection was reset (it may have arrived)', async () => {
    const { fetch, sent } = scripted(reset(), json({ number: 1 }, 201));
    await expect(client(fetch).post({ title: 'x' })).rejects.toMatchObject({
      kind: 'unreachable',
      message: 'could not reach api.example.test: connection reset (ECONNRESET)',
    });
    expect(sent).toHaveLength(1);
  });

  it('repeats a read whose connection was reset', async () => {
    const { fetch, sent } = scripted(reset(), json({ id: 1 }));
    await expect(client(fetch).get()).resolves.toMatchObject({ data: { id: 1 } });
    expect(sent).toHaveLength(2);
  });

  it('does not repeat a failure it cannot name', async () => {
    const { fetch, sent } = scripted(new TypeError('fetch failed'), json({}));
    await expect(client(fetch).get()).rejects.toMatchObject({
      kind: 'unreachable',
      message: expect.stringMatching(/^could not reach api\.example\.test: /),
    });
    expect(sent).toHaveLength(1);
  });
});

describe("the run's deadline", () => {
  it('stops a request that does not answer, and aborts it, naming the seconds', async () => {
    vi.stubEnv('TRUST_GATE_DEADLINE_MS', '150');
    const { fetch, sent } = scripted('hang', json({}));
    await expect(client(fetch).get()).rejects.toMatchObject({
      kind: 'deadline',
      message: "the run's deadline of 0.15 s passed",
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.signal?.aborted).toBe(true);
  });

  it('sends nothing more once it has passed', async () => {
    vi.stubEnv('TRUST_GATE_DEADLINE_MS', '100');
    const { fetch, sent } = scripted(json({}));
    const gate = client(fetch);
    await new Promise((done) => setTimeout(done, 150));
    await expect(gate.get()).rejects.toThrow("the run's deadline of 0.1 s passed");
    await new Promise((done) => setTimeout(done, 50));
    expect(sent).toHaveLength(0);
  });

  it('cuts short a rate-limit wait', async () => {
    vi.stubEnv('TRUST_GATE_DEADLINE_MS', '300');
    vi.stubEnv('TRUST_GATE_RETRY_BASE_MS', '1000');
    const secondary = json({ message: 'You have exceeded a secondary rate limit.' }, 403, {
      'retry-after': '60',
    });
    const { fetch, sent } = scripted(secondary, json({}));
    await expect(client(fetch).get()).rejects.toMatchObject({ kind: 'deadline' });
    expect(sent).toHaveLength(1);
  });

  it.each(['', 'soon', '-5', '999999999'])(
    'keeps the 300 s deadline when the knob is %j (it can only shorten it)',
    async (knob) => {
      vi.stubEnv('TRUST_GATE_DEADLINE_MS', knob);
      const { fetch, sent } = scripted('hang');
      const request = client(fetch).get();
      request.catch(() => undefined);
      const outcome = await Promise.race([
        request.then(
          () => 'answered',
          (e: Error) => e.message,
        ),
        new Promise((done) => setTimeout(() => done('still waiting'), 100)),
      ]);
      expect(outcome).toBe('still waiting');
      // Let the hung request go.
      sent[0]?.signal?.dispatchEvent(new Event('abort'));
    },
  );
});

describe('answers', () => {
  it('names a body that is not JSON, with its type and the host', async () => {
    const page = new Response('<html>proxy error</html>', {
      status: 200,
      headers: { 'content-type': 'text/html' },
    });
    const { fetch } = scripted(page);
    await expect(client(fetch).get()).rejects.toMatchObject({
      kind: 'malformed',
      message:
        'api.example.test answered HTTP 200 with a body that is not JSON (text/html), which is not an answer GitHub gives',
    });
  });

  it('names a GraphQL answer with neither data nor errors', async () => {
    const { fetch, sent } = scripted(json({ message: 'hello' }));
    await expect(client(fetch).graphql('{ viewer { login } }')).rejects.toMatchObject({
      kind: 'malformed',
      message:
        'api.example.test answered HTTP 200 with a GraphQL answer with neither data nor errors, which is not an answer GitHub gives',
    });
    expect(sent[0]!.method).toBe('POST');
  });

  it('passes a GraphQL answer with data', async () => {
    const { fetch } = scripted(json({ data: { viewer: { login: 'alice' } } }));
    await expect(client(fetch).graphql('{ viewer { login } }')).resolves.toEqual({
      viewer: { login: 'alice' },
    });
  });
});

describe('rate limits', () => {
  const limited = (resetInS: number) =>
    json({ message: 'API rate limit exceeded' }, 403, {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInS),
    });
  const secondary = (retryAfter: string) =>
    json({ message: 'You have exceeded a secondary rate limit.' }, 403, {
      'retry-after': retryAfter,
    });

  it('gives up on a primary limit that resets later than it is worth waiting, and says so', async () => {
    const { fetch, sent } = scripted(limited(3600));
    await expect(client(fetch).get()).rejects.toMatchObject({ status: 403 });
    expect(sent).toHaveLength(1);
    expect(stdout.join('')).toContain(
      '::warning::GitHub primary rate limit on GET /repos/{owner}/{repo}; giving up.',
    );
  });

  it.each(['5', '120'])('waits out a secondary limit of %s s and tries again', async (after) => {
    const { fetch, sent } = scripted(secondary(after), json({ id: 3 }));
    await expect(client(fetch).get()).resolves.toMatchObject({ data: { id: 3 } });
    expect(sent).toHaveLength(2);
    expect(stdout.join('')).toContain(
      `::warning::GitHub secondary rate limit on GET /repos/{owner}/{repo}; retrying after ${after}s.`,
    );
  });

  it('gives up on a secondary limit longer than 120 s', async () => {
    const { fetch, sent } = scripted(secondary('121'), json({}));
    await expect(client(fetch).get()).rejects.toMatchObject({ status: 403 });
    expect(sent).toHaveLength(1);
    expect(stdout.join('')).toContain(
      '::warning::GitHub secondary rate limit on GET /repos/{owner}/{repo}; giving up.',
    );
  });

  it('gives up on the third limit in a row', async () => {
    const { fetch, sent } = scripted(secondary('1'), secondary('1'), secondary('1'), json({}));
    await expect(client(fetch).get()).rejects.toMatchObject({ status: 403 });
    expect(sent).toHaveLength(3);
    expect(stdout.join('')).toContain('giving up');
  });
});

describe('server errors', () => {
  it('retries a 502 and answers from the next try', async () => {
    const { fetch, sent } = scripted(json({ message: 'Bad gateway' }, 502), json({ id: 9 }));
    await expect(client(fetch).get()).resolves.toMatchObject({ data: { id: 9 } });
    expect(sent).toHaveLength(2);
  });

  it('does not retry a 404', async () => {
    const { fetch, sent } = scripted(json({ message: 'Not Found' }, 404), json({}));
    await expect(client(fetch).get()).rejects.toMatchObject({ status: 404 });
    expect(sent).toHaveLength(1);
  });
});
