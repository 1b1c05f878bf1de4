// Which policy key governs an environment: an exact name first, then the first matching glob.
import { Minimatch } from 'minimatch';
import type { EnvironmentPolicy, Policy } from './schema.js';

export interface EnvironmentMatch {
  /** The policy key as written in the file. */
  key: string;
  environment: EnvironmentPolicy;
}

/**
 * The policy for environment `name`, compared case-insensitively as GitHub does. A key equal
 * to the name beats any glob; among globs the first in the file wins (object keys keep file
 * order, except integer-like keys, which JavaScript puts first).
 */
export function findEnvironment(policy: Policy, name: string): EnvironmentMatch | null {
  const keys = Object.keys(policy.environments);
  const lowerName = name.toLowerCase();
  const key =
    keys.find((candidate) => candidate.toLowerCase() === lowerName) ??
    keys.find((candidate) => new Minimatch(candidate, { nocase: true, dot: true }).match(name));
  return key === undefined ? null : { key, environment: policy.environments[key]! };
}

/** The error text for an environment no key matches: the keys there are, and the fix. */
export function environmentNotFound(name: string, policy: Policy, file: string): string {
  const keys = Object.keys(policy.environments);
  const has = keys.length > 0 ? `it has: ${keys.join(', ')}` : 'it has no environments';
  return `No policy for environment \`${name}\` in ${file}; ${has}. Add an \`environments.${name}\` key.`;
}
