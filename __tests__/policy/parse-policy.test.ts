import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/load.js';
import { FILE, SPEC_EXAMPLE, issuesOf, production, yaml } from './policy-text.js';

describe('parsePolicy', () => {
  it('parses the example policy of SPEC §4 with no issues', () => {
    const { policy, issues } = parsePolicy(SPEC_EXAMPLE, FILE);

    expect(issues).toEqual([]);
    expect(Object.keys(policy!.environments)).toEqual(['production', 'preview-*']);
    expect(policy!.environments['production']!.trust!.levels.map((level) => level.name)).toEqual([
      'newcomer',
      'member',
      'owner',
    ]);
    expect(policy!.environments['production']!.freeze[1]).toMatchObject({
      days: ['sat', 'sun'],
      hours: '00:00-24:00',
      timezone: 'Europe/Amsterdam',
      approvals: 2,
    });
  });

  it('fills in every default of an environment that sets nothing', () => {
    const { policy } = parsePolicy('version: 1\nenvironments:\n  production: {}\n', FILE);

    expect(policy!.environments['production']).toEqual({
      deployers: { permission: 'write', users: [], teams: [] },
      approvers: { permission: 'write', users: [], teams: [], stale: 'ignore' },
      approvals: 1,
      minimum: 0,
      paths: [],
      freeze: [],
      requests: false,
    });
  });

  it('fills in the defaults of trust, people rules and freeze windows', () => {
    const text = production(yaml`
      approvers: { users: [bob] }
      break-glass: { teams: [acme/sre] }
      trust:
        levels: [{ name: newcomer, after: 0, approvals: 1 }]
      freeze:
        - { name: Weekends, days: [sat, sun] }
    `);
    const environment = parsePolicy(text, FILE).policy!.environments['production']!;

    expect(environment.trust).toMatchObject({
      scope: 'person',
      window: '90d',
      'on-failure': 'demote',
    });
    expect(environment.approvers).toEqual({
      permission: 'write',
      users: ['bob'],
      teams: [],
      stale: 'ignore',
    });
    expect(environment['break-glass']).toEqual({
      permission: 'write',
      users: [],
      teams: ['acme/sre'],
    });
    expect(environment.freeze[0]!.timezone).toBe('UTC');
  });

  it.each([
    [
      'a misspelt environment key',
      'aprovals: 2',
      '4:5 environments.production.aprovals: unknown key `aprovals`; did you mean `approvals`?',
    ],
    [
      'a key missing its hyphen',
      'breakglass: { users: [alice] }',
      '4:5 environments.production.breakglass: unknown key `breakglass`; did you mean `break-glass`?',
    ],
    [
      'a key written in camel case',
      'freeze:\n  - { name: x, days: [sat], timeZone: UTC }',
      '5:33 environments.production.freeze[0].timeZone: unknown key `timeZone`; did you mean `timezone`?',
    ],
    [
      'a misspelt trust key',
      'trust:\n  levls: []',
      '5:7 environments.production.trust.levls: unknown key `levls`; did you mean `levels`?',
    ],
    [
      'a misspelt approvers key',
      'approvers: { stael: count }',
      '4:18 environments.production.approvers.stael: unknown key `stael`; did you mean `stale`?',
    ],
  ])('suggests the closest valid key for %s', (_case, body, expected) => {
    expect(issuesOf(production(body))).toContain(expected);
  });

  it('lists the valid keys when no key is close to an unknown one', () => {
    expect(issuesOf(production('reviewers: 2'))).toEqual([
      '4:5 environments.production.reviewers: unknown key `reviewers`; expected one of: deployers, approvers, approvals, minimum, trust, paths, branches, freeze, requests, break-glass',
    ]);
  });

  it('suggests `environments` for a misspelt top-level key', () => {
    expect(issuesOf('version: 1\nenvironment:\n  production: {}\n')).toEqual([
      '1:1 environments: missing required key `environments`: expected a mapping',
      '2:1 environment: unknown key `environment`; did you mean `environments`?',
    ]);
  });

  it.each([
    [
      'a word for a number',
      'approvals: two',
      '4:16 environments.production.approvals: expected a whole number, got "two"',
    ],
    [
      'a negative number',
      'minimum: -1',
      '4:14 environments.production.minimum: expected 0 or more, got -1',
    ],
    [
      'a fraction',
      'approvals: 1.5',
      '4:16 environments.production.approvals: expected a whole number, got 1.5',
    ],
    [
      'an empty value',
      'approvals:',
      '4:5 environments.production.approvals: expected a whole number, got an empty value',
    ],
    [
      'a string for a list',
      'branches: main',
      '4:15 environments.production.branches: expected a list, got "main"',
    ],
    [
      'a list for a mapping',
      'deployers: [alice]',
      '4:16 environments.production.deployers: expected a mapping, got a list',
    ],
    [
      'an unknown role',
      'deployers: { permission: writer }',
      '4:30 environments.production.deployers.permission: expected one of read, triage, write, maintain, admin, got "writer"; did you mean `write`?',
    ],
    [
      'a team without its organisation',
      'approvers: { teams: [leads] }',
      '4:26 environments.production.approvers.teams[0]: expected a team as "org/team-slug", got "leads"',
    ],
    [
      'an unknown trust scope',
      'trust: { scope: persons, levels: [{ name: a, after: 0, approvals: 0 }] }',
      '4:21 environments.production.trust.scope: expected one of person, team, got "persons"; did you mean `person`?',
    ],
    [
      'a duration in words',
      'trust: { window: 90 days, levels: [{ name: a, after: 0, approvals: 0 }] }',
      '4:22 environments.production.trust.window: expected a duration like 90d, 12w or 36h, got "90 days"',
    ],
    [
      'a zero duration',
      'trust: { window: 0d, levels: [{ name: a, after: 0, approvals: 0 }] }',
      '4:22 environments.production.trust.window: expected a duration like 90d, 12w or 36h, got "0d"',
    ],
    [
      'an empty ladder',
      'trust: { levels: [] }',
      '4:22 environments.production.trust.levels: expected a list of at least 1 item, got an empty list',
    ],
    [
      'a number for path globs',
      'paths: [{ match: 5, approvals: 2 }]',
      '4:22 environments.production.paths[0].match: expected a string or a list, got 5',
    ],
    [
      'a number among path globs',
      'paths: [{ match: ["db/**", 5], approvals: 2 }]',
      '4:32 environments.production.paths[0].match[1]: expected a string, got 5',
    ],
    [
      'an unknown day',
      'freeze: [{ name: x, days: [saturday] }]',
      '4:32 environments.production.freeze[0].days[0]: expected one of mon, tue, wed, thu, fri, sat, sun, got "saturday"',
    ],
  ])('reports %s with the value, what was expected and where', (_case, body, expected) => {
    expect(issuesOf(production(body))).toEqual([expected]);
  });

  it.each([
    [
      'version 2',
      'version: 2\nenvironments: { production: {} }',
      '1:10 version: expected 1, got 2',
    ],
    [
      'version as a string',
      'version: "1"\nenvironments: { production: {} }',
      '1:10 version: expected 1, got "1"',
    ],
    [
      'no version',
      'environments: { production: {} }',
      '1:1 version: missing required key `version`: expected 1',
    ],
  ])('accepts only `version: 1`: %s is an issue', (_case, text, expected) => {
    expect(issuesOf(text)).toEqual([expected]);
  });

  it('points a missing required key at the mapping that lacks it', () => {
    const text = production(yaml`
      trust:
        levels:
          - name: newcomer
            after: 0
    `);

    expect(issuesOf(text)).toEqual([
      '6:11 environments.production.trust.levels[0].approvals: missing required key `approvals`: expected a whole number',
    ]);
  });

  it('reports every problem of the file at once, in file order', () => {
    const text = yaml`
      version: 1
      environments:
        production:
          aprovals: 2
          minimum: -1
          trust:
            levels:
              - { name: newcomer, after: 1, approvals: 1 }
        staging:
          branches: main
          freeze: [{ name: x, days: [sat], timezone: Mars/Olympus }]
    `;

    expect(issuesOf(text)).toEqual([
      '4:5 environments.production.aprovals: unknown key `aprovals`; did you mean `approvals`?',
      '5:14 environments.production.minimum: expected 0 or more, got -1',
      '8:36 environments.production.trust.levels[0].after: the first level must start at `after: 0`, got 1',
      '10:15 environments.staging.branches: expected a list, got "main"',
      '11:48 environments.staging.freeze[0].timezone: unknown time zone "Mars/Olympus"; expected an IANA name like "Europe/Amsterdam" or "UTC"',
    ]);
    expect(parsePolicy(text, FILE).policy).toBeNull();
  });

  it('names the file in every issue', () => {
    const { issues } = parsePolicy(production('aprovals: 2'), 'policies/gate.yml');

    expect(issues.map((issue) => issue.file)).toEqual(['policies/gate.yml']);
  });
});

