// explain(): every API failure told as what failed, GitHub's words, and what to grant or fix.
import { GraphqlResponseError } from '@octokit/graphql';
import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { explain, GitHubError, type Need } from '../../src/github/github-error.js';
import { NetworkError } from '../../src/github/network-fault.js';

const DOCS = 'https://docs.github.com/rest';

function restError(status: number, message: string, headers: Record<string, string> = {}) {
  return new RequestError(`${message} - ${DOCS}`, status, {
    request: {
      method: 'GET',
      url: 'https://api.github.com/repos/acme/shop/compare/a...b',
      headers: {},
    },
    response: {
      status,
      url: 'https://api.github.com/repos/acme/shop/compare/a...b',
      headers,
      data: { message, documentation_url: DOCS },
    },
  });
}

type Issue = { type?: string; message?: string; path?: Array<string | number> };

function graphqlError(...errors: Issue[]) {
  return new GraphqlResponseError(
    { method: 'POST', url: '/graphql' },
    {},
    { data: { repository: null }, errors: errors as never },
  );
}

const FORBIDDEN = 'Resource not accessible by integration';
const HISTORY = 'read the policy and the deployment history';
const HISTORY_NEEDS: Need[] = ['contents', 'deployments'];

describe('explain', () => {
  it.each([
    [
      'names only the permission of the forbidden field',
      graphqlError({ type: 'FORBIDDEN', message: FORBIDDEN, path: ['repository', 'deployments'] }),
      `Could not ${HISTORY}: ${FORBIDDEN} (at repository.deployments). Add \`deployments: read\` to the job's \`permissions:\` block.`,
    ],
    [
      'reads the `policy` alias as the `object` field, which needs contents',
      graphqlError({ type: 'FORBIDDEN', message: FORBIDDEN, path: ['repository', 'policy'] }),
      `Could not ${HISTORY}: ${FORBIDDEN} (at repository.policy). Add \`contents: read\` to the job's \`permissions:\` block.`,
    ],
    [
      'groups one message over several fields and names each permission once',
      graphqlError(
        { type: 'FORBIDDEN', message: FORBIDDEN, path: ['repository', 'policy'] },
        { type: 'FORBIDDEN', message: FORBIDDEN, path: ['repository', 'deployments'] },
        {
          type: 'FORBIDDEN',
          message: FORBIDDEN,
          path: ['repository', 'deployments', 'nodes', 0, 'commit', 'history'],
        },
      ),
      `Could not ${HISTORY}: ${FORBIDDEN} (at repository.policy, repository.deployments, repository.deployments.nodes[0].commit.history). Add \`contents: read\` and \`deployments: read\` to the job's \`permissions:\` block.`,
    ],
    [
      'falls back to what the caller needs when GitHub gives no path',
      graphqlError({ type: 'FORBIDDEN', message: FORBIDDEN }),
      `Could not ${HISTORY}: ${FORBIDDEN}. Add \`contents: read\` and \`deployments: read\` to the job's \`permissions:\` block.`,
    ],
    [
      'says which repository could not be found and which token can read it',
      graphqlError({
        type: 'NOT_FOUND',
        message: "Could not resolve to a Repository with the name 'acme/nowhere'.",
        path: ['repository'],
      }),
      `Could not ${HISTORY}: Could not resolve to a Repository with the name 'acme/nowhere' (at repository). Check that the repository exists and that the token can read it: a job's GITHUB_TOKEN reads only its own repository, so pass a \`token\` that can read this one.`,
    ],
    [
      'keeps the HTTP status and drops the documentation link of a REST 403',
      restError(403, FORBIDDEN),
      `Could not ${HISTORY} (HTTP 403): ${FORBIDDEN}. Add \`contents: read\` and \`deployments: read\` to the job's \`permissions:\` block.`,
    ],
    [
      'asks to check the token on a 401',
      restError(401, 'Bad credentials'),
      `Could not ${HISTORY} (HTTP 401): Bad credentials. The token was rejected: check the \`token\` input (it may be missing, expired or revoked).`,
    ],
    [
      'asks whether a missing thing exists, and what the token must hold to see it, on a 404',
      restError(404, 'Not Found'),
      `Could not ${HISTORY} (HTTP 404): Not Found. Check that it exists and that the token can read it: add \`contents: read\` and \`deployments: read\` to the job's \`permissions:\` block.`,
    ],
    [
      'tells a primary rate limit from a missing permission',
      restError(403, 'API rate limit exceeded for installation ID 1', {
        'x-ratelimit-remaining': '0',
      }),
      `Could not ${HISTORY} (HTTP 403): API rate limit exceeded for installation ID 1. GitHub's rate limit did not lift in time: re-run the job later, or pass a \`token\` with a rate limit of its own (a GitHub App's).`,
    ],
    [
      'tells a secondary rate limit answered with 429',
      restError(429, 'You have exceeded a secondary rate limit', { 'retry-after': '60' }),
      `Could not ${HISTORY} (HTTP 429): You have exceeded a secondary rate limit. GitHub's rate limit did not lift in time: re-run the job later, or pass a \`token\` with a rate limit of its own (a GitHub App's).`,
    ],
    [
      'tells a GraphQL rate limit plugin-throttling gave up on',
      Object.assign(new Error('GraphQL Rate Limit Exceeded'), {
        response: {
          data: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] },
        },
      }),
      `Could not ${HISTORY}: API rate limit exceeded. GitHub's rate limit did not lift in time: re-run the job later, or pass a \`token\` with a rate limit of its own (a GitHub App's).`,
    ],
    [
      'asks for a re-run when GitHub keeps failing',
      restError(502, 'Server Error'),
      `Could not ${HISTORY} (HTTP 502): Server Error. GitHub kept failing, even after retries: re-run the job (https://www.githubstatus.com shows incidents).`,
    ],
    [
      'tells the run deadline from a server error',
      Object.assign(
        new RequestError('The operation was aborted due to timeout', 500, {
          request: { method: 'POST', url: '/graphql', headers: {} },
        }),
        {
          cause: Object.assign(new Error('The operation was aborted due to timeout'), {
            name: 'TimeoutError',
          }),
        },
      ),
      `Could not ${HISTORY}: The operation was aborted due to timeout. GitHub did not answer before the run's deadline: re-run the job (https://www.githubstatus.com shows incidents).`,
    ],
    [
      'falls back to a re-run for anything else',
      new Error('socket hang up'),
      `Could not ${HISTORY}: socket hang up. Re-run the job; if it persists, check the token and permissions.`,
    ],
  ])('%s', (_name, error, message) => {
    expect(explain(error, HISTORY, HISTORY_NEEDS).message).toBe(message);
  });

  it('sends organization lookups to a token that can read members', () => {
    const error = graphqlError({
      type: 'FORBIDDEN',
      message: FORBIDDEN,
      path: ['org0', 'team', 'members'],
    });
    expect(
      explain(error, 'read the pull requests of the release', ['contents', 'pulls']).message,
    ).toBe(
      `Could not read the pull requests of the release: ${FORBIDDEN} (at org0.team.members). Use a token that can read organization members (the GITHUB_TOKEN cannot; use a GitHub App or a PAT with read:org).`,
    );
  });

  it('reads the commit aliases of the changes query as pull request lookups', () => {
    const error = graphqlError({
      type: 'FORBIDDEN',
      message: FORBIDDEN,
      path: ['repository', 'c12', 'associatedPullRequests'],
    });
    expect(
      explain(error, 'read the pull requests of the release', ['contents', 'pulls']).message,
    ).toContain("Add `pull-requests: read` to the job's `permissions:` block.");
  });

  it('keeps the cause and an HTTP-like status', () => {
    const forbidden = graphqlError({ type: 'FORBIDDEN', message: FORBIDDEN });
    const explained = explain(forbidden, HISTORY, HISTORY_NEEDS);
    expect(explained).toBeInstanceOf(GitHubError);
    expect(explained.cause).toBe(forbidden);
    expect(explained.status).toBe(403);
    expect(explain(restError(502, 'Bad Gateway'), HISTORY, 'contents').status).toBe(502);
    expect(explain(new Error('x'), HISTORY, 'contents').status).toBeNull();
  });

  it('passes an error it already explained through unchanged', () => {
    const explained = explain(restError(403, FORBIDDEN), HISTORY, 'contents');
    expect(explain(explained, 'something else', 'pulls')).toBe(explained);
  });
});

