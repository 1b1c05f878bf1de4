import { describe, expect, it } from 'vitest';
import { issuesOf, production, yaml } from './policy-text.js';

/** A production environment whose trust ladder is `levels` (one flow mapping a line). */
function ladder(...levels: string[]): string {
  return production(['trust:', '  levels:', ...levels.map((level) => `    - ${level}`)].join('\n'));
}

describe('the trust ladder', () => {
  it('accepts a ladder that starts at 0, climbs and relaxes', () => {
    const text = ladder(
      '{ name: newcomer, after: 0, approvals: 2 }',
      '{ name: member, after: 3, approvals: 2 }',
      '{ name: owner, after: 10, approvals: 0 }',
    );

    expect(issuesOf(text)).toEqual([]);
  });

  it('requires the first level to start at `after: 0`', () => {
    expect(issuesOf(ladder('{ name: newcomer, after: 2, approvals: 1 }'))).toEqual([
      '6:36 environments.production.trust.levels[0].after: the first level must start at `after: 0`, got 2',
    ]);
  });

  it.each([
    ['equal to', 0],
    ['lower than', 2],
  ])('refuses an `after` %s the level below', (_case, after) => {
    const text = ladder(
      '{ name: newcomer, after: 0, approvals: 1 }',
      '{ name: member, after: 3, approvals: 1 }',
      `{ name: owner, after: ${after}, approvals: 0 }`,
    );

    expect(issuesOf(text)).toEqual([
      `8:33 environments.production.trust.levels[2].after: \`after\` must be greater than the level below (\`member\` has after: 3), got ${after}`,
    ]);
  });

  it('refuses a level that needs more approvals than the one below', () => {
    const text = ladder(
      '{ name: newcomer, after: 0, approvals: 1 }',
      '{ name: member, after: 3, approvals: 2 }',
    );

    expect(issuesOf(text)).toEqual([
      '7:48 environments.production.trust.levels[1].approvals: `approvals` must not increase up the ladder: `newcomer` below needs 1, got 2',
    ]);
  });

  it('refuses a level name used twice', () => {
    const text = ladder(
      '{ name: newcomer, after: 0, approvals: 1 }',
      '{ name: newcomer, after: 3, approvals: 0 }',
    );

    expect(issuesOf(text)).toEqual([
      '7:19 environments.production.trust.levels[1].name: level name `newcomer` is already used by levels[0]; names must be unique',
    ]);
  });

  it('still checks the order of levels when another level has a type error', () => {
    const text = ladder(
      '{ name: newcomer, after: 0, approvals: 1 }',
      '{ name: member, after: 0, approvals: 1 }',
      '{ name: owner, after: ten, approvals: 0 }',
    );

    expect(issuesOf(text)).toEqual([
      '7:34 environments.production.trust.levels[1].after: `after` must be greater than the level below (`newcomer` has after: 0), got 0',
      '8:33 environments.production.trust.levels[2].after: expected a whole number, got "ten"',
    ]);
  });
});

describe('people rules that name a level', () => {
  const levels = ['  levels:', '    - { name: newcomer, after: 0, approvals: 1 }'];
  const levelsText = ['    - { name: owner, after: 10, approvals: 0 }'];

  it.each(['deployers', 'approvers', 'break-glass'])(
    'accept a level of the ladder in %s',
    (rule) => {
      const text = production(
        [`${rule}: { level: owner }`, 'trust:', ...levels, ...levelsText].join('\n'),
      );

      expect(issuesOf(text)).toEqual([]);
    },
  );

  it.each(['deployers', 'approvers', 'break-glass'])(
    'refuse an unknown level in %s and suggest the closest',
    (rule) => {
      const text = production(
        [`${rule}: { level: ownr }`, 'trust:', ...levels, ...levelsText].join('\n'),
      );
      const column = 5 + `${rule}: { level: `.length;

      expect(issuesOf(text)).toEqual([
        `4:${column} environments.production.${rule}.level: unknown level \`ownr\`; did you mean \`owner\`?; this environment's levels are: newcomer, owner`,
      ]);
    },
  );

  it('refuse a level in an environment without a trust ladder', () => {
    expect(issuesOf(production('approvers: { level: owner }'))).toEqual([
      '4:25 environments.production.approvers.level: level `owner` needs a trust ladder: add `trust.levels` to this environment, or remove `level`',
    ]);
  });
});

