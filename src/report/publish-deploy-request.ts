// Writes the deploy request (`requests: true`): open or update it on an approvals-only deny, close it on allow.
import type { Decision, DeployRequestState } from '../decide/decision.js';
import { deployRequestMarker } from '../github/deploy-requests.js';
import type { GitHubPort } from '../github/port.js';
import { renderDeployRequest, renderRequestClosed } from './deploy-request.js';

type Written = { number: number; url: string; body: string };

async function openOrUpdate(
  port: GitHubPort,
  decision: Decision,
  request: DeployRequestState,
  runUrl: string,
): Promise<Written> {
  const marker = deployRequestMarker(decision.environment, decision.sha);
  const { title, body } = renderDeployRequest(decision, marker, runUrl);
  const found = request.issue;
  if (!found) return { ...(await port.openDeployRequest(title, body)), body };
  if (found.body !== body) await port.updateDeployRequest(found.number, title, body);
  return { ...found, body };
}

/**
 * Opens or updates the request on a deny only about approvals, closes it on an allow, and leaves it
 * alone on any other deny. Returns the note for the summary. A failed write fails the run closed.
 */
export async function publishDeployRequest(
  port: GitHubPort,
  decision: Decision,
  runUrl: string,
): Promise<string | null> {
  const request = decision.deployRequest;
  if (!request) return null;
  if (request.action === 'open') {
    const issue = await openOrUpdate(port, decision, request, runUrl);
    decision.deployRequest = { ...request, issue };
    return `Deploy request: ${issue.url}`;
  }
  if (!request.issue) return null;
  if (request.action === 'close') {
    await port.closeDeployRequest(request.issue.number, renderRequestClosed(decision, runUrl));
    return `Deploy request: ${request.issue.url} (closed: this run allows the deploy)`;
  }
  return `Deploy request: ${request.issue.url} (not updated: this deny is not only about approvals)`;
}
