// The deploy request queries are valid against GitHub's published schema.
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEPLOY_REQUESTS_QUERY, REQUEST_COMMENTS_QUERY } from '../../src/github/deploy-requests.js';
import { githubSchema } from '../simulator/graphql.js';

describe('deploy request queries', () => {
  it.each([
    ['the open trust-gate issues query', DEPLOY_REQUESTS_QUERY],
    ['the next page of a request’s comments', REQUEST_COMMENTS_QUERY],
  ])('%s is valid against GitHub’s schema', (_name, document) => {
    expect(validate(githubSchema(), parse(document)).map((e) => e.message)).toEqual([]);
  });
});
