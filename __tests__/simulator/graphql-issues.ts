// GraphQL issues and issue comments: `repository.issues` (labels, states, order), `issue`, and
// comments with `viewerDidAuthor`, `lastEditedAt` and `includesCreatedEdit` judged by the token.
import type { GraphQLResolveInfo } from 'graphql';
import { connection, type ConnectionArgs } from './connections.js';
import { guard, typedError, type Gql, type GqlContext } from './graphql-context.js';
import { actorNode } from './graphql-nodes.js';
import { nodeId } from './rest-shapes.js';
import { HTML } from './world.js';
import type { CommentRecord, IssueRecord } from './world-types.js';

type IssuesArgs = ConnectionArgs & {
  labels?: string[] | null;
  states?: string[] | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
};

function viewerIs(ctx: GqlContext, login: string): boolean {
  return login.toLowerCase() === ctx.world.token.viewer.toLowerCase();
}

function commentNode(ctx: GqlContext, c: CommentRecord): Gql {
  const edited = c.lastEditedAt ?? null;
  return {
    __typename: 'IssueComment',
    id: nodeId('IssueComment', c.id),
    databaseId: c.id,
    body: c.body,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastEditedAt: edited,
    includesCreatedEdit: edited !== null,
    url: `${HTML}/${ctx.world.fullName}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    author: actorNode(ctx, c.author),
    viewerDidAuthor: viewerIs(ctx, c.author),
  };
}

export function issueNode(ctx: GqlContext, issue: IssueRecord): Gql {
  const { world } = ctx;
  return {
    __typename: 'Issue',
    id: nodeId('Issue', issue.number),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state.toUpperCase(),
    url: `${HTML}/${world.fullName}/issues/${issue.number}`,
    createdAt: issue.createdAt,
    author: actorNode(ctx, issue.author),
    viewerDidAuthor: viewerIs(ctx, issue.author),
    comments: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      connection(
        world.comments
          .filter((c) => c.issueNumber === issue.number)
          .map((c) => commentNode(ctx, c)),
        args,
        info,
      ),
  };
}

function chosenIssues(ctx: GqlContext, args: IssuesArgs): IssueRecord[] {
  const labels = (args.labels ?? []).map((l) => l.toLowerCase());
  const states = (args.states ?? []).map((s) => s.toLowerCase());
  const list = [...ctx.world.issues.values()]
    .filter((i) => labels.length === 0 || i.labels.some((l) => labels.includes(l.toLowerCase())))
    .filter((i) => states.length === 0 || states.includes(i.state))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number);
  return args.orderBy?.direction === 'DESC' ? list.reverse() : list;
}

/** The `issues` and `issue` fields of a Repository node. */
export function repositoryIssueFields(ctx: GqlContext): Gql {
  return {
    __typename: 'Repository',
    issues: (args: IssuesArgs, info: GraphQLResolveInfo) => {
      guard(ctx, 'issues:read');
      return connection(
        chosenIssues(ctx, args).map((i) => issueNode(ctx, i)),
        args,
        info,
      );
    },
    issue: ({ number }: { number: number }) => {
      guard(ctx, 'issues:read');
      const issue = ctx.world.issues.get(number);
      if (!issue)
        throw typedError(
          'NOT_FOUND',
          `Could not resolve to an Issue with the number of ${number}.`,
        );
      return issueNode(ctx, issue);
    },
  };
}
