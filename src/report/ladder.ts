// The trust ladder drawn as text: where the deployer stands and how far the next level is.
import type { Decision, LadderStep } from '../decide/decision.js';
import { escapeMarkdown } from './escape.js';
import { plural } from './plain-text.js';

type Standing = Decision['standing'];

const FULL = '█';
const EMPTY = '░';

/** A bar of `width` blocks, filled in proportion to value/target (full only once reached). */
export function progressBar(value: number, target: number, width = 10): string {
  const ratio = target <= 0 ? 1 : Math.min(1, Math.max(0, value / target));
  const filled = Math.floor(ratio * width);
  return FULL.repeat(filled) + EMPTY.repeat(width - filled);
}

/** Who holds the record: the deployer, or the whole team in `team` scope (markdown). */
export function holder(standing: Standing, deployer: string): string {
  return standing.scope === 'team' ? 'the team' : escapeMarkdown(deployer);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "**alice** is at level **member** with a score of 7." and the bar to the next level (markdown). */
export function standingLines(standing: Standing, deployer: string): [string, ...string[]] {
  const who = standing.scope === 'team' ? 'the team' : `**${holder(standing, deployer)}**`;
  if (standing.level === '') {
    return [
      `No trust ladder for this environment: every change needs the policy's fixed approvals; ${who} has a score of ${standing.score}.`,
    ];
  }
  const at = `${capitalise(who)} is at level **${escapeMarkdown(standing.level)}** with a score of ${standing.score}.`;
  return [at, nextLevelLine(standing)];
}

/** "`███████░░░` 7 of 10 clean deploys to **owner**", or the top of the ladder. */
export function nextLevelLine(standing: Standing): string {
  const { next, score } = standing;
  if (next === null) return `\`${progressBar(1, 1)}\` top of the ladder`;
  const bar = progressBar(score, next.after);
  return `\`${bar}\` ${score} of ${plural(next.after, 'clean deploy')} to **${escapeMarkdown(next.name)}**`;
}

/** "newcomer · 2 approvals → **member · 1 approval ◀** → owner · no approval", when the ladder is known. */
export function ladderLine(standing: Standing): string | null {
  const ladder = standing.ladder ?? [];
  if (ladder.length === 0) return null;
  return ladder.map((step) => ladderStep(step, step.name === standing.level)).join(' → ');
}

function ladderStep(step: LadderStep, current: boolean): string {
  const needs = step.approvals === 0 ? 'no approval' : plural(step.approvals, 'approval');
  const text = `${escapeMarkdown(step.name)} · ${needs}`;
  return current ? `**${text} ◀**` : text;
}

/** "8 successes, 1 failure and 0 rollbacks in the window." */
export function recordLine(standing: Standing): string {
  const { successes, failures, rollbacks } = standing;
  return `Record in the window: ${plural(successes, 'success', 'successes')}, ${plural(failures, 'failure')}, ${plural(rollbacks, 'rollback')}.`;
}
