// The HTTP server: log → faults → authentication → REST route or GraphQL, with GitHub's headers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { answersInstead, Faults, RequestLog, type Fault } from './faults.js';
import { operationName, runGraphql, type GraphqlBody } from './graphql.js';
import { deployRoutes } from './rest-deploys.js';
import { actionsRoutes } from './rest-actions.js';
import { gitRoutes } from './rest-git.js';
import { issueRoutes } from './rest-issues.js';
import { pullRoutes } from './rest-pulls.js';
import {
  checkPermission,
  checkRepository,
  DOCS,
  findRoute,
  HttpError,
  type RestRequest,
  type RestResponse,
} from './router.js';
import type { World } from './world.js';

const ROUTES = [...gitRoutes, ...pullRoutes, ...deployRoutes, ...actionsRoutes, ...issueRoutes];
const GRAPHQL_PATHS = new Set(['/graphql', '/api/graphql']);

interface Parsed {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  graphql: boolean;
  operation?: string;
}

async function readBody(req: IncomingMessage): Promise<{ text: string; body: unknown }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return { text, body: undefined };
  try {
    return { text, body: JSON.parse(text) as unknown };
  } catch {
    return { text, body: text };
  }
}

export class SimulatorServer {
  readonly log = new RequestLog();
  readonly faults = new Faults();
  private server: Server;
  url = '';

  constructor(readonly world: World) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) this.send(res, this.errorAnswer(error), false);
        else res.destroy();
      });
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    this.url = `http://127.0.0.1:${address.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((e) => (e ? reject(e) : resolve())),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const { text: rawBody, body } = await readBody(req);
    const graphql = req.method === 'POST' && GRAPHQL_PATHS.has(path);
    const parsed: Parsed = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      graphql,
      operation: graphql ? operationName((body ?? {}) as GraphqlBody) : undefined,
    };
    const faults = this.faults.take(parsed);
    const latency = faults.reduce((ms, f) => ms + (f.latencyMs ?? 0), 0);
    if (latency > 0) await sleep(latency);
    const failure = faults.find(answersInstead);
    let answer: RestResponse;
    try {
      const forbidden = new Set(faults.flatMap((f) => (f.forbidField ? [f.forbidField] : [])));
      answer = failure
        ? this.injected(failure, graphql, req.url ?? '/')
        : this.answer(req, parsed, forbidden);
    } catch (error) {
      answer = this.errorAnswer(error);
    }
    this.send(res, answer, graphql);
    this.log.add({
      method: parsed.method,
      path,
      query: url.search,
      url: req.url ?? '/',
      headers: { ...req.headers },
      rawBody,
      kind: graphql ? 'graphql' : 'rest',
      operation: parsed.operation,
      status: answer.status,
      fault: describe(failure, latency),
      durationMs: Date.now() - started,
      startedAt: started,
      body,
    });
  }

  private answer(req: IncomingMessage, parsed: Parsed, forbidden: Set<string>): RestResponse {
    this.authenticate(String(req.headers.authorization ?? ''));
    if (parsed.graphql) {
      const graphqlRequests = this.log.graphql().length + 1;
      return {
        status: 200,
        body: runGraphql(
          { world: this.world, graphqlRequests, forbidden },
          (parsed.body ?? {}) as GraphqlBody,
        ),
      };
    }
    const found = findRoute(ROUTES, parsed.method, parsed.path);
    if (!found) throw new HttpError(404, 'Not Found');
    const request: RestRequest = {
      ...parsed,
      params: found.params,
      headers: req.headers,
      api: this.url,
      world: this.world,
    };
    checkRepository(request);
    checkPermission(found.route, request);
    return found.route.handle(request);
  }

  private authenticate(header: string): void {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new HttpError(401, 'Requires authentication');
    const expected = this.world.token.value;
    if (expected !== undefined && match[1] !== expected)
      throw new HttpError(401, 'Bad credentials');
  }

  private injected(fault: Fault, graphql: boolean, target: string): RestResponse {
    if (fault.answer) return malformed(fault.answer);
    if (fault.redirect)
      return {
        status: fault.redirect.status,
        headers: { location: `${fault.redirect.to}${target}` },
      };
    const reset = String(Math.floor(Date.now() / 1000) + (fault.retryAfter ?? 60));
    if (fault.rateLimit === 'primary') {
      const headers = {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
        'x-ratelimit-used': '5000',
      };
      const message = 'API rate limit exceeded for installation ID 4242.';
      if (graphql)
        return { status: 200, headers, body: { errors: [{ type: 'RATE_LIMITED', message }] } };
      return {
        status: 403,
        headers,
        body: {
          message,
          documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api`,
        },
      };
    }
    if (fault.rateLimit === 'secondary') {
      const message =
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000.';
      return {
        status: fault.secondaryStatus ?? 403,
        headers: { 'retry-after': String(fault.retryAfter ?? 1) },
        body: {
          message,
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
        },
      };
    }
    const status = fault.status ?? 500;
    const message =
      fault.message ?? (status >= 500 ? 'Server Error' : 'Resource not accessible by integration');
    return { status, body: { message, documentation_url: DOCS } };
  }

  private errorAnswer(error: unknown): RestResponse {
    if (error instanceof HttpError)
      return { status: error.status, body: error.body(), headers: error.headers };
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 500,
      body: { message: `Simulator error: ${message}`, documentation_url: DOCS },
    };
  }

  private send(res: ServerResponse, answer: RestResponse, graphql: boolean): void {
    const used =
      this.log.entries.filter((e) => e.kind === (graphql ? 'graphql' : 'rest')).length + 1;
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `SIM:${this.log.entries.length + 1}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': graphql ? 'graphql' : 'core',
      ...answer.headers,
    };
    if (answer.raw !== undefined) {
      res.writeHead(answer.status, {
        'content-type': 'application/vnd.github.raw; charset=utf-8',
        ...headers,
      });
      res.end(answer.raw);
      return;
    }
    if (answer.status === 204 || answer.body === undefined) {
      res.writeHead(answer.status, headers);
      res.end();
      return;
    }
    res.writeHead(answer.status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(answer.body));
  }
}

/** A 200 that GitHub would never send. */
function malformed(kind: NonNullable<Fault['answer']>): RestResponse {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  switch (kind) {
    case 'html':
      return {
        status: 200,
        headers: { 'content-type': 'text/html' },
        raw: '<html><body>Proxy error</body></html>',
      };
    case 'garbage-json':
      return { status: 200, headers: json, raw: '<html>not json' };
    case 'empty':
      return { status: 200, headers: json, raw: '' };
    case 'null-data':
      return { status: 200, body: { data: null } };
  }
}

function describe(fault: Fault | undefined, latency: number): string | undefined {
  const parts = [
    fault?.answer
      ? `answer ${fault.answer}`
      : fault?.redirect
        ? `redirect ${fault.redirect.status}`
        : '',
    fault?.rateLimit
      ? `rateLimit ${fault.rateLimit}`
      : fault?.status
        ? `status ${fault.status}`
        : '',
    latency > 0 ? `latency ${latency}ms` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
