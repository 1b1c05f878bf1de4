// `report` mode: the environment's trust table, and who can deploy with no approval at all.
import type { DeployerRow, TeamReport } from './decision.js';
import type { Facts } from './facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import type { DecideInput } from './decide.js';
import { DEFAULT_WINDOW } from './trust-window.js';
import { readTimeline } from './timeline.js';
import { levelIndex, standingOf, tallyByDeployer, tallyOf, type Tally } from './trust-score.js';

type ReportFacts = Pick<
  Facts,
  | 'environment'
  | 'now'
  | 'deployments'
  | 'comparisons'
  | 'generations'
  | 'runs'
  | 'jobs'
  | 'attempts'
  | 'runsUnreadable'
>;

/** Approvals a change needs at this score (path rules aside), `minimum` applied. */
function approvalsAt(policy: EnvironmentPolicy, score: number): number {
  const levels = policy.trust?.levels ?? [];
  const level = levels[levelIndex(levels, score)];
  return Math.max(level ? level.approvals : policy.approvals, policy.minimum);
}

function row(tally: Tally, policy: EnvironmentPolicy, requirementScore: number): DeployerRow {
  const standing = standingOf(tally, policy.trust);
  return {
    login: tally.login,
    level: standing.level,
    score: tally.score,
    successes: tally.successes,
    failures: tally.failures,
    rollbacks: tally.rollbacks,
    lastDeploy: tally.lastDeploy,
    noApproval: approvalsAt(policy, requirementScore) === 0,
  };
}

function byScoreThenLogin(a: DeployerRow, b: DeployerRow): number {
  return b.score - a.score || a.login.localeCompare(b.login);
}

/** Every deployer in the window with their own (person-scope) record, plus the team's totals. */
export function teamReport(
  input: DecideInput,
  facts: ReportFacts,
  notes: readonly string[] = [],
): TeamReport {
  const policy = input.environment;
  const window = policy.trust?.window ?? DEFAULT_WINDOW;
  const timeline = readTimeline(facts.deployments, facts, window);
  const teamScore = tallyOf(timeline, policy.trust).score;
  const perPerson = tallyByDeployer(timeline, policy.trust);
  const team = policy.trust?.scope === 'team';
  const rows = [...perPerson.values()]
    .map((tally) => row(tally, policy, team ? teamScore : tally.score))
    .sort(byScoreThenLogin);
  const failures = rows.reduce((sum, r) => sum + r.failures, 0);
  const deploys = rows.reduce((sum, r) => sum + r.successes + r.failures, 0);
  const noApproval = rows.filter((r) => r.noApproval).map((r) => r.login);
  return {
    environment: facts.environment,
    policyKey: input.key,
    window,
    since: new Date(timeline.since).toISOString(),
    rows,
    deploys,
    failures,
    changeFailureRate: deploys === 0 ? null : failures / deploys,
    noApproval,
    singleGatekeeper: noApproval.length <= 1,
    notes: [...timeline.notes, ...notes],
  };
}
