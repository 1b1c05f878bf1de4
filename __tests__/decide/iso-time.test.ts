import { describe, expect, it } from 'vitest';
import { isoMs } from '../../src/decide/iso-time.js';

describe('reading ISO 8601 times', () => {
  it.each([
    '2026-05-01T12:34:56Z',
    '2024-02-29T23:59:59Z',
    '2026-05-01T12:34:56.789Z',
    '2026-05-01T14:34:56+02:00',
    '1999-12-31T00:00:00Z',
  ])('reads %s as Date.parse does', (text) => {
    expect(isoMs(text)).toBe(Date.parse(text));
  });

  it.each(['2026-13-01T00:00:00Z', '2026-05-01T25:00:00Z', '2026-05-0xT00:00:00Z', 'yesterday'])(
    'gives NaN for %s',
    (text) => {
      expect(isoMs(text)).toBeNaN();
    },
  );
});
