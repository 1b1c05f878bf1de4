// The decision: history → standing → requirements → approvals → rules → verdict. Pure and synchronous.
import type { ChangeResult, Decision, LadderStep, RuleResult, Standing } from './decision.js';
import type { Change, Facts } from './facts.js';
import type { EnvironmentPolicy, Freeze } from '../policy/schema.js';
import { countApprovals } from './approvals.js';
import { applyBreakGlass } from './break-glass.js';
import { deployRequestState } from './deploy-request.js';
import { activeFreezes } from './freeze.js';
import { makeJudges, type Judges } from './judges.js';
import { describePeopleRule } from './people.js';
import {
  baseRequirement,
  changeRequirement,
  type RaisingFreeze,
  type Requirement,
} from './requirements.js';
import { approvalRules, branchesRule, deployersRule, freezeRules } from './rules.js';
import { requestInPlay, requestVotes, type RequestVotes } from './request-approvals.js';
import { readTimeline, type Timeline, type TimelineFacts } from './timeline.js';
import { standingOf, tallyOf } from './trust-score.js';
import { conclude } from './verdict.js';

export interface DecideInput {
  /** The policy key that matched the environment. */
  key: string;
  environment: EnvironmentPolicy;
}

interface Context {
  policy: EnvironmentPolicy;
  facts: Facts;
  timeline: Timeline;
  judges: Judges;
  standing: Standing;
  active: Freeze[];
  votes: RequestVotes;
}

function ladder(policy: EnvironmentPolicy): LadderStep[] {
  return (policy.trust?.levels ?? []).map(({ name, after, approvals }) => ({
    name,
    after,
    approvals: Math.max(approvals, policy.minimum),
  }));
}

/** The deployer's standing: their own record in `person` scope, everyone's in `team` scope. */
function deployerStanding(
  policy: EnvironmentPolicy,
  facts: Pick<Facts, 'deployer'>,
  context: Pick<Context, 'timeline' | 'judges'>,
): Standing {
  const trust = policy.trust;
  const tally =
    trust?.scope === 'team'
      ? tallyOf(context.timeline, trust)
      : context.judges.tallyOf(facts.deployer);
  return { ...standingOf(tally, trust), ladder: ladder(policy) };
}

function readContext(policy: EnvironmentPolicy, facts: Facts): Context {
  const timeline = readTimeline(facts.deployments, facts, policy.trust?.window);
  const judges = makeJudges(facts, timeline, policy.trust);
  const standing = deployerStanding(policy, facts, { timeline, judges });
  const active = activeFreezes(policy.freeze, Date.parse(facts.now));
  const votes = requestVotes(requestInPlay(policy, facts), facts.sha);
  return { policy, facts, timeline, judges, standing, active, votes };
}

function sharedRequirement(context: Pick<Context, 'policy' | 'standing' | 'active'>): Requirement {
  const raising = context.active.filter(
    (freeze): freeze is RaisingFreeze => freeze.approvals !== undefined,
  );
  return baseRequirement(context.policy, context.standing.level, raising);
}

function judgeChange(change: Change, base: Requirement, context: Context): ChangeResult {
  const { policy, facts, judges } = context;
  const requirement = changeRequirement(base, policy, change);
  const counted = countApprovals(change, {
    deployer: facts.deployer,
    approvers: policy.approvers,
    judge: (login, isBot) => judges.check(policy.approvers, login, isBot),
    requested: context.votes.standing,
  });
  const ok = counted.approvals >= requirement.required;
  return {
    change,
    required: requirement.required,
    requiredBecause: requirement.because,
    ...counted,
    ok,
  };
}

function rulesOf(context: Context, changes: ChangeResult[]): RuleResult[] {
  const { policy, facts, judges } = context;
  const deployer = judges.check(policy.deployers, facts.deployer, facts.deployerIsBot);
  return [
    deployersRule(facts.deployer, deployer),
    branchesRule(policy.branches, facts.ref),
    ...freezeRules(context.active, policy.freeze.length),
    ...approvalRules(changes),
  ];
}

/** Decides whether `facts.deployer` may deploy `facts.sha` to the environment now. */
export function decide(input: DecideInput, facts: Facts): Decision {
  const context = readContext(input.environment, facts);
  const base = sharedRequirement(context);
  const changes = facts.changes.map((change) => judgeChange(change, base, context));
  const rules = rulesOf(context, changes);
  const failed = rules.filter((rule) => !rule.ok).map((rule) => rule.explanation);
  const glass = applyBreakGlass(context.policy, facts, context.judges, failed);
  const decision = conclude({
    input,
    facts,
    standing: context.standing,
    changes,
    rules: glass.rule ? [...rules, glass.rule] : rules,
    denyReasons: failed,
    breakGlass: glass.breakGlass,
    notes: [...context.timeline.notes, ...glass.notes],
    approvers: describePeopleRule(context.policy.approvers),
  });
  const request = deployRequestState(context.policy, facts, context.votes, decision);
  return request ? { ...decision, deployRequest: request } : decision;
}

export type StandingFacts = TimelineFacts & Pick<Facts, 'deployments' | 'deployer'>;

/** The approvals every change needs before path rules: lets the I/O layer skip reading files. */
export function requirementWithoutPaths(input: DecideInput, facts: StandingFacts): number {
  const policy = input.environment;
  const timeline = readTimeline(facts.deployments, facts, policy.trust?.window);
  const judges = makeJudges({ people: {} }, timeline, policy.trust);
  const standing = deployerStanding(policy, facts, { timeline, judges });
  const active = activeFreezes(policy.freeze, Date.parse(facts.now));
  return sharedRequirement({ policy, standing, active }).required;
}
