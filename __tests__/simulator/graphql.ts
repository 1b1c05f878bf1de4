// POST /graphql: validate against GitHub's published schema, then execute over the world.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  buildASTSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { typedError, graphqlLogin, type Gql, type GqlContext } from './graphql-context.js';
import { deploymentById, organizationNode } from './graphql-deploys.js';
import { actorNode, repositoryNode } from './graphql-nodes.js';

let cached: GraphQLSchema | undefined;

function schemaPath(): string {
  const require = createRequire(import.meta.url);
  const dirs = require.resolve.paths('@octokit/graphql-schema') ?? [];
  const found = dirs.map((d) => join(d, '@octokit/graphql-schema/schema.graphql')).find(existsSync);
  if (!found) throw new Error('@octokit/graphql-schema is not installed');
  return found;
}

/**
 * GitHub's schema, built once per process (~0.3 s). It defines two Enterprise fields twice,
 * which graphql-js's SDL validation rejects, hence `assumeValidSDL`.
 */
export function githubSchema(): GraphQLSchema {
  cached ??= buildASTSchema(parse(readFileSync(schemaPath(), 'utf8'), { noLocation: true }), {
    assumeValidSDL: true,
  });
  return cached;
}

/** Plain values as they are; functions get `(args, info)`; anything unsupported is null. */
const fieldResolver: GraphQLFieldResolver<unknown, GqlContext> = (source, args, ctx, info) => {
  if (ctx.forbidden?.has(String(info.path.key)))
    throw typedError('FORBIDDEN', 'Resource not accessible by integration');
  if (source === null || typeof source !== 'object') return null;
  const value = (source as Record<string, unknown>)[info.fieldName];
  if (typeof value === 'function')
    return (value as (a: unknown, i: unknown) => unknown)(args, info);
  return value === undefined ? null : value;
};

const typeResolver: GraphQLTypeResolver<unknown, GqlContext> = (value) =>
  (value as { __typename?: string }).__typename;

function rootValue(ctx: GqlContext): Gql {
  const { world } = ctx;
  return {
    __typename: 'Query',
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const same =
        owner.toLowerCase() === world.owner.toLowerCase() &&
        name.toLowerCase() === world.name.toLowerCase();
      if (!same)
        throw typedError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      return repositoryNode(ctx);
    },
    organization: ({ login }: { login: string }) => {
      if (!world.orgs.has(login.toLowerCase())) {
        throw typedError(
          'NOT_FOUND',
          `Could not resolve to an Organization with the login of '${login}'.`,
        );
      }
      return organizationNode(ctx, login);
    },
    user: ({ login }: { login: string }) => {
      const user = world.findUser(login);
      if (!user || user.type !== 'User')
        throw typedError('NOT_FOUND', `Could not resolve to a User with the login of '${login}'.`);
      return actorNode(ctx, user.login);
    },
    viewer: () => ({
      ...actorNode(ctx, world.token.viewer),
      __typename: 'User',
      login: graphqlLogin(world.token.viewer),
    }),
    rateLimit: () => ({
      cost: 1,
      limit: 5000,
      nodeCount: 1,
      used: ctx.graphqlRequests,
      remaining: Math.max(0, 5000 - ctx.graphqlRequests),
      resetAt: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
    }),
    node: ({ id }: { id: string }) => deploymentById(ctx, id),
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => deploymentById(ctx, id)),
  };
}

export interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** GitHub puts an error's `type` (FORBIDDEN, NOT_FOUND…) at the top level. */
function formatError(error: GraphQLError): Record<string, unknown> {
  const { extensions, ...rest } = error.toJSON();
  const type = extensions?.type;
  const others = Object.fromEntries(Object.entries(extensions ?? {}).filter(([k]) => k !== 'type'));
  return {
    ...(type ? { type } : {}),
    ...rest,
    ...(Object.keys(others).length > 0 ? { extensions: others } : {}),
  };
}

/** The operation's name, for the request log (undefined if the query does not parse). */
export function operationName(body: GraphqlBody): string | undefined {
  if (typeof body.operationName === 'string') return body.operationName;
  try {
    const document = parse(String(body.query ?? ''));
    const op = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return op && 'name' in op ? (op.name?.value ?? 'anonymous') : undefined;
  } catch {
    return undefined;
  }
}

/** Parsed and validated documents by query text: an action sends the same few queries each run. */
const checked = new Map<string, DocumentNode | Record<string, unknown>[]>();

function check(query: string): DocumentNode | Record<string, unknown>[] {
  let result = checked.get(query);
  if (result) return result;
  try {
    const document = parse(query);
    const invalid = validate(githubSchema(), document);
    result = invalid.length > 0 ? invalid.map(formatError) : document;
  } catch (error) {
    result = [formatError(error as GraphQLError)];
  }
  checked.set(query, result);
  return result;
}

/** Answers like GitHub: HTTP 200, `{ data }` and/or `{ errors }`. */
export function runGraphql(ctx: GqlContext, body: GraphqlBody): Record<string, unknown> {
  if (typeof body.query !== 'string') {
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  }
  const document = check(body.query);
  if (Array.isArray(document)) return { errors: document };
  const schema = githubSchema();
  const result = execute({
    schema,
    document,
    rootValue: rootValue(ctx),
    contextValue: ctx,
    variableValues: (body.variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    fieldResolver,
    typeResolver,
  });
  if ('then' in result) throw new Error('resolvers are synchronous');
  const out: Record<string, unknown> = result.data === undefined ? {} : { data: result.data };
  if (result.errors?.length) out.errors = result.errors.map(formatError);
  return out;
}
