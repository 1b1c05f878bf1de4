// The job summary: verdict, reasons, break-glass, the deployer's standing and the release's changes.
import type { Decision } from '../decide/decision.js';
import { changesTable, shortfallLines, shortSha } from './changes-table.js';
import { code, codeBlock, escapeMarkdown, escapeWithCode } from './escape.js';
import { ladderLine, recordLine, standingLines } from './ladder.js';
import { alert, bulletList, document, notesSection } from './markdown-blocks.js';

/** How the deployed ref is named: a tag reads "tag `v1.2.3`", anything else "ref `main`". */
export type RefKind = 'branch' | 'tag' | 'ref';

export function renderSummary(decision: Decision, refKind: RefKind = 'branch'): string {
  return document([
    heading(decision),
    reasons(decision),
    breakGlass(decision),
    facts(decision, refKind),
    trust(decision),
    changes(decision),
    notesSection(decision.notes),
  ]);
}

/** The summary for `decision=error`: the gate failed closed, and the message says what to do. */
export function renderErrorSummary(message: string): string {
  return document([
    '## ❗ Trust Gate: error',
    'The gate failed closed: this run does not allow a deploy.',
    codeBlock(message),
  ]);
}

function heading(decision: Decision): string {
  const environment = escapeMarkdown(decision.environment);
  if (!decision.allowed) return `## ⛔ Trust Gate: deploy to ${environment} denied`;
  if (decision.breakGlass !== null) {
    return `## 🚨 Trust Gate: allowed to deploy to ${environment} by break-glass`;
  }
  return `## ✅ Trust Gate: allowed to deploy to ${environment}`;
}

function reasons(decision: Decision): string | null {
  if (decision.allowed) return bulletList([decision.reason], '✅ ');
  return bulletList(
    decision.denyReasons.length > 0 ? decision.denyReasons : [decision.reason],
    '❌ ',
  );
}

function breakGlass(decision: Decision): string | null {
  if (decision.breakGlass === null) return null;
  const { reason, overridden } = decision.breakGlass;
  return alert('CAUTION', [
    `**Break-glass** by ${escapeMarkdown(decision.deployer)}: ${escapeMarkdown(reason)}`,
    'It overrode these reasons, and an issue records it for review:',
    ...overridden.map((line) => `- ${escapeWithCode(line)}`),
  ]);
}

function facts(decision: Decision, refKind: RefKind): string {
  const parts = [
    `**Deployer** ${escapeMarkdown(decision.deployer)}`,
    `**${refKind === 'tag' ? 'tag' : 'ref'}** ${code(decision.ref)}`,
    `**commit** ${code(shortSha(decision.sha))}`,
    `**policy** ${code(decision.policyKey)}`,
    `**mode** ${decision.mode}`,
  ];
  return parts.join(' · ');
}

function trust(decision: Decision): string {
  const { standing } = decision;
  const [at, ...rest] = standingLines(standing, decision.deployer);
  const ladder = ladderLine(standing);
  const lines = [at, ...(ladder ? [ladder] : []), ...rest];
  return `### Trust level\n\n${[...lines, recordLine(standing)].join('<br>\n')}`;
}

function changes(decision: Decision): string {
  const title = `### Changes (${decision.changes.length})`;
  if (decision.changes.length === 0)
    return `${title}\n\nNo changes: this commit is already deployed.`;
  const ready = decision.changes.filter((result) => result.ok).length;
  const totals = `Changes with enough approvals: ${ready} of ${decision.changes.length}.`;
  const shortfalls = shortfallLines(decision.changes);
  const details = shortfalls.length > 0 ? `\n\n${shortfalls.join('\n')}` : '';
  return `${title}\n\n${totals}\n\n${changesTable(decision.changes)}${details}`;
}
