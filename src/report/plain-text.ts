// Plain-text helpers for single-line fields: status descriptions, outputs and words that count.

// Line and paragraph separators, tabs, C0/C1 controls: all become one space.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Bidirectional overrides and isolates can reorder what a reader sees; they are dropped.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text on one line: line breaks and control characters become spaces, bidi overrides go. */
export function singleLine(text: string): string {
  return text.replace(BIDI, '').replace(BREAKING, ' ');
}

/** singleLine, with runs of white space collapsed and the ends trimmed. */
export function oneLine(text: string): string {
  return singleLine(text).replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` UTF-16 units (GitHub's limits), ending in "…"; never splits a character. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/** "1 approval", "2 approvals". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** "alice", "alice and bob", "alice, bob and carol". */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
