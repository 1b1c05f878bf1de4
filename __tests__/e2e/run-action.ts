// Runs the bundled dist/index.js exactly as the runner does: INPUT_* (with action.yml defaults),
// GITHUB_* variables, a real event payload, and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const FAKE_CLOCK = join(import.meta.dirname, 'fake-clock.mjs');
const COMPILE_CACHE = join(root, '.tmp/compile-cache');
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;

export type EventName =
  | 'workflow_dispatch'
  | 'push'
  | 'release'
  | 'schedule'
  | 'pull_request'
  | 'pull_request_target'
  | 'pull_request_review'
  | 'workflow_run'
  | 'deployment'
  | 'merge_group'
  | 'issue_comment';

export interface PullRequestEventSpec {
  number: number;
  headSha: string;
  baseRef: string;
  author: string;
  /** The head branch (default: the example's). */
  headRef?: string;
}

/** `workflow_run`: the run that finished (head_repository defaults to this repository). */
export interface WorkflowRunEventSpec {
  headSha: string;
  headBranch: string;
  headRepository?: string;
}

export interface DeploymentEventSpec {
  id: number;
  sha: string;
  ref: string;
}

/** `merge_group`: refs as GitHub sends them (`refs/heads/…`). */
export interface MergeGroupEventSpec {
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
}

/** `issue_comment`: the issue (or pull request, when `onPullRequest`) and the commenter. */
export interface IssueCommentEventSpec {
  number: number;
  onPullRequest: boolean;
  commenter: string;
  body?: string;
}

export interface RunOptions {
  apiUrl: string;
  owner?: string;
  repo?: string;
  event?: EventName;
  inputs?: Record<string, string>;
  actor?: string;
  triggeringActor?: string;
  sha?: string;
  ref?: string;
  pullRequest?: PullRequestEventSpec;
  workflowRun?: WorkflowRunEventSpec;
  deployment?: DeploymentEventSpec;
  mergeGroup?: MergeGroupEventSpec;
  issueComment?: IssueCommentEventSpec;
  now?: string;
  workspaceFiles?: Record<string, string>;
  /** Symbolic links in the workspace: path → target (absolute, or relative to the link). */
  workspaceLinks?: Record<string, string>;
  env?: Record<string, string>;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface RunResult {
  code: number | null;
  /** Wall time of the action's process, spawn to exit (the harness's own set-up excluded). */
  processMs: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

/** action.yml's input defaults, as the runner passes them. */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    // The runner expands `${{ github.token }}`; the simulator accepts any token.
    defaults[name] =
      spec.default === '${{ github.token }}' ? 'ghs_simulated' : (spec.default ?? '');
  }
  return defaults;
}

/** Webhook examples to start from; `schedule` has none (its payload is only the schedule). */
function examplePayload(event: EventName): Record<string, unknown> {
  if (event === 'schedule') {
    const base = examplePayload('workflow_dispatch');
    return { schedule: '30 5 * * 1-5', repository: base['repository'] };
  }
  const name = event === 'pull_request_target' ? 'pull_request' : event;
  const found = examples.find((e) => e.name === name)?.examples[0];
  if (!found) throw new Error(`no webhook example for ${name}`);
  return structuredClone(found);
}

/** A webhook example payload for the run's event, patched with its repository and fields. */
export function payloadFor(
  options: RunOptions,
  owner: string,
  repo: string,
): Record<string, unknown> {
  const payload = examplePayload(options.event ?? 'workflow_dispatch');
  const repository = payload['repository'] as Record<string, unknown>;
  Object.assign(repository, { name: repo, full_name: `${owner}/${repo}` });
  (repository['owner'] as Record<string, unknown>)['login'] = owner;
  const pr = options.pullRequest;
  if (pr && payload['pull_request']) {
    const pull = payload['pull_request'] as Record<string, Record<string, unknown>>;
    payload['number'] = pr.number;
    Object.assign(pull, { number: pr.number });
    Object.assign(pull['head']!, { sha: pr.headSha, ...(pr.headRef ? { ref: pr.headRef } : {}) });
    Object.assign(pull['base']!, { ref: pr.baseRef });
    Object.assign(pull['user']!, {
      login: pr.author,
      type: pr.author.endsWith('[bot]') ? 'Bot' : 'User',
    });
  }
  patchEvent(payload, options, `${owner}/${repo}`);
  return payload;
}

type Json = Record<string, Record<string, unknown>>;

