// What publishing needs of the runner beyond @actions/core: a summary that is skipped outside
// Actions, and log lines that text a user wrote can never turn into a workflow command.
import * as core from '@actions/core';

/** Appends markdown to the job summary; without GITHUB_STEP_SUMMARY (outside Actions) it is skipped. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}

/**
 * One log line. Line breaks become spaces, so a reason or title holding `\n::set-output …` or
 * `\n::error::…` cannot start a line of its own; `##[` (the runner's older command form, parsed
 * anywhere on a line) is broken up.
 */
export function logLine(text: string): void {
  const flat = text.replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/g, ' ').replace(/##\[/g, '# #[');
  core.info(flat);
}

/** Outputs go to GITHUB_OUTPUT only: never as the deprecated `::set-output` command on stdout. */
export function setOutput(name: string, value: string): void {
  if (!process.env['GITHUB_OUTPUT'])
    throw new Error('GITHUB_OUTPUT is not set: run this action inside GitHub Actions.');
  core.setOutput(name, value);
}
