// A merge group's renderings: one status for the group's head, a summary of each pull request's
// decision, and outputs that describe the whole group.
import type { Decision } from '../decide/decision.js';
import type { PullHead } from '../github/port.js';
import { code, escapeMarkdown } from './escape.js';
import { document } from './markdown-blocks.js';
import { decisionJson, renderOutputs, type DecisionJson, type Outputs } from './outputs.js';
import { oneLine, plural } from './plain-text.js';
import {
  renderStatus,
  STATUS_DESCRIPTION_LIMIT,
  statusContext,
  type CommitStatus,
} from './status.js';
import { renderSummary } from './summary.js';
import { truncate } from './plain-text.js';

export interface GroupEntry {
  pull: PullHead;
  decision: Decision;
}

export interface MergeGroupJson extends DecisionJson {
  mergeGroup: {
    headSha: string;
    headRef: string;
    baseRef: string;
    pullRequests: Array<{ number: number; author: string; decision: DecisionJson }>;
  };
}

const denied = (entries: GroupEntry[]) => entries.filter((e) => !e.decision.allowed);

/** `success` only when every pull request would be allowed; else the first denied one's state. */
export function renderGroupStatus(environment: string, entries: GroupEntry[]): CommitStatus {
  const blocked = denied(entries);
  const context = statusContext(environment);
  if (blocked.length === 0) {
    const text = `All ${plural(entries.length, 'pull request')} ready to deploy to ${environment}`;
    return {
      state: 'success',
      context,
      description: truncate(oneLine(text), STATUS_DESCRIPTION_LIMIT),
    };
  }
  const statuses = blocked.map((e) => renderStatus(e.decision));
  const state = statuses.some((s) => s.state === 'failure') ? 'failure' : 'pending';
  const first = blocked[statuses.findIndex((s) => s.state === state)]!;
  const others = blocked.length > 1 ? ` (+${blocked.length - 1} more)` : '';
  const text = `#${first.pull.number}: ${renderStatus(first.decision).description}`;
  const description = truncate(oneLine(text), STATUS_DESCRIPTION_LIMIT - others.length) + others;
  return { state, context, description };
}

function reasonOf(entries: GroupEntry[]): string {
  const blocked = denied(entries);
  if (blocked.length === 0)
    return `All ${plural(entries.length, 'pull request')} in the merge group would be allowed`;
  return blocked.map((e) => `#${e.pull.number}: ${oneLine(e.decision.reason)}`).join('; ');
}

type Group = { headSha: string; headRef: string; baseRef: string };

/** The usual decision object, summed over the group, plus each pull request's own decision. */
function groupJson(group: Group, entries: GroupEntry[]): MergeGroupJson {
  const allowed = denied(entries).length === 0;
  const lead = denied(entries)[0] ?? entries[0]!;
  const decisions = entries.map((e) => e.decision);
  return {
    ...decisionJson(lead.decision),
    verdict: allowed ? 'allow' : 'deny',
    allowed,
    reason: reasonOf(entries),
    reasons: entries.flatMap((e) => e.decision.denyReasons.map((r) => `#${e.pull.number}: ${r}`)),
    deployer: entries.map((e) => e.pull.author).join(', '),
    sha: group.headSha,
    requiredApprovals: Math.max(...decisions.map((d) => d.requiredApprovals)),
    approvals: Math.min(...decisions.map((d) => d.approvals)),
    changes: decisions.flatMap((d) => decisionJson(d).changes),
    mergeGroup: {
      headSha: group.headSha,
      headRef: group.headRef,
      baseRef: group.baseRef,
      pullRequests: entries.map((e) => ({
        number: e.pull.number,
        author: e.pull.author,
        decision: decisionJson(e.decision),
      })),
    },
  };
}

/**
 * The group's outputs: `allowed` only when every pull request would be; `deployer` lists the
 * authors; `required-approvals` is the highest and `approvals` the lowest over the group;
 * `changes` counts its pull requests; `level` and `score` are the first denied pull request's
 * author's (else the first's); `json` adds `mergeGroup` with each pull request's decision.
 */
export function renderGroupOutputs(group: Group, entries: GroupEntry[]): Outputs {
  const json = groupJson(group, entries);
  const lead = denied(entries)[0] ?? entries[0]!;
  return {
    ...renderOutputs(lead.decision),
    allowed: String(json.allowed),
    decision: json.verdict,
    reason: json.reason,
    deployer: json.deployer,
    'required-approvals': String(json.requiredApprovals),
    approvals: String(json.approvals),
    changes: String(entries.length),
    json: JSON.stringify(json),
  };
}

function row({ pull, decision }: GroupEntry): string {
  const verdict = decision.allowed ? '✅ allowed' : '⛔ denied';
  const reason = escapeMarkdown(decision.reason);
  return `| #${pull.number} | ${escapeMarkdown(pull.author)} | ${verdict} | ${reason} |`;
}

function details({ pull, decision }: GroupEntry): string {
  const title = `#${pull.number} by ${escapeMarkdown(pull.author)}: ${decision.allowed ? 'allowed' : 'denied'}`;
  return `<details><summary>${title}</summary>\n\n${renderSummary(decision)}\n</details>`;
}

/** The merge group's job summary: the verdict, a row per pull request, then each one's own summary. */
export function renderGroupSummary(group: Group, entries: GroupEntry[]): string {
  const allowed = denied(entries).length === 0;
  const environment = escapeMarkdown(entries[0]!.decision.environment);
  const heading = allowed
    ? `## ✅ Trust Gate: merge group ready to deploy to ${environment}`
    : `## ⛔ Trust Gate: merge group not ready to deploy to ${environment}`;
  const intro =
    `Merge group ${code(group.headRef)} into ${code(group.baseRef)}: ` +
    `${plural(entries.length, 'pull request')}, each judged as on its own pull request ` +
    '(its author as deployer). The status is `success` only when every one would be allowed.';
  const table = [
    '| Pull request | Author | Decision | Reason |',
    '|---|---|---|---|',
    ...entries.map(row),
  ];
  return document([heading, intro, table.join('\n'), ...entries.map(details)]);
}
