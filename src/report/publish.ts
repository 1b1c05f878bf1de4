// The one publisher: writes outputs, the job summary, the PR comment, the commit status and the audit issue.
import * as core from '@actions/core';
import type { Decision, TeamReport } from '../decide/decision.js';
import type { GitHubPort } from '../github/port.js';
import type { ErrorInputs, Inputs } from '../inputs.js';
import { PolicyError } from '../policy/policy-error.js';
import { commentMarker, renderComment, renderErrorComment } from './comment.js';
import { renderErrorOutputs, renderOutputs, type ErrorContext, type Outputs } from './outputs.js';
import { renderErrorStatus, renderStatus, type CommitStatus } from './status.js';
import { renderErrorSummary, renderSummary } from './summary.js';
import { renderTeamReport, renderTeamReportJson, singleGatekeeperWarning } from './team-report.js';
import { renderBreakGlassIssue } from './break-glass-issue.js';
import { publishDeployRequest } from './publish-deploy-request.js';
import { appendSummary, logLine, setOutput } from './runner.js';

function setOutputs(outputs: Partial<Outputs>): void {
  try {
    for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
  } catch (error) {
    throw new Error(`Could not write the step outputs (GITHUB_OUTPUT): ${messageOf(error)}`, {
      cause: error,
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The error as `reason` says it. A TypeError or SyntaxError escaping to here means an answer
 * lacked something the code reads: said in words, with JavaScript's own only in the log.
 */
function reasonOf(error: unknown): string {
  if (!(error instanceof TypeError || error instanceof SyntaxError)) return messageOf(error);
  logLine(`Trust Gate internal error: ${error.stack ?? error.message}`);
  return "Trust Gate could not read an answer from GitHub: it lacked data Trust Gate needs. Re-run the job (https://www.githubstatus.com shows incidents); if it persists, report it with this run's log.";
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

/** `requests: true`: open, update or close the deploy request before anything says allowed. */
async function noteDeployRequest(port: GitHubPort, inputs: Inputs, decision: Decision) {
  const note = await publishDeployRequest(port, decision, inputs.runUrl);
  if (note) decision.notes.push(note);
}

export async function publishDecision(
  port: GitHubPort,
  inputs: Inputs,
  decision: Decision,
): Promise<void> {
  if (inputs.mode === 'gate') await fileBreakGlassIssue(port, inputs, decision);
  if (inputs.mode === 'gate') await noteDeployRequest(port, inputs, decision);
  // The summary first: if it cannot be written the run errors, and no `allowed=true` was set.
  await appendSummary(renderSummary(decision, inputs.refKind));
  setOutputs(renderOutputs(decision));
  if (inputs.mode === 'check') {
    await publishCheck(port, inputs, decision);
    if (!decision.allowed) core.notice(`Trust Gate: ${decision.reason}`);
    return;
  }
  if (!decision.allowed) core.setFailed(`Trust Gate denied the deploy: ${decision.reason}`);
  else logLine(`Trust Gate: ${decision.reason}`);
}

export async function publishReport(report: TeamReport): Promise<void> {
  setOutput('json', renderTeamReportJson(report));
  await appendSummary(renderTeamReport(report));
  const warning = singleGatekeeperWarning(report);
  // A bare `::warning::` (SPEC §5a): the message itself starts with "Single gatekeeper".
  if (warning) core.warning(warning);
}

function annotatePolicyIssues(error: unknown): void {
  if (!(error instanceof PolicyError)) return;
  for (const issue of error.issues) {
    core.error(`${issue.path ? `${issue.path}: ` : ''}${issue.message}`, {
      file: issue.file,
      startLine: issue.line,
      startColumn: issue.column,
    });
  }
}

/** Writes what it can; a write that fails is a warning, so the error itself is still reported. */
async function bestEffort(steps: Array<() => void | Promise<void>>): Promise<void> {
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      core.warning(`Trust Gate: ${messageOf(error)}`);
    }
  }
}

function errorContext(inputs: Inputs | ErrorInputs): ErrorContext {
  const { environment, deployer, mode } = inputs;
  const full = 'sha' in inputs ? { sha: inputs.sha, ref: inputs.ref } : {};
  return mode === 'gate' || mode === 'check'
    ? { environment, deployer, mode, ...full }
    : { environment, deployer, ...full };
}

/**
 * Fails closed: outputs `decision=error`, `allowed=false`, the message in the summary and as the
 * step's error. A write that fails on the way never stops the step from failing (check mode
 * aside: it warns and never fails).
 */
export async function publishError(
  inputs: Inputs | ErrorInputs,
  port: GitHubPort | null,
  error: unknown,
): Promise<void> {
  const message = reasonOf(error);
  await bestEffort([
    () => setOutputs(renderErrorOutputs(message, errorContext(inputs))),
    () => appendSummary(renderErrorSummary(message)),
    () => annotatePolicyIssues(error),
  ]);
  if (inputs.mode === 'check') {
    core.warning(`Trust Gate could not decide: ${message}`);
    if ('sha' in inputs && port) await publishCheckError(port, inputs, message);
    return;
  }
  core.setFailed(message);
}

/** check mode's error: the sticky comment and the status say so, so neither shows a stale verdict. */
async function publishCheckError(port: GitHubPort, inputs: Inputs, message: string): Promise<void> {
  const pr = inputs.pullRequest;
  if (inputs.comment && pr) {
    const body = renderErrorComment(inputs.environment, message);
    await tryWrite('comment on the pull request', () =>
      port.upsertComment(pr.number, commentMarker(inputs.environment), body),
    );
  }
  if (inputs.status) {
    await tryWrite('set the commit status', () =>
      setStatus(port, inputs, renderErrorStatus(inputs.environment, message)),
    );
  }
}
