// Failures below HTTP (no connection, DNS, TLS, timeouts, a redirect off the API host) and
// answers that are not what GitHub sends, each named in words a user can act on.

export type NetworkKind = 'unreachable' | 'tls' | 'timeout' | 'deadline' | 'redirect' | 'malformed';

/** A request that never got a usable HTTP answer. Not an HTTP status: nothing to retry by code. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    message: string,
    readonly kind: NetworkKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CODE_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  UND_ERR_SOCKET: 'connection closed by the other side',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'host name lookup failed (DNS, temporary)',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
  UND_ERR_BODY_TIMEOUT: 'the answer stopped arriving',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** Codes of failures that happen before a request reaches GitHub: safe to repeat for any method. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
/** Codes worth a quick second try (a reset or a refused connection can be a blip). */
const TRANSIENT = new Set([...NEVER_SENT, 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ETIMEDOUT']);

const TLS_WORDS: Record<string, string> = {
  ERR_SSL_WRONG_VERSION_NUMBER: 'the other side does not speak TLS',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate names another host',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate is not trusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate is not trusted',
};

function isTls(code: string): boolean {
  return /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/.test(code);
}

/** The innermost error code (undici wraps the socket's error in `fetch failed`). */
export function errorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof e.code === 'string' && e.code !== 'UND_ERR' && !e.code.startsWith('ABORT'))
      return e.code;
    current = e.cause ?? e.errors?.[0];
  }
  return null;
}

/** The innermost message, for failures with no known code (a proxy's CONNECT refusal…). */
function innermostMessage(error: unknown): string {
  let current: unknown = error;
  let message = String(error);
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as { message?: unknown; cause?: unknown };
    if (typeof e.message === 'string' && e.message && e.message !== 'fetch failed')
      message = e.message;
    current = e.cause;
  }
  return message;
}

export interface Attempt {
  url: string;
  method: string;
}

export function isTransient(error: unknown, attempt: Attempt): boolean {
  const code = errorCode(error);
  if (!code || !TRANSIENT.has(code)) return false;
  return NEVER_SENT.has(code) || isRead(attempt);
}

/** GETs and GraphQL queries (Trust Gate sends no mutations) may be repeated. */
export function isRead(attempt: Attempt): boolean {
  return attempt.method === 'GET' || new URL(attempt.url).pathname.endsWith('/graphql');
}

/** `could not reach api.github.com: connection refused (ECONNREFUSED)`. */
export function unreachable(error: unknown, url: string): NetworkError {
  const host = new URL(url).host;
  const code = errorCode(error);
  if (code && isTls(code))
    return new NetworkError(
      `TLS with ${host} failed: ${TLS_WORDS[code] ?? 'the handshake failed'} (${code})`,
      'tls',
      { cause: error },
    );
  const words = code ? CODE_WORDS[code] : undefined;
  const what = words
    ? `${words} (${code})`
    : code
      ? `${innermostMessage(error)} (${code})`
      : innermostMessage(error);
  return new NetworkError(`could not reach ${host}: ${what}`, 'unreachable', { cause: error });
}

export function timedOut(url: string, seconds: number): NetworkError {
  return new NetworkError(
    `${new URL(url).host} did not answer within ${seconds} s (timed out)`,
    'timeout',
  );
}

export function deadlinePassed(seconds: number): NetworkError {
  return new NetworkError(`the run's deadline of ${seconds} s passed`, 'deadline');
}
