// Network faults named in words a user can act on: every error code the client knows, the cause
// chains undici wraps them in, and which failed requests may be sent again.
import { describe, expect, it } from 'vitest';
import {
  deadlinePassed,
  errorCode,
  isRead,
  isTransient,
  timedOut,
  unreachable,
} from '../../src/github/network-fault.js';

const API = 'https://api.github.com/repos/acme/shop/compare/a...b';
const GRAPHQL = 'https://api.github.com/graphql';

/** An error with a code, as Node's sockets raise them. */
const coded = (code: string, message = `${code} happened`) =>
  Object.assign(new Error(message), { code });

/** undici's shape: `TypeError: fetch failed` with the socket's error as its cause. */
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });

describe('unreachable', () => {
  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'connection reset'],
    ['EPIPE', 'connection reset'],
    ['UND_ERR_SOCKET', 'connection closed by the other side'],
    ['ENOTFOUND', 'host name not found (DNS)'],
    ['EAI_AGAIN', 'host name lookup failed (DNS, temporary)'],
    ['ETIMEDOUT', 'connection timed out'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connection timed out'],
    ['UND_ERR_HEADERS_TIMEOUT', 'no answer in time'],
    ['UND_ERR_BODY_TIMEOUT', 'the answer stopped arriving'],
    ['EHOSTUNREACH', 'host unreachable'],
    ['ENETUNREACH', 'network unreachable'],
  ])('names %s as "%s"', (code, words) => {
    const error = unreachable(fetchFailed(coded(code)), API);
    expect(error.message).toBe(`could not reach api.github.com: ${words} (${code})`);
    expect(error.kind).toBe('unreachable');
    expect(error.name).toBe('NetworkError');
  });

  it.each([
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'the other side does not speak TLS'],
    ['CERT_HAS_EXPIRED', 'its certificate has expired'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'its certificate names another host'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'its certificate is not trusted'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'its certificate is not trusted'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'its certificate is not trusted'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'its certificate is not trusted'],
    ['CERT_NOT_YET_VALID', 'the handshake failed'],
    ['ERR_TLS_HANDSHAKE_TIMEOUT', 'the handshake failed'],
  ])('names the TLS failure %s as "%s"', (code, words) => {
    const error = unreachable(fetchFailed(coded(code)), API);
    expect(error.message).toBe(`TLS with api.github.com failed: ${words} (${code})`);
    expect(error.kind).toBe('tls');
  });

  it('keeps the original error as the cause', () => {
    const original = fetchFailed(coded('ECONNREFUSED'));
    expect(unreachable(original, API).cause).toBe(original);
    expect(unreachable(fetchFailed(coded('CERT_HAS_EXPIRED')), API).cause).toBeDefined();
  });

  it('quotes the innermost message, with its code, for a code it has no words for', () => {
    const error = unreachable(fetchFailed(coded('EWEIRD', 'the socket sneezed')), API);
    expect(error.message).toBe('could not reach api.github.com: the socket sneezed (EWEIRD)');
    // Only a code that starts like a TLS code is one.
    expect(unreachable(coded('EBADCERT_X', 'odd'), API).message).toBe(
      'could not reach api.github.com: odd (EBADCERT_X)',
    );
  });

  it('quotes the innermost message, past "fetch failed" and empty ones, when there is no code', () => {
    const proxy = new Error('Proxy response (403) !== 200 when HTTP Tunneling');
    const wrapped = fetchFailed(Object.assign(new Error(''), { cause: proxy }));
    expect(unreachable(wrapped, 'http://127.0.0.1:9/graphql').message).toBe(
      'could not reach 127.0.0.1:9: Proxy response (403) !== 200 when HTTP Tunneling',
    );
    expect(unreachable(fetchFailed(undefined), API).message).toBe(
      'could not reach api.github.com: TypeError: fetch failed',
    );
    expect(unreachable('a string thrown', API).message).toBe(
      'could not reach api.github.com: a string thrown',
    );
  });

  it('reads messages six levels deep, and no deeper, skipping ones that are not text', () => {
    const nest = (levels: number) => {
      let error: unknown = new Error('the innermost');
      for (let i = 0; i < levels; i++)
        error = Object.assign(new Error('', { cause: error }), { message: i === 0 ? 7 : '' });
      return Object.assign(new Error('outer', { cause: error }), {});
    };
    expect(unreachable(nest(4), API).message).toBe('could not reach api.github.com: the innermost');
    expect(unreachable(nest(5), API).message).toBe('could not reach api.github.com: outer');
  });
});

