import { describe, expect, it } from 'vitest';
import { environmentNotFound, findEnvironment } from '../../src/policy/find-environment.js';
import { loadPolicy } from '../../src/policy/load.js';
import { FILE, yaml } from './policy-text.js';

const policy = loadPolicy(
  yaml`
    version: 1
    environments:
      "preview-*": { approvals: 0 }
      "pr-*": { approvals: 3 }
      "*": { approvals: 4 }
      Production: { approvals: 2 }
      "preview-main": { approvals: 5 }
      .hidden: { approvals: 6 }
  `,
  FILE,
);

describe('findEnvironment', () => {
  it.each([
    ['an exact key', 'Production', 'Production', 2],
    ['an exact key in another case', 'PRODUCTION', 'Production', 2],
    [
      'an exact key that a glob earlier in the file also matches',
      'preview-main',
      'preview-main',
      5,
    ],
    ['the first glob in file order when several match', 'preview-42', 'preview-*', 0],
    ['a glob in another case', 'PR-7', 'pr-*', 3],
    ['a later glob when earlier ones do not match', 'staging', '*', 4],
    ['a key starting with a dot', '.HIDDEN', '.hidden', 6],
  ])('finds %s', (_case, name, key, approvals) => {
    const match = findEnvironment(policy, name);

    expect(match?.key).toBe(key);
    expect(match?.environment.approvals).toBe(approvals);
  });

  it.each([
    ['no key matches', 'staging'],
    ['the name only starts like a key', 'production-eu'],
    ['a glob would have to cross a slash', 'preview-a/b'],
  ])('returns null when %s', (_case, name) => {
    const narrow = loadPolicy(
      'version: 1\nenvironments:\n  production: {}\n  preview-*: {}\n',
      FILE,
    );

    expect(findEnvironment(narrow, name)).toBeNull();
  });
});

describe('environmentNotFound', () => {
  it('names the environment, the file, the keys it has and the key to add', () => {
    const narrow = loadPolicy(
      'version: 1\nenvironments:\n  production: {}\n  preview-*: {}\n',
      FILE,
    );

    expect(environmentNotFound('staging', narrow, FILE)).toBe(
      'No policy for environment `staging` in .github/trust-gate.yml; it has: production, preview-*. Add an `environments.staging` key.',
    );
  });
});
