// Everything after the first request: policy and history → facts → decision → publish.
// Loaded as one chunk while that request is in flight, so nothing is compiled twice.
import { decide, teamReport } from './decide/index.js';
import { gatherFacts } from './github/gather-facts.js';
import { loadHistory } from './github/load-history.js';
import type { GitHubPort, HistoryPage } from './github/port.js';
import type { Inputs } from './inputs.js';
import { publishDecision, publishReport } from './report/publish.js';

export { publishError } from './report/publish.js';

export async function decideAndPublish(
  inputs: Inputs,
  port: GitHubPort,
  firstPage: Promise<HistoryPage>,
): Promise<void> {
  const history = await loadHistory(port, inputs, firstPage); // 2. policy and history
  const withRelease = inputs.mode !== 'report';
  const facts = await gatherFacts(port, { inputs, history, withRelease }); // 3. facts
  if (inputs.mode === 'report') {
    await publishReport(teamReport(history.match, facts, history.notes));
    return;
  }
  const decision = decide(history.match, facts); // 4. decision
  decision.notes.push(...history.notes);
  await publishDecision(port, inputs, decision); // 5. publish
}
