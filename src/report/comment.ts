// The sticky pull-request comment of `check` mode: what deploying this pull request will need.
import type { ChangeResult, Decision } from '../decide/decision.js';
import {
  approvedByText,
  changesTable,
  ignoredText,
  requiredBecauseText,
  shortfallLines,
  shortSha,
} from './changes-table.js';
import { code, codeBlock, escapeMarkdown, escapeWithCode } from './escape.js';
import { blockingRules, missingApprovals, onlyApprovalsMissing } from './gaps.js';
import { holder, ladderLine, nextLevelLine, standingLines } from './ladder.js';
import { document } from './markdown-blocks.js';
import { plural } from './plain-text.js';

const MAX_DOTS = 10;

/** The hidden first line that identifies the one comment per environment (case-insensitive). */
export function commentMarker(environment: string): string {
  return `<!-- trust-gate:${encodeURIComponent(environment.toLowerCase())} -->`;
}

export function renderComment(decision: Decision): string {
  return document([
    commentMarker(decision.environment),
    heading(decision),
    approvals(decision),
    standing(decision),
    blocking(decision),
    footer(decision),
  ]);
}

/** The comment when the gate could not decide: it replaces a verdict that may no longer hold. */
export function renderErrorComment(environment: string, message: string): string {
  return document([
    commentMarker(environment),
    `### ❗ Trust Gate: could not check deploying to ${escapeMarkdown(environment)}`,
    'The gate fails closed: a deploy would be refused until this is fixed.',
    codeBlock(message),
    '<sub>This comment is updated on every run.</sub>',
  ]);
}

function heading(decision: Decision): string {
  const environment = escapeMarkdown(decision.environment);
  if (decision.allowed) return `### ✅ Trust Gate: ready to deploy to ${environment}`;
  if (onlyApprovalsMissing(decision)) {
    const missing = plural(missingApprovals(decision.changes), 'more approval');
    return `### ⏳ Trust Gate: needs ${missing} to deploy to ${environment}`;
  }
  return `### ⛔ Trust Gate: blocked from ${environment}`;
}

function approvals(decision: Decision): string {
  const [only, ...rest] = decision.changes;
  if (only === undefined) return '**Approvals** nothing to approve: no changes.';
  const who = decision.approvers
    ? [`- Who can approve: ${escapeWithCode(decision.approvers)}`]
    : [];
  if (rest.length > 0) return severalChanges(decision.changes, who);
  return [approvalsLine(only), ...approvalDetails(only), ...who].join('\n');
}

/** A release of several changes (rare in `check` mode): the table, then what each short one needs. */
function severalChanges(changes: ChangeResult[], who: string[]): string {
  const list = [...shortfallLines(changes), ...who];
  const table = changesTable(changes);
  return list.length === 0 ? table : `${table}\n\n${list.join('\n')}`;
}

/** "**Approvals** 🟢⚪ 1 of 2": one dot per approval needed, filled for each one found. */
function approvalsLine(result: ChangeResult): string {
  if (result.required === 0) return `**Approvals** none needed (${result.approvals} given)`;
  const found = Math.min(result.approvals, result.required, MAX_DOTS);
  const missing = Math.min(Math.max(0, result.required - result.approvals), MAX_DOTS - found);
  const dots = '🟢'.repeat(found) + '⚪'.repeat(missing);
  return `**Approvals** ${dots} ${result.approvals} of ${result.required}`;
}

/** Why the requirement is what it is, who approved, and which approvals did not count. */
function approvalDetails(result: ChangeResult): string[] {
  const ignored = ignoredText(result);
  const because = requiredBecauseText(result);
  const lines = because === '' ? [] : [`- Why ${result.required}: ${because}`];
  if (result.required > 0 || result.approvedBy.length > 0) {
    lines.push(`- Approved by: ${approvedByText(result)}`);
  }
  return ignored === null ? lines : [...lines, `- Not counted: ${ignored}`];
}

function standing(decision: Decision): string {
  const { standing: record, deployer } = decision;
  const title = `**Where ${holder(record, deployer)} stands**`;
  if (record.level === '') return `${title}\n\n${standingLines(record, deployer).join('<br>\n')}`;
  const ladder = ladderLine(record);
  const at = `Level **${escapeMarkdown(record.level)}**, score ${record.score}`;
  return `${title}\n\n${[ladder ?? at, nextLevelLine(record)].join('<br>\n')}`;
}

function blocking(decision: Decision): string | null {
  const rules = blockingRules(decision);
  if (rules.length === 0) return null;
  const title = decision.rules.some((rule) => rule.rule === 'approvals' && !rule.ok)
    ? '**Also blocking**'
    : '**Blocking**';
  return [title, ...rules.map((rule) => `- ⛔ ${escapeWithCode(rule.explanation)}`)].join('\n');
}

function footer(decision: Decision): string {
  const sha = code(shortSha(decision.sha));
  const policy = code(decision.policyKey);
  return `<sub>Trust Gate checked ${sha} with policy ${policy}. This comment is updated on every run.</sub>`;
}