describe('freeze windows', () => {
  it.each([
    [
      'a date range in UTC',
      '{ name: x, from: "2026-12-20T00:00:00Z", until: "2027-01-04T00:00:00Z" }',
    ],
    [
      'a date range with offsets',
      '{ name: x, from: "2026-12-20T00:00:00+01:00", until: "2026-12-20T00:00:01+01:00" }',
    ],
    ['whole days', '{ name: x, days: [sat, sun] }'],
    ['whole days by their hours', '{ name: x, days: [sat], hours: "00:00-24:00" }'],
    [
      'nights past midnight',
      '{ name: x, days: [fri], hours: "22:00-06:00", timezone: Asia/Tokyo }',
    ],
    ['a window that allows deploys with approvals', '{ name: x, days: [mon], approvals: 2 }'],
  ])('accept %s', (_case, window) => {
    expect(issuesOf(production(`freeze:\n  - ${window}`))).toEqual([]);
  });

  it.each([
    [
      'an end before its start',
      '{ name: x, from: "2026-12-20T00:00:00Z", until: "2026-12-19T00:00:00Z" }',
      '5:57 environments.production.freeze[0].until: `until` "2026-12-19T00:00:00Z" must be later than `from` "2026-12-20T00:00:00Z"',
    ],
    [
      'an end equal to its start once offsets are applied',
      '{ name: x, from: "2026-12-20T01:00:00+01:00", until: "2026-12-20T00:00:00Z" }',
      '5:62 environments.production.freeze[0].until: `until` "2026-12-20T00:00:00Z" must be later than `from` "2026-12-20T01:00:00+01:00"',
    ],
    [
      'a start without an end',
      '{ name: x, from: "2026-12-20T00:00:00Z" }',
      '5:9 environments.production.freeze[0].until: missing required key `until`: a date range needs both `from` and `until`',
    ],
    [
      'an end without a start',
      '{ name: x, until: "2026-12-20T00:00:00Z" }',
      '5:9 environments.production.freeze[0].from: missing required key `from`: a date range needs both `from` and `until`',
    ],
    [
      'a time without an offset',
      '{ name: x, from: "2026-12-20T00:00:00", until: "2027-01-04T00:00:00Z" }',
      '5:26 environments.production.freeze[0].from: expected an ISO 8601 time with seconds and an explicit offset, like "2026-12-20T00:00:00Z" or "2026-12-20T00:00:00+01:00", got "2026-12-20T00:00:00"',
    ],
    [
      'a date without a time',
      '{ name: x, from: "2026-12-20Z", until: "2027-01-04T00:00:00Z" }',
      '5:26 environments.production.freeze[0].from: expected an ISO 8601 time with seconds and an explicit offset, like "2026-12-20T00:00:00Z" or "2026-12-20T00:00:00+01:00", got "2026-12-20Z"',
    ],
    [
      'an impossible date',
      '{ name: x, from: "2026-02-30T00:00:00Z", until: "2027-01-04T00:00:00Z" }',
      '5:26 environments.production.freeze[0].from: expected an ISO 8601 time with seconds and an explicit offset, like "2026-12-20T00:00:00Z" or "2026-12-20T00:00:00+01:00", got "2026-02-30T00:00:00Z"',
    ],
    [
      'a date range mixed with days',
      '{ name: x, from: "2026-12-20T00:00:00Z", until: "2027-01-04T00:00:00Z", days: [sat] }',
      '5:9 environments.production.freeze[0]: mixes a date range (`from`, `until`) with a weekly window (`days`); a freeze window has either `from` and `until`, or `days` with optional `hours` and `timezone`: split it in two',
    ],
    [
      'a date range with a time zone',
      '{ name: x, from: "2026-12-20T00:00:00Z", until: "2027-01-04T00:00:00Z", timezone: UTC }',
      '5:9 environments.production.freeze[0]: mixes a date range (`from`, `until`) with a weekly window (`timezone`); a freeze window has either `from` and `until`, or `days` with optional `hours` and `timezone`: split it in two',
    ],
    [
      'neither dates nor days',
      '{ name: x, approvals: 2 }',
      '5:9 environments.production.freeze[0]: a freeze window needs either `from` and `until`, or `days` with optional `hours` and `timezone`',
    ],
    [
      'hours without days',
      '{ name: x, hours: "18:00-08:00" }',
      '5:9 environments.production.freeze[0].days: missing required key `days`: a weekly window (`hours`) needs the days it applies to',
    ],
    [
      'a freeze without a name',
      '{ days: [sat] }',
      '5:9 environments.production.freeze[0].name: missing required key `name`: expected a string',
    ],
  ])('refuse %s', (_case, window, expected) => {
    expect(issuesOf(production(`freeze:\n  - ${window}`))).toEqual([expected]);
  });

  it.each([
    ['6pm-8am', 'expected hours as HH:MM-HH:MM, like "18:00-08:00", got "6pm-8am"'],
    ['9:00-17:00', 'expected hours as HH:MM-HH:MM, like "18:00-08:00", got "9:00-17:00"'],
    ['24:00-06:00', '"24:00-06:00" starts at an impossible time; use 00:00 to 23:59'],
    ['08:60-17:00', '"08:60-17:00" starts at an impossible time; use 00:00 to 23:59'],
    ['08:00-24:30', '"08:00-24:30" ends at an impossible time; use 00:00 to 23:59, or 24:00'],
    ['08:00-25:00', '"08:00-25:00" ends at an impossible time; use 00:00 to 23:59, or 24:00'],
    [
      '08:00-08:00',
      '"08:00-08:00" starts and ends at the same time; for a whole day write "00:00-24:00"',
    ],
  ])('refuse the hours "%s"', (hours, message) => {
    const text = production(`freeze:\n  - { name: x, days: [sat], hours: "${hours}" }`);

    expect(issuesOf(text)).toEqual([`5:40 environments.production.freeze[0].hours: ${message}`]);
  });

  it.each([
    ['Europe/Amsterdm', '; did you mean `Europe/Amsterdam`?'],
    ['Mars/Olympus', ''],
    ['+01:00', ''],
    ['', ''],
  ])('refuse the time zone "%s"', (timezone, suggestion) => {
    const text = production(`freeze:\n  - { name: x, days: [sat], timezone: "${timezone}" }`);

    expect(issuesOf(text)).toEqual([
      `5:43 environments.production.freeze[0].timezone: unknown time zone "${timezone}"; expected an IANA name like "Europe/Amsterdam" or "UTC"${suggestion}`,
    ]);
  });
});

