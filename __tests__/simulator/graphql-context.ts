// Shared GraphQL resolver context and GitHub's typed errors (FORBIDDEN, NOT_FOUND).
import { GraphQLError } from 'graphql';
import { tokenHas } from './access.js';
import type { World } from './world.js';
import type { Permission } from './world-types.js';

/** A GraphQL object: plain fields, or functions `(args, info)` the field resolver calls. */
export type Gql = Record<string, unknown> & { __typename: string };

export interface GqlContext {
  world: World;
  /** GraphQL requests made so far (for rateLimit). */
  graphqlRequests: number;
  /** Response keys answered FORBIDDEN (the `forbidField` fault). */
  forbidden?: ReadonlySet<string>;
}

/** An error whose GitHub `type` ends up at the top level of the error object. */
export function typedError(
  type: 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED',
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** Throws GitHub's FORBIDDEN error when the token lacks `permission`. */
export function guard(ctx: GqlContext, permission: Permission): void {
  if (!tokenHas(ctx.world, permission)) {
    throw typedError('FORBIDDEN', 'Resource not accessible by integration');
  }
}

/** GraphQL spells bot logins without the `[bot]` suffix REST uses. */
export function graphqlLogin(login: string): string {
  return login.replace(/\[bot\]$/, '');
}