describe('errorCode', () => {
  it('reads the innermost code through causes and aggregated errors', () => {
    expect(errorCode(fetchFailed(coded('ECONNRESET')))).toBe('ECONNRESET');
    const aggregate = Object.assign(new AggregateError([coded('ECONNREFUSED')]), {});
    expect(errorCode(fetchFailed(aggregate))).toBe('ECONNREFUSED');
  });

  it("skips undici's generic UND_ERR and abort codes for the code beneath them", () => {
    expect(errorCode(Object.assign(coded('UND_ERR'), { cause: coded('EPIPE') }))).toBe('EPIPE');
    expect(errorCode(Object.assign(coded('ABORT_ERR'), { cause: coded('ETIMEDOUT') }))).toBe(
      'ETIMEDOUT',
    );
    expect(errorCode(coded('ABORT_ERR'))).toBeNull();
  });

  it('ignores a code that is not a string', () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 42 }))).toBeNull();
  });

  it('reads six levels deep, and no deeper', () => {
    const nest = (levels: number) => {
      let error: unknown = coded('ECONNRESET');
      for (let i = 0; i < levels; i++) error = new Error(`level ${i}`, { cause: error });
      return error;
    };
    expect(errorCode(nest(5))).toBe('ECONNRESET');
    expect(errorCode(nest(6))).toBeNull();
  });

  it('has no code for nothing at all', () => {
    expect(errorCode(undefined)).toBeNull();
    expect(errorCode(null)).toBeNull();
  });
});

describe('isTransient', () => {
  const get = { url: API, method: 'GET' };
  const query = { url: GRAPHQL, method: 'POST' };
  const write = { url: 'https://api.github.com/repos/acme/shop/statuses/abc', method: 'POST' };

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])(
    'repeats %s for any request: it never reached GitHub',
    (code) => {
      for (const attempt of [get, query, write])
        expect(isTransient(fetchFailed(coded(code)), attempt)).toBe(true);
    },
  );

  it.each(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ETIMEDOUT'])(
    'repeats %s for reads only: a write may have landed',
    (code) => {
      expect(isTransient(fetchFailed(coded(code)), get)).toBe(true);
      expect(isTransient(fetchFailed(coded(code)), query)).toBe(true);
      expect(isTransient(fetchFailed(coded(code)), write)).toBe(false);
    },
  );

  it.each(['EHOSTUNREACH', 'UND_ERR_HEADERS_TIMEOUT', 'CERT_HAS_EXPIRED'])(
    'does not repeat %s',
    (code) => {
      expect(isTransient(fetchFailed(coded(code)), get)).toBe(false);
    },
  );

  it('does not repeat a failure without a code', () => {
    expect(isTransient(new Error('odd'), get)).toBe(false);
  });
});

describe('isRead', () => {
  it('counts GETs and GraphQL queries as reads, other methods on REST as writes', () => {
    expect(isRead({ url: API, method: 'GET' })).toBe(true);
    expect(isRead({ url: GRAPHQL, method: 'POST' })).toBe(true);
    expect(isRead({ url: 'https://ghe.example/api/graphql', method: 'POST' })).toBe(true);
    expect(isRead({ url: `${API}?x=/graphql`, method: 'POST' })).toBe(false);
    expect(isRead({ url: API, method: 'PATCH' })).toBe(false);
  });
});

describe('timeouts and the deadline', () => {
  it('names the host and the seconds waited', () => {
    const error = timedOut(API, 30);
    expect(error.message).toBe('api.github.com did not answer within 30 s (timed out)');
    expect(error.kind).toBe('timeout');
  });

  it("names the run's deadline", () => {
    const error = deadlinePassed(300);
    expect(error.message).toBe("the run's deadline of 300 s passed");
    expect(error.kind).toBe('deadline');
  });
});
