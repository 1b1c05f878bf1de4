import { describe, expect, it } from 'vitest';
import { isFrozen, localTime } from '../../src/decide/freeze.js';
import type { Freeze } from '../../src/policy/schema.js';
import { aFreeze } from '../builders.js';

const at = (iso: string) => Date.parse(iso);

describe('an absolute freeze', () => {
  const holiday = aFreeze({
    name: 'Holiday freeze',
    from: '2026-12-20T00:00:00+01:00',
    until: '2027-01-04T00:00:00Z',
  });

  it.each([
    ['2026-12-19T22:59:59.999Z', false],
    ['2026-12-19T23:00:00Z', true], // `from` is inclusive (+01:00)
    ['2027-01-03T23:59:59Z', true],
    ['2027-01-04T00:00:00Z', false], // `until` is exclusive
  ])('at %s is frozen: %s', (time, frozen) => {
    expect(isFrozen(holiday, at(time))).toBe(frozen);
  });

  it('with only `from` lasts from then on', () => {
    const freeze = aFreeze({ from: '2026-12-20T00:00:00Z' });
    expect(isFrozen(freeze, at('2030-01-01T00:00:00Z'))).toBe(true);
    expect(isFrozen(freeze, at('2026-12-19T00:00:00Z'))).toBe(false);
  });
});

describe('a recurring freeze', () => {
  const nightAfterSaturday = aFreeze({
    days: ['sat'],
    hours: '22:00-06:00',
    timezone: 'Europe/Amsterdam',
  });

  it.each<[string, Freeze, string, boolean]>([
    // Saturday 28 March 2026; the clocks go forward at 02:00 on Sunday 29 March.
    ['before the start on the listed day', nightAfterSaturday, '2026-03-28T20:59:59Z', false],
    ['at the start, 22:00 CET', nightAfterSaturday, '2026-03-28T21:00:00Z', true],
    ['past midnight into Sunday', nightAfterSaturday, '2026-03-28T23:30:00Z', true],
    ['across the spring-forward gap, 05:59 CEST', nightAfterSaturday, '2026-03-29T03:59:00Z', true],
    ['at the end, 06:00 CEST (exclusive)', nightAfterSaturday, '2026-03-29T04:00:00Z', false],
    ['Sunday night is not Saturday night', nightAfterSaturday, '2026-03-29T21:30:00Z', false],
    [
      'Saturday early morning belongs to Friday night',
      nightAfterSaturday,
      '2026-03-28T03:00:00Z',
      false,
    ],
    // Saturday 24 October 2026; the clocks go back at 03:00 on Sunday 25 October.
    ['at the start, 22:00 CEST', nightAfterSaturday, '2026-10-24T20:00:00Z', true],
    ['across the fall-back hour, 05:59 CET', nightAfterSaturday, '2026-10-25T04:59:00Z', true],
    ['at the end, 06:00 CET', nightAfterSaturday, '2026-10-25T05:00:00Z', false],
  ])('%s', (_, freeze, time, frozen) => {
    expect(isFrozen(freeze, at(time))).toBe(frozen);
  });

  const weekends = aFreeze({
    name: 'Weekends',
    days: ['sat', 'sun'],
    timezone: 'Europe/Amsterdam',
  });
  const fridayEvening = aFreeze({ days: ['fri'], hours: '18:00-24:00' });

  it.each<[string, Freeze, string, boolean]>([
    ['without hours covers the whole local Saturday', weekends, '2026-01-02T23:30:00Z', true],
    ['without hours ends at local midnight on Sunday', weekends, '2026-01-04T22:59:59Z', true],
    ['Monday 00:00 local is outside', weekends, '2026-01-04T23:00:00Z', false],
    ['`24:00` runs to the end of the day', fridayEvening, '2026-01-02T23:59:59Z', true],
    ['`24:00` is exclusive', fridayEvening, '2026-01-03T00:00:00Z', false],
    ['the start is inclusive', fridayEvening, '2026-01-02T18:00:00Z', true],
    ['UTC is the default zone', fridayEvening, '2026-01-02T17:59:59Z', false],
  ])('%s', (_, freeze, time, frozen) => {
    expect(isFrozen(freeze, at(time))).toBe(frozen);
  });

  it('combines with `from`/`until`: both must hold', () => {
    const freeze = aFreeze({
      days: ['sat'],
      from: '2026-03-01T00:00:00Z',
      until: '2026-04-01T00:00:00Z',
    });
    expect(isFrozen(freeze, at('2026-03-28T12:00:00Z'))).toBe(true);
    expect(isFrozen(freeze, at('2026-04-04T12:00:00Z'))).toBe(false);
  });

  it('reads the local weekday and time with Intl', () => {
    expect(localTime(at('2026-03-29T01:30:00Z'), 'Europe/Amsterdam')).toEqual({
      day: 'sun',
      minute: 3 * 60 + 30,
    });
    expect(localTime(at('2026-03-29T00:00:00Z'), 'UTC')).toEqual({ day: 'sun', minute: 0 });
  });
});
