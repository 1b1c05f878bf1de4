import { describe, expect, it } from 'vitest';
import { hoursProblem, parseInstant } from '../../src/policy/freeze-times.js';
import { issuesOf, production, yaml } from './policy-text.js';

/** A production environment whose trust ladder is `levels` (one flow mapping a line). */
function ladder(...levels: string[]): string {
  return production(['trust:', '  levels:', ...levels.map((level) => `    - ${level}`)].join('\n'));
}

describe('ladder checks leave values zod refuses to zod', () => {
  it('compares no `after` that is negative', () => {
    const text = ladder(
      '{ name: a, after: 0, approvals: 1 }',
      '{ name: b, after: -1, approvals: 1 }',
    );
    expect(issuesOf(text)).toEqual([
      '7:29 environments.production.trust.levels[1].after: expected 0 or more, got -1',
    ]);
  });

  it('compares no `after` that is not whole', () => {
    const text = ladder(
      '{ name: a, after: 0, approvals: 1 }',
      '{ name: b, after: 3, approvals: 1 }',
      '{ name: c, after: 2.5, approvals: 1 }',
    );
    expect(issuesOf(text)).toEqual([
      '8:29 environments.production.trust.levels[2].after: expected a whole number, got 2.5',
    ]);
  });

  it('compares no `approvals` below that is negative', () => {
    const text = ladder(
      '{ name: a, after: 0, approvals: -1 }',
      '{ name: b, after: 3, approvals: 0 }',
    );
    expect(issuesOf(text)).toEqual([
      '6:43 environments.production.trust.levels[0].approvals: expected 0 or more, got -1',
    ]);
  });

  it('compares no `approvals` that is not whole', () => {
    const text = ladder(
      '{ name: a, after: 0, approvals: 2 }',
      '{ name: b, after: 3, approvals: 2.5 }',
    );
    expect(issuesOf(text)).toEqual([
      '7:43 environments.production.trust.levels[1].approvals: expected a whole number, got 2.5',
    ]);
  });

  it('says "the level" for a level without a name, and checks no names or references then', () => {
    const text = `${ladder(
      '{ after: 0, approvals: 1 }',
      '{ after: 3, approvals: 1 }',
      '{ after: 1, approvals: 1 }',
    )}    approvers:\n      level: owner\n`;
    expect(issuesOf(text)).toEqual([
      '6:11 environments.production.trust.levels[0].name: missing required key `name`: expected a string',
      '7:11 environments.production.trust.levels[1].name: missing required key `name`: expected a string',
      '8:11 environments.production.trust.levels[2].name: missing required key `name`: expected a string',
      '8:20 environments.production.trust.levels[2].after: `after` must be greater than the level below (the level has after: 3), got 1',
    ]);
  });

  it('skips ladder entries that are not mappings', () => {
    expect(issuesOf(ladder('5', '{ name: a, after: 0, approvals: 1 }'))).toEqual([
      '6:11 environments.production.trust.levels[0]: expected a mapping, got 5',
    ]);
  });
});

describe('freeze checks leave values zod refuses to zod', () => {
  it('compares no date range whose `from` is not a time', () => {
    expect(
      issuesOf(production('freeze:\n  - { name: x, from: soon, until: "2026-12-20T00:00:00Z" }')),
    ).toEqual([
      '5:26 environments.production.freeze[0].from: expected an ISO 8601 time with seconds and an explicit offset, like "2026-12-20T00:00:00Z" or "2026-12-20T00:00:00+01:00", got "soon"',
    ]);
  });

  it('skips freeze entries that are not mappings', () => {
    expect(issuesOf(production('freeze:\n  - 5'))).toEqual([
      '5:9 environments.production.freeze[0]: expected a mapping, got 5',
    ]);
  });
});

describe('freeze times read on their own', () => {
  it('names the expected form of hours that are no range', () => {
    expect(hoursProblem('evenings')).toBe(
      'expected hours as HH:MM-HH:MM, like "18:00-08:00", got "evenings"',
    );
  });

  it('throws on an instant it cannot read', () => {
    expect(() => parseInstant('2026-02-30T25:00:00Z')).toThrow(
      new RangeError('invalid time "2026-02-30T25:00:00Z"'),
    );
  });
});

describe('zod issues as messages', () => {
  it('refuses an empty environment name', () => {
    const text = yaml`
      version: 1
      environments:
        "": { approvals: 1 }
    `;
    expect(issuesOf(text)).toEqual(['3:7 environments[""]: expected a non-empty string, got ""']);
  });

  it('points a path rule without `match` at the rule, saying what `match` takes', () => {
    expect(issuesOf(production('paths:\n  - { approvals: 2 }'))).toEqual([
      '5:9 environments.production.paths[0].match: expected a string or a list, got an empty value',
    ]);
  });

  it('says an empty `match` list needs an item, not that it is no string', () => {
    expect(issuesOf(production('paths:\n  - { match: [], approvals: 2 }'))).toEqual([
      '5:18 environments.production.paths[0].match: expected a list of at least 1 item, got an empty list',
    ]);
  });

  it('describes a mapping, NaN and a number where a word was expected', () => {
    const text = production('approvals: { x: 1 }\nminimum: .nan\ndeployers: { permission: 5 }');
    expect(issuesOf(text)).toEqual([
      '4:16 environments.production.approvals: expected a whole number, got a mapping',
      '5:14 environments.production.minimum: expected a whole number, got NaN',
      '6:30 environments.production.deployers.permission: expected one of read, triage, write, maintain, admin, got 5',
    ]);
  });

  it('quotes a value of 60 characters whole and cuts a longer one to 57 and "..."', () => {
    const level = '[{ name: a, after: 0, approvals: 0 }]';
    const sixty = 'y'.repeat(60);
    const long = `${'x'.repeat(57)}abcd`;
    expect(issuesOf(production(`trust: { window: ${sixty}, levels: ${level} }`))).toEqual([
      `4:22 environments.production.trust.window: expected a duration like 90d, 12w or 36h, got "${sixty}"`,
    ]);
    expect(issuesOf(production(`trust: { window: ${long}, levels: ${level} }`))).toEqual([
      `4:22 environments.production.trust.window: expected a duration like 90d, 12w or 36h, got "${'x'.repeat(57)}..."`,
    ]);
  });
});
