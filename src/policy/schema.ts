// The policy file's one source of truth: types, defaults, structural validation and JSON Schema.
import { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { durationPattern } from './duration.js';
import { globProblem } from './glob-check.js';
import { HOURS_PATTERN, hoursProblem, isTimeZone, knownTimeZones } from './freeze-times.js';

export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export { durationPattern };

/** Adds a check to a string schema; `problem` returns the message, or null when all is well. */
function checked<T extends z.ZodType<string>>(
  schema: T,
  problem: (value: string) => string | null,
) {
  return schema.superRefine((value, context) => {
    const message = problem(value);
    if (message !== null) context.addIssue({ code: 'custom', message, input: value });
  });
}

const permission = z
  .enum(PERMISSIONS)
  .describe('Minimum repository role: read, triage, write, maintain or admin');
const count = z.int().min(0);
const login = z.string().min(1).describe('GitHub login as REST spells it (bots end in [bot])');
const teamSlug = z
  .string()
  .regex(/^[^/\s]+\/[^/\s]+$/, 'expected a team as "org/team-slug"')
  .describe('Team as org/team-slug');
const glob = checked(z.string().min(1), globProblem).describe('minimatch glob');
const duration = z
  .string()
  .regex(durationPattern, 'expected a duration like 90d, 12w or 36h')
  .describe('Nd, Nw or Nh');
const instant = z.iso.datetime({
  offset: true,
  error:
    'expected an ISO 8601 time with seconds and an explicit offset, like "2026-12-20T00:00:00Z" or "2026-12-20T00:00:00+01:00"',
});
const timeZone = checked(z.string(), (name) =>
  isTimeZone(name)
    ? null
    : `unknown time zone "${name}"; expected an IANA name like "Europe/Amsterdam" or "UTC"${didYouMean(name, knownTimeZones())}`,
);
const hours = checked(
  z.string().regex(HOURS_PATTERN, 'expected hours as HH:MM-HH:MM, like "18:00-08:00"'),
  (range) => (HOURS_PATTERN.test(range) ? hoursProblem(range) : null),
);

const peopleShape = {
  permission: permission.default('write'),
  users: z.array(login).default([]).describe('People who qualify whatever their role'),
  teams: z
    .array(teamSlug)
    .default([])
    .describe('org/team slugs; members qualify when they also hold `permission`'),
  level: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Trust level name of this environment; people who reached it qualify when they also hold `permission`',
    ),
};

export const peopleRuleSchema = z
  .strictObject(peopleShape)
  .describe(
    'People rule: without users, teams or level, holding `permission` is enough; otherwise being in `users`, or holding `permission` and being in `teams` or at `level` or higher',
  );

export const approversSchema = z
  .strictObject({
    ...peopleShape,
    stale: z
      .enum(['ignore', 'count'])
      .default('ignore')
      .describe('ignore: an approval counts only on the final head commit; count: any approval'),
  })
  .describe('Whose approvals count (a people rule plus `stale`)');

export const levelSchema = z.strictObject({
  name: z.string().min(1).describe('Level name, unique in this ladder'),
  after: count.describe('Clean-deploy score needed to reach this level; the first level has 0'),
  approvals: count.describe('Approvals each change needs at this level; never more than below'),
});

export const trustSchema = z
  .strictObject({
    scope: z
      .enum(['person', 'team'])
      .default('person')
      .describe('person: each deployer earns their own trust; team: one shared record'),
    window: duration.default('90d').describe('History considered: Nd, Nw or Nh'),
    'on-failure': z
      .enum(['demote', 'reset'])
      .default('demote')
      .describe('demote: drop one level; reset: back to the first level'),
    levels: z
      .array(levelSchema)
      .min(1)
      .describe('The trust ladder, lowest first; `after` increasing, `approvals` not increasing'),
  })
  .describe('Trust ladder; omit to always require `approvals`');

export const pathRuleSchema = z
  .strictObject({
    match: z
      .union([glob, z.array(glob).min(1)])
      .describe('Glob or globs over changed file paths (dotfiles included)'),
    approvals: count.describe('Approvals a change touching these paths needs, whatever the trust'),
  })
  .describe('Sensitive paths keep their own floor');

export const freezeSchema = z
  .strictObject({
    name: z.string().min(1).describe('Shown in the deny reason'),
    from: instant.optional().describe('Start, inclusive: ISO 8601 with Z or ±HH:MM'),
    until: instant.optional().describe('End, exclusive: ISO 8601 with Z or ±HH:MM'),
    days: z.array(z.enum(DAYS)).min(1).optional().describe('Weekly window: the days it applies to'),
    hours: hours
      .optional()
      .describe('HH:MM-HH:MM, start inclusive, end exclusive (24:00 allowed); default all day'),
    timezone: timeZone.default('UTC').describe('IANA time zone of `days` and `hours`'),
    approvals: count
      .optional()
      .describe('Inside the window require this many approvals instead of denying'),
  })
  .describe('Either `from` and `until`, or `days` with optional `hours` and `timezone`');

export const environmentSchema = z
  .strictObject({
    deployers: peopleRuleSchema
      .default({ permission: 'write', users: [], teams: [] })
      .describe('Who may start a deploy at all'),
    approvers: approversSchema.default({
      permission: 'write',
      users: [],
      teams: [],
      stale: 'ignore',
    }),
    approvals: count.default(1).describe('Approvals each change needs when no trust is earned'),
    minimum: count.default(0).describe('Floor that trust never relaxes below'),
    trust: trustSchema.optional(),
    paths: z.array(pathRuleSchema).default([]).describe('Sensitive paths and their floors'),
    branches: z
      .array(glob)
      .optional()
      .describe('Refs that may be deployed, without refs/heads/ or refs/tags/ (default: any)'),
    freeze: z.array(freezeSchema).default([]).describe('Freeze windows'),
    requests: z
      .boolean()
      .default(false)
      .describe(
        'true: a gate that denies only for missing approvals opens a deploy request issue, where `/approve` comments count as approvals',
      ),
    'break-glass': peopleRuleSchema
      .optional()
      .describe('Who may override a deny with a reason (absent: nobody)'),
  })
  .describe('Policy of the environments this key names');

export const policySchema = z.strictObject({
  version: z.literal(1).describe('Policy file format version; always 1'),
  environments: z
    // Keys are checked as globs in semantic-checks: zod skips a record value whose key fails.
    .record(z.string().min(1).describe('Environment name or glob'), environmentSchema)
    .describe('Environment name (or glob) to its policy; names match case-insensitively'),
});

export type Permission = (typeof PERMISSIONS)[number];
export type Day = (typeof DAYS)[number];
export type PeopleRule = z.output<typeof peopleRuleSchema>;
export type ApproversRule = z.output<typeof approversSchema>;
export type Level = z.output<typeof levelSchema>;
export type Trust = z.output<typeof trustSchema>;
export type PathRule = z.output<typeof pathRuleSchema>;
export type Freeze = z.output<typeof freezeSchema>;
export type EnvironmentPolicy = z.output<typeof environmentSchema>;
export type Policy = z.output<typeof policySchema>;
