import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { formatKeyPath } from '../../src/policy/policy-issue.js';
import { FILE, SPEC_EXAMPLE, production } from './policy-text.js';

describe('loadPolicy', () => {
  it('returns the policy when it has no issues', () => {
    expect(loadPolicy(SPEC_EXAMPLE, FILE).version).toBe(1);
  });

  it('throws a PolicyError listing every issue as file:line:col key: message', () => {
    const text = production('aprovals: 2\nminimum: -1');

    expect(() => loadPolicy(text, FILE)).toThrow(
      [
        'Invalid policy .github/trust-gate.yml (2 problems):',
        '.github/trust-gate.yml:4:5 environments.production.aprovals: unknown key `aprovals`; did you mean `approvals`?',
        '.github/trust-gate.yml:5:14 environments.production.minimum: expected 0 or more, got -1',
      ].join('\n'),
    );
  });

  it('keeps the issues on the error, with 1-based positions', () => {
    let thrown: unknown;
    try {
      loadPolicy('', FILE);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(PolicyError);
    expect((thrown as PolicyError).issues).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        path: '',
        message:
          'the policy file is empty; expected a mapping with `version: 1` and `environments`',
      },
    ]);
    expect((thrown as PolicyError).message).toBe(
      'Invalid policy .github/trust-gate.yml (1 problem):\n.github/trust-gate.yml:1:1: the policy file is empty; expected a mapping with `version: 1` and `environments`',
    );
  });
});

describe('formatKeyPath', () => {
  it.each([
    [
      ['environments', 'production', 'trust', 'levels', 1, 'after'],
      'environments.production.trust.levels[1].after',
    ],
    [['environments', 'preview-*', 'approvals'], 'environments.preview-*.approvals'],
    [['environments', 'eu.production'], 'environments["eu.production"]'],
    [['environments', 'my env'], 'environments["my env"]'],
    [[], ''],
  ])('writes %j as %s', (path, text) => {
    expect(formatKeyPath(path)).toBe(text);
  });
});
