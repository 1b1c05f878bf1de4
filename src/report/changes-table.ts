// The release's changes as a markdown table, with why each requirement is what it is.
import type { ChangeResult } from '../decide/decision.js';
import { cellCode, escapeMarkdown, escapeWithCode, link } from './escape.js';

const HEADER = [
  '| change | author | required | approvals | approved by | ok |',
  '|---|---|--:|--:|---|:-:|',
];

/** "#12 Fix login" (or "`abc1234` Fix typo" for a direct commit), linked to GitHub. */
export function changeLabel(result: ChangeResult): string {
  const { change } = result;
  const id =
    change.kind === 'pull' ? `#${change.number ?? '?'}` : cellCode(shortSha(change.headSha));
  return link(`${id} ${escapeMarkdown(change.title)}`, change.url);
}

/** "bob, carol", or "—" when nobody approved. */
export function approvedByText(result: ChangeResult): string {
  return result.approvedBy.length === 0 ? '—' : result.approvedBy.map(escapeMarkdown).join(', ');
}

/** "carol (is the author), dave (approved an earlier commit)", or null when none was ignored. */
export function ignoredText(result: ChangeResult): string | null {
  if (result.ignored.length === 0) return null;
  return result.ignored
    .map((entry) => `${escapeMarkdown(entry.login)} (${escapeWithCode(entry.why)})`)
    .join(', ');
}

/** "level member: 1; paths db/migrations/\*\*: 2". */
export function requiredBecauseText(result: ChangeResult): string {
  return result.requiredBecause.map(escapeWithCode).join('; ');
}

export function changesTable(changes: ChangeResult[]): string {
  return [...HEADER, ...changes.map(changeRow)].join('\n');
}

function changeRow(result: ChangeResult): string {
  const cells = [
    changeLabel(result),
    escapeMarkdown(result.change.author),
    String(result.required),
    String(result.approvals),
    approvedByText(result),
    result.ok ? '✅' : '❌',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** One line per change that falls short: what set its requirement and which approvals did not count. */
export function shortfallLines(changes: ChangeResult[]): string[] {
  return changes.filter((result) => !result.ok).map(shortfallLine);
}

/** The first 7 hex digits of a commit (anything else is dropped, so it is safe in a table cell). */
export function shortSha(sha: string): string {
  return sha.replace(/[^0-9a-f]/gi, '').slice(0, 7);
}

function shortfallLine(result: ChangeResult): string {
  const ignored = ignoredText(result);
  const why = result.requiredBecause.length === 0 ? '' : ` (${requiredBecauseText(result)})`;
  const because = `needs ${result.required}${why}, has ${result.approvals}`;
  return `- ${changeLabel(result)} ${because}${ignored === null ? '' : `; not counted: ${ignored}`}`;
}
