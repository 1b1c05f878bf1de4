// GraphQL objects for deployments and their statuses, organizations and teams.
import type { GraphQLResolveInfo } from 'graphql';
import { findTeam, teamMembers, teamRole, type Membership } from './access.js';
import { connection, cursorOf, type Connection, type ConnectionArgs } from './connections.js';
import { graphqlLogin, type Gql, type GqlContext } from './graphql-context.js';
import { commitNode, refNode } from './graphql-git.js';
import { actorNode, repositoryNode } from './graphql-nodes.js';
import { nodeId } from './rest-shapes.js';
import { HTML } from './world.js';
import type { DeploymentRecord, DeploymentStatusRecord, TeamRecord } from './world-types.js';

export interface DeploymentsArgs extends ConnectionArgs {
  environments?: string[] | null;
  orderBy?: { field: 'CREATED_AT'; direction: 'ASC' | 'DESC' } | null;
}

/**
 * `Repository.deployments`. The `environments` filter is taken to match names exactly, as
 * spelled: the strict reading, under which a client must ask for every spelling GitHub holds.
 * Ties order by id. `world.historyPaging` makes the paging misbehave, for tests of loop guards.
 */
export function deploymentsConnection(
  ctx: GqlContext,
  args: DeploymentsArgs,
  info: GraphQLResolveInfo,
) {
  const wanted = args.environments ? new Set(args.environments) : null;
  const direction = args.orderBy?.direction === 'DESC' ? -1 : 1;
  const chosen = ctx.world.deployments
    .filter((d) => !wanted || wanted.has(d.environment))
    .sort((a, b) => direction * (a.createdAt.localeCompare(b.createdAt) || a.id - b.id));
  const page = misbehave(ctx, args, connection(chosen, args, info));
  const node = (d: DeploymentRecord) => deploymentNode(ctx, d);
  return {
    ...page,
    nodes: page.nodes.map(node),
    edges: page.edges.map((e) => ({ ...e, node: node(e.node) })),
  };
}

/** `repeat-cursor`: a later page hands back the cursor it was asked with; `empty-page`: more promised, none sent. */
function misbehave<T>(ctx: GqlContext, args: DeploymentsArgs, page: Connection<T>): Connection<T> {
  const mode = ctx.world.historyPaging;
  if (mode === 'normal' || !args.after) return page;
  if (mode === 'repeat-cursor')
    return { ...page, pageInfo: { ...page.pageInfo, hasNextPage: true, endCursor: args.after } };
  const endCursor = cursorOf(ctx.graphqlRequests + 10_000);
  return {
    ...page,
    nodes: [],
    edges: [],
    pageInfo: { ...page.pageInfo, hasNextPage: true, endCursor },
  };
}

/** `Repository.environments`: every spelling deployments were created with, oldest first. */
export function environmentsConnection(
  ctx: GqlContext,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
) {
  const names = [...new Set(ctx.world.deployments.map((d) => d.environment))];
  return connection(
    names.map((name) => ({
      __typename: 'Environment',
      id: nodeId('Environment', name),
      databaseId: names.indexOf(name) + 1,
      name,
    })),
    args,
    info,
  );
}

/** `node(id:)` for a deployment's id; null for anything else. */
export function deploymentById(ctx: GqlContext, id: string): Gql | null {
  const [kind, key] = Buffer.from(id, 'base64url').toString('utf8').split(':');
  if (kind !== 'Deployment') return null;
  const deployment = ctx.world.deployments.find((d) => String(d.id) === key);
  return deployment ? deploymentNode(ctx, deployment) : null;
}

/** GraphQL's computed state: the latest status, with a live success shown as ACTIVE. */
function deploymentState(d: DeploymentRecord): string {
  const latest = d.statuses.at(-1)?.state;
  if (!latest) return 'PENDING';
  return latest === 'success' ? 'ACTIVE' : latest.toUpperCase();
}

