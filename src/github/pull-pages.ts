// Reads the rest of a pull request's files, reviews and commits when the first page did not hold them.
import type { Octokit } from './client.js';
import { explain } from './github-error.js';
import type { GqlPull, PageInfo } from './graphql-types.js';
import { pullPageQuery, type PullConnection } from './queries.js';

type Page = { pageInfo: PageInfo; nodes: unknown[] };
type Answer = { repository: { pullRequest: Partial<Record<PullConnection, Page>> | null } };

const CONNECTIONS: readonly PullConnection[] = ['files', 'reviews', 'commits'];

function nextCursor(page: Page | null | undefined): string | null {
  return page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
}

async function readRest(
  octokit: Octokit,
  names: { owner: string; name: string },
  node: GqlPull,
  connection: PullConnection,
): Promise<void> {
  const first = node[connection] as Page | null;
  let after = nextCursor(first);
  while (first && after) {
    const variables = { ...names, number: node.number, after };
    const data = await octokit
      .graphql<Answer>(pullPageQuery(connection), variables)
      .catch((e: unknown) => {
        throw explain(e, `read the ${connection} of pull request #${node.number}`, [
          'contents',
          'pulls',
        ]);
      });
    const page = data.repository.pullRequest?.[connection];
    first.nodes.push(...(page?.nodes ?? []));
    after = nextCursor(page);
  }
}

/** Appends every further page of the pull request's connections to `node`, in place. */
export async function readRemainingPages(
  octokit: Octokit,
  names: { owner: string; name: string },
  node: GqlPull,
): Promise<void> {
  await Promise.all(CONNECTIONS.map((connection) => readRest(octokit, names, node, connection)));
}
