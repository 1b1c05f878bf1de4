// checkAnswer(): an answer that is not what GitHub sends (empty, not JSON, GraphQL with nothing) is named, not read.
import { describe, expect, it } from 'vitest';
import { checkAnswer, type Answer } from '../../src/github/answer-check.js';
import { NetworkError } from '../../src/github/network-fault.js';

const REST = { method: 'GET', url: 'https://api.github.com/repos/acme/app/deployments' };
const GRAPHQL = { method: 'POST', url: 'https://api.github.com/graphql' };

function answer(data: unknown, more: Partial<Answer> = {}): Answer {
  return {
    url: '',
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    data,
    ...more,
  };
}

/** The error checkAnswer throws, or null when it lets the answer through. */
function problem(a: Answer, request: { method: string; url: string }): NetworkError | null {
  try {
    checkAnswer(a, request);
    return null;
  } catch (error) {
    return error as NetworkError;
  }
}

const told = (what: string, status = 200, host = 'api.github.com') =>
  `${host} answered HTTP ${status} with ${what}, which is not an answer GitHub gives`;

describe('checkAnswer', () => {
  it.each([
    ['a JSON object', answer({ id: 1 }), REST],
    ['a JSON list', answer([]), REST],
    ['a 204 without a body', answer('', { status: 204 }), REST],
    ['a 205 without a body', answer(undefined, { status: 205 }), REST],
    ['GraphQL data', answer({ data: { repository: null } }), GRAPHQL],
    ['GraphQL errors without data', answer({ data: null, errors: [{ message: 'x' }] }), GRAPHQL],
    [
      'GraphQL errors with no data key at all',
      answer({ errors: [{ type: 'FORBIDDEN' }] }),
      GRAPHQL,
    ],
    ['a REST answer without `data`', answer({ message: 'ok' }), REST],
    [
      'a REST POST without `data`',
      answer({ id: 2 }),
      { method: 'POST', url: 'https://api.github.com/repos/acme/app/issues' },
    ],
    [
      'a GET of /graphql, which is not a query',
      answer({ data: null }),
      { method: 'GET', url: GRAPHQL.url },
    ],
    [
      'a POST to a path that only ends like graphql',
      answer({ data: null }),
      { method: 'POST', url: 'https://api.github.com/repos/acme/notgraphql' },
    ],
    [
      'a POST to a path below graphql',
      answer({ data: null }),
      { method: 'POST', url: 'https://api.github.com/graphql/extra' },
    ],
  ])('lets %s through', (_name, a, request) => {
    expect(problem(a, request)).toBeNull();
  });

  it.each([
    ['an empty text', answer(''), REST, told('an empty body')],
    ['no body at all', answer(undefined), REST, told('an empty body')],
    ['null', answer(null), GRAPHQL, told('an empty body')],
    ['an empty 201', answer('', { status: 201 }), REST, told('an empty body', 201)],
    [
      "a proxy's page",
      answer('<html>Access denied</html>', { headers: { 'content-type': 'text/html' } }),
      REST,
      told('a body that is not JSON (text/html)'),
    ],
    [
      'text without a content type',
      answer('OK', { headers: {} }),
      REST,
      told('a body that is not JSON (no content type)'),
    ],
    [
      'bytes',
      answer(new ArrayBuffer(4), { headers: { 'content-type': 'application/octet-stream' } }),
      REST,
      told('a body that is not JSON (application/octet-stream)'),
    ],
    [
      'a GraphQL answer with null data',
      answer({ data: null }),
      GRAPHQL,
      told('a GraphQL answer with neither data nor errors'),
    ],
    [
      'a GraphQL answer with an empty list of errors',
      answer({ data: null, errors: [] }),
      GRAPHQL,
      told('a GraphQL answer with neither data nor errors'),
    ],
    [
      'a GraphQL answer whose errors are not a list',
      answer({ errors: { message: 'x' } }),
      GRAPHQL,
      told('a GraphQL answer with neither data nor errors'),
    ],
    [
      'a GraphQL answer whose data is text',
      answer({ data: 'ok' }),
      GRAPHQL,
      told('a GraphQL answer with neither data nor errors'),
    ],
    [
      "a GitHub Enterprise Server's /api/graphql with neither",
      answer({}),
      { method: 'POST', url: 'https://ghe.example.com:8443/api/graphql' },
      told('a GraphQL answer with neither data nor errors', 200, 'ghe.example.com:8443'),
    ],
  ])('names %s', (_name, a, request, message) => {
    const error = problem(a, request);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error?.kind).toBe('malformed');
    expect(error?.message).toBe(message);
  });
});