const GRANT = (line: string) => `Add \`${line}\` to the job's \`permissions:\` block.`;
const MEMBERS =
  'a token that can read organization members (the GITHUB_TOKEN cannot; use a GitHub App or a PAT with read:org)';
const HINT = {
  token: 'The token was rejected: check the `token` input (it may be missing, expired or revoked).',
  rateLimit:
    "GitHub's rate limit did not lift in time: re-run the job later, or pass a `token` with a rate limit of its own (a GitHub App's).",
  deadline:
    "GitHub did not answer before the run's deadline: re-run the job (https://www.githubstatus.com shows incidents).",
  unreachable:
    'Check that the runner can reach GITHUB_API_URL (its network, a firewall, or the proxy set in HTTPS_PROXY, HTTP_PROXY and NO_PROXY), then re-run the job.',
  tls: 'Check the certificates between the runner and GitHub (a proxy that intercepts TLS needs its certificate authority in NODE_EXTRA_CA_CERTS), then re-run the job.',
  redirect:
    "Check GITHUB_API_URL and any proxy in between: GitHub's API does not send requests to another host, or redirect them in a loop.",
  malformed:
    "Something other than GitHub's API may have answered (a proxy, or an incident): re-run the job (https://www.githubstatus.com shows incidents).",
  server:
    'GitHub kept failing, even after retries: re-run the job (https://www.githubstatus.com shows incidents).',
  other: 'Re-run the job; if it persists, check the token and permissions.',
};
const SHAPE = "GitHub's answer lacked data Trust Gate needs";

