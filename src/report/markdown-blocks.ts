// Small markdown building blocks shared by the summary, the comment and the team report.
import { escapeWithCode } from './escape.js';

/** Joins non-empty blocks with blank lines; the document ends with one newline. */
export function document(blocks: (string | null)[]): string {
  return `${blocks.filter((block): block is string => block !== null && block !== '').join('\n\n')}\n`;
}

/** A bulleted list of plain-text sentences (`code` marked by backticks), escaped; null when empty. */
export function bulletList(lines: string[], prefix = ''): string | null {
  if (lines.length === 0) return null;
  return lines.map((line) => `- ${prefix}${escapeWithCode(line)}`).join('\n');
}

/** A GitHub alert (`> [!WARNING]`), which renders as a plain quote where alerts are unknown. */
export function alert(kind: 'NOTE' | 'WARNING' | 'CAUTION', lines: string[]): string {
  return [`> [!${kind}]`, ...lines.map((line) => `> ${line}`)].join('\n');
}

/** A "### Notes" section, or null without notes. */
export function notesSection(notes: string[]): string | null {
  const list = bulletList(notes);
  return list === null ? null : `### Notes\n\n${list}`;
}
