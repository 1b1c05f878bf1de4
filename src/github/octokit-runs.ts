// Reads of workflow runs, jobs and attempts: what the history needs to forgive failures and credit workflows.
import type { RunAttempt, WorkflowJob, WorkflowRun } from '../decide/facts.js';
import type { Octokit } from './client.js';
import type { Repo } from './port.js';

/**
 * A 404 (another repository's run, or a deleted one) proves nothing: null, so a failure stands and
 * a payload is not believed. Anything else, a missing `actions: read` (403) included, is raised.
 */
async function orNullWhenMissing<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}

export function readWorkflowRun(octokit: Octokit, repo: Repo, id: string) {
  return orNullWhenMissing<WorkflowRun>(async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      ...repo,
      run_id: Number(id),
    });
    return {
      conclusion: data.conclusion ?? null,
      attempts: data.run_attempt ?? 1,
      triggeringActor: data.triggering_actor?.login ?? null,
      repository: data.repository.full_name,
    };
  });
}

export function readWorkflowJob(octokit: Octokit, repo: Repo, id: string) {
  return orNullWhenMissing<WorkflowJob>(async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}', {
      ...repo,
      job_id: Number(id),
    });
    return {
      conclusion: data.conclusion ?? null,
      run: String(data.run_id),
      attempt: data.run_attempt ?? 1,
    };
  });
}

export function readRunAttempt(octokit: Octokit, repo: Repo, run: string, attempt: number) {
  return orNullWhenMissing<RunAttempt>(async () => {
    const { data } = await octokit.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
      { ...repo, run_id: Number(run), attempt_number: attempt },
    );
    return {
      conclusion: data.conclusion ?? null,
      triggeringActor: data.triggering_actor?.login ?? null,
    };
  });
}
