import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentNotFound, findEnvironment } from '../../src/policy/find-environment.js';
import { policyJsonSchemaText } from '../../src/policy/json-schema.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { FILE, issuesOf, production, yaml } from './policy-text.js';

describe('YAML problems', () => {
  it('calls an unknown tag a YAML problem, not a syntax error', () => {
    expect(issuesOf('version: !foo 1\nenvironments:\n  production: {}\n')).toEqual([
      '1:10 : YAML problem: Unresolved tag: !foo',
    ]);
  });

  it('names the key that is duplicated, not the first key of the file', () => {
    const text = yaml`
      version: 1
      environments:
        production: {}
        production: {}
    `;
    expect(issuesOf(text)).toEqual([
      '4:3 : duplicate key `production`; a key may appear only once in a mapping',
    ]);
  });

  it('calls an error at a key that is no duplicate by its own name', () => {
    expect(issuesOf('"prod\nuction": {}\n')).toEqual([
      '1:1 : YAML syntax error: Implicit keys need to be on a single line',
    ]);
  });

  it('counts nested block mappings against the nesting limit', () => {
    const nested = Array.from({ length: 40 }, (_, depth) => `${' '.repeat(depth + 2)}k${depth}:`);
    expect(issuesOf(['version: 1', 'environments:', ...nested, ''].join('\n'))).toEqual([
      '34:34 : nested more than 32 levels deep; a policy needs 7',
    ]);
  });

  it('counts collections nested in a mapping key against the nesting limit, at the level too deep', () => {
    const key = `${'['.repeat(40)}${']'.repeat(40)}`;
    expect(issuesOf(`version: 1\nenvironments:\n  ? ${key}\n  : {}\n`)).toEqual([
      '3:35 : nested more than 32 levels deep; a policy needs 7',
    ]);
  });
});

describe('issue positions', () => {
  it('points at an explicit null, not at its key', () => {
    expect(issuesOf(production('approvals: null\nminimum: ~'))).toEqual([
      '4:16 environments.production.approvals: expected a whole number, got an empty value',
      '5:14 environments.production.minimum: expected a whole number, got an empty value',
    ]);
  });

  it('orders the issues of one line by column', () => {
    const text = production('trust:\n  levels:\n    - { approvals: -1, after: -1, name: 5 }');
    expect(issuesOf(text)).toEqual([
      '6:24 environments.production.trust.levels[0].approvals: expected 0 or more, got -1',
      '6:35 environments.production.trust.levels[0].after: expected 0 or more, got -1',
      '6:45 environments.production.trust.levels[0].name: expected a string, got 5',
    ]);
  });

  it('points at the key that holds the value when `1` and `"1"` both name environment 1', () => {
    const text = yaml`
      version: 1
      environments:
        1: { approvals: 2 }
        "1": { approvals: -1 }
    `;
    expect(issuesOf(text)).toEqual(['4:21 environments.1.approvals: expected 0 or more, got -1']);
  });
});

describe('environment lookup', () => {
  const policy = loadPolicy(
    yaml`
      version: 1
      environments:
        "preview-*": { approvals: 0 }
    `,
    FILE,
  );

  it('matches a glob key whatever the case of the name', () => {
    expect(findEnvironment(policy, 'Preview-42')?.key).toBe('preview-*');
  });

  it('lets a glob key match a name that starts with a dot', () => {
    const catchAll = loadPolicy('version: 1\nenvironments:\n  "*": { approvals: 2 }\n', FILE);
    expect(findEnvironment(catchAll, '.staging')?.key).toBe('*');
  });

  it('says when a policy has no environments at all', () => {
    expect(environmentNotFound('production', { ...policy, environments: {} }, FILE)).toBe(
      'No policy for environment `production` in .github/trust-gate.yml; it has no environments. Add an `environments.production` key.',
    );
  });
});

describe('PolicyError', () => {
  it('is named PolicyError and carries no issues unless given some', () => {
    const error = new PolicyError('No policy file');
    expect(error.name).toBe('PolicyError');
    expect(String(error)).toBe('PolicyError: No policy file');
    expect(error.issues).toEqual([]);
  });
});

describe('policyJsonSchemaText', () => {
  it('is the committed trust-gate.schema.json, byte for byte', () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '../../trust-gate.schema.json'),
      'utf8',
    );
    expect(policyJsonSchemaText()).toBe(committed);
  });
});
