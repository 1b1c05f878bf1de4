// Publishes a merge group's verdict: summary, outputs and one commit status on the group's head.
// No sticky comment: each pull request keeps its own from its `pull_request` check.
import * as core from '@actions/core';
import type { MergeGroupEvent } from '../events/event-target.js';
import type { GitHubPort } from '../github/port.js';
import type { Inputs } from '../inputs.js';
import {
  renderGroupOutputs,
  renderGroupStatus,
  renderGroupSummary,
  type GroupEntry,
} from './merge-group.js';
import { appendSummary, setOutput } from './runner.js';

export async function publishGroup(
  port: GitHubPort,
  inputs: Inputs,
  group: MergeGroupEvent,
  entries: GroupEntry[],
): Promise<void> {
  await appendSummary(renderGroupSummary(group, entries));
  const outputs = renderGroupOutputs(group, entries);
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
  if (inputs.status) {
    const status = renderGroupStatus(inputs.environment, entries);
    try {
      await port.setStatus({ sha: inputs.sha, ...status, targetUrl: inputs.runUrl });
    } catch (error) {
      core.warning(`Trust Gate could not set the commit status: ${(error as Error).message}`);
    }
  }
  if (outputs.allowed !== 'true') core.notice(`Trust Gate: ${outputs.reason}`);
}
