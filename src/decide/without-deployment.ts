// SPEC §5c: on a `deployment` event, the event's own deployment is not part of the history it is judged on.
import type { Deployment } from './facts.js';

/** The history without deployment `id` (unchanged when `id` is null). */
export function withoutDeployment<T extends { deployments: Deployment[] }>(
  history: T,
  id: number | null,
): T {
  if (id === null) return history;
  return { ...history, deployments: history.deployments.filter((d) => d.id !== id) };
}