export function deploymentNode(ctx: GqlContext, d: DeploymentRecord): Gql {
  const commit = ctx.world.commits.get(d.sha);
  const latest = d.statuses.at(-1);
  return {
    __typename: 'Deployment',
    id: nodeId('Deployment', d.id),
    databaseId: d.id,
    createdAt: d.createdAt,
    updatedAt: latest?.createdAt ?? d.createdAt,
    commitOid: d.sha,
    commit: commit ? commitNode(ctx, commit) : null,
    environment: d.environment,
    originalEnvironment: d.environment,
    latestEnvironment: d.environment,
    description: d.description,
    task: d.task,
    payload: JSON.stringify(d.payload),
    state: deploymentState(d),
    creator: actorNode(ctx, d.creator),
    ref: () => refNode(ctx, d.ref),
    latestStatus: latest ? statusNode(ctx, d, latest) : null,
    statuses: (args: ConnectionArgs, info: GraphQLResolveInfo) => {
      const page = connection(
        [...d.statuses].reverse().map((s) => statusNode(ctx, d, s)),
        args,
        info,
      );
      // `no-cursor`: more statuses promised, and no cursor to ask for them with.
      return ctx.world.statusPaging === 'no-cursor' && page.pageInfo.hasNextPage
        ? { ...page, pageInfo: { ...page.pageInfo, endCursor: null } }
        : page;
    },
    repository: () => repositoryNode(ctx),
  };
}

function statusNode(ctx: GqlContext, d: DeploymentRecord, s: DeploymentStatusRecord): Gql {
  return {
    __typename: 'DeploymentStatus',
    id: nodeId('DeploymentStatus', s.id),
    state: s.state.toUpperCase(),
    createdAt: s.createdAt,
    updatedAt: s.createdAt,
    description: s.description || null,
    environment: d.environment,
    environmentUrl: s.environmentUrl || null,
    logUrl: s.logUrl || s.targetUrl || null,
    creator: actorNode(ctx, s.creator),
    deployment: () => deploymentNode(ctx, d),
  };
}

export function organizationNode(ctx: GqlContext, login: string): Gql {
  const id = ctx.world.orgs.get(login.toLowerCase()) ?? 0;
  return {
    __typename: 'Organization',
    id: nodeId('Organization', id),
    databaseId: id,
    login,
    name: login,
    url: `${HTML}/${login}`,
    /** Invisible (null) to a token without org `members: read`. */
    team: ({ slug }: { slug: string }) => {
      if (!ctx.world.tokenCanReadOrgMembers) return null;
      const team = findTeam(ctx.world, login, slug);
      return team ? teamNode(ctx, team) : null;
    },
  };
}

interface MembersArgs extends ConnectionArgs {
  query?: string | null;
  membership?: Membership | null;
  role?: 'MAINTAINER' | 'MEMBER' | null;
}

function teamNode(ctx: GqlContext, team: TeamRecord): Gql {
  const { world } = ctx;
  return {
    __typename: 'Team',
    id: nodeId('Team', `${team.org}/${team.slug}`),
    slug: team.slug,
    name: team.name,
    combinedSlug: `${team.org}/${team.slug}`,
    url: `${HTML}/orgs/${team.org}/teams/${team.slug}`,
    parentTeam: () => {
      const parent = team.parent ? findTeam(world, team.org, team.parent) : undefined;
      return parent ? teamNode(ctx, parent) : null;
    },
    organization: () => organizationNode(ctx, team.org),
    members: (args: MembersArgs, info: GraphQLResolveInfo) => {
      const query = args.query?.toLowerCase();
      const logins = teamMembers(world, team, args.membership ?? 'ALL')
        .filter(
          (login) =>
            !query ||
            login.toLowerCase().includes(query) ||
            (world.findUser(login)?.name ?? '').toLowerCase().includes(query),
        )
        .filter((login) => !args.role || teamRole(team, login).toUpperCase() === args.role);
      const result = connection(
        logins.map((login) => actorNode(ctx, login)),
        args,
        info,
      );
      const edges = result.edges.map((e) => ({
        ...e,
        role: teamRole(team, graphqlLogin(String(e.node.login))).toUpperCase(),
      }));
      return { ...result, edges };
    },
  };
}
