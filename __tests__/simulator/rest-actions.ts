// REST routes and shapes for workflow runs, their attempts and jobs (GitHub Actions), typed by the OpenAPI schema.
import { htmlUrl, nodeId, repoUrl, userByLogin, type Schema } from './rest-shapes.js';
import { notFound, ok, route, type RestRequest, type Route } from './router.js';
import type { World } from './world.js';
import type { RunAttemptRecord, WorkflowJobRecord, WorkflowRunRecord } from './world-types.js';

const R = '/repos/:owner/:repo';

type WorkflowRun = Schema['workflow-run'];
export type WorkflowRunShape = Pick<
  WorkflowRun,
  | 'id'
  | 'name'
  | 'node_id'
  | 'head_sha'
  | 'run_number'
  | 'run_attempt'
  | 'event'
  | 'status'
  | 'conclusion'
  | 'url'
  | 'html_url'
  | 'created_at'
  | 'updated_at'
  | 'actor'
  | 'triggering_actor'
  | 'display_title'
  | 'path'
> & { repository: MinimalRepositoryShape };

type MinimalRepositoryShape = Pick<
  Schema['minimal-repository'],
  'id' | 'node_id' | 'name' | 'full_name' | 'owner' | 'private' | 'html_url' | 'url'
>;

type JobShape = Pick<
  Schema['job'],
  | 'id'
  | 'run_id'
  | 'run_url'
  | 'run_attempt'
  | 'node_id'
  | 'head_sha'
  | 'url'
  | 'html_url'
  | 'status'
  | 'conclusion'
  | 'created_at'
  | 'started_at'
  | 'name'
>;

function minimalRepository(world: World, api: string): MinimalRepositoryShape {
  return {
    id: world.repoId,
    node_id: nodeId('Repository', world.repoId),
    name: world.name,
    full_name: world.fullName,
    owner: userByLogin(world, api, world.owner),
    private: world.isPrivate,
    html_url: htmlUrl(world),
    url: repoUrl(world, api),
  };
}

/** The run as its latest attempt stands, or as attempt `attempt` stood. */
export function workflowRunShape(
  world: World,
  api: string,
  run: WorkflowRunRecord,
  attempt?: RunAttemptRecord,
): WorkflowRunShape {
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    head_sha: run.headSha,
    run_number: run.id % 1000,
    run_attempt: attempt?.attempt ?? run.runAttempt,
    event: run.event,
    status: attempt ? 'completed' : run.status,
    conclusion: attempt ? attempt.conclusion : run.conclusion,
    url: `${repoUrl(world, api)}/actions/runs/${run.id}`,
    html_url: `${htmlUrl(world)}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    updated_at: run.createdAt,
    actor: userByLogin(world, api, run.actor),
    triggering_actor: userByLogin(world, api, attempt?.triggeringActor ?? run.triggeringActor),
    display_title: run.name,
    path: '.github/workflows/deploy.yml',
    repository: minimalRepository(world, api),
  };
}

function jobShape(world: World, api: string, run: WorkflowRunRecord, job: WorkflowJobRecord) {
  const body: JobShape = {
    id: job.id,
    run_id: run.id,
    run_url: `${repoUrl(world, api)}/actions/runs/${run.id}`,
    run_attempt: job.attempt,
    node_id: nodeId('CheckRun', job.id),
    head_sha: run.headSha,
    url: `${repoUrl(world, api)}/actions/jobs/${job.id}`,
    html_url: `${htmlUrl(world)}/actions/runs/${run.id}/job/${job.id}`,
    status: 'completed',
    conclusion: job.conclusion,
    created_at: run.createdAt,
    started_at: run.createdAt,
    name: job.name,
  };
  return body;
}

function runOf(req: RestRequest): WorkflowRunRecord {
  const run = req.world.workflowRuns.get(Number(req.params.id));
  if (!run) throw notFound();
  return run;
}

function getAttempt(req: RestRequest) {
  const run = runOf(req);
  const number = Number(req.params.attempt);
  if (number === run.runAttempt) return ok(workflowRunShape(req.world, req.api, run));
  const attempt = run.earlierAttempts.find((a) => a.attempt === number);
  if (!attempt) throw notFound();
  return ok(workflowRunShape(req.world, req.api, run, attempt));
}

function getJob(req: RestRequest) {
  const id = Number(req.params.id);
  for (const run of req.world.workflowRuns.values()) {
    const job = run.jobs.find((j) => j.id === id);
    if (job) return ok(jobShape(req.world, req.api, run, job));
  }
  throw notFound();
}

export const actionsRoutes: Route[] = [
  route('GET', `${R}/actions/runs/:id`, 'actions:read', (req) =>
    ok(workflowRunShape(req.world, req.api, runOf(req))),
  ),
  route('GET', `${R}/actions/runs/:id/attempts/:attempt`, 'actions:read', getAttempt),
  route('GET', `${R}/actions/jobs/:id`, 'actions:read', getJob),
];
