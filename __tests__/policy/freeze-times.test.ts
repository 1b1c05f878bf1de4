import { describe, expect, it } from 'vitest';
import { isTimeZone, parseHours, parseInstant } from '../../src/policy/freeze-times.js';

describe('parseHours', () => {
  it.each([
    ['09:00-17:30', { start: 540, end: 1050 }],
    ['00:00-24:00', { start: 0, end: 1440 }],
    ['22:00-06:00', { start: 1320, end: 360 }],
    ['23:59-00:00', { start: 1439, end: 0 }],
  ])('reads %s as minutes after midnight', (text, hours) => {
    expect(parseHours(text)).toEqual(hours);
  });

  it.each(['9:00-17:00', '24:00-06:00', '08:00-24:01', '10:00-10:00', '00:00-00:00'])(
    'refuses "%s"',
    (text) => {
      expect(() => parseHours(text)).toThrow(RangeError);
    },
  );
});

describe('parseInstant', () => {
  it.each([
    ['2026-12-20T00:00:00Z', Date.UTC(2026, 11, 20)],
    ['2026-12-20T01:00:00+01:00', Date.UTC(2026, 11, 20)],
    ['2026-12-19T19:00:00-05:00', Date.UTC(2026, 11, 20)],
  ])('reads %s as epoch milliseconds', (text, ms) => {
    expect(parseInstant(text)).toBe(ms);
  });
});

describe('isTimeZone', () => {
  it.each(['UTC', 'Europe/Amsterdam', 'America/Argentina/Buenos_Aires', 'Etc/GMT+1'])(
    'knows %s',
    (name) => {
      expect(isTimeZone(name)).toBe(true);
    },
  );

  it.each(['Mars/Olympus', '+01:00', '-05:00', '', 'Z'])('refuses "%s"', (name) => {
    expect(isTimeZone(name)).toBe(false);
  });
});
