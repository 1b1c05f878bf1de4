// GraphQL objects for git data: Commit, Blob, Tree, Ref, Comparison, GitActor.
import type { GraphQLResolveInfo } from 'graphql';
import { connection, cursorOf, type ConnectionArgs } from './connections.js';
import { ancestors, blobSha, commitDiff, compare, parseExpression } from './git.js';
import { guard, type Gql, type GqlContext } from './graphql-context.js';
import { actorNode, pullRequestNode } from './graphql-nodes.js';
import { nodeId } from './rest-shapes.js';
import { HTML } from './world.js';
import type { CommitRecord, GitIdentity } from './world-types.js';

export function gitActorNode(ctx: GqlContext, id: GitIdentity, date: string): Gql {
  const user = id.login ? ctx.world.findUser(id.login) : ctx.world.userByEmail(id.email);
  return {
    __typename: 'GitActor',
    name: id.name,
    email: id.email,
    date,
    user: user && user.type === 'User' ? actorNode(ctx, user.login) : null,
  };
}

function historyOf(ctx: GqlContext, c: CommitRecord, path?: string | null): CommitRecord[] {
  const all = [...ancestors(ctx.world, c.sha)].map(
    (sha) => ctx.world.commits.get(sha) as CommitRecord,
  );
  const touched = path
    ? all.filter((x) => commitDiff(ctx.world, x).some((f) => f.filename === path))
    : all;
  return touched.sort((a, b) => b.index - a.index);
}

/** Each commit's history length, by world: ancestry never changes once a commit exists. */
const generations = new WeakMap<object, Map<string, number>>();

/** The number of commits in `c`'s history; a single-parent chain is walked once, not per commit. */
function generationOf(ctx: GqlContext, c: CommitRecord): number {
  let known = generations.get(ctx.world);
  if (!known) generations.set(ctx.world, (known = new Map()));
  const chain: CommitRecord[] = [];
  let at: CommitRecord | undefined = c;
  let base = 0;
  while (at && !known.has(at.sha)) {
    if (at.parents.length !== 1) {
      base = ancestors(ctx.world, at.sha).size;
      known.set(at.sha, base);
      break;
    }
    chain.push(at);
    at = ctx.world.commits.get(at.parents[0]!);
  }
  if (at && known.has(at.sha)) base = known.get(at.sha)!;
  for (const x of chain.reverse()) known.set(x.sha, ++base);
  return known.get(c.sha)!;
}

/** `history(first: 1)` with no path or cursor: what generation reads ask, answered without listing every ancestor. */
function generationOnly(
  ctx: GqlContext,
  c: CommitRecord,
  args: ConnectionArgs & { path?: string },
) {
  if (args.first !== 1 || args.path || args.after || args.before || args.last != null) return null;
  const total = generationOf(ctx, c);
  const node = commitNode(ctx, c);
  const cursor = cursorOf(0);
  return {
    nodes: [node],
    edges: [{ node, cursor }],
    pageInfo: {
      hasNextPage: total > 1,
      hasPreviousPage: false,
      startCursor: cursor,
      endCursor: cursor,
    },
    totalCount: total,
  };
}

/** Commit nodes built once per request: a history's totalCount touches every ancestor. */
const nodesByRequest = new WeakMap<GqlContext, Map<string, Gql>>();

export function commitNode(ctx: GqlContext, c: CommitRecord): Gql {
  let nodes = nodesByRequest.get(ctx);
  if (!nodes) nodesByRequest.set(ctx, (nodes = new Map()));
  let node = nodes.get(c.sha);
  if (!node) nodes.set(c.sha, (node = buildCommitNode(ctx, c)));
  return node;
}

function buildCommitNode(ctx: GqlContext, c: CommitRecord): Gql {
  const { world } = ctx;
  const [headline = '', ...rest] = c.message.split('\n');
  const diff = () => commitDiff(world, c);
  return {
    __typename: 'Commit',
    id: nodeId('Commit', c.sha),
    oid: c.sha,
    abbreviatedOid: c.sha.slice(0, 7),
    message: c.message,
    messageHeadline: headline,
    messageBody: rest.join('\n').trim(),
    authoredDate: c.date,
    committedDate: c.date,
    pushedDate: c.date,
    url: `${HTML}/${world.fullName}/commit/${c.sha}`,
    author: gitActorNode(ctx, c.author, c.date),
    committer: gitActorNode(ctx, c.committer, c.date),
    authors: (args: ConnectionArgs, info: GraphQLResolveInfo) => {
      const people = [c.author, ...world.coAuthorsOf(c)];
      return connection(
        people.map((p) => gitActorNode(ctx, p, c.date)),
        args,
        info,
      );
    },
    parents: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      connection(
        c.parents.map((sha) => commitNode(ctx, world.commits.get(sha) as CommitRecord)),
        args,
        info,
      ),
    history: (args: ConnectionArgs & { path?: string }, info: GraphQLResolveInfo) =>
      generationOnly(ctx, c, args) ??
      connection(
        historyOf(ctx, c, args.path).map((x) => commitNode(ctx, x)),
        args,
        info,
      ),
    associatedPullRequests: (args: ConnectionArgs, info: GraphQLResolveInfo) => {
      guard(ctx, 'pull-requests:read');
      return connection(
        world.associatedPullRequests(c.sha).map((pr) => pullRequestNode(ctx, pr)),
        args,
        info,
      );
    },
    changedFilesIfAvailable: () => diff().length,
    additions: () => diff().reduce((n, f) => n + f.additions, 0),
    deletions: () => diff().reduce((n, f) => n + f.deletions, 0),
    tree: () => treeNode(ctx, c, ''),
  };
}