describe('globs', () => {
  it.each([
    ['an environment key', '  "preview-[": {}', '3:3 environments["preview-["]'],
    [
      'a path rule',
      '  production:\n    paths: [{ match: "db/[migrations/**", approvals: 2 }]',
      '4:22 environments.production.paths[0].match',
    ],
    [
      "one of a path rule's globs",
      '  production:\n    paths: [{ match: ["infra/**", "db/[migrations/**"], approvals: 2 }]',
      '4:35 environments.production.paths[0].match[1]',
    ],
    [
      'a branch',
      '  production:\n    branches: [main, "release/[0-9"]',
      '4:22 environments.production.branches[1]',
    ],
  ])('are checked in %s', (_case, environments, where) => {
    const text = `version: 1\nenvironments:\n${environments}\n`;
    const glob = /"([^"]*\[[^"]*)"/.exec(environments)![1]!;

    expect(issuesOf(text)).toEqual([
      `${where}: "${glob}" is not a valid glob: unclosed \`[\`; write \`\\[\` for a literal [`,
    ]);
  });
});

describe('environment keys', () => {
  it('must name at least one environment', () => {
    expect(issuesOf('version: 1\nenvironments: {}\n')).toEqual([
      '2:15 environments: no environments: add at least one, like `production:`',
    ]);
  });

  it('may not differ only in case, since environment names match case-insensitively', () => {
    const text = yaml`
      version: 1
      environments:
        production: {}
        Production: {}
    `;

    expect(issuesOf(text)).toEqual([
      '4:3 environments.Production: `Production` names the same environment as `production` (environment names match case-insensitively); merge the two',
    ]);
  });

  it('are all checked even when one of them is not a valid glob', () => {
    const text = yaml`
      version: 1
      environments:
        "[":
          approvals: -1
    `;

    expect(issuesOf(text)).toEqual([
      '3:3 environments["["]: "[" is not a valid glob: unclosed `[`; write `\\[` for a literal [',
      '4:16 environments["["].approvals: expected 0 or more, got -1',
    ]);
  });
});
