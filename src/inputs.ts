// The only reader of action inputs and of the run's environment: one typed Inputs object.
import { readFileSync } from 'node:fs';

export const MODES = ['gate', 'check', 'report', 'validate'] as const;
export type Mode = (typeof MODES)[number];

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];

export interface PullRequestEvent {
  number: number;
  headSha: string;
  author: string;
  authorIsBot: boolean;
  baseRef: string;
}

export interface Inputs {
  environment: string;
  token: string;
  policyPath: string;
  policyRef: string | null;
  mode: Mode;
  sha: string;
  breakGlass: string;
  comment: boolean;
  status: boolean;
  owner: string;
  repo: string;
  eventName: string;
  pullRequest: PullRequestEvent | null;
  deployer: string;
  deployerIsBot: boolean;
  /** The ref matched against `branches`. */
  ref: string;
  workspace: string;
  runUrl: string;
  now: Date;
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

/** An input as the runner passes it (`INPUT_<NAME>`), read as @actions/core's getInput reads it. */
function rawInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

function input(name: string, fallback = ''): string {
  return rawInput(name).trim() || fallback;
}

function flag(name: string, fallback: boolean): boolean {
  const value = input(name).toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new InputError(`Input \`${name}\` is "${rawInput(name)}"; expected true or false.`);
}

function readEvent(): Record<string, unknown> {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new InputError(`Cannot read the event payload at ${path}: ${(e as Error).message}`);
  }
}

function pullRequestOf(event: Record<string, unknown>): PullRequestEvent | null {
  const pr = event['pull_request'] as
    | {
        number: number;
        head: { sha: string };
        base: { ref: string };
        user: { login: string; type?: string };
      }
    | undefined;
  if (!pr) return null;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    author: pr.user.login,
    authorIsBot: pr.user.type === 'Bot' || pr.user.login.endsWith('[bot]'),
    baseRef: pr.base.ref,
  };
}

function modeOf(eventName: string): Mode {
  const mode = input('mode', PULL_REQUEST_EVENTS.includes(eventName) ? 'check' : 'gate');
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(`Input \`mode\` is "${mode}"; expected one of ${MODES.join(', ')}.`);
  }
  return mode as Mode;
}

/** Branch or tag name: `GITHUB_REF` without `refs/heads/` or `refs/tags/`. */
export function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

function repository(): { owner: string; repo: string } {
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo)
    throw new InputError('GITHUB_REPOSITORY is not set: run this action inside GitHub Actions.');
  return { owner, repo };
}

function deployerOf(
  mode: Mode,
  pr: PullRequestEvent | null,
): { deployer: string; deployerIsBot: boolean } {
  if (mode === 'check' && pr) return { deployer: pr.author, deployerIsBot: pr.authorIsBot };
  const deployer = process.env['GITHUB_TRIGGERING_ACTOR'] || process.env['GITHUB_ACTOR'] || '';
  return { deployer, deployerIsBot: deployer.endsWith('[bot]') };
}

/** What an error report needs of the inputs. */
export type ErrorInputs = Pick<Inputs, 'environment' | 'deployer'> & { mode: Mode | null };

/**
 * What can still be read when readInputs fails, so the error is reported in the right mode
 * (check mode never fails the step). Never throws: unreadable parts are left out.
 */
export function inputsForError(): ErrorInputs {
  const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
  let mode: Mode | null = null;
  let pullRequest: PullRequestEvent | null = null;
  try {
    mode = modeOf(eventName);
    pullRequest = pullRequestOf(readEvent());
  } catch {
    // an unknown mode or an unreadable event: report as in gate mode
  }
  const people = deployerOf(mode ?? 'gate', pullRequest);
  return { mode, environment: input('environment'), deployer: people.deployer };
}

export function readInputs(now: Date = new Date()): Inputs {
  const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
  const mode = modeOf(eventName);
  const environment = input('environment');
  if (!environment && mode !== 'validate') throw new InputError('Input `environment` is required.');
  const event = readEvent();
  const pullRequest = pullRequestOf(event);
  const { owner, repo } = repository();
  const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  return {
    environment,
    token: input('token'),
    policyPath: input('policy', '.github/trust-gate.yml'),
    policyRef: input('policy-ref') || null,
    mode,
    sha: input('sha') || pullRequest?.headSha || process.env['GITHUB_SHA'] || '',
    breakGlass: input('break-glass'),
    comment: flag('comment', true),
    status: flag('status', true),
    owner,
    repo,
    eventName,
    pullRequest,
    ...deployerOf(mode, pullRequest),
    ref:
      mode === 'check' && pullRequest
        ? pullRequest.baseRef
        : refName(process.env['GITHUB_REF'] ?? ''),
    workspace: process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
    runUrl: `${server}/${owner}/${repo}/actions/runs/${process.env['GITHUB_RUN_ID'] ?? ''}`,
    now,
  };
}
