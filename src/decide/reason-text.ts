// A reason a person typed, as the gate uses it: one line, no direction overrides, and empty when
// nothing in it is visible (zero-width characters, BOM, bidi controls and blanks alone are no reason).

/** Bidi controls: they can make text read differently than it is stored. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Line breaks and other control characters. */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;
/**
 * What renders as nothing: format characters (zero-width space and joiners, BOM, word joiner…),
 * separators and blanks, variation selectors, and the filler letters that draw no glyph.
 */
// The combining grapheme joiner and variation selectors are listed on purpose, one by one.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\p{Cf}\p{Z}\s\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0]/gu;

/** The reason on one line without bidi controls; '' when it holds nothing visible. */
export function visibleReason(raw: string): string {
  const line = raw.replace(BIDI, '').replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
  return line.replace(INVISIBLE, '') === '' ? '' : line;
}
