// The `report` mode's team trust table: who stands where, and who can deploy with no approval.
import type { DeployerRow, TeamReport } from '../decide/decision.js';
import { code, escapeMarkdown } from './escape.js';
import { alert, document, notesSection } from './markdown-blocks.js';
import { listWords, oneLine, plural } from './plain-text.js';

const HEADER = [
  '| deployer | level | score | successes | failures | rollbacks | last deploy |',
  '|---|---|--:|--:|--:|--:|---|',
];

export function renderTeamReport(report: TeamReport): string {
  return document([
    `## 📊 Trust Gate: who can deploy to ${escapeMarkdown(report.environment)}`,
    `Deploys in the last ${escapeMarkdown(report.window)} (since ${day(report.since)}) · policy ${code(report.policyKey)}`,
    table(report.rows),
    totals(report),
    noApproval(report),
    warning(report),
    notesSection(report.notes),
  ]);
}

/** The single-gatekeeper warning as plain text (also the `::warning::` annotation), or null. */
export function singleGatekeeperWarning(report: TeamReport): string | null {
  if (!report.singleGatekeeper) return null;
  const environment = oneLine(report.environment);
  const [only] = report.noApproval;
  if (only === undefined) {
    return `Single gatekeeper: nobody can deploy to ${environment} with no approval, so every deploy waits for an approver.`;
  }
  return `Single gatekeeper: only ${oneLine(only)} can deploy to ${environment} with no approval. Spread trust so deploys do not wait on one person.`;
}

/** The report as JSON, for the `json` output: the TeamReport fields plus `version`. */
export function renderTeamReportJson(report: TeamReport): string {
  const { environment, policyKey, window, since, deploys, failures, changeFailureRate } = report;
  return JSON.stringify({
    version: 1,
    environment,
    policyKey,
    window,
    since,
    deploys,
    failures,
    changeFailureRate,
    noApproval: report.noApproval,
    singleGatekeeper: report.singleGatekeeper,
    deployers: report.rows,
    notes: report.notes,
  });
}

function table(rows: DeployerRow[]): string {
  if (rows.length === 0) return 'No deploys in the window.';
  return [...HEADER, ...rows.map(row)].join('\n');
}

function row(entry: DeployerRow): string {
  const cells = [
    escapeMarkdown(entry.login),
    entry.level === '' ? '—' : escapeMarkdown(entry.level),
    String(entry.score),
    String(entry.successes),
    String(entry.failures),
    String(entry.rollbacks),
    entry.lastDeploy === null ? '—' : dateTime(entry.lastDeploy),
  ];
  return `| ${cells.join(' | ')} |`;
}

function totals(report: TeamReport): string {
  const rate = report.changeFailureRate === null ? '—' : percent(report.changeFailureRate);
  return `**${plural(report.deploys, 'deploy')}**, ${plural(report.failures, 'failure')} · change failure rate **${rate}**`;
}

function noApproval(report: TeamReport): string {
  const people = report.noApproval.map(escapeMarkdown);
  const list = people.length === 0 ? 'nobody' : listWords(people);
  return `**Can deploy with no approval** (${people.length}): ${list}`;
}

function warning(report: TeamReport): string | null {
  const text = singleGatekeeperWarning(report);
  return text === null ? null : alert('WARNING', [escapeMarkdown(text)]);
}

/** 0.075 → "7.5%", 0 → "0%". */
function percent(rate: number): string {
  return `${Number((rate * 100).toFixed(1))}%`;
}

/** "2026-11-20 14:03 UTC"; anything unparsable is shown escaped as given. */
function dateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return escapeMarkdown(iso);
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function day(iso: string): string {
  return dateTime(iso).slice(0, 10);
}
