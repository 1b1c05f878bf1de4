import { describe, expect, it } from 'vitest';
import { globProblem } from '../../src/policy/glob-check.js';

describe('globProblem', () => {
  it.each([
    'main',
    'release/**',
    'v*',
    'db/migrations/**',
    '{infra,terraform}/**',
    'release/[0-9]*',
    '[[:digit:]]*',
    '[]]',
    'src/@(a|b)/*.ts',
    'literal\\[bracket',
    'a/**/b',
  ])('accepts "%s"', (pattern) => {
    expect(globProblem(pattern)).toBeNull();
  });

  it.each([
    ['release/[0-9', 'is not a valid glob: unclosed `[`; write `\\[` for a literal ['],
    ['db/[migrations/**', 'is not a valid glob: unclosed `[`; write `\\[` for a literal ['],
    ['{infra,terraform/**', 'is not a valid glob: unclosed `{`; write `\\{` for a literal {'],
    ['src/@(a|b/*.ts', 'is not a valid glob: unclosed `(`; close the pattern group with `)`'],
    ['trailing\\', 'is not a valid glob: it ends with a lone `\\`'],
    ['x'.repeat(70_000), 'is not a valid glob: pattern is too long'],
  ])('refuses "%s"', (pattern, problem) => {
    expect(globProblem(pattern)).toBe(`"${pattern}" ${problem}`);
  });

  it('refuses a negated pattern, which would match almost everything in a list', () => {
    expect(globProblem('!main')).toBe(
      '"!main" starts with `!`: negated patterns are not supported (a list matches when any of its patterns matches, so this would match almost everything)',
    );
  });

  it('refuses a pattern that minimatch reads as a comment', () => {
    expect(globProblem('#main')).toBe(
      '"#main" starts with `#`, which minimatch reads as a comment that matches nothing; write `\\#` for a literal #',
    );
  });
});