/** An error carrying GraphQL errors the way Octokit keeps them, on `errors`. */
const withIssues = (...errors: Array<Partial<Issue>>) =>
  Object.assign(new Error('Request failed due to following response errors'), { errors });

const named = (name: string, message = 'This operation was aborted') =>
  Object.assign(new Error(message), { name });

describe('explain: what each kind of failure asks of the user', () => {
  it.each([
    [
      'a broken connection asks to check the way to GITHUB_API_URL',
      new NetworkError(
        'could not reach api.github.com: connection refused (ECONNREFUSED)',
        'unreachable',
      ),
      `could not reach api.github.com: connection refused (ECONNREFUSED). ${HINT.unreachable}`,
    ],
    [
      'an attempt that timed out is a way that does not work either',
      new NetworkError('api.github.com did not answer within 30s', 'timeout'),
      `api.github.com did not answer within 30s. ${HINT.unreachable}`,
    ],
    [
      'a failed TLS handshake asks to check the certificates',
      new NetworkError(
        'TLS with api.github.com failed: its certificate has expired (CERT_HAS_EXPIRED)',
        'tls',
      ),
      `TLS with api.github.com failed: its certificate has expired (CERT_HAS_EXPIRED). ${HINT.tls}`,
    ],
    [
      'the run deadline, found by the client, asks for a re-run',
      new NetworkError('the run passed its deadline of 300s', 'deadline'),
      `the run passed its deadline of 300s. ${HINT.deadline}`,
    ],
    [
      'a redirect off the API host asks to check GITHUB_API_URL and the proxy',
      new NetworkError('api.github.com redirected the request to https://evil.example', 'redirect'),
      `api.github.com redirected the request to https://evil.example. ${HINT.redirect}`,
    ],
    [
      'an answer GitHub never gives suspects a proxy',
      new NetworkError(
        'api.github.com answered HTTP 200 with an empty body, which is not an answer GitHub gives',
        'malformed',
      ),
      `api.github.com answered HTTP 200 with an empty body, which is not an answer GitHub gives. ${HINT.malformed}`,
    ],
    [
      'a field missing from an answer is told without the JavaScript words',
      new TypeError("Cannot read properties of undefined (reading 'nodes')"),
      `${SHAPE}. ${HINT.malformed}`,
    ],
    [
      'a body that does not parse is told the same way',
      new SyntaxError('Unexpected token < in JSON at position 0'),
      `${SHAPE}. ${HINT.malformed}`,
    ],
    [
      'an AbortError is the deadline too',
      named('AbortError'),
      `This operation was aborted. ${HINT.deadline}`,
    ],
    [
      'a TimeoutError thrown as it is is the deadline',
      named('TimeoutError', 'The operation was aborted due to timeout'),
      `The operation was aborted due to timeout. ${HINT.deadline}`,
    ],
    [
      'an AbortError as the cause of an HTTP 500 is the deadline, without the status',
      Object.assign(restError(500, 'Internal Server Error'), { cause: named('AbortError') }),
      `Internal Server Error. ${HINT.deadline}`,
    ],
  ])('%s', (_name, error, told) => {
    expect(explain(error, HISTORY, HISTORY_NEEDS).message).toBe(`Could not ${HISTORY}: ${told}`);
  });

  it.each([
    [
      'a 403 whose limit is used up is a rate limit, whatever its words',
      restError(403, 'Forbidden', { 'x-ratelimit-remaining': '0' }),
      ` (HTTP 403): Forbidden. ${HINT.rateLimit}`,
    ],
    [
      'a 403 with limit left and no words of a limit is a missing permission',
      restError(403, FORBIDDEN, { 'x-ratelimit-remaining': '4999' }),
      ` (HTTP 403): ${FORBIDDEN}. ${GRANT('contents: read')}`,
    ],
    [
      'the words of a limit count in any case',
      restError(403, 'API Rate Limit Exceeded for user'),
      ` (HTTP 403): API Rate Limit Exceeded for user. ${HINT.rateLimit}`,
    ],
    [
      'a 403 that came without an answer is judged by its words',
      Object.assign(new Error('secondary rate limit hit'), { status: 403 }),
      ` (HTTP 403): secondary rate limit hit. ${HINT.rateLimit}`,
    ],
    [
      'a 429 whose answer has no headers is judged by its words',
      Object.assign(new Error('You have exceeded a secondary rate limit'), {
        status: 429,
        response: {},
      }),
      ` (HTTP 429): You have exceeded a secondary rate limit. ${HINT.rateLimit}`,
    ],
    [
      'a 404 after the limit ran out is still a 404',
      restError(404, 'Not Found', { 'x-ratelimit-remaining': '0' }),
      " (HTTP 404): Not Found. Check that it exists and that the token can read it: add `contents: read` to the job's `permissions:` block.",
    ],
    [
      'a 500 is GitHub failing',
      restError(500, 'Internal Server Error'),
      ` (HTTP 500): Internal Server Error. ${HINT.server}`,
    ],
    [
      'a TypeError with an HTTP status is not a missing field',
      Object.assign(new TypeError('fetch failed'), { status: 503 }),
      ` (HTTP 503): fetch failed. ${HINT.server}`,
    ],
    [
      'a 422 falls back to a re-run',
      restError(422, 'Validation Failed'),
      ` (HTTP 422): Validation Failed. ${HINT.other}`,
    ],
    [
      'a status that is not a number is no status',
      Object.assign(new Error('Teapot'), { status: '418' }),
      `: Teapot. ${HINT.other}`,
    ],
  ])('%s', (_name, error, told) => {
    const message = explain(error, HISTORY, 'contents').message;
    expect(message).toBe(`Could not ${HISTORY}${told}`);
  });

  it.each([
    ['a string', 'boom', 'boom'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a number', 42, '42'],
    ['an object with errors that are not a list', { errors: 'oops', toString: () => 'odd' }, 'odd'],
  ])('tells %s thrown instead of an Error in its own words', (_name, thrown, words) => {
    const explained = explain(thrown, HISTORY, 'contents');
    expect(explained.message).toBe(`Could not ${HISTORY}: ${words}. ${HINT.other}`);
    expect(explained.status).toBeNull();
    expect(explained.cause).toBe(thrown);
  });

  it.each([
    ['contents', 'contents: read'],
    ['deployments', 'deployments: read'],
    ['pulls', 'pull-requests: read'],
    ['actions', 'actions: read'],
    ['comment', 'pull-requests: write'],
    ['status', 'statuses: write'],
    ['issues', 'issues: write'],
  ] as Array<[Need, string]>)('asks for %s as `%s`', (need, line) => {
    expect(explain(restError(403, FORBIDDEN), 'write', need).message).toBe(
      `Could not write (HTTP 403): ${FORBIDDEN}. ${GRANT(line)}`,
    );
  });

  it('asks for members as a token that can read them, after the permissions', () => {
    expect(explain(restError(403, FORBIDDEN), 'read the team', ['pulls', 'members']).message).toBe(
      `Could not read the team (HTTP 403): ${FORBIDDEN}. Add \`pull-requests: read\` to the job's \`permissions:\` block, and use ${MEMBERS}.`,
    );
    expect(explain(restError(404, 'Not Found'), 'read the team', 'members').message).toBe(
      `Could not read the team (HTTP 404): Not Found. Check that it exists and that the token can read it: use ${MEMBERS}.`,
    );
  });
});

describe('explain: which field GitHub refused', () => {
  it.each([
    ['deployments', 'deployments: read'],
    ['environments', 'deployments: read'],
    ['object', 'contents: read'],
    ['policy', 'contents: read'],
    ['c0', 'contents: read'],
    ['c12', 'contents: read'],
    ['ref', 'contents: read'],
    ['history', 'contents: read'],
    ['pullRequest', 'pull-requests: read'],
    ['associatedPullRequests', 'pull-requests: read'],
    ['organization', MEMBERS],
    ['org0', MEMBERS],
    ['org15', MEMBERS],
    ['team', MEMBERS],
    ['members', MEMBERS],
    // Not aliases: the caller's guess stands.
    ['xc1', 'statuses: write'],
    ['c1x', 'statuses: write'],
    ['cx', 'statuses: write'],
    ['xorg1', 'statuses: write'],
    ['org1x', 'statuses: write'],
    ['viewer', 'statuses: write'],
  ])('reads a refused `%s` as a need for %s', (field, need) => {
    const error = graphqlError({ type: 'FORBIDDEN', message: FORBIDDEN, path: [field] });
    const message = explain(error, 'read', 'status').message;
    const hint = need === MEMBERS ? `Use ${MEMBERS}.` : GRANT(need);
    expect(message).toBe(`Could not read: ${FORBIDDEN} (at ${field}). ${hint}`);
  });

  it('names the innermost field that needs a permission', () => {
    const path = ['repository', 'pullRequest', 'commits', 'nodes', 3, 'commit', 'history'];
    const error = graphqlError({ type: 'FORBIDDEN', message: FORBIDDEN, path });
    expect(explain(error, 'read', 'status').message).toBe(
      `Could not read: ${FORBIDDEN} (at repository.pullRequest.commits.nodes[3].commit.history). ${GRANT('contents: read')}`,
    );
  });

  it('looks past inner fields that need nothing to the one that does', () => {
    const path = ['repository', 'deployments', 'nodes', 0, 'creator', 'login'];
    const error = graphqlError({ type: 'FORBIDDEN', message: FORBIDDEN, path });
    expect(explain(error, 'read', 'status').message).toBe(
      `Could not read: ${FORBIDDEN} (at repository.deployments.nodes[0].creator.login). ${GRANT('deployments: read')}`,
    );
  });

  it('reads the FORBIDDEN type as forbidden whatever the words', () => {
    const words =
      'Although you appear to have the correct authorization credentials, access was restricted';
    const error = withIssues({ type: 'FORBIDDEN', message: words, path: ['org0'] });
    const explained = explain(error, 'read', 'status');
    expect(explained.message).toBe(`Could not read: ${words} (at org0). Use ${MEMBERS}.`);
    expect(explained.status).toBe(403);
  });

  it('reads a message saying "not accessible", in any case, as forbidden', () => {
    const error = withIssues({
      message: 'Resource Not Accessible by integration',
      path: ['repository', 'deployments'],
    });
    const explained = explain(error, 'read', 'status');
    expect(explained.message).toBe(
      `Could not read: Resource Not Accessible by integration (at repository.deployments). ${GRANT('deployments: read')}`,
    );
    expect(explained.status).toBe(403);
  });

  it('names only the fields GitHub refused, not the ones it could not find', () => {
    const error = withIssues(
      {
        type: 'NOT_FOUND',
        message: 'Could not resolve to a PullRequest',
        path: ['repository', 'pullRequest'],
      },
      { type: 'FORBIDDEN', message: FORBIDDEN, path: ['repository', 'deployments'] },
    );
    expect(explain(error, 'read', 'status').message).toBe(
      `Could not read: Could not resolve to a PullRequest (at repository.pullRequest); ${FORBIDDEN} (at repository.deployments). ${GRANT('deployments: read')}`,
    );
  });

  it('adds a token for organization members to the permissions the other fields need', () => {
    const error = withIssues(
      { type: 'FORBIDDEN', message: FORBIDDEN, path: ['repository', 'deployments'] },
      { type: 'FORBIDDEN', message: FORBIDDEN, path: ['org0'] },
    );
    expect(explain(error, 'read', 'status').message).toBe(
      `Could not read: ${FORBIDDEN} (at repository.deployments, org0). Add \`deployments: read\` to the job's \`permissions:\` block, and use ${MEMBERS}.`,
    );
  });

  it('falls back to the caller’s needs when the refused field needs nothing named', () => {
    const error = graphqlError({
      type: 'FORBIDDEN',
      message: FORBIDDEN,
      path: ['viewer', 'login'],
    });
    expect(explain(error, 'read', ['pulls', 'actions']).message).toBe(
      `Could not read: ${FORBIDDEN} (at viewer.login). Add \`pull-requests: read\` and \`actions: read\` to the job's \`permissions:\` block.`,
    );
  });

  it('says the repository is missing when it is among the things GitHub could not find', () => {
    const error = withIssues(
      { type: 'NOT_FOUND', message: 'Could not resolve to a Ref', path: ['repository', 'ref'] },
      { type: 'NOT_FOUND', message: 'Could not resolve to a Repository', path: ['repository'] },
    );
    expect(explain(error, 'read', 'contents').message).toBe(
      "Could not read: Could not resolve to a Ref (at repository.ref); Could not resolve to a Repository (at repository). Check that the repository exists and that the token can read it: a job's GITHUB_TOKEN reads only its own repository, so pass a `token` that can read this one.",
    );
  });

  it('reads a GraphQL NOT_FOUND below the repository as a missing thing, with the caller’s needs', () => {
    const error = withIssues({
      type: 'NOT_FOUND',
      message: 'Could not resolve to a PullRequest with the number of 7.',
      path: ['repository', 'pullRequest'],
    });
    const explained = explain(error, 'read pull request #7', 'pulls');
    expect(explained.message).toBe(
      "Could not read pull request #7: Could not resolve to a PullRequest with the number of 7 (at repository.pullRequest). Check that it exists and that the token can read it: add `pull-requests: read` to the job's `permissions:` block.",
    );
    expect(explained.status).toBe(404);
  });
});

describe('explain: GitHub’s words', () => {
  it.each([
    ['drops a trailing full stop', 'Something went wrong.', 'Something went wrong'],
    [
      'keeps a documentation link that is not at the end',
      'See - https://docs.github.com/rest for details',
      'See - https://docs.github.com/rest for details',
    ],
    [
      'drops a documentation link at the end',
      'Blocked - https://docs.github.com/rest/overview#x',
      'Blocked',
    ],
  ])('%s', (_name, words, told) => {
    expect(explain(new Error(words), 'read', 'contents').message).toBe(
      `Could not read: ${told}. ${HINT.other}`,
    );
  });

  it.each([
    [
      'the type when there is no message',
      [{ type: 'INTERNAL', path: ['repository'] }],
      'INTERNAL (at repository)',
    ],
    ['"GraphQL error" when there is neither', [{}], 'GraphQL error'],
    [
      'the full stops inside a message',
      [{ message: "No ref named 'v1.2'.", path: ['repository', 'ref'] }],
      "No ref named 'v1.2' (at repository.ref)",
    ],
    [
      'no place for an empty path',
      [{ message: 'Something went wrong.', path: [] }],
      'Something went wrong',
    ],
    [
      'a path that starts with an index',
      [{ message: 'Oops', path: [0, 'node'] }],
      'Oops (at [0].node)',
    ],
    [
      'each message once, in order, with their places',
      [{ message: 'A', path: ['x'] }, { message: 'B' }, { message: 'A.', path: ['y'] }],
      'A (at x, y); B',
    ],
  ])('tells %s', (_name, issues, told) => {
    expect(explain(withIssues(...(issues as Issue[])), 'read', 'contents').message).toBe(
      `Could not read: ${told}. ${HINT.other}`,
    );
  });

  it('keeps the status that fits each kind, and the name GitHubError', () => {
    const statusOf = (error: unknown) => explain(error, 'read', 'contents').status;
    expect(statusOf(withIssues({ type: 'NOT_FOUND', message: 'x', path: ['repository'] }))).toBe(
      404,
    );
    expect(statusOf(withIssues({ type: 'RATE_LIMITED', message: 'x' }))).toBeNull();
    expect(statusOf(new NetworkError('x', 'unreachable'))).toBeNull();
    expect(statusOf(new TypeError('x'))).toBeNull();
    expect(statusOf(restError(401, 'Bad credentials'))).toBe(401);
    expect(explain(new Error('x'), 'read', 'contents').name).toBe('GitHubError');
  });
});
