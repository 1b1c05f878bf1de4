// ISO 8601 times to epoch milliseconds, fast for the form GitHub writes (`2026-05-01T12:00:00Z`).

const MS_PER_DAY = 86_400_000;
const ZERO = 48; // '0'

/** `YYYY-MM-DDTHH:MM:SSZ`, optionally with `.sss`: the forms read here; others go to Date.parse. */
const PLAIN_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3})?Z$/;

/** Days from 1970-01-01 to a proleptic Gregorian date; days past the month's end run on, as in Date.UTC. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year; // years start in March, so leap days come last
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written by the two digits at `i` (known to be digits). */
function twoDigits(text: string, i: number): number {
  return (text.charCodeAt(i) - ZERO) * 10 + text.charCodeAt(i + 1) - ZERO;
}

/** Epoch ms of an ISO 8601 time (NaN when unreadable), exactly as Date.parse gives, but faster. */
export function isoMs(text: string): number {
  if (!PLAIN_UTC.test(text)) return Date.parse(text);
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const ms = text.length === 20 ? 0 : twoDigits(text, 20) * 10 + text.charCodeAt(22) - ZERO;
  const date = month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (!date || hour > 23 || minute > 59 || second > 59) return Date.parse(text);
  const time = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return daysFromCivil(year, month, day) * MS_PER_DAY + time;
}

/**
 * GitHub's form of a real instant: `YYYY-MM-DDTHH:MM:SSZ`, optionally with `.sss`, no field out of
 * range and no day past its month's end (29 February aside).
 */
const CALENDAR_UTC =
  /^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z$/;

/**
 * Whether `text` is in GitHub's form of a real instant. Two such times of one length sort as text
 * exactly as they sort in time (`isoMs`).
 */
export function inGitHubForm(text: string): boolean {
  return CALENDAR_UTC.test(text);
}