describe('parsePolicy on text that is not a policy', () => {
  it.each([
    [
      'an empty file',
      '',
      '1:1 : the policy file is empty; expected a mapping with `version: 1` and `environments`',
    ],
    [
      'a file of comments only',
      '# nothing yet\n',
      '1:1 : the policy file is empty; expected a mapping with `version: 1` and `environments`',
    ],
    [
      'a list',
      '- production\n',
      '1:1 : expected a mapping with `version: 1` and `environments`, got a list',
    ],
    [
      'a word',
      'production\n',
      '1:1 : expected a mapping with `version: 1` and `environments`, got "production"',
    ],
    [
      'a duplicated key',
      'version: 1\nversion: 1\nenvironments: {}\n',
      '2:1 : duplicate key `version`; a key may appear only once in a mapping',
    ],
    [
      'a misindented key',
      'version: 1\nenvironments:\n  production: {}\n approvals: 1\n',
      '4:1 : YAML syntax error: All mapping items must start at the same column',
    ],
    ['an unclosed quote', 'version: "1\n', '2:1 : YAML syntax error: Missing closing "quote'],
    [
      'an alias without its anchor',
      'version: 1\nenvironments: *envs\n',
      '2:15 : cannot read the YAML: Unresolved alias (the anchor must be set before the alias): envs',
    ],
  ])('reports %s with its position', (_case, text, expected) => {
    expect(issuesOf(text)).toEqual([expected]);
  });
});
