// The deploy request issue: the changes that lack approvals, who may approve, and how to.
import type { ChangeResult, Decision, DeployRequestState } from '../decide/decision.js';
import { changeLabel, shortSha } from './changes-table.js';
import { code, escapeMarkdown, escapeWithCode } from './escape.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function deployRequestTitle(decision: Decision): string {
  return `Deploy request: ${shortSha(decision.sha)} to ${decision.environment}`;
}

function changeLine(result: ChangeResult): string {
  const kind = result.change.kind === 'commit' ? ' (direct commit)' : '';
  const by = `by ${escapeMarkdown(result.change.author)}`;
  const because =
    result.requiredBecause.length > 0
      ? ` (${result.requiredBecause.map(escapeWithCode).join('; ')})`
      : '';
  const approved =
    result.approvedBy.length > 0
      ? `; approved by ${result.approvedBy.map(escapeMarkdown).join(', ')}`
      : '';
  return `- ${changeLabel(result)}${kind} ${by}: needs ${result.required}, has ${result.approvals}${because}${approved}`;
}

function whoMayApprove(decision: Decision): string {
  const rule = escapeWithCode(decision.approvers ?? 'anyone with write or more');
  return [
    `**Who may approve:** ${rule}; never a change's author, anyone who authored a commit in it,`,
    `the deployer (${escapeMarkdown(decision.deployer)}) or a bot (unless named in \`approvers.users\`).`,
  ].join(' ');
}

function howToApprove(decision: Decision, runUrl: string): string {
  return [
    `**To approve,** comment \`/approve\` on this issue. It counts as your approval of every change`,
    `of this release that you could approve by review, for commit ${code(shortSha(decision.sha))} only.`,
    `An edited comment counts for nothing. Then ${escapeMarkdown(decision.deployer)} re-runs the gate:`,
    `${runUrl} (whoever re-runs it is the deployer, and a deployer's own approval never counts).`,
  ].join(' ');
}

/** Whose `/approve` counted, and each one that did not with why: blocks of markdown. */
function standing(request: DeployRequestState): string[] {
  const blocks: string[] = [];
  if (request.approvedBy.length > 0)
    blocks.push(`**Approved here by:** ${request.approvedBy.map(escapeMarkdown).join(', ')}`);
  if (request.ignored.length > 0) {
    const lines = request.ignored.map(
      (entry) => `- ${escapeMarkdown(entry.login)}: ${escapeWithCode(entry.why)}`,
    );
    blocks.push(['**Not counted:**', ...lines].join('\n'));
  }
  return blocks;
}

/** The issue body; `marker` (hidden) lets the next run find it again. */
export function renderDeployRequest(
  decision: Decision,
  marker: string,
  runUrl: string,
): { title: string; body: string } {
  const short = decision.changes.filter((result) => !result.ok);
  const request = decision.deployRequest;
  const parts = [
    marker,
    `**${escapeMarkdown(decision.deployer)}** asks to deploy ${code(decision.sha)} to ${code(decision.environment)}.`,
    `The gate denied it only because ${plural(short.length, 'change')} of ${decision.changes.length} lack approvals:`,
    short.map(changeLine).join('\n'),
    whoMayApprove(decision),
    howToApprove(decision, runUrl),
    ...(request ? standing(request) : []),
  ];
  return {
    title: deployRequestTitle(decision),
    body: `${parts.filter((p) => p !== '').join('\n\n')}\n`,
  };
}

/** The comment left when a run allows the deploy and closes the request. */
export function renderRequestClosed(decision: Decision, runUrl: string): string {
  const how = decision.breakGlass ? ' by break-glass' : '';
  return `Run ${runUrl} allowed deploying ${code(shortSha(decision.sha))} to ${code(decision.environment)}${how}; closing this request.`;
}
