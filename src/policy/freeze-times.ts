// Times in freeze windows: daily hours, instants and IANA time zones.

/** The shape of freeze `hours`; `hoursProblem` checks the values. */
export const HOURS_PATTERN = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/;
const DAY_MINUTES = 24 * 60;

/** A freeze window's daily hours in minutes after midnight; `end` < `start` runs past midnight. */
export interface Hours {
  start: number;
  /** Exclusive; 1440 for `24:00`. */
  end: number;
}

/** `HH:MM-HH:MM` in minutes after midnight; throws a RangeError on anything else. */
export function parseHours(text: string): Hours {
  const hours = readHours(text);
  if (typeof hours === 'string') throw new RangeError(hours);
  return hours;
}

/** Why `text` is not a valid freeze `hours` range, or null when it is. */
export function hoursProblem(text: string): string | null {
  const hours = readHours(text);
  return typeof hours === 'string' ? hours : null;
}

function readHours(text: string): Hours | string {
  const match = HOURS_PATTERN.exec(text);
  if (!match) return `expected hours as HH:MM-HH:MM, like "18:00-08:00", got "${text}"`;
  const [, startHour, startMinute, endHour, endMinute] = match.map(Number) as number[];
  const start = minutesOf(startHour!, startMinute!, false);
  const end = minutesOf(endHour!, endMinute!, true);
  if (start === null) return `"${text}" starts at an impossible time; use 00:00 to 23:59`;
  if (end === null) return `"${text}" ends at an impossible time; use 00:00 to 23:59, or 24:00`;
  if (start === end) {
    return `"${text}" starts and ends at the same time; for a whole day write "00:00-24:00"`;
  }
  return { start, end };
}

function minutesOf(hour: number, minute: number, isEnd: boolean): number | null {
  if (isEnd && hour === 24 && minute === 0) return DAY_MINUTES;
  if (hour > 23 || minute > 59) return null;
  return hour * 60 + minute;
}

/**
 * An ISO 8601 instant (already validated by the schema: explicit `Z` or `±HH:MM`) in epoch
 * milliseconds; throws a RangeError when it cannot be read.
 */
export function parseInstant(text: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new RangeError(`invalid time "${text}"`);
  return ms;
}

/**
 * Whether `name` is an IANA time zone this runtime knows. Offsets like `+01:00` are refused
 * even where the runtime accepts them (Node 24 does, Node 20 does not), so a policy means the
 * same thing everywhere.
 */
export function isTimeZone(name: string): boolean {
  if (/^[+-]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA time zone name this runtime lists (for suggestions). */
export function knownTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}
