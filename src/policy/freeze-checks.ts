// Checks on freeze windows: one kind per window (a date range or a weekly window), in order.
import { has, mappingsOf, type PlainMapping } from './plain-data.js';
import type { KeyPath } from './policy-issue.js';
import { freezeSchema } from './schema.js';
import type { PathIssue } from './zod-issues.js';

const DATE_KEYS = ['from', 'until'] as const;
const WEEKLY_KEYS = ['days', 'hours', 'timezone'] as const;
const KINDS = 'either `from` and `until`, or `days` with optional `hours` and `timezone`';

export function freezeIssues(base: KeyPath, environment: PlainMapping): PathIssue[] {
  return mappingsOf(environment.freeze).flatMap(([index, window]) =>
    windowIssues([...base, 'freeze', index], window),
  );
}

function windowIssues(path: KeyPath, window: PlainMapping): PathIssue[] {
  const dated = DATE_KEYS.filter((key) => has(window, key));
  const weekly = WEEKLY_KEYS.filter((key) => has(window, key));
  if (dated.length > 0 && weekly.length > 0) {
    const message = `mixes a date range (${keyList(dated)}) with a weekly window (${keyList(weekly)}); a freeze window has ${KINDS}: split it in two`;
    return [{ path, message }];
  }
  if (dated.length > 0) return dateRangeIssues(path, window);
  if (has(window, 'days')) return [];
  if (weekly.length > 0) {
    const message = `missing required key \`days\`: a weekly window (${keyList(weekly)}) needs the days it applies to`;
    return [{ path: [...path, 'days'], message }];
  }
  return [{ path, message: `a freeze window needs ${KINDS}` }];
}

function dateRangeIssues(path: KeyPath, window: PlainMapping): PathIssue[] {
  const missing = DATE_KEYS.find((key) => !has(window, key));
  if (missing) {
    const message = `missing required key \`${missing}\`: a date range needs both \`from\` and \`until\``;
    return [{ path: [...path, missing], message }];
  }
  const { from, until } = window;
  if (!isInstant(from) || !isInstant(until) || Date.parse(from) < Date.parse(until)) return [];
  const message = `\`until\` "${until}" must be later than \`from\` "${from}"`;
  return [{ path: [...path, 'until'], message }];
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && freezeSchema.shape.from.safeParse(value).success;
}

function keyList(keys: readonly string[]): string {
  return keys.map((key) => `\`${key}\``).join(', ');
}
