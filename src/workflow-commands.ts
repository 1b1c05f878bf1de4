// The runner's protocol for outputs, the job summary and annotations, as @actions/core speaks it.
// Written here rather than imported: @actions/core loads undici (a megabyte) for its OIDC client,
// which Trust Gate never uses, and start-up time is a product requirement (SPEC §7).
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, message: string, properties: AnnotationProperties = {}): void {
  const named: Array<[string, string | number | undefined]> = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['col', properties.startColumn],
  ];
  const props = named
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function fileFor(variable: 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY'): string {
  const path = process.env[variable];
  if (!path) throw new Error(`${variable} is not set: run this action inside GitHub Actions.`);
  return path;
}

export function setOutput(name: string, value: string): void {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  appendFileSync(
    fileFor('GITHUB_OUTPUT'),
    `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`,
  );
}

/** Appends markdown to the job summary; without GITHUB_STEP_SUMMARY (outside Actions) it is skipped. */
export function appendSummary(markdown: string): void {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  appendFileSync(fileFor('GITHUB_STEP_SUMMARY'), `${markdown}${EOL}`);
}

export const error = (message: string, properties?: AnnotationProperties) =>
  command('error', message, properties);
export const warning = (message: string, properties?: AnnotationProperties) =>
  command('warning', message, properties);
export const notice = (message: string, properties?: AnnotationProperties) =>
  command('notice', message, properties);

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

/** Fails the step: an error annotation and a non-zero exit code. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
