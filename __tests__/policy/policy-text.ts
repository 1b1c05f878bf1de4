// Policy texts for tests: a dedenting `yaml` tag, SPEC §4's example, and issues as one-line strings.
import { parsePolicy } from '../../src/policy/load.js';

export const FILE = '.github/trust-gate.yml';

/** Template tag: drops the first line break and the common indentation, so line 1 is the first. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings
    .reduce((all, part, index) => `${all}${String(values[index - 1])}${part}`)
    .replace(/^\n/, '');
  const indents = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.length - line.trimStart().length);
  const common = Math.min(...indents);
  return text
    .split('\n')
    .map((line) => line.slice(common))
    .join('\n');
}

/** Every issue as `line:column path: message`. */
export function issuesOf(text: string): string[] {
  return parsePolicy(text, FILE).issues.map(
    (issue) => `${issue.line}:${issue.column} ${issue.path}: ${issue.message}`,
  );
}

/** A policy whose `production` environment has `body` (indented by the caller's 4 spaces). */
export function production(body: string): string {
  const indented = body
    .split('\n')
    .map((line) => (line === '' ? line : `    ${line}`))
    .join('\n');
  return `version: 1\nenvironments:\n  production:\n${indented}\n`;
}

/** The example policy of SPEC §4, verbatim. */
export const SPEC_EXAMPLE = yaml`
  # .github/trust-gate.yml — read from the default branch
  version: 1
  environments:
    production:
      deployers:              # who may start a deploy at all
        permission: write     # minimum repo role: read|triage|write|maintain|admin (default write)
        users: [alice]        # listed people qualify whatever their role
        teams: [acme/sre]     # org/team slugs (token needs org members read)
      approvers:              # whose approvals count (same keys; default permission write)
        permission: write
        teams: [acme/leads]   # the first gatekeepers ...
        level: owner          # ... and everyone who has reached this trust level joins them
        stale: ignore         # ignore (default): an approval counts only on the change's final head commit · count
      approvals: 2            # required when no trust is earned (default 1)
      minimum: 0              # floor that trust never relaxes below (default 0)
      trust:                  # omit: always \`approvals\`
        scope: person         # person (default): each deployer earns own trust · team: one shared record
        window: 90d           # history considered: Nd, Nw or Nh (default 90d)
        on-failure: demote    # demote (default): drop one level · reset: back to the first level
        levels:               # \`after\`: clean-deploy score needed; first level has after: 0
          - { name: newcomer, after: 0, approvals: 2 }
          - { name: member, after: 3, approvals: 1 }
          - { name: owner, after: 10, approvals: 0 }
      paths:                  # sensitive areas keep their own floor, whatever the trust
        - match: ["db/migrations/**", "infra/**"]
          approvals: 2
      branches: [main, "release/**"]   # refs that may be deployed (default: any)
      freeze:
        - name: Holiday freeze
          from: "2026-12-20T00:00:00Z"
          until: "2027-01-04T00:00:00Z"
        - name: Weekends
          days: [sat, sun]
          hours: "00:00-24:00"         # optional
          timezone: Europe/Amsterdam   # IANA, default UTC
          approvals: 2                 # optional: inside this window require 2 instead of denying
      break-glass:            # who may override with a reason (absent: nobody)
        users: [alice]        # alice, and
        teams: [acme/sre]     # members of acme/sre who also hold ...
        permission: maintain  # ... at least maintain
    "preview-*":              # glob keys match environment names
      approvals: 0
`;
