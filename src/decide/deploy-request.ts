// The deploy request's part of a decision: open, close or keep the issue, and whose `/approve` counted.
import type { ApprovalIgnored, ChangeResult, DeployRequestState, RuleResult } from './decision.js';
import type { Facts } from './facts.js';
import type { EnvironmentPolicy } from '../policy/schema.js';
import { listed, sameLogin } from './logins.js';
import type { RequestVotes } from './request-approvals.js';

export interface RequestOutcome {
  allowed: boolean;
  rules: RuleResult[];
  changes: ChangeResult[];
}

/** A deny the approvals alone explain: the only case a request can resolve. */
export function deniedOnlyForApprovals(rules: readonly RuleResult[]): boolean {
  const failed = rules.filter((rule) => !rule.ok);
  return failed.length > 0 && failed.every((rule) => rule.rule === 'approvals');
}

function changeTag({ change }: ChangeResult): string {
  return change.kind === 'pull' ? `#${change.number ?? '?'}` : change.headSha.slice(0, 7);
}

/** Each `/approve` that did not count for some change, once per person and reason, naming the changes. */
function requestIgnored(changes: readonly ChangeResult[]): ApprovalIgnored[] {
  const groups = new Map<string, { entry: ApprovalIgnored; tags: string[] }>();
  for (const result of changes) {
    for (const entry of result.ignored.filter((e) => e.via === 'request')) {
      const key = `${entry.login.toLowerCase()}\n${entry.why}`;
      const group = groups.get(key) ?? { entry, tags: [] };
      group.tags.push(changeTag(result));
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ entry, tags }) => ({
    ...entry,
    why: `${entry.why} (for ${tags.join(', ')})`,
  }));
}

/** Logins whose `/approve` counted for at least one change. */
function requestApprovedBy(votes: RequestVotes, changes: readonly ChangeResult[]): string[] {
  return votes.standing
    .map((comment) => comment.author)
    .filter((login) =>
      changes.some(
        (result) =>
          listed(result.approvedBy, login) &&
          !result.ignored.some((e) => e.via === 'request' && sameLogin(e.login, login)),
      ),
    );
}

/** What the publisher does with the request issue; null unless `requests: true` in gate mode. */
export function deployRequestState(
  policy: Pick<EnvironmentPolicy, 'requests'>,
  facts: Pick<Facts, 'mode' | 'request'>,
  votes: RequestVotes,
  outcome: RequestOutcome,
): DeployRequestState | null {
  if (!policy.requests || facts.mode !== 'gate') return null;
  const request = facts.request ?? null;
  const action = outcome.allowed
    ? 'close'
    : deniedOnlyForApprovals(outcome.rules)
      ? 'open'
      : 'keep';
  return {
    action,
    issue: request ? { number: request.number, url: request.url, body: request.body } : null,
    approvedBy: requestApprovedBy(votes, outcome.changes),
    ignored: [...votes.void, ...requestIgnored(outcome.changes)],
  };
}
