// Whose role and which team memberships the decision needs: the I/O layer fetches only these.
import type { Facts } from './facts.js';
import type { EnvironmentPolicy, PeopleRule } from '../policy/schema.js';
import { identityExclusion, personExclusion, standingApprovals } from './approvals.js';
import { isBotLogin, listed, loginKey } from './logins.js';
import { requestInPlay, requestVotes } from './request-approvals.js';

export type LookUpFacts = Pick<Facts, 'deployer' | 'changes'> &
  Partial<Pick<Facts, 'deployerIsBot' | 'breakGlass' | 'mode' | 'request' | 'sha'>>;

export interface LookUps {
  logins: string[];
  /** `org/slug`, lower case. */
  teams: string[];
}

/** Whether a rule could accept `login` by role, team or level (so their role matters). */
function roleMatters(rule: PeopleRule, login: string, isBot: boolean): boolean {
  if (listed(rule.users, login) || isBotLogin(login, isBot)) return false;
  const open = rule.users.length === 0 && rule.teams.length === 0;
  return open || rule.teams.length > 0 || rule.level !== undefined;
}

function reviewersWhoMayCount(policy: EnvironmentPolicy, facts: LookUpFacts): string[] {
  const context = { deployer: facts.deployer, approvers: policy.approvers };
  return facts.changes
    .filter((change) => change.kind === 'pull')
    .flatMap((change) =>
      standingApprovals(change).filter(
        (review) => identityExclusion(review, change, context) === null,
      ),
    )
    .filter((review) => roleMatters(policy.approvers, review.reviewer, review.reviewerIsBot))
    .map((review) => review.reviewer);
}

/** People whose standing `/approve` on the deploy request may count for some change. */
function requestersWhoMayCount(policy: EnvironmentPolicy, facts: LookUpFacts): string[] {
  const request = requestInPlay(policy, { mode: facts.mode ?? 'gate', request: facts.request });
  const context = { deployer: facts.deployer, approvers: policy.approvers };
  return requestVotes(request, facts.sha ?? request?.sha ?? '')
    .standing.filter((comment) =>
      facts.changes.some(
        (change) => personExclusion(comment.author, comment.authorIsBot, change, context) === null,
      ),
    )
    .filter((comment) => roleMatters(policy.approvers, comment.author, comment.authorIsBot))
    .map((comment) => comment.author);
}

function breakGlassRule(policy: EnvironmentPolicy, facts: LookUpFacts): PeopleRule | undefined {
  const inPlay = (facts.breakGlass ?? '').trim() !== '' && (facts.mode ?? 'gate') === 'gate';
  return inPlay ? policy['break-glass'] : undefined;
}

function unique(values: string[], key: (value: string) => string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

/** The logins whose role and teams to fetch (deployer, reviewers who may count), and the teams asked about. */
export function peopleToLookUp(policy: EnvironmentPolicy, facts: LookUpFacts): LookUps {
  const deployerIsBot = facts.deployerIsBot ?? false;
  const deployerRules = [policy.deployers, breakGlassRule(policy, facts)].filter(
    (rule): rule is PeopleRule =>
      rule !== undefined && roleMatters(rule, facts.deployer, deployerIsBot),
  );
  const reviewers = [
    ...reviewersWhoMayCount(policy, facts),
    ...requestersWhoMayCount(policy, facts),
  ];
  const rules = reviewers.length > 0 ? [...deployerRules, policy.approvers] : deployerRules;
  const logins = [...(deployerRules.length > 0 ? [facts.deployer] : []), ...reviewers];
  return {
    logins: unique(logins, loginKey),
    teams: unique(
      rules.flatMap((rule) => rule.teams.map((team) => team.toLowerCase())),
      (team) => team,
    ),
  };
}
