// visibleReason: a break-glass reason made only of invisible characters is no reason at all.
import { describe, expect, it } from 'vitest';
import { visibleReason } from '../../src/decide/reason-text.js';

describe('visibleReason', () => {
  it.each([
    ['empty', ''],
    ['spaces and tabs', ' \t  '],
    ['line breaks', '\n\r\n'],
    ['zero-width space', '\u200B'],
    ['zero-width joiner and non-joiner', '\u200D\u200C'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
    ['bidi controls', '\u202E\u2066\u2069\u200F'],
    ['no-break and ideographic spaces', '\u00A0\u3000'],
    ['Hangul filler', '\u3164'],
    ['braille blank', '\u2800'],
    ['soft hyphen', '\u00AD'],
    ['a mix of them all', ' \u200B\uFEFF\u202E\n\u3164\u2060 '],
  ])('is empty for %s', (_name, raw) => {
    expect(visibleReason(raw)).toBe('');
  });

  it.each([
    ['keeps a plain reason, trimmed', '  prod is down ', 'prod is down'],
    ['puts a multi-line reason on one line', 'prod is down\n::error::x', 'prod is down ::error::x'],
    ['drops bidi controls that would reorder it', 'fix \u202Eenilno\u202C now', 'fix enilno now'],
    ['keeps an emoji', '🔥', '🔥'],
    ['keeps a visible letter among invisible ones', '\u200Bx\u200B', '\u200Bx\u200B'],
  ])('%s', (_name, raw, expected) => {
    expect(visibleReason(raw)).toBe(expected);
  });
});
