// Reads on where GitHub pages a pull request: its files, reviews and commits, each commit's
// co-authors, and a commit's pull requests. Every connection is read whole or the run fails closed.
import type { Octokit } from './client.js';
import { explain, GitHubError } from './github-error.js';
import type { GqlAuthors, GqlPull, PageInfo } from './graphql-types.js';
import {
  ASSOCIATED_PULLS_QUERY,
  COMMIT_AUTHORS_QUERY,
  pullPageQuery,
  type PullConnection,
} from './queries.js';

type Page = { pageInfo: PageInfo; nodes: unknown[] };
type Names = { owner: string; name: string };
type Answer = { repository: { pullRequest: Partial<Record<PullConnection, Page>> | null } };

const CONNECTIONS: readonly PullConnection[] = ['files', 'reviews', 'commits'];

/** A connection page whose nodes may be null, as GraphQL answers. */
export interface PulledPage {
  pageInfo?: PageInfo;
  nodes: Array<GqlPull | null>;
}

/**
 * Walks a connection from its first page: `fetch` answers the page after a cursor. A cursor seen
 * twice, or a page that says there is more but holds nothing, is an error naming what looped.
 */
export async function readOn<T>(
  first: { pageInfo?: PageInfo; nodes: T[] },
  fetch: (after: string) => Promise<{ pageInfo?: PageInfo; nodes: T[] } | null | undefined>,
  what: string,
): Promise<T[]> {
  const nodes = [...first.nodes];
  const seen = new Set<string>();
  let info = first.pageInfo;
  while (info?.hasNextPage) {
    const after = info.endCursor;
    if (!after || seen.has(after))
      throw new Error(`GitHub's pages of ${what} did not advance (cursor ${String(after)})`);
    seen.add(after);
    const page = await fetch(after);
    if (!page || (page.nodes.length === 0 && page.pageInfo?.hasNextPage))
      throw new Error(`GitHub's pages of ${what} did not advance (an empty page after ${after})`);
    nodes.push(...page.nodes);
    info = page.pageInfo;
  }
  return nodes;
}

async function readRest(
  octokit: Octokit,
  names: Names,
  node: GqlPull,
  connection: PullConnection,
): Promise<void> {
  const first = node[connection] as Page | null;
  if (!first) return;
  const what = `the ${connection} of pull request #${node.number}`;
  try {
    first.nodes = await readOn(
      first,
      async (after) => {
        const variables = { ...names, number: node.number, after };
        const data = await octokit.graphql<Answer>(pullPageQuery(connection), variables);
        return data.repository.pullRequest?.[connection];
      },
      what,
    );
    first.pageInfo = { hasNextPage: false, endCursor: null };
  } catch (e) {
    throw explain(e, `read ${what}`, ['contents', 'pulls']);
  }
}

async function readCoAuthors(
  octokit: Octokit,
  names: Names,
  commit: { oid: string; authors: GqlAuthors | null },
): Promise<void> {
  const first = commit.authors;
  if (!first?.pageInfo?.hasNextPage) return;
  type Authors = { repository: { object: { authors?: GqlAuthors } | null } };
  const what = `the authors of commit ${commit.oid.slice(0, 7)}`;
  try {
    first.nodes = await readOn(
      first,
      async (after) => {
        const variables = { ...names, oid: commit.oid, after };
        const data = await octokit.graphql<Authors>(COMMIT_AUTHORS_QUERY, variables);
        return data.repository.object?.authors;
      },
      what,
    );
  } catch (e) {
    throw explain(e, `read ${what}`, 'contents');
  }
}

/** GitHub lists a pull request's commits up to a limit: a list shorter than its total fails closed. */
function checkCommitsWhole(node: GqlPull): void {
  const commits = node.commits;
  if (!commits || commits.nodes.length >= commits.totalCount) return;
  throw new GitHubError(
    `Could not read every commit of pull request #${node.number}: GitHub listed ${commits.nodes.length} of its ${commits.totalCount}, so the people who authored it cannot all be known. Trust Gate does not decide on part of a change: split the pull request, or break glass.`,
    null,
  );
}

/** Appends every further page of the pull request's connections to `node`, in place. */
export async function readRemainingPages(
  octokit: Octokit,
  names: Names,
  node: GqlPull,
): Promise<void> {
  await Promise.all(CONNECTIONS.map((connection) => readRest(octokit, names, node, connection)));
  checkCommitsWhole(node);
  const commits = (node.commits?.nodes ?? []).flatMap((n) => (n ? [n.commit] : []));
  await Promise.all(commits.map((commit) => readCoAuthors(octokit, names, commit)));
}

/** Every pull request a commit belongs to, reading on past the first page. */
export async function readAssociatedPulls(
  octokit: Octokit,
  names: Names,
  sha: string,
  first: PulledPage | undefined,
): Promise<GqlPull[]> {
  if (!first) return [];
  type Pulls = { repository: { object: { associatedPullRequests?: PulledPage } | null } };
  const what = `the pull requests of commit ${sha.slice(0, 7)}`;
  try {
    const nodes = await readOn(
      first,
      async (after) => {
        const variables = { ...names, oid: sha, after };
        const data = await octokit.graphql<Pulls>(ASSOCIATED_PULLS_QUERY, variables);
        return data.repository.object?.associatedPullRequests;
      },
      what,
    );
    return nodes.flatMap((n) => (n ? [n] : []));
  } catch (e) {
    throw explain(e, `read ${what}`, ['contents', 'pulls']);
  }
}
