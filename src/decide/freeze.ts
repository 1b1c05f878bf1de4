// Freeze windows: absolute (`from`/`until`) and recurring (`days`, `hours`, IANA `timezone`).
import type { Day, Freeze } from '../policy/schema.js';

const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MINUTES_PER_DAY = 24 * 60;
const formatters = new Map<string, Intl.DateTimeFormat>();

interface LocalTime {
  day: Day;
  /** Minutes since local midnight. */
  minute: number;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    const options = { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit' } as const;
    format = new Intl.DateTimeFormat('en-US', { ...options, hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Weekday and wall-clock minute at `at` (ms) in `timeZone`. */
export function localTime(at: number, timeZone: string): LocalTime {
  const parts = formatter(timeZone).formatToParts(at);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = part('weekday').slice(0, 3).toLowerCase() as Day;
  return { day, minute: (Number(part('hour')) % 24) * 60 + Number(part('minute')) };
}

function minutes(clock: string): number {
  const [hours, mins] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (mins ?? 0);
}

/** `HH:MM-HH:MM` as [start, end) minutes; no hours means the whole day. */
function hourRange(hours: string | undefined): [number, number] {
  if (!hours) return [0, MINUTES_PER_DAY];
  const [start = '00:00', end = '24:00'] = hours.split('-');
  return [minutes(start), minutes(end)];
}

function dayBefore(day: Day): Day {
  return DAYS[(DAYS.indexOf(day) + 6) % 7]!;
}

/**
 * Inside the recurring part: from `start` on a listed day to `end` the same day, or, when the range
 * wraps midnight (`22:00-06:00`, or equal ends), to `end` on the next day.
 */
function inRecurring(freeze: Freeze, at: number): boolean {
  const days = freeze.days ?? DAYS;
  const [start, end] = hourRange(freeze.hours);
  const { day, minute } = localTime(at, freeze.timezone || 'UTC');
  if (start < end) return days.includes(day) && minute >= start && minute < end;
  return (days.includes(day) && minute >= start) || (days.includes(dayBefore(day)) && minute < end);
}

function inAbsolute(freeze: Freeze, at: number): boolean {
  if (freeze.from !== undefined && !(at >= Date.parse(freeze.from))) return false;
  return freeze.until === undefined || at < Date.parse(freeze.until);
}

/** Whether `at` (ms) falls inside the freeze: every condition given must hold. */
export function isFrozen(freeze: Freeze, at: number): boolean {
  if (!inAbsolute(freeze, at)) return false;
  return freeze.days === undefined && freeze.hours === undefined ? true : inRecurring(freeze, at);
}

/** The freezes in force at `at` (ms). */
export function activeFreezes(freezes: readonly Freeze[], at: number): Freeze[] {
  return freezes.filter((freeze) => isFrozen(freeze, at));
}
