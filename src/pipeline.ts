// Everything after the first request: policy and history → facts → decision → publish.
// Loaded as one chunk while that request is in flight, so nothing is compiled twice.
import { decide, teamReport } from './decide/index.js';
import { withoutDeployment } from './decide/without-deployment.js';
import { resolveCommentedPull } from './events/commented-pull.js';
import { gatherFacts } from './github/gather-facts.js';
import { openHistoryCache } from './github/history-cache.js';
import { loadHistory } from './github/load-history.js';
import type { GitHubPort, HistoryPage } from './github/port.js';
import type { Inputs } from './inputs.js';
import { decideMergeGroup } from './merge-group-run.js';
import { publishDecision, publishReport } from './report/publish.js';

export { publishError } from './report/publish.js';

export async function decideAndPublish(
  given: Inputs,
  port: GitHubPort,
  firstPage: Promise<HistoryPage>,
): Promise<void> {
  const cache = openHistoryCache({ ...given, enabled: given.historyCache ?? true }); // restore starts
  const inputs = await resolveCommentedPull(given, port); // issue_comment: read the pull request
  const loaded = await loadHistory(cache?.port(port) ?? port, inputs, firstPage, cache?.reader());
  const history = withoutDeployment(loaded, inputs.deploymentId); // the event's own deployment
  if (inputs.mergeGroup && inputs.mode === 'check')
    return decideMergeGroup(port, inputs, inputs.mergeGroup, history);
  const withRelease = inputs.mode !== 'report';
  const facts = await gatherFacts(port, { inputs, history, withRelease }); // 3. facts
  if (inputs.mode === 'report') {
    await publishReport(teamReport(history.match, facts, history.notes));
    return cache?.save(loaded, facts);
  }
  const decision = decide(history.match, facts); // 4. decision
  decision.notes.push(...history.notes);
  await publishDecision(port, inputs, decision); // 5. publish
  if (inputs.mode === 'gate') await cache?.save(loaded, facts); // 6. the ledger, once decided
}
