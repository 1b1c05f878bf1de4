// Reads deployments by node id in one request: the ledger's sampled re-check and its unsettled entries.
import type { Octokit } from './client.js';
import { explain } from './github-error.js';
import { toDeployment, type GqlDeployment, type PageInfo } from './graphql-types.js';
import type { DeploymentNode } from './port.js';

/** GitHub's `nodes(ids:)` takes at most 100 ids. */
export const NODES_PER_QUERY = 100;

/** The same fields as the history query's deployments, so a re-read compares like with like. */
export const DEPLOYMENT_NODES_QUERY = /* GraphQL */ `
  query TrustGateLedgerCheck($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Deployment {
        id
        databaseId
        createdAt
        commitOid
        environment
        payload
        creator {
          __typename
          login
        }
        statuses(first: 100) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            state
            createdAt
            logUrl
            creator {
              __typename
              login
            }
          }
        }
      }
    }
  }
`;

function toNode(node: Partial<GqlDeployment> | null): DeploymentNode | null {
  if (!node?.id) return null; // gone, or no longer a deployment
  const deployment = toDeployment(node as GqlDeployment);
  const page: PageInfo | undefined = node.statuses?.pageInfo;
  const after = page?.hasNextPage ? (page.endCursor ?? '') : null;
  const more = after === null ? null : { deploymentId: deployment.id, nodeId: node.id, after };
  return { nodeId: node.id, deployment, more };
}

/** The deployments with these node ids, in order; null for each GitHub no longer holds. */
export async function readDeploymentNodes(
  octokit: Octokit,
  ids: string[],
): Promise<Array<DeploymentNode | null>> {
  if (ids.length === 0) return [];
  type Answer = { nodes: Array<Partial<GqlDeployment> | null> };
  const data = await octokit
    .graphql<Answer>(DEPLOYMENT_NODES_QUERY, { ids })
    .catch((e: unknown) => {
      throw explain(e, 're-read deployments the history cache holds', 'deployments');
    });
  return ids.map((_, i) => toNode(data.nodes[i] ?? null));
}