/** Writes the chosen event's own fields over the example payload. */
function patchEvent(payload: Record<string, unknown>, options: RunOptions, fullName: string) {
  const event = payload as Json;
  const { workflowRun: run, deployment, mergeGroup: group, issueComment: comment } = options;
  if (run && event['workflow_run']) {
    Object.assign(event['workflow_run'], { head_sha: run.headSha, head_branch: run.headBranch });
    Object.assign(event['workflow_run']['head_repository'] as object, {
      full_name: run.headRepository ?? fullName,
    });
  }
  if (deployment && event['deployment']) Object.assign(event['deployment'], deployment);
  if (group && event['merge_group']) {
    const { headSha, headRef, baseSha, baseRef } = group;
    Object.assign(event['merge_group'], {
      head_sha: headSha,
      head_ref: headRef,
      base_sha: baseSha,
      base_ref: baseRef,
    });
  }
  if (comment && event['issue']) {
    const pullUrl = `https://api.github.com/repos/${fullName}/pulls/${comment.number}`;
    Object.assign(event['issue'], {
      number: comment.number,
      ...(comment.onPullRequest ? { pull_request: { url: pullUrl } } : {}),
    });
    Object.assign(event['comment'] as object, { body: comment.body ?? '.deploy' });
    Object.assign(event['comment']!['user'] as object, { login: comment.commenter });
  }
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    const message = match[3]!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    annotations.push({ level: match[1] as Annotation['level'], properties, message });
  }
  return annotations;
}

/** A run's runner files: workspace, event payload, outputs and summary, and its environment. */
export interface PreparedRun {
  dir: string;
  workspace: string;
  outputPath: string;
  summaryPath: string;
  env: Record<string, string>;
}

/** Writes the workspace, the event payload and the runner files, and builds the environment. */
export function prepareRun(options: RunOptions): PreparedRun {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'shop';
  const dir = mkdtempSync(join(tmpdir(), 'trust-gate-e2e-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  for (const [path, text] of Object.entries(options.workspaceFiles ?? {})) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  for (const [path, target] of Object.entries(options.workspaceLinks ?? {})) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    symlinkSync(target, join(workspace, path));
  }
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payloadFor(options, owner, repo)));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...actionDefaults(), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: options.sha ?? options.pullRequest?.headSha ?? '',
    GITHUB_REF:
      options.ref ??
      (options.pullRequest ? `refs/pull/${options.pullRequest.number}/merge` : 'refs/heads/main'),
    GITHUB_ACTOR: options.actor ?? 'octocat',
    GITHUB_TRIGGERING_ACTOR: options.triggeringActor ?? options.actor ?? 'octocat',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'gate',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    TRUST_GATE_RETRY_BASE_MS: '1',
    // Node 22+ keeps the bundle's compiled code between runs (Node 20 ignores it): the same code
    // runs, only its compilation is shared by the hundreds of runs of a test suite.
    NODE_COMPILE_CACHE: COMPILE_CACHE,
    // The clock is pinned by a test-only preload (fake-clock.mjs); dist/ reads no clock variable.
    ...(options.now ? { TRUST_GATE_TEST_NOW: options.now } : {}),
    ...options.env,
  };
  return { dir, workspace, outputPath, summaryPath, env };
}

/** What a run left: its exit code, streams, outputs, summary and annotations; its files removed. */
export function readResult(
  run: PreparedRun,
  streams: { code: number | null; processMs: number; stdout: string; stderr: string },
): RunResult {
  const result: RunResult = {
    ...streams,
    outputs: parseOutputs(readFileSync(run.outputPath, 'utf8')),
    summary: readFileSync(run.summaryPath, 'utf8'),
    annotations: parseAnnotations(streams.stdout),
  };
  rmSync(run.dir, { recursive: true, force: true }); // the run's workspace and runner files
  return result;
}

/**
 * Under StrykerJS (`TRUST_GATE_E2E_IN_PROCESS`, docs/mutation.md) the same scenarios run
 * src/main.ts in the test process, one at a time, where a mutant of src/ can reach them. CI always
 * runs the bundle.
 */
export const IN_PROCESS = Boolean(process.env['TRUST_GATE_E2E_IN_PROCESS']);

export async function runAction(options: RunOptions): Promise<RunResult> {
  if (IN_PROCESS) {
    const { runInProcess } = await import('../pipeline/in-process.js');
    return runInProcess(options);
  }
  const run = prepareRun(options);
  // TRUST_GATE_DIST lets parallel work test its own bundle; CI always runs the committed dist/.
  const dist = process.env['TRUST_GATE_DIST'] || join(root, 'dist');
  // TRUST_GATE_NODE_ARGS adds node flags, e.g. `--cpu-prof --cpu-prof-dir=…` to profile a run.
  const nodeArgs = (process.env['TRUST_GATE_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  if (options.now) nodeArgs.unshift('--import', pathToFileURL(FAKE_CLOCK).href);
  // TRUST_GATE_NODE_BIN runs the bundle on another Node (the runner uses Node 24).
  const node = process.env['TRUST_GATE_NODE_BIN'] ?? process.execPath;
  const spawned = performance.now();
  const child = spawn(node, [...nodeArgs, join(dist, 'index.js')], {
    env: run.env,
    cwd: run.workspace,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return readResult(run, { code, processMs: performance.now() - spawned, stdout, stderr });
}
