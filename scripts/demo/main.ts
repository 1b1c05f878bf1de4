// npm run demo: tells the story chapter by chapter, each decision and its rendered job summary.
import { writeFileSync } from 'node:fs';
import { COLOR, PLAIN, renderMarkdown, type Style } from './terminal-markdown.js';
import { DEMO_POLICY, tellStory, type Chapter } from './story.js';

const VERDICT: Record<string, string> = { allow: '✅ allow', deny: '⛔ deny', error: '💥 error' };

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** One line: verdict, deployer, level and score, approvals required and found. */
export function decisionLine(chapter: Chapter): string {
  const o = chapter.result.outputs;
  const level = o['level'] ? `${o['level']} (score ${o['score']})` : 'no level';
  const approvals = `needs ${o['required-approvals']}, has ${o['approvals']}`;
  return `${VERDICT[o['decision'] ?? ''] ?? o['decision']} · ${o['deployer']} · ${level} · ${approvals}`;
}

function when(at: string): string {
  return at.replace('T', ' ').replace(/:00Z$/, ' UTC');
}

export function renderChapter(chapter: Chapter, n: number, style: Style, brief: boolean): string {
  const lines = [
    style.bold(`── ${n} · ${when(chapter.at)} ${'─'.repeat(40)}`),
    ...chapter.before.map((line) => style.dim(`   … ${line}`)),
    `${style.bold(chapter.title)}`,
    `  ${decisionLine(chapter)}`,
    `  reason: ${chapter.result.outputs['reason'] ?? ''}`,
  ];
  if (!brief) lines.push('', indent(renderMarkdown(chapter.result.summary, style)));
  return lines.join('\n');
}

function intro(style: Style): string {
  return [
    style.bold('Trust Gate demo: dist/index.js against a simulated GitHub (no token, no network)'),
    'Repository acme/shop, environment production. The policy, .github/trust-gate.yml on main:',
    '',
    indent(DEMO_POLICY.trimEnd()),
    '',
  ].join('\n');
}

/** `--brief` leaves out the summaries; `--json <file>` also writes each chapter's outputs. */
export async function main(args: string[], color = false): Promise<number> {
  const style = color ? COLOR : PLAIN;
  const { chapters } = await tellStory();
  const brief = args.includes('--brief');
  const text = chapters.map((c, i) => renderChapter(c, i + 1, style, brief));
  process.stdout.write(`${intro(style)}\n${text.join('\n\n')}\n`);
  const json = args[args.indexOf('--json') + 1];
  if (args.includes('--json') && json) {
    const record = chapters.map(({ title, deployer, at, result }) => ({
      title,
      deployer,
      at,
      code: result.code,
      outputs: result.outputs,
      stderr: result.stderr,
    }));
    writeFileSync(json, JSON.stringify(record, null, 2));
  }
  return chapters.every((c) => c.result.outputs['decision'] !== 'error') ? 0 : 1;
}
