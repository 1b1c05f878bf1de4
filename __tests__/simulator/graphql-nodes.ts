// GraphQL objects for people, the repository, pull requests and reviews.
import type { GraphQLResolveInfo } from 'graphql';
import { atLeast, roleOf } from './access.js';
import { connection, type ConnectionArgs } from './connections.js';
import { deploymentsConnection, environmentsConnection } from './graphql-deploys.js';
import { commitNode, objectByExpression, objectByOid, refNode } from './graphql-git.js';
import { graphqlLogin, guard, typedError, type Gql, type GqlContext } from './graphql-context.js';
import { repositoryIssueFields } from './graphql-issues.js';
import { nodeId } from './rest-shapes.js';
import { HTML } from './world.js';
import { pullRequestFiles } from './world-pulls.js';
import type {
  CommentRecord,
  CommitRecord,
  PullRequestRecord,
  ReviewRecord,
} from './world-types.js';

/** A User or Bot (the `Actor` interface); bots lose their `[bot]` suffix. */
export function actorNode(ctx: GqlContext, login: string): Gql {
  const user = ctx.world.ensureUser(login);
  const name = graphqlLogin(user.login);
  return {
    __typename: user.type,
    id: nodeId(user.type, user.id),
    databaseId: user.id,
    login: name,
    name: user.name,
    email: user.email,
    url: user.type === 'Bot' ? `${HTML}/apps/${name}` : `${HTML}/${name}`,
    resourcePath: `/${name}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
  };
}

export function repositoryNode(ctx: GqlContext): Gql {
  const { world } = ctx;
  const ownerIsOrg = world.orgs.has(world.owner.toLowerCase()) || !world.findUser(world.owner);
  return {
    ...repositoryIssueFields(ctx),
    __typename: 'Repository',
    id: nodeId('Repository', world.repoId),
    databaseId: world.repoId,
    name: world.name,
    nameWithOwner: world.fullName,
    owner: {
      __typename: ownerIsOrg ? 'Organization' : 'User',
      login: world.owner,
      id: nodeId('Owner', world.owner),
    },
    url: `${HTML}/${world.fullName}`,
    isPrivate: world.isPrivate,
    visibility: world.isPrivate ? 'PRIVATE' : 'PUBLIC',
    defaultBranchRef: () => refNode(ctx, `refs/heads/${world.defaultBranch}`),
    ref: ({ qualifiedName }: { qualifiedName: string }) => {
      guard(ctx, 'contents:read');
      return refNode(ctx, qualifiedName);
    },
    object: ({ expression, oid }: { expression?: string; oid?: string }) => {
      guard(ctx, 'contents:read');
      if (oid) return objectByOid(ctx, oid);
      return expression ? objectByExpression(ctx, expression) : null;
    },
    pullRequest: ({ number }: { number: number }) => {
      guard(ctx, 'pull-requests:read');
      const pr = world.pullRequests.get(number);
      if (!pr)
        throw typedError(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${number}.`,
        );
      return pullRequestNode(ctx, pr);
    },
    deployments: (args: Parameters<typeof deploymentsConnection>[1], info: GraphQLResolveInfo) => {
      guard(ctx, 'deployments:read');
      return deploymentsConnection(ctx, args, info);
    },
    environments: (args: ConnectionArgs, info: GraphQLResolveInfo) => {
      guard(ctx, 'deployments:read');
      return environmentsConnection(ctx, args, info);
    },
  };
}

function prState(pr: PullRequestRecord): string {
  return pr.merged ? 'MERGED' : pr.state.toUpperCase();
}

