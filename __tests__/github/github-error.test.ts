// explain(): every API failure told as what failed, GitHub's words, and what to grant or fix.
import { GraphqlResponseError } from '@octokit/graphql';
import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { explain, GitHubError, type Need } from '../../src/github/github-error.js';

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

type Issue = { type?: string; message: string; path?: Array<string | number> };

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
