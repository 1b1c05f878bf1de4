// REST routing: route table entries, GitHub-style errors, and page/Link pagination.
import type { IncomingHttpHeaders } from 'node:http';
import { tokenHas } from './access.js';
import type { World } from './world.js';
import type { Permission } from './world-types.js';

export interface RestRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** Origin of the simulator, e.g. http://127.0.0.1:4567 (the API's base URL). */
  api: string;
  world: World;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send `body` as-is (a raw media type) instead of JSON. */
  raw?: string;
}

export interface Route {
  method: string;
  pattern: string;
  /** Token permission needed; a function decides per request. */
  permission?: Permission | ((req: RestRequest) => Permission | Permission[]);
  handle(req: RestRequest): RestResponse;
}

export const DOCS = 'https://docs.github.com/rest';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  body(): Record<string, unknown> {
    return {
      message: this.message,
      documentation_url: DOCS,
      status: String(this.status),
      ...this.extra,
    };
  }
}

export const notFound = (message = 'Not Found') => new HttpError(404, message);
export const forbidden = (message = 'Resource not accessible by integration') =>
  new HttpError(403, message);

export function route(
  method: string,
  pattern: string,
  permission: Route['permission'],
  handle: Route['handle'],
): Route {
  return { method, pattern, permission, handle };
}

/** Matches `/repos/:owner/:repo/contents/*path`; `*name` takes the rest of the path. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] as string;
    if (part.startsWith('*')) {
      if (i >= have.length) return undefined;
      params[part.slice(1)] = have.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    const actual = have[i];
    if (actual === undefined) return undefined;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return undefined;
  }
  return want.length === have.length ? params : undefined;
}

export function findRoute(routes: Route[], method: string, path: string) {
  for (const r of routes) {
    if (r.method !== method) continue;
    const params = matchPath(r.pattern, path);
    if (params) return { route: r, params };
  }
  return undefined;
}

/** Routes under /repos/:owner/:repo answer only for the world's repository. */
export function checkRepository(req: RestRequest): void {
  const { owner, repo } = req.params;
  if (owner === undefined || repo === undefined) return;
  const { world } = req;
  if (
    owner.toLowerCase() !== world.owner.toLowerCase() ||
    repo.toLowerCase() !== world.name.toLowerCase()
  ) {
    throw notFound();
  }
}

export function checkPermission(r: Route, req: RestRequest): void {
  if (!r.permission) return;
  const needed = typeof r.permission === 'function' ? r.permission(req) : r.permission;
  const anyOf = Array.isArray(needed) ? needed : [needed];
  if (!anyOf.some((p) => tokenHas(req.world, p))) throw forbidden();
}

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const value = Number.parseInt(query.get(name) ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function pageParams(req: RestRequest, defaultPerPage = 30, maxPerPage = 100) {
  const perPage = Math.min(intParam(req.query, 'per_page', defaultPerPage), maxPerPage);
  return { perPage, page: intParam(req.query, 'page', 1) };
}

/** One page of `all`, with GitHub's `Link` header (next, last, first, prev). */
export function paginate<T>(
  req: RestRequest,
  all: T[],
  defaultPerPage = 30,
  maxPerPage = 100,
): Page<T> {
  const { perPage, page } = pageParams(req, defaultPerPage, maxPerPage);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(req.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${req.api}${req.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

export function ok(
  body: unknown,
  headers: Record<string, string> = {},
  status = 200,
): RestResponse {
  return { status, body, headers };
}

export function pageOf<T>(page: Page<T>): RestResponse {
  return ok(page.items, page.headers);
}

/** A JSON object body, or a 400 like GitHub's "Problems parsing JSON". */
export function jsonBody(req: RestRequest): Record<string, unknown> {
  const body = req.body;
  if (body && typeof body === 'object' && !Array.isArray(body))
    return body as Record<string, unknown>;
  throw new HttpError(400, 'Problems parsing JSON');
}

export function unprocessable(
  message: string,
  field: string,
  code = 'invalid',
  resource = 'Status',
) {
  return new HttpError(422, message, { errors: [{ resource, code, field, message }] });
}
