// Fault injection (errors, rate limits, latency) and the request log with its counts.

export interface Fault {
  /**
   * Which requests: `"GET /repos/:owner/:repo/deployments"` (`:x` one segment, `*` anything),
   * a path alone (any method), or a RegExp over `"METHOD /path"`. Omit for every request.
   */
  route?: string | RegExp;
  /** Only GraphQL requests with this operation name. */
  operation?: string;
  /** How many matching requests it affects (default: all, until removed). */
  times?: number;
  /** Answer with this status (500, 502, 503, 403, 404…) and `message`. */
  status?: number;
  message?: string;
  /** `primary`: 403 + x-ratelimit-remaining 0 (GraphQL: 200 + RATE_LIMITED); `secondary`: 403/429 + retry-after. */
  rateLimit?: 'primary' | 'secondary';
  /** Seconds for `retry-after` (secondary) or until `x-ratelimit-reset` (primary). Default 1 / 60. */
  retryAfter?: number;
  /** Status of a secondary rate limit: 403 (default) or 429. */
  secondaryStatus?: 403 | 429;
  /** Delay before answering (combines with the other faults that match). */
  latencyMs?: number;
  /**
   * A 200 that is not what GitHub sends: `html` (a proxy's page, text/html), `garbage-json`
   * (JSON content type, not JSON), `empty` (JSON content type, no body), `null-data`
   * (GraphQL `{"data": null}` without errors).
   */
  answer?: 'html' | 'garbage-json' | 'empty' | 'null-data';
  /**
   * GraphQL: answer every field under this response key (an alias such as `target`) with
   * GitHub's FORBIDDEN error, as for a field the token may not read; the rest of the answer stands.
   */
  forbidField?: string;
  /** Answer `redirect.status` with `Location: redirect.to` + the request's path and query. */
  redirect?: { status: 301 | 302 | 307 | 308; to: string };
}

/** Whether the fault replaces the answer (rather than only delaying it). */
export function answersInstead(fault: Fault): boolean {
  return (
    fault.status !== undefined ||
    fault.rateLimit !== undefined ||
    fault.answer !== undefined ||
    fault.redirect !== undefined
  );
}

export interface FaultHandle {
  readonly fault: Fault;
  /** Requests it has affected so far. */
  hits: number;
  remove(): void;
}

export interface RequestInfo {
  method: string;
  path: string;
  operation?: string;
}

function routeMatcher(route: Fault['route']): (line: string) => boolean {
  if (route === undefined) return () => true;
  if (route instanceof RegExp) return (line) => route.test(line);
  const pattern = route.startsWith('/') ? `* ${route}` : route;
  const source = pattern
    .split(/(\*|:[A-Za-z_]+)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const regex = new RegExp(`^${source}$`, 'i');
  return (line) => regex.test(line);
}

export class Faults {
  private active: { handle: FaultHandle; matches: (line: string) => boolean; left: number }[] = [];

  add(fault: Fault): FaultHandle {
    const handle: FaultHandle = {
      fault,
      hits: 0,
      remove: () => {
        this.active = this.active.filter((a) => a.handle !== handle);
      },
    };
    this.active.push({ handle, matches: routeMatcher(fault.route), left: fault.times ?? Infinity });
    return handle;
  }

  clear(): void {
    this.active = [];
  }

  /** The faults this request triggers (each use counts against `times`). */
  take(req: RequestInfo): Fault[] {
    const line = `${req.method} ${req.path}`;
    const hit = this.active.filter(
      (a) =>
        a.left > 0 &&
        a.matches(line) &&
        (!a.handle.fault.operation || a.handle.fault.operation === req.operation),
    );
    for (const a of hit) {
      a.left -= 1;
      a.handle.hits += 1;
    }
    this.active = this.active.filter((a) => a.left > 0);
    return hit.map((a) => a.handle.fault);
  }
}

export interface LogEntry {
  method: string;
  path: string;
  query: string;
  /** The request target exactly as sent (path and query). */
  url: string;
  /** The request's headers as received (lower-case names). */
  headers: Record<string, string | string[] | undefined>;
  /** The request body as received, unparsed ('' when none). */
  rawBody: string;
  kind: 'rest' | 'graphql';
  /** GraphQL operation name (or `anonymous`). */
  operation?: string;
  status: number;
  /** What was injected, if anything: `status 503`, `rateLimit primary`, `latency 200ms`. */
  fault?: string;
  durationMs: number;
  /** When the request arrived (epoch ms), for timelines. */
  startedAt: number;
  /** Parsed request body (GraphQL: `{ query, variables }`). */
  body?: unknown;
}

export interface Counts {
  total: number;
  rest: number;
  graphql: number;
  /** Requests answered with a status of 400 or more (GraphQL errors inside a 200 are not counted). */
  failed: number;
  /** `"GET /repos/acme/app/deployments"` → number; GraphQL as `"graphql OperationName"`. */
  byRoute: Record<string, number>;
}

export class RequestLog {
  entries: LogEntry[] = [];

  add(entry: LogEntry): void {
    this.entries.push(entry);
  }
  reset(): void {
    this.entries = [];
  }
  rest(): LogEntry[] {
    return this.entries.filter((e) => e.kind === 'rest');
  }
  graphql(): LogEntry[] {
    return this.entries.filter((e) => e.kind === 'graphql');
  }
  /**
   * Sequential rounds: requests whose times overlap (sent together) are one round. Sent
   * together means overlapping only when answers take a while: inject latency to count rounds.
   */
  rounds(): number {
    const spans = this.entries
      .map((e) => [e.startedAt, e.startedAt + e.durationMs] as const)
      .sort((a, b) => a[0] - b[0]);
    let rounds = 0;
    let end = -Infinity;
    for (const [start, stop] of spans) {
      if (start >= end) rounds++;
      end = start >= end ? stop : Math.max(end, stop);
    }
    return rounds;
  }

  counts(): Counts {
    const byRoute: Record<string, number> = {};
    for (const e of this.entries) {
      const key =
        e.kind === 'graphql' ? `graphql ${e.operation ?? 'anonymous'}` : `${e.method} ${e.path}`;
      byRoute[key] = (byRoute[key] ?? 0) + 1;
    }
    return {
      total: this.entries.length,
      rest: this.rest().length,
      graphql: this.graphql().length,
      failed: this.entries.filter((e) => e.status >= 400).length,
      byRoute,
    };
  }
}
