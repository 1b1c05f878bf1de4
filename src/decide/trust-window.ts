// The trust window: which deployments count, from `trust.window` (default 90d).
import { parseDuration } from '../policy/duration.js';

/** The window used when the policy has no `trust` or no `trust.window`. */
export const DEFAULT_WINDOW = '90d';

/** The first instant (ms) inside the window: deployments created at or after it count. */
export function windowStart(now: string, window: string = DEFAULT_WINDOW): number {
  return Date.parse(now) - parseDuration(window);
}
