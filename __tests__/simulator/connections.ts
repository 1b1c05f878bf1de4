// GitHub-style GraphQL connections: first/after/last/before, nodes, edges, pageInfo, totalCount.
import { GraphQLError, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  __typename?: string;
  nodes: T[];
  edges: { node: T; cursor: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function cursorOf(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function indexOf(cursor: string | null | undefined): number | undefined {
  if (!cursor) return undefined;
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new GraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(match[1]);
}

function selects(info: GraphQLResolveInfo, names: string[], set?: SelectionSetNode): boolean {
  const sets = set
    ? [set]
    : info.fieldNodes.map((n) => n.selectionSet).filter((s) => s !== undefined);
  return sets.some((s) =>
    s.selections.some((sel) => {
      if (sel.kind === 'Field') return names.includes(sel.name.value);
      if (sel.kind === 'InlineFragment') return selects(info, names, sel.selectionSet);
      const fragment = info.fragments[sel.name.value];
      return fragment ? selects(info, names, fragment.selectionSet) : false;
    }),
  );
}

/** GitHub requires `first` or `last` (at most 100) to list a connection's nodes or edges. */
function checkBounds(args: ConnectionArgs, info?: GraphQLResolveInfo): void {
  if (!info) return;
  const field = info.fieldName;
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value == null) continue;
    if (value < 0)
      throw new GraphQLError(`\`${key}\` on the \`${field}\` connection cannot be less than zero.`);
    if (value > 100) {
      throw new GraphQLError(
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${key}\` limit of 100 records.`,
      );
    }
  }
  if (args.first == null && args.last == null && selects(info, ['nodes', 'edges'])) {
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
    );
  }
}

/**
 * Pages `items` as GitHub's Relay connections do; cursors are positions in `items`. `listed`
 * caps how many GitHub lists at all (a pull request's files stop at 3,000, its commits at 250),
 * while `totalCount` still counts every item.
 */
export function connection<T>(
  all: T[],
  args: ConnectionArgs = {},
  info?: GraphQLResolveInfo,
  listed = Infinity,
): Connection<T> {
  checkBounds(args, info);
  const items = all.length > listed ? all.slice(0, listed) : all;
  let start = 0;
  let end = items.length;
  const after = indexOf(args.after);
  const before = indexOf(args.before);
  if (after !== undefined) start = Math.max(start, after + 1);
  if (before !== undefined) end = Math.min(end, before);
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const edges = items
    .slice(start, Math.max(start, end))
    .map((node, i) => ({ node, cursor: cursorOf(start + i) }));
  return {
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: all.length,
  };
}
