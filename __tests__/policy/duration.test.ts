import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/policy/duration.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it.each([
    ['90d', 90 * DAY],
    ['12w', 84 * DAY],
    ['36h', 36 * HOUR],
    ['1h', HOUR],
  ])('reads %s as milliseconds', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['0d', '90', 'd', '90 d', '90D', '1.5d', '-1d', '90m', ''])('refuses "%s"', (text) => {
    expect(() => parseDuration(text)).toThrow(
      `invalid duration "${text}": expected Nd, Nw or Nh, like 90d`,
    );
  });
});
