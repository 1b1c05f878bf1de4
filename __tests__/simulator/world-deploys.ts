// Deployment, deployment-status and workflow-run builders.
import type { World } from './world.js';
import type {
  DeploymentRecord,
  DeploymentState,
  DeploymentStatusRecord,
  WorkflowRunRecord,
} from './world-types.js';

export interface StatusSpec {
  state: DeploymentState;
  at?: string;
  creator?: string;
  description?: string;
  logUrl?: string;
  targetUrl?: string;
  environmentUrl?: string;
  /** Link the status to this workflow run's job log (sets log_url and target_url). */
  run?: number | WorkflowRunRecord;
  /**
   * Like GitHub's `auto_inactive` (default true): a `success` marks the environment's
   * earlier successful deployments `inactive`.
   */
  autoInactive?: boolean;
}

export interface DeploymentSpec {
  /** Commit deployed (default: head of `ref`). */
  sha?: string;
  /** Ref recorded on the deployment (default: the default branch). */
  ref?: string;
  environment?: string;
  /** REST login of the creator (default `github-actions[bot]`). */
  creator?: string;
  payload?: Record<string, unknown>;
  description?: string;
  task?: string;
  transient?: boolean;
  production?: boolean;
  at?: string;
  /** Shorthand for one status a minute after creation. */
  status?: DeploymentState | StatusSpec;
  statuses?: StatusSpec[];
}

export interface WorkflowRunSpec {
  id?: number;
  name?: string;
  status?: WorkflowRunRecord['status'];
  conclusion?: WorkflowRunRecord['conclusion'];
  headSha?: string;
  event?: string;
  runAttempt?: number;
  actor?: string;
  /** Who triggered the latest attempt (default: `actor`). */
  triggeringActor?: string;
  at?: string;
  /** Attempts before the latest, oldest first; `runAttempt` defaults to their count + 1. */
  earlierAttempts?: Array<{
    conclusion?: WorkflowRunRecord['conclusion'];
    triggeringActor?: string;
  }>;
  /**
   * Jobs (default: one job, id `run id + 7`, in the latest attempt, concluded like the run —
   * the one `world.runLogUrl` links to).
   */
  jobs?: Array<{
    id?: number;
    attempt?: number;
    name?: string;
    conclusion?: WorkflowRunRecord['conclusion'];
  }>;
}

const MINUTE = 60_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function addDeployment(world: World, spec: DeploymentSpec): DeploymentRecord {
  const ref = spec.ref ?? world.defaultBranch;
  const sha = world.mustResolve(spec.sha ?? ref);
  const creator = world.ensureUser(spec.creator ?? 'github-actions[bot]').login;
  const environment = spec.environment ?? 'production';
  const deployment: DeploymentRecord = {
    id: world.nextId(),
    sha,
    ref,
    task: spec.task ?? 'deploy',
    environment,
    creator,
    payload: spec.payload ?? {},
    description: spec.description ?? null,
    createdAt: world.stamp(spec.at),
    transient: spec.transient ?? false,
    production: spec.production ?? environment.toLowerCase() === 'production',
    statuses: [],
  };
  world.deployments.push(deployment);
  const shorthand = typeof spec.status === 'string' ? { state: spec.status } : spec.status;
  for (const status of [...(shorthand ? [shorthand] : []), ...(spec.statuses ?? [])]) {
    addStatus(world, deployment.id, status);
  }
  return deployment;
}

function statusTime(world: World, deployment: DeploymentRecord, at?: string): string {
  if (at) return world.stamp(at);
  const last = deployment.statuses.at(-1)?.createdAt ?? deployment.createdAt;
  return world.stamp(iso(new Date(last).getTime() + MINUTE));
}

function runUrl(world: World, run: StatusSpec['run']): string | undefined {
  if (run === undefined) return undefined;
  return world.runLogUrl(typeof run === 'number' ? run : run.id);
}

export function addStatus(world: World, id: number, spec: StatusSpec): DeploymentStatusRecord {
  const deployment = world.deployments.find((d) => d.id === id);
  if (!deployment) throw new Error(`no deployment ${id}`);
  const linked = runUrl(world, spec.run);
  const status: DeploymentStatusRecord = {
    id: world.nextId(),
    state: spec.state,
    createdAt: statusTime(world, deployment, spec.at),
    creator: world.ensureUser(spec.creator ?? deployment.creator).login,
    description: spec.description ?? '',
    logUrl: spec.logUrl ?? linked ?? '',
    targetUrl: spec.targetUrl ?? linked ?? '',
    environmentUrl: spec.environmentUrl ?? '',
  };
  deployment.statuses.push(status);
  if (spec.state === 'success' && spec.autoInactive !== false && !deployment.transient) {
    inactivatePrevious(world, deployment, status);
  }
  return status;
}

function inactivatePrevious(
  world: World,
  current: DeploymentRecord,
  cause: DeploymentStatusRecord,
): void {
  const env = current.environment.toLowerCase();
  for (const d of world.deployments) {
    if (d.id >= current.id || d.environment.toLowerCase() !== env) continue;
    if (d.statuses.at(-1)?.state !== 'success') continue;
    d.statuses.push({
      ...cause,
      id: world.nextId(),
      state: 'inactive',
      description: '',
      logUrl: '',
      targetUrl: '',
      environmentUrl: '',
    });
  }
}

export function addWorkflowRun(world: World, spec: WorkflowRunSpec): WorkflowRunRecord {
  const id = spec.id ?? world.nextId() * 1000;
  const actor = world.ensureUser(spec.actor ?? 'octocat').login;
  const earlier = (spec.earlierAttempts ?? []).map((attempt, i) => ({
    attempt: i + 1,
    conclusion: attempt.conclusion === undefined ? 'failure' : attempt.conclusion,
    triggeringActor: world.ensureUser(attempt.triggeringActor ?? actor).login,
  }));
  const run: WorkflowRunRecord = {
    id,
    name: spec.name ?? 'Deploy',
    status: spec.status ?? 'completed',
    conclusion: spec.conclusion === undefined ? 'success' : spec.conclusion,
    headSha: spec.headSha ?? world.mustResolve(world.defaultBranch),
    event: spec.event ?? 'push',
    runAttempt: spec.runAttempt ?? earlier.length + 1,
    actor,
    triggeringActor: world.ensureUser(spec.triggeringActor ?? actor).login,
    createdAt: world.stamp(spec.at),
    earlierAttempts: earlier,
    jobs: [],
  };
  run.jobs = (spec.jobs ?? [{}]).map((job, i) => ({
    id: job.id ?? id + 7 + i,
    runId: id,
    attempt: job.attempt ?? run.runAttempt,
    name: job.name ?? 'deploy',
    conclusion: job.conclusion === undefined ? run.conclusion : job.conclusion,
  }));
  world.workflowRuns.set(run.id, run);
  return run;
}
