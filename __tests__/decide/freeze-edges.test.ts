// Freeze windows: minutes, wrap-around, hours without days, and which windows are in force.
import { describe, expect, it } from 'vitest';
import { activeFreezes, isFrozen } from '../../src/decide/freeze.js';
import type { Freeze } from '../../src/policy/schema.js';
import { aFreeze } from '../builders.js';

const at = (iso: string) => Date.parse(iso);

// Saturday 13, Sunday 14 and Monday 15 June 2026, in UTC.
describe('recurring hours', () => {
  const officeHours = aFreeze({ days: ['mon'], hours: '09:30-17:45' });

  it.each([
    ['2026-06-15T09:29:00Z', false],
    ['2026-06-15T09:30:00Z', true], // start inclusive, minutes count
    ['2026-06-15T17:44:00Z', true],
    ['2026-06-15T17:45:00Z', false], // end exclusive
    ['2026-06-15T20:00:00Z', false],
  ])('09:30-17:45 on Monday, at %s: frozen %s', (time, frozen) => {
    expect(isFrozen(officeHours, at(time))).toBe(frozen);
  });

  const fullDay = aFreeze({ days: ['sat'], hours: '06:00-06:00' });

  it.each([
    ['2026-06-13T05:59:00Z', false],
    ['2026-06-13T06:00:00Z', true],
    ['2026-06-14T05:59:00Z', true], // equal ends wrap: until 06:00 the next day
    ['2026-06-14T06:00:00Z', false],
  ])('06:00-06:00 on Saturday, at %s: frozen %s', (time, frozen) => {
    expect(isFrozen(fullDay, at(time))).toBe(frozen);
  });

  it('without `days` apply every day, and only in those hours', () => {
    const nights = aFreeze({ hours: '22:00-06:00' });
    expect(isFrozen(nights, at('2026-06-15T12:00:00Z'))).toBe(false);
    expect(isFrozen(nights, at('2026-06-15T23:00:00Z'))).toBe(true);
  });

  it('read an empty time zone as UTC', () => {
    const freeze = aFreeze({ days: ['mon'], hours: '09:00-10:00', timezone: '' });
    expect(isFrozen(freeze, at('2026-06-15T09:30:00Z'))).toBe(true);
  });
});

describe('the freezes in force', () => {
  it('are only those the clock is inside', () => {
    const weekend: Freeze = aFreeze({ name: 'Weekend', days: ['sat', 'sun'] });
    const monday: Freeze = aFreeze({ name: 'Monday', days: ['mon'] });
    expect(activeFreezes([weekend, monday], at('2026-06-14T12:00:00Z'))).toEqual([weekend]);
  });
});
