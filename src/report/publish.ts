// The one publisher: writes outputs, the job summary, the PR comment, the commit status and the audit issue.
import * as core from '@actions/core';
import type { Decision, TeamReport } from '../decide/decision.js';
import type { GitHubPort } from '../github/port.js';
import type { Inputs } from '../inputs.js';
import { PolicyError } from '../policy/policy-error.js';
import { commentMarker, renderComment } from './comment.js';
import { renderErrorOutputs, renderOutputs, type Outputs } from './outputs.js';
import { renderErrorStatus, renderStatus, type CommitStatus } from './status.js';
import { renderErrorSummary, renderSummary } from './summary.js';
import { renderTeamReport, renderTeamReportJson, singleGatekeeperWarning } from './team-report.js';
import { renderBreakGlassIssue } from './break-glass-issue.js';

function setOutputs(outputs: Partial<Outputs>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}

/** A write a fork's read-only token cannot make degrades to a warning: check mode never fails. */
async function tryWrite(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    core.warning(`Trust Gate could not ${what}: ${(error as Error).message}`);
  }
}

async function publishCheck(port: GitHubPort, inputs: Inputs, decision: Decision): Promise<void> {
  const pr = inputs.pullRequest;
  if (inputs.comment && pr) {
    const body = renderComment(decision);
    await tryWrite('comment on the pull request', () =>
      port.upsertComment(pr.number, commentMarker(inputs.environment), body),
    );
  }
  if (inputs.status)
    await tryWrite('set the commit status', () => setStatus(port, inputs, renderStatus(decision)));
}

function setStatus(port: GitHubPort, inputs: Inputs, status: CommitStatus): Promise<void> {
  return port.setStatus({ sha: inputs.sha, ...status, targetUrl: inputs.runUrl });
}

async function fileBreakGlassIssue(
  port: GitHubPort,
  inputs: Inputs,
  decision: Decision,
): Promise<void> {
  if (!decision.breakGlass) return;
  const issue = renderBreakGlassIssue(decision, inputs.runUrl);
  const url = await port.openIssue(issue.title, issue.body, ['trust-gate']);
  decision.notes.push(`Break-glass audit issue: ${url}`);
}

export async function publishDecision(
  port: GitHubPort,
  inputs: Inputs,
  decision: Decision,
): Promise<void> {
  if (inputs.mode === 'gate') await fileBreakGlassIssue(port, inputs, decision);
  setOutputs(renderOutputs(decision));
  await writeSummary(renderSummary(decision));
  if (inputs.mode === 'check') {
    await publishCheck(port, inputs, decision);
    if (!decision.allowed) core.notice(`Trust Gate: ${decision.reason}`);
    return;
  }
  if (!decision.allowed) core.setFailed(`Trust Gate denied the deploy: ${decision.reason}`);
  else core.info(`Trust Gate: ${decision.reason}`);
}

export async function publishReport(report: TeamReport): Promise<void> {
  core.setOutput('json', renderTeamReportJson(report));
  await writeSummary(renderTeamReport(report));
  const warning = singleGatekeeperWarning(report);
  if (warning) core.warning(warning, { title: 'Single gatekeeper' });
}

function annotatePolicyIssues(error: unknown): void {
  if (!(error instanceof PolicyError)) return;
  for (const issue of error.issues) {
    core.error(`${issue.path ? `${issue.path}: ` : ''}${issue.message}`, {
      file: issue.file,
      startLine: issue.line,
      startColumn: issue.column,
      title: 'Trust Gate policy',
    });
  }
}

export async function publishError(
  inputs: Inputs | null,
  port: GitHubPort | null,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  setOutputs(
    renderErrorOutputs(
      message,
      inputs ? { environment: inputs.environment, deployer: inputs.deployer } : {},
    ),
  );
  annotatePolicyIssues(error);
  await writeSummary(renderErrorSummary(message)).catch(() => undefined);
  if (inputs?.mode === 'check') {
    core.warning(`Trust Gate could not decide: ${message}`);
    if (inputs.status && port) {
      await tryWrite('set the commit status', () =>
        setStatus(port, inputs, renderErrorStatus(inputs.environment, message)),
      );
    }
    return;
  }
  core.setFailed(message);
}
