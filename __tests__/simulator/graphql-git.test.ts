import { describe, expect, it } from 'vitest';
import { createWorld, type World } from './index.js';
import { serve } from './test-client.js';

async function graphql(world: World) {
  const { gh } = await serve(world);
  return <T>(query: string, variables: Record<string, unknown> = {}) =>
    gh.graphql<T>(query, variables);
}

describe('GraphQL: git objects', () => {
  it('reads blobs by expression and commits by oid', async () => {
    const world = createWorld().file('.github/trust-gate.yml', 'version: 1\n');
    const query = await graphql(world);
    const data = await query<{ repository: Record<string, Record<string, unknown> | null> }>(`{
      repository(owner: "acme", name: "app") {
        defaultBranchRef { name target { oid } }
        head: object(expression: "HEAD:.github/trust-gate.yml") { __typename ... on Blob { text isBinary byteSize } }
        main: object(expression: "main:.github/trust-gate.yml") { ... on Blob { text } }
        missing: object(expression: "main:nope.yml") { id }
        commit: object(oid: "${world.resolve('main')}") { __typename ... on Commit { message } }
      }
    }`);
    expect(data.repository).toEqual({
      defaultBranchRef: { name: 'main', target: { oid: world.resolve('main') } },
      head: { __typename: 'Blob', text: 'version: 1\n', isBinary: false, byteSize: 11 },
      main: { text: 'version: 1\n' },
      missing: null,
      commit: { __typename: 'Commit', message: 'Initial commit' },
    });
  });

  it('resolves refs by short or qualified name and compares them', async () => {
    const world = createWorld().branch('release/1.0').tag('v1');
    world.commit({ message: 'next', files: { 'a.txt': '1' } });
    const query = await graphql(world);
    type Ref = {
      name: string;
      prefix: string;
      compare: {
        status: string;
        aheadBy: number;
        behindBy: number;
        commits: { nodes: { message: string }[] };
      };
    };
    const data = await query<{ repository: { tag: Ref; branch: Ref } }>(`{
      repository(owner: "acme", name: "app") {
        tag: ref(qualifiedName: "refs/tags/v1") { name prefix compare(headRef: "main") { status aheadBy behindBy commits(first: 5) { nodes { message } } } }
        branch: ref(qualifiedName: "main") { name prefix compare(headRef: "release/1.0") { status aheadBy behindBy commits(first: 5) { nodes { message } } } }
      }
    }`);
    expect(data.repository.tag).toEqual({
      name: 'v1',
      prefix: 'refs/tags/',
      compare: {
        status: 'AHEAD',
        aheadBy: 1,
        behindBy: 0,
        commits: { nodes: [{ message: 'next' }] },
      },
    });
    expect(data.repository.branch.compare).toMatchObject({
      status: 'BEHIND',
      aheadBy: 0,
      behindBy: 1,
    });
  });

  it('counts commit history and lists parents and authors', async () => {
    const world = createWorld();
    world.commit({ message: 'a', author: 'alice', coAuthors: ['bob'] });
    const query = await graphql(world);
    const data = await query<{ repository: { object: Record<string, unknown> } }>(`{
      repository(owner: "acme", name: "app") {
        object(expression: "main") { ... on Commit {
          history { totalCount }
          parents(first: 2) { totalCount }
          authors(first: 5) { nodes { name user { login } } }
          committer { user { login } }
        } }
      }
    }`);
    expect(data.repository.object).toEqual({
      history: { totalCount: 2 },
      parents: { totalCount: 1 },
      authors: {
        nodes: [
          { name: 'alice', user: { login: 'alice' } },
          { name: 'bob', user: { login: 'bob' } },
        ],
      },
      committer: { user: { login: 'alice' } },
    });
  });
});
