// ISO times: the fast parser agrees with Date.parse, including the dates it rolls over or refuses.
import { describe, expect, it } from 'vitest';
import { inGitHubForm, isoMs } from '../../src/decide/iso-time.js';

describe('reading ISO 8601 times: fields out of range', () => {
  it.each([
    ['month 00', '2026-00-10T00:00:00Z'],
    ['day 00', '2026-05-00T00:00:00Z'],
    ['day 32', '2026-01-32T00:00:00Z'],
    ['minute 60', '2026-05-01T00:60:00Z'],
    ['second 60', '2026-05-01T00:00:60Z'],
  ])('gives NaN for %s, as Date.parse does', (_, text) => {
    expect(Date.parse(text)).toBeNaN();
    expect(isoMs(text)).toBeNaN();
  });

  it.each(['2026-02-30T00:00:00Z', '2026-04-31T23:59:59.999Z', '2026-05-01T24:00:00Z'])(
    'runs %s on past the end as Date.parse does',
    (text) => {
      expect(isoMs(text)).toBe(Date.parse(text));
      expect(isoMs(text)).not.toBeNaN();
    },
  );
});

describe("GitHub's form of a time", () => {
  it.each(['2026-05-01T12:00:00Z', '2026-12-31T23:59:59.999Z', '2026-02-28T00:00:00Z'])(
    'is %s',
    (text) => {
      expect(inGitHubForm(text)).toBe(true);
    },
  );

  it.each([
    ['an offset', '2026-05-01T12:00:00+02:00'],
    ['no zone', '2026-05-01T12:00:00'],
    ['two-digit milliseconds', '2026-05-01T12:00:00.12Z'],
    ['a day past the month', '2026-04-31T00:00:00Z'],
    ['hour 24', '2026-05-01T24:00:00Z'],
    ['a date alone', '2026-05-01'],
  ])('is not a time with %s', (_, text) => {
    expect(inGitHubForm(text)).toBe(false);
  });
});
