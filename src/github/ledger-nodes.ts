// Reads deployments by node id in one request: the ledger's sampled re-check and its unsettled entries.
import type { Octokit } from './client.js';
import { explain } from './github-error.js';
import { toDeployment, type GqlDeployment, type PageInfo } from './graphql-types.js';
import type { DeploymentNode } from './port.js';
import { DEPLOYMENT_FIELDS } from './queries.js';

/** GitHub's `nodes(ids:)` takes at most 100 ids; one request asks up to 5 lists (aliases). */
const IDS_PER_LIST = 100;
const LISTS_PER_QUERY = 5;
export const NODES_PER_QUERY = IDS_PER_LIST * LISTS_PER_QUERY;

/** The same fields as the history query's deployments, so a re-read compares like with like. */
const DEPLOYMENT_FRAGMENT = /* GraphQL */ `
  fragment TrustGateLedgerDeployment on Deployment {${DEPLOYMENT_FIELDS}
  }
`;

/** One query for `lists` lists of ids: `$i0`…, each answered as `n0`…; 100 × 100 statuses a list. */
export function deploymentNodesQuery(lists: number): string {
  const variables = Array.from({ length: lists }, (_, i) => `$i${i}: [ID!]!`).join(', ');
  const fields = Array.from(
    { length: lists },
    (_, i) => `n${i}: nodes(ids: $i${i}) { ...TrustGateLedgerDeployment }`,
  ).join('\n    ');
  return `query TrustGateLedgerCheck(${variables}) {\n    ${fields}\n  }\n${DEPLOYMENT_FRAGMENT}`;
}

function toNode(node: Partial<GqlDeployment> | null): DeploymentNode | null {
  if (!node?.id) return null; // gone, or no longer a deployment
  const deployment = toDeployment(node as GqlDeployment);
  const page: PageInfo | undefined = node.statuses?.pageInfo;
  const after = page?.hasNextPage ? (page.endCursor ?? '') : null;
  const more = after === null ? null : { deploymentId: deployment.id, nodeId: node.id, after };
  return { nodeId: node.id, deployment, more };
}

/** The deployments with these node ids (at most `NODES_PER_QUERY`), in order; null for each GitHub no longer holds. */
export async function readDeploymentNodes(
  octokit: Octokit,
  ids: string[],
): Promise<Array<DeploymentNode | null>> {
  if (ids.length === 0) return [];
  if (ids.length > NODES_PER_QUERY)
    throw new Error(`at most ${NODES_PER_QUERY} deployments a request, not ${ids.length}`);
  const lists: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_LIST) lists.push(ids.slice(i, i + IDS_PER_LIST));
  const variables = Object.fromEntries(lists.map((list, i) => [`i${i}`, list]));
  type Answer = Record<string, Array<Partial<GqlDeployment> | null> | undefined>;
  const data = await octokit
    .graphql<Answer>(deploymentNodesQuery(lists.length), variables)
    .catch((e: unknown) => {
      throw explain(e, 're-read deployments the history cache holds', 'deployments');
    });
  return lists.flatMap((list, i) => list.map((_, j) => toNode(data[`n${i}`]?.[j] ?? null)));
}
