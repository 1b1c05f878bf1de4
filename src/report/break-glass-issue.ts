// The audit issue filed when break-glass overrides a deny: reason, deployer, commit and the denied reasons.
import type { Decision } from '../decide/decision.js';
import { code, escapeMarkdown, escapeWithCode } from './escape.js';

export function renderBreakGlassIssue(
  decision: Decision,
  runUrl: string,
): { title: string; body: string } {
  const overridden = decision.breakGlass?.overridden ?? [];
  const title = `Break-glass deploy to ${decision.environment} by ${decision.deployer}`;
  const body = [
    `**${escapeMarkdown(decision.deployer)}** broke glass to deploy ${code(decision.sha)} to ${code(decision.environment)}.`,
    '',
    `**Reason:** ${escapeMarkdown(decision.breakGlass?.reason ?? '')}`,
    '',
    '**Denied because:**',
    ...overridden.map((reason) => `- ${escapeWithCode(reason)}`),
    '',
    `Run: ${runUrl}`,
    '',
    'Review this deploy after the fact, then close the issue.',
  ].join('\n');
  return { title, body };
}
