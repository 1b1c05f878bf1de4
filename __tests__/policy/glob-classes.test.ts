import { describe, expect, it } from 'vitest';
import { globProblem } from '../../src/policy/glob-check.js';

const UNCLOSED = 'is not a valid glob: unclosed `[`; write `\\[` for a literal [';

// A class never spans `/`, so a `/` before the class's real end shows where the class is read to end.
describe('globProblem reads a character class to its real end', () => {
  it.each([
    ['a[!]/]', 'a `]` right after `!` is part of the negated class'],
    ['a[^]/]', 'a `]` right after `^` is part of the negated class'],
    ['a[]/]', 'a `]` first in the class is part of it'],
    ['a[b/]', 'a class cannot hold `/`'],
    ['a[\\]/]', 'an escaped `]` does not close the class'],
    ['[a/:]]', 'only `[:` opens a POSIX class'],
    ['[[:]a:]/]', 'a POSIX class ends at the first `:]` after its name'],
  ])('refuses "%s": %s', (pattern) => {
    expect(globProblem(pattern)).toBe(`"${pattern}" ${UNCLOSED}`);
  });

  it.each([
    ['[[:ab/c:]]', 'a POSIX class is skipped whole, up to its `:]`'],
    ['[[:a/:]]', 'the class goes on after the POSIX class'],
    ['[[:]/]', 'a `[:` followed at once by `]` is no POSIX class'],
    ['[[:alpha]', 'a `[:` without `:]` is ordinary class content'],
  ])('accepts "%s": %s', (pattern) => {
    expect(globProblem(pattern)).toBeNull();
  });
});