/** GitHub's GraphQL `Blob.text` stops at this many bytes. */
export const BLOB_TEXT_LIMIT = 512_000;

/** A blob as GitHub shows it: no text for a binary (here: one holding a NUL), text cut past the limit. */
export function blobNode(text: string): Gql {
  const oid = blobSha(text);
  const bytes = Buffer.from(text, 'utf8');
  const isBinary = text.includes('\0');
  const isTruncated = !isBinary && bytes.length > BLOB_TEXT_LIMIT;
  return {
    __typename: 'Blob',
    id: nodeId('Blob', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    text: isBinary
      ? null
      : isTruncated
        ? bytes.subarray(0, BLOB_TEXT_LIMIT).toString('utf8')
        : text,
    isBinary,
    isTruncated,
    byteSize: bytes.length,
  };
}

function treeNode(ctx: GqlContext, c: CommitRecord, dir: string): Gql | null {
  const prefix = dir ? `${dir}/` : '';
  const names = new Map<string, boolean>();
  for (const path of Object.keys(c.tree)) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    names.set(rest.split('/')[0] as string, rest.includes('/'));
  }
  if (dir && names.size === 0) return null;
  const oid = blobSha(`${c.sha}:${dir}`);
  const entries = [...names].sort().map(([name, isDir]) => {
    const path = `${prefix}${name}`;
    const text = c.tree[path];
    const object = isDir ? () => treeNode(ctx, c, path) : blobNode(text ?? '');
    return {
      __typename: 'TreeEntry',
      name,
      path,
      type: isDir ? 'tree' : 'blob',
      mode: isDir ? 16384 : 33188,
      oid: isDir ? blobSha(`${c.sha}:${path}`) : blobSha(text ?? ''),
      object,
      size: Buffer.byteLength(text ?? ''),
      isGenerated: false,
    };
  });
  return {
    __typename: 'Tree',
    id: nodeId('Tree', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    entries,
  };
}

/** `Repository.object(expression:)`: `HEAD:path`, `<ref>:path`, `<sha>:path` or a revision. */
export function objectByExpression(ctx: GqlContext, expression: string): Gql | null {
  const { rev, path } = parseExpression(expression);
  const commit = ctx.world.commitAt(rev);
  if (!commit) return null;
  if (path === undefined) return commitNode(ctx, commit);
  const clean = path.replace(/^\/+|\/+$/g, '');
  const text = commit.tree[clean];
  return text !== undefined ? blobNode(text) : treeNode(ctx, commit, clean);
}

/** `Repository.object(oid:)`: a commit, or a blob found in any tree. */
export function objectByOid(ctx: GqlContext, oid: string): Gql | null {
  const commit = ctx.world.commits.get(oid.toLowerCase());
  if (commit) return commitNode(ctx, commit);
  for (const c of ctx.world.commits.values()) {
    const text = Object.values(c.tree).find((t) => blobSha(t) === oid);
    if (text !== undefined) return blobNode(text);
  }
  return null;
}

function comparisonNode(ctx: GqlContext, base: CommitRecord, head: CommitRecord): Gql {
  const result = compare(ctx.world, base.sha, head.sha);
  return {
    __typename: 'Comparison',
    status: result.status.toUpperCase(),
    aheadBy: result.aheadBy,
    behindBy: result.behindBy,
    baseTarget: commitNode(ctx, base),
    headTarget: commitNode(ctx, head),
    commits: (args: ConnectionArgs, info: GraphQLResolveInfo) =>
      connection(
        result.commits.map((c) => commitNode(ctx, c)),
        args,
        info,
      ),
  };
}

/** `Repository.ref(qualifiedName:)`: full names first, then short branch or tag names. */
export function refNode(ctx: GqlContext, qualifiedName: string): Gql | null {
  const { world } = ctx;
  const short = qualifiedName.replace(/^refs\/(heads|tags)\//, '');
  const isTag =
    qualifiedName.startsWith('refs/tags/') ||
    (!qualifiedName.startsWith('refs/heads/') &&
      !world.branches.has(short) &&
      world.tags.has(short));
  const sha = isTag ? world.tags.get(short) : world.branches.get(short);
  if (!sha) return null;
  const target = world.commits.get(sha) as CommitRecord;
  return {
    __typename: 'Ref',
    id: nodeId('Ref', qualifiedName),
    name: short,
    prefix: isTag ? 'refs/tags/' : 'refs/heads/',
    target: commitNode(ctx, target),
    compare: ({ headRef }: { headRef: string }) => {
      const head = world.commitAt(headRef);
      return head ? comparisonNode(ctx, target, head) : null;
    },
    associatedPullRequests: (
      args: ConnectionArgs & { states?: string[] },
      info: GraphQLResolveInfo,
    ) => {
      const prs = [...world.pullRequests.values()].filter((pr) => pr.head === short);
      const nodes = prs.map((pr) => pullRequestNode(ctx, pr));
      return connection(
        nodes.filter((n) => !args.states || args.states.includes(String(n.state))),
        args,
        info,
      );
    },
  };
}