function latestPerAuthor(reviews: ReviewRecord[], states: string[]): ReviewRecord[] {
  const latest = new Map<string, ReviewRecord>();
  for (const r of reviews) if (states.includes(r.state)) latest.set(r.author.toLowerCase(), r);
  return [...latest.values()].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

/** GitHub lists at most 3,000 files and 250 commits of a pull request (`changedFiles` and `totalCount` count all). */
export const PULL_FILES_LISTED = 3000;
const PULL_COMMITS_LISTED = 250;

export function pullRequestNode(ctx: GqlContext, pr: PullRequestRecord): Gql {
  const { world } = ctx;
  const url = `${HTML}/${world.fullName}/pull/${pr.number}`;
  const files = () => pullRequestFiles(world, pr);
  const reviewConnection = (list: ReviewRecord[], args: ConnectionArgs, info: GraphQLResolveInfo) =>
    connection(
      list.map((r) => reviewNode(ctx, pr, r)),
      args,
      info,
    );
  const visible = pr.reviews.filter((r) => r.state !== 'PENDING');
  return {
    __typename: 'PullRequest',
    id: nodeId('PullRequest', pr.number),
    databaseId: pr.number + 900_000,
    number: pr.number,
    title: pr.title,
    body: pr.body,
    url,
    permalink: url,
    resourcePath: `/${world.fullName}/pull/${pr.number}`,
    state: prState(pr),
    merged: pr.merged,
    mergedAt: pr.mergedAt,
    closed: pr.state === 'closed',
    closedAt: pr.closedAt,
    createdAt: pr.createdAt,
    updatedAt: pr.closedAt ?? pr.createdAt,
    isDraft: pr.draft,
    isCrossRepository: false,
    baseRefName: pr.base,
    headRefName: pr.head,
    baseRefOid: pr.baseSha,
    headRefOid: pr.headSha,
    baseRef: () => refNode(ctx, `refs/heads/${pr.base}`),
    headRef: () => refNode(ctx, `refs/heads/${pr.head}`),
    author: actorNode(ctx, pr.author),
    mergedBy: pr.mergedBy ? actorNode(ctx, pr.mergedBy) : null,
    mergeCommit: () => {
      const merge = pr.mergeCommitSha ? world.commits.get(pr.mergeCommitSha) : undefined;
      return merge ? commitNode(ctx, merge) : null;
    },
    changedFiles: () => files().length,
    additions: () => files().reduce((n, f) => n + f.additions, 0),
    deletions: () => files().reduce((n, f) => n + f.deletions, 0),
    files: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      connection(
        files().map((f) => ({
          __typename: 'PullRequestChangedFile',
          path: f.filename,
          additions: f.additions,
          deletions: f.deletions,
          changeType:
            f.status === 'added' ? 'ADDED' : f.status === 'removed' ? 'DELETED' : 'MODIFIED',
          viewerViewedState: 'UNVIEWED',
        })),
        args,
        info,
        PULL_FILES_LISTED,
      ),
    reviews: (
      args: ConnectionArgs & { states?: string[] | null; author?: string | null },
      info: GraphQLResolveInfo,
    ) => {
      const chosen = visible
        .filter((r) => !args.states || args.states.includes(r.state))
        .filter(
          (r) => !args.author || graphqlLogin(r.author).toLowerCase() === args.author.toLowerCase(),
        );
      return reviewConnection(chosen, args, info);
    },
    latestReviews: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      reviewConnection(
        latestPerAuthor(visible, ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED']),
        args,
        info,
      ),
    latestOpinionatedReviews: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      reviewConnection(latestPerAuthor(visible, ['APPROVED', 'CHANGES_REQUESTED']), args, info),
    commits: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      connection(
        pr.commits.map((sha) => ({
          __typename: 'PullRequestCommit',
          id: nodeId('PullRequestCommit', `${pr.number}:${sha}`),
          url: `${url}/commits/${sha}`,
          commit: commitNode(ctx, world.commits.get(sha) as CommitRecord),
        })),
        args,
        info,
        PULL_COMMITS_LISTED,
      ),
    comments: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      connection(
        world.comments.filter((c) => c.issueNumber === pr.number).map((c) => commentNode(ctx, c)),
        args,
        info,
      ),
    repository: () => repositoryNode(ctx),
  };
}

/** An issue or pull request comment; `viewerDidAuthor` is true for the token's own comments. */
function commentNode(ctx: GqlContext, c: CommentRecord): Gql {
  return {
    __typename: 'IssueComment',
    id: nodeId('IssueComment', c.id),
    databaseId: c.id,
    body: c.body,
    author: actorNode(ctx, c.author),
    viewerDidAuthor: c.author.toLowerCase() === ctx.world.token.viewer.toLowerCase(),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

function reviewNode(ctx: GqlContext, pr: PullRequestRecord, r: ReviewRecord): Gql {
  const role = roleOf(ctx.world, r.author);
  const commit = ctx.world.commits.get(r.commitId);
  return {
    __typename: 'PullRequestReview',
    id: nodeId('PullRequestReview', r.id),
    databaseId: r.id,
    state: r.state,
    body: r.body,
    submittedAt: r.submittedAt,
    createdAt: r.submittedAt,
    publishedAt: r.submittedAt,
    updatedAt: r.submittedAt,
    url: `${HTML}/${ctx.world.fullName}/pull/${pr.number}#pullrequestreview-${r.id}`,
    author: actorNode(ctx, r.author),
    commit: commit ? commitNode(ctx, commit) : null,
    authorCanPushToRepository: atLeast(role, 'write'),
    authorAssociation:
      r.author.toLowerCase() === ctx.world.owner.toLowerCase()
        ? 'OWNER'
        : role === 'none'
          ? 'NONE'
          : 'COLLABORATOR',
  };
}
