// Makes user-written text safe in GitHub markdown: no layout breaks, mentions, HTML, math or links.
import { oneLine, singleLine } from './plain-text.js';

// Characters a backslash turns into literal text: emphasis, code, links, tables, math, escapes.
const PUNCTUATION = /[\\`*_~[\]|$]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// At the start of a list item or cell these would open a heading, a list or a thematic break.
const LEADING_BLOCK = /^(?:[#+-]|\d+(?=[.)]))/;
// A zero-width space after "@" stops GitHub's mention (and e-mail autolink) recognition.
const NO_MENTION = '@&#8203;';

/**
 * Escapes one line of user-written text (titles, branch names, logins, reasons) for markdown,
 * including table cells. Newlines become spaces. `#123` stays as it is: GitHub links it harmlessly.
 */
export function escapeMarkdown(text: string): string {
  return guardLineStart(escapeInline(oneLine(text)));
}

/**
 * Escapes a plain-text sentence in which `backticks` mark code, as decide/ writes explanations.
 * Paired backticks become code spans, the rest is escaped; with an odd count (a backtick inside
 * a quoted value) the whole text is escaped. Either way nothing can inject markup.
 */
export function escapeWithCode(text: string): string {
  const parts = oneLine(text).split('`');
  if (parts.length % 2 === 0) return escapeMarkdown(text);
  const pieces = parts.map((part, i) => (i % 2 === 1 ? code(part) : escapeInline(part)));
  return guardLineStart(pieces.join(''));
}

// Text GitHub would not render inside a code span but that still reads as a mention or a tag
// (in notifications, e-mails and to anyone scanning the raw text).
const LOOKS_ACTIVE = /[@<>]/;

/**
 * An inline code span holding `text` literally, whatever backticks it contains. Code spans are
 * never rendered as HTML, links or mentions; text that looks like one anyway is shown escaped in
 * a `<code>` element, so no raw `@team` or `<tag>` appears at all. Not for table cells: a `|`
 * would still split the cell.
 */
export function code(text: string): string {
  const body = singleLine(text);
  if (body === '') return '` `';
  if (LOOKS_ACTIVE.test(body)) return `<code>${escapeInline(body)}</code>`;
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * `code` for a table cell. GFM splits cells on `|` before it parses code spans, and a backslash
 * inside the span cannot be escaped, so text holding a `|` is shown escaped instead of as code.
 */
export function cellCode(text: string): string {
  return text.includes('|') ? escapeMarkdown(text) : code(text);
}

/** A fenced code block holding multi-line text literally (used for error messages). */
export function codeBlock(text: string, language = 'text'): string {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** A markdown link with an already-escaped `label`; only http(s) URLs link, others stay text. */
export function link(label: string, url: string): string {
  if (!/^https?:\/\/\S+$/i.test(url)) return label;
  const safe = url.replace(/[()<>"'`|\\[\]]/g, (char) => `%${hex(char)}`);
  return `[${label}](${safe})`;
}

function escapeInline(text: string): string {
  return text
    .replace(PUNCTUATION, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => ENTITIES[char] ?? char)
    .replace(/@/g, NO_MENTION);
}

function guardLineStart(markdown: string): string {
  return markdown.replace(LEADING_BLOCK, (start) =>
    /\d/.test(start) ? `${start}\\` : `\\${start}`,
  );
}

function hex(char: string): string {
  return char.charCodeAt(0).toString(16).toUpperCase();
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
