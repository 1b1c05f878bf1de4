// The only reader of action inputs and of the run's environment: one typed Inputs object.
import { readFileSync } from 'node:fs';
import { getBooleanInput, getInput } from '@actions/core';
import {
  CHECK_EVENTS,
  eventTarget,
  PULL_REQUEST_EVENTS,
  type MergeGroupEvent,
  type PullRequestEvent,
  type RefKind,
} from './events/index.js';
import { pullRequestOf } from './events/pull-request.js';
import { refusePolicyRefOnPullHead } from './events/policy-ref.js';
import { InputError } from './input-error.js';

export { InputError } from './input-error.js';
export type { MergeGroupEvent, PullRequestEvent, RefKind } from './events/index.js';

export const MODES = ['gate', 'check', 'report', 'validate'] as const;
export type Mode = (typeof MODES)[number];

export interface Inputs {
  environment: string;
  token: string;
  policyPath: string;
  policyRef: string | null;
  mode: Mode;
  sha: string;
  /** Whether the `sha` input named the commit (it overrides the event's, SPEC §5c). */
  shaFromInput: boolean;
  breakGlass: string;
  comment: boolean;
  status: boolean;
  /** `history-cache`: keep a ledger of the history in the runner's cache (absent: true). */
  historyCache?: boolean;
  owner: string;
  repo: string;
  eventName: string;
  pullRequest: PullRequestEvent | null;
  /** `issue_comment`: the pull request to read before deciding (events/commented-pull.ts). */
  commentedPull: number | null;
  /** `deployment`: the event's own deployment, left out of the history. */
  deploymentId: number | null;
  mergeGroup: MergeGroupEvent | null;
  deployer: string;
  deployerIsBot: boolean;
  /** The ref matched against `branches`. */
  ref: string;
  refKind: RefKind;
  workspace: string;
  runUrl: string;
  now: Date;
}

function input(name: string, fallback = ''): string {
  return getInput(name) || fallback;
}

/** A boolean input as @actions/core reads it (YAML 1.2 core schema); empty takes the default. */
function flag(name: string, fallback: boolean): boolean {
  if (getInput(name) === '') return fallback;
  try {
    return getBooleanInput(name);
  } catch {
    throw new InputError(
      `Input \`${name}\` is "${getInput(name, { trimWhitespace: false })}"; expected true or false.`,
    );
  }
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

function modeOf(eventName: string): Mode {
  const mode = input('mode', CHECK_EVENTS.includes(eventName) ? 'check' : 'gate');
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(`Input \`mode\` is "${mode}"; expected one of ${MODES.join(', ')}.`);
  }
  return mode as Mode;
}

/** `GITHUB_REPOSITORY` as owner and name; only `validate` (which reads the workspace) runs without. */
function repository(mode: Mode): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  if ((!owner || !repo) && mode !== 'validate')
    throw new InputError('GITHUB_REPOSITORY is not set: run this action inside GitHub Actions.');
  return { owner, repo };
}

/** SPEC §5: the pull request's author in check mode on a pull request, else §5a's triggering actor. */
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
    if (PULL_REQUEST_EVENTS.includes(eventName))
      pullRequest = pullRequestOf(readEvent(), eventName);
  } catch {
    // an unknown mode or an unreadable event: report as in gate mode
  }
  const people = deployerOf(mode ?? 'gate', pullRequest);
  return { mode, environment: input('environment'), deployer: people.deployer };
}

function runContext() {
  return {
    repository: process.env['GITHUB_REPOSITORY'] ?? '',
    sha: process.env['GITHUB_SHA'] ?? '',
    ref: process.env['GITHUB_REF'] ?? '',
  };
}

/** The event's target; `validate` reads only the workspace, so no event can stop it. */
function targetOf(eventName: string, mode: Mode) {
  const run = runContext();
  if (mode === 'validate') return eventTarget('', {}, run);
  return eventTarget(eventName, readEvent(), run);
}

export function readInputs(now: Date = new Date()): Inputs {
  const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
  const mode = modeOf(eventName);
  const environment = input('environment');
  if (!environment && mode !== 'validate') throw new InputError('Input `environment` is required.');
  const target = targetOf(eventName, mode);
  const policyRef = input('policy-ref') || null;
  if (target.pullRequest) refusePolicyRefOnPullHead(policyRef, target.pullRequest);
  const { owner, repo } = repository(mode);
  const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const sha = input('sha');
  const { pullRequest } = target;
  return {
    environment,
    token: input('token'),
    policyPath: input('policy', '.github/trust-gate.yml'),
    policyRef,
    mode,
    sha: sha || target.sha,
    shaFromInput: sha !== '',
    breakGlass: input('break-glass'),
    comment: flag('comment', true),
    status: flag('status', true),
    historyCache: flag('history-cache', true),
    owner,
    repo,
    eventName,
    pullRequest,
    commentedPull: target.commentedPull,
    deploymentId: target.deploymentId,
    mergeGroup: target.mergeGroup,
    ...deployerOf(mode, pullRequest),
    // check mode on a pull request matches its base branch, where it will be deployed from.
    ref: mode === 'check' && pullRequest ? pullRequest.baseRef : target.ref,
    refKind: mode === 'check' && pullRequest ? 'branch' : target.refKind,
    workspace: process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
    runUrl: `${server}/${owner}/${repo}/actions/runs/${process.env['GITHUB_RUN_ID'] ?? ''}`,
    now,
  };
}
