// The policy core's public surface: load and validate the file, look up an environment.
export { parseDuration, durationPattern } from './duration.js';
export { environmentNotFound, findEnvironment, type EnvironmentMatch } from './find-environment.js';
export {
  HOURS_PATTERN,
  hoursProblem,
  isTimeZone,
  parseHours,
  parseInstant,
} from './freeze-times.js';
export type { Hours } from './freeze-times.js';
export { globProblem } from './glob-check.js';
export { loadPolicy, parsePolicy, type ParsedPolicy } from './load.js';
export { PolicyError } from './policy-error.js';
export { formatIssue, formatKeyPath, type KeyPath, type PolicyIssue } from './policy-issue.js';
export * from './schema.js';
