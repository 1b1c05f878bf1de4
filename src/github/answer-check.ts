// An answer must be what GitHub sends (JSON, and for GraphQL `data` or `errors`) before any code
// reads fields of it: a proxy's error page or an empty body is named as such, not as a crash.
import { NetworkError } from './network-fault.js';

export interface Answer {
  url: string;
  status: number;
  headers: Record<string, unknown>;
  data: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof ArrayBuffer);
}

/** What is wrong with the answer, or null when it has the shape its API promises. */
function problemOf(answer: Answer, graphql: boolean): string | null {
  const { data } = answer;
  if (answer.status === 204 || answer.status === 205) return null;
  if (data === '' || data === undefined || data === null) return 'an empty body';
  if (!isObject(data)) {
    const type = String(answer.headers['content-type'] ?? 'no content type');
    return `a body that is not JSON (${type})`;
  }
  if (!graphql) return null;
  const errors = data['errors'];
  if (Array.isArray(errors) && errors.length > 0) return null;
  return isObject(data['data']) ? null : 'a GraphQL answer with neither data nor errors';
}

/** Throws a NetworkError (`malformed`) when the answer cannot be what GitHub sends. */
export function checkAnswer(answer: Answer, request: { method: string; url: string }): void {
  const graphql = request.method === 'POST' && /\/graphql$/.test(new URL(request.url).pathname);
  const problem = problemOf(answer, graphql);
  if (problem === null) return;
  const host = new URL(request.url).host;
  throw new NetworkError(
    `${host} answered HTTP ${answer.status} with ${problem}, which is not an answer GitHub gives`,
    'malformed',
  );
}
