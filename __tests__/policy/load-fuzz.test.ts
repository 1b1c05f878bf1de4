// Fuzzing the policy loader (fast-check): any text gives a Policy or issues that each carry the
// file, a 1-based line and column and a key path; never another exception, and never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { MAX_NESTING, MAX_POLICY_CHARS } from '../../src/policy/yaml-source.js';
import { FILE, SPEC_EXAMPLE } from './policy-text.js';

/**
 * Runs per property; docs/mutation.md quotes these. StrykerJS's vitest config sets
 * TRUST_GATE_FUZZ_RUNS (and a seed) so that every mutant does not pay for the full fuzz.
 */
const SCALED = Number(process.env['TRUST_GATE_FUZZ_RUNS']) || 0;
export const FUZZ_RUNS = {
  arbitraryText: SCALED || 1_000,
  yamlShaped: SCALED || 1_000,
  mutatedPolicy: SCALED || 500,
} as const;
const SEED = Number(process.env['TRUST_GATE_FUZZ_SEED']) || undefined;
/** Generous: a valid policy takes milliseconds to check, and the machine may be shared. */
const FUZZ_TIMEOUT_MS = 180_000;

/** A key path as formatKeyPath writes it: plain keys joined by dots, indexes and quoted keys in brackets. */
const KEY_PATH =
  /^(?:[^.[\]\s"'`]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])(?:\.[^.[\]\s"'`]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;

/** The loader's contract for any text. */
function expectWellFormed(text: string): void {
  const { policy, issues } = parsePolicy(text, FILE);
  if (policy !== null) {
    expect(issues).toEqual([]);
    expect(loadPolicy(text, FILE)).toEqual(policy);
    return;
  }
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.file).toBe(FILE);
    expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 1).toBe(true);
    expect(typeof issue.path).toBe('string');
    if (issue.path !== '') expect(issue.path).toMatch(KEY_PATH);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  const error = (() => {
    try {
      loadPolicy(text, FILE);
      return null;
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(PolicyError);
  expect((error as PolicyError).issues).toEqual(issues);
}

const yamlToken = fc.constantFrom(
  ...[
    ':',
    ': ',
    '- ',
    '-',
    '[',
    ']',
    '{',
    '}',
    ',',
    '? ',
    '&a ',
    '*a',
    '&b ',
    '*b',
    '!!str ',
    '!!binary ',
    '!x ',
    '|',
    '>',
    '"',
    "'",
    '#',
    '\n',
    '\n  ',
    '\n    ',
    '\t',
    '---\n',
    '...\n',
    '%YAML 1.2\n',
    '<<: ',
    '~',
    'null',
    'true',
    '0x1F',
    '1e3',
    '-1',
    '1.5',
    '90d',
    '\\u0000',
    '\uFEFF',
    '\r\n',
    'version',
    'version: 1\n',
    'environments',
    'environments:\n',
    'production',
    'approvals',
    'trust',
    'levels',
    'freeze',
    'paths',
    'match',
    'after',
    'name',
    'users',
    'teams',
    'level',
    '__proto__',
    'constructor',
    '"2026-12-20T00:00:00Z"',
    'Europe/Amsterdam',
    '18:00-08:00',
  ],
);

/** Text built of YAML's own punctuation and the policy's keys, so the parser goes deep. */
const yamlShaped = fc.array(yamlToken, { maxLength: 60 }).map((parts) => parts.join(''));

/** The SPEC example with a slice replaced, deleted or duplicated. */
const mutatedPolicy = fc
  .record({
    at: fc.nat({ max: SPEC_EXAMPLE.length }),
    length: fc.nat({ max: 40 }),
    insert: fc.oneof(yamlToken, fc.string({ maxLength: 12 }), fc.constant('')),
    duplicate: fc.boolean(),
  })
  .map(({ at, length, insert, duplicate }) => {
    const cut = SPEC_EXAMPLE.slice(at, at + length);
    return (
      SPEC_EXAMPLE.slice(0, at) + (duplicate ? cut + cut : insert) + SPEC_EXAMPLE.slice(at + length)
    );
  });

describe('policy loader fuzzing', () => {
  it(
    `turns arbitrary text into a policy or positioned issues (${FUZZ_RUNS.arbitraryText} runs)`,
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectWellFormed), {
        numRuns: FUZZ_RUNS.arbitraryText,
        seed: SEED,
      });
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `turns YAML-shaped text into a policy or positioned issues (${FUZZ_RUNS.yamlShaped} runs)`,
    () => {
      fc.assert(fc.property(yamlShaped, expectWellFormed), {
        numRuns: FUZZ_RUNS.yamlShaped,
        seed: SEED,
      });
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `turns mutated valid policies into a policy or positioned issues (${FUZZ_RUNS.mutatedPolicy} runs)`,
    () => {
      fc.assert(fc.property(mutatedPolicy, expectWellFormed), {
        numRuns: FUZZ_RUNS.mutatedPolicy,
        seed: SEED,
      });
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('policy loader limits', () => {
  it.each([
    ['flow sequences', '['.repeat(10_000) + ']'.repeat(10_000), 1, 33],
    ['flow mappings', '{a: '.repeat(5_000) + '1' + '}'.repeat(5_000), 1, 129],
    [
      'block sequences',
      Array.from({ length: 100 }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n'),
      33,
      65,
    ],
  ])(
    'refuses %s nested deeper than the limit, pointing at the first level too deep',
    (_, text, line, column) => {
      expect(parsePolicy(text, FILE).issues).toEqual([
        {
          file: FILE,
          line,
          column,
          path: '',
          message: `nested more than ${MAX_NESTING} levels deep; a policy needs 7`,
        },
      ]);
    },
  );

  it('reads nesting up to the limit', () => {
    const text = `a: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}`;
    expect(parsePolicy(text, FILE).issues.map((i) => i.message)).not.toContainEqual(
      expect.stringContaining('nested'),
    );
  });

  it.each([
    [
      'a 5 MB string',
      `version: 1\nenvironments:\n  p:\n    approvals: "${'x'.repeat(5_000_000)}"\n`,
    ],
    [
      'a million newlines',
      `version: 1\nenvironments:\n  p:\n    approvals: 1\n${'\n'.repeat(1_000_000)}`,
    ],
  ])('refuses %s by its length, before parsing it', (_, text) => {
    const size = text.length.toLocaleString('en-US');
    expect(parsePolicy(text, FILE).issues).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        path: '',
        message: `the file is ${size} characters long; a policy may have at most 512,000`,
      },
    ]);
  });

  it('reads a policy of exactly the longest length', () => {
    const head = 'version: 1\nenvironments:\n  production:\n    approvals: 1\n';
    const text = head + '#'.repeat(MAX_POLICY_CHARS - head.length);
    expect(text).toHaveLength(MAX_POLICY_CHARS);
    expect(parsePolicy(text, FILE).issues).toEqual([]);
  });

  it('stops an alias bomb at the YAML library’s alias count', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 0; i < 9; i++) {
      const [from, to] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
      text += `${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]\n`;
    }
    expect(parsePolicy(text, FILE).issues).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        path: '',
        message:
          'cannot read the YAML: Excessive alias count indicates a resource exhaustion attack',
      },
    ]);
  });

  it('names a second document as such', () => {
    expect(parsePolicy('version: 1\n---\nversion: 1\n', FILE).issues).toEqual([
      {
        file: FILE,
        line: 2,
        column: 1,
        path: '',
        message: 'the file holds more than one YAML document (`---`); a policy is one',
      },
    ]);
  });

  it.each([
    ['!!binary aGVsbG8=', 'binary data'],
    ['!!timestamp 2026-12-20', 'a date'],
    ['!!set {a, b}', 'a set'],
  ])('reads a tagged %s at the root as what it is, not as a mapping', (text, what) => {
    const issues = parsePolicy(text, FILE).issues;
    expect(issues.map((i) => i.message)).toEqual([
      `expected a mapping with \`version: 1\` and \`environments\`, got ${what}`,
    ]);
  });

  it('points an issue of a long mapping at its own key (located by index)', () => {
    const names = Array.from({ length: 2_000 }, (_, i) => `  env-${i}:\n    approvals: 1\n`);
    names[1_500] = '  env-1500:\n    aprovals: 1\n';
    const { issues } = parsePolicy(`version: 1\nenvironments:\n${names.join('')}`, FILE);
    expect(issues.map((i) => [i.line, i.column, i.path])).toEqual([
      [3 + 1_500 * 2 + 1, 5, 'environments.env-1500.aprovals'],
    ]);
  });
});
