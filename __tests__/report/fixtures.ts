// Hand-built decisions and team reports for the renderer tests.
import type {
  ChangeResult,
  Decision,
  DeployerRow,
  RuleResult,
  Standing,
  TeamReport,
} from '../../src/decide/decision.js';
import type { Change } from '../../src/decide/facts.js';

export function aChange(overrides: Partial<Change> = {}): Change {
  return {
    kind: 'pull',
    number: 12,
    title: 'Fix login redirect',
    url: 'https://github.com/acme/shop/pull/12',
    author: 'carol',
    authorIsBot: false,
    headSha: 'c0ffee1234567890c0ffee1234567890c0ffee12',
    files: ['src/login.ts'],
    reviews: [],
    commitAuthors: ['carol'],
    ...overrides,
  };
}

export function aChangeResult(overrides: Partial<ChangeResult> = {}): ChangeResult {
  return {
    change: aChange(),
    required: 1,
    requiredBecause: ['level member: 1'],
    approvals: 1,
    approvedBy: ['bob'],
    ignored: [],
    ok: true,
    ...overrides,
  };
}

export function aStanding(overrides: Partial<Decision['standing']> = {}): Standing {
  return {
    level: 'member',
    score: 7,
    next: { name: 'owner', after: 10 },
    successes: 8,
    failures: 1,
    rollbacks: 0,
    scope: 'person',
    ...overrides,
  };
}

export const LADDER = [
  { name: 'newcomer', after: 0, approvals: 2 },
  { name: 'member', after: 3, approvals: 1 },
  { name: 'owner', after: 10, approvals: 0 },
];

export const passing: RuleResult[] = [
  { rule: 'deployers', ok: true, explanation: 'deployer `alice` is in `deployers` (role write)' },
  { rule: 'branches', ok: true, explanation: 'ref `main` is in `branches` (main, release/**)' },
  { rule: 'freeze', ok: true, explanation: 'outside every freeze window' },
  { rule: 'approvals', ok: true, explanation: 'every change has the approvals it needs' },
];

/** Replaces the named rules' results, keeping rule order. */
export function withRules(...failed: RuleResult[]): RuleResult[] {
  return passing.map((rule) => failed.find((f) => f.rule === rule.rule) ?? rule);
}

/** An allowed gate decision for alice deploying one approved pull request to production. */
export function aDecision(overrides: Partial<Decision> = {}): Decision {
  const rules = overrides.rules ?? passing;
  const denyReasons = rules.filter((rule) => !rule.ok).map((rule) => rule.explanation);
  const changes = overrides.changes ?? [aChangeResult()];
  return {
    verdict: denyReasons.length === 0 ? 'allow' : 'deny',
    allowed: denyReasons.length === 0,
    mode: 'gate',
    environment: 'production',
    policyKey: 'production',
    deployer: 'alice',
    ref: 'main',
    sha: 'abc1234def5678abc1234def5678abc1234def56',
    standing: aStanding(),
    changes,
    requiredApprovals: Math.max(0, ...changes.map((c) => c.required)),
    approvals: changes.length === 0 ? 0 : Math.min(...changes.map((c) => c.approvals)),
    rules,
    denyReasons,
    reason: denyReasons.length > 0 ? denyReasons.join('; ') : 'every rule passes: 1 of 1 approvals',
    breakGlass: null,
    notes: [],
    ...overrides,
  };
}

/** A check-mode decision for carol's pull request that lacks one approval. */
export function aPendingCheck(overrides: Partial<Decision> = {}): Decision {
  const change = aChangeResult({
    required: 2,
    requiredBecause: ['level newcomer: 2', 'paths db/migrations/**: 2'],
    approvals: 1,
    approvedBy: ['bob'],
    ignored: [{ login: 'dave', why: 'approved an earlier commit' }],
    ok: false,
  });
  return aDecision({
    mode: 'check',
    deployer: 'carol',
    standing: aStanding({ level: 'newcomer', score: 2, next: { name: 'member', after: 3 } }),
    changes: [change],
    rules: withRules({
      rule: 'approvals',
      ok: false,
      explanation: '#12 Fix login redirect has 1 of 2 required approvals',
    }),
    ...overrides,
  });
}

export function aRow(overrides: Partial<DeployerRow> = {}): DeployerRow {
  return {
    login: 'alice',
    level: 'owner',
    score: 12,
    successes: 13,
    failures: 1,
    rollbacks: 0,
    lastDeploy: '2026-11-20T14:03:59Z',
    noApproval: true,
    ...overrides,
  };
}

export function aTeamReport(overrides: Partial<TeamReport> = {}): TeamReport {
  return {
    environment: 'production',
    policyKey: 'production',
    window: '90d',
    since: '2026-08-29T10:00:00Z',
    rows: [
      aRow(),
      aRow({
        login: 'bob',
        level: 'member',
        score: 4,
        successes: 5,
        failures: 2,
        rollbacks: 1,
        noApproval: false,
      }),
    ],
    deploys: 21,
    failures: 3,
    changeFailureRate: 3 / 21,
    noApproval: ['alice'],
    singleGatekeeper: true,
    notes: [],
    ...overrides,
  };
}
