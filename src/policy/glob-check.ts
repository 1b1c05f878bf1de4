// Glob patterns in the policy: what minimatch accepts, minus what it silently reads literally.
import { Minimatch } from 'minimatch';

const EXTGLOB_PREFIXES = '@!+*?';

/**
 * Why `pattern` is not a usable glob, or null when it is.
 *
 * minimatch 11 rejects almost nothing (only patterns over 64 KiB): an unclosed `[`, `{` or
 * `@(` is quietly matched as literal text, which in a policy is nearly always a typo that
 * would make a rule match nothing. So those are refused here, with the escape to use when the
 * literal character is meant. A leading `!` (negation) is refused because lists match when
 * any pattern matches, so `!x` would match almost everything; a leading `#` is a minimatch
 * comment that matches nothing.
 */
export function globProblem(pattern: string): string | null {
  if (pattern.startsWith('!')) {
    return `"${pattern}" starts with \`!\`: negated patterns are not supported (a list matches when any of its patterns matches, so this would match almost everything)`;
  }
  if (pattern.startsWith('#')) {
    return `"${pattern}" starts with \`#\`, which minimatch reads as a comment that matches nothing; write \`\\#\` for a literal #`;
  }
  const unbalanced = unbalancedPart(pattern);
  if (unbalanced) return `"${pattern}" is not a valid glob: ${unbalanced}`;
  try {
    new Minimatch(pattern);
    return null;
  } catch (error) {
    return `"${pattern}" is not a valid glob: ${(error as Error).message}`;
  }
}

function unbalancedPart(pattern: string): string | null {
  const closers: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      if (i === pattern.length - 1) return 'it ends with a lone `\\`';
      i++;
    } else if (char === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return 'unclosed `[`; write `\\[` for a literal [';
      i = end;
    } else if (char === '{') {
      closers.push('}');
    } else if (char === '(' && i > 0 && EXTGLOB_PREFIXES.includes(pattern[i - 1]!)) {
      closers.push(')');
    } else if (char === closers.at(-1)) {
      closers.pop();
    }
  }
  const open = closers.at(-1);
  if (open === '}') return 'unclosed `{`; write `\\{` for a literal {';
  if (open === ')') return 'unclosed `(`; close the pattern group with `)`';
  return null;
}

/** Index of the `]` closing the class that opens at `start`, or -1 (a class never spans `/`). */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === '/') return -1;
    if (char === ']') return i;
    if (char === '\\') i += 2;
    else if (pattern.startsWith('[:', i) && pattern.indexOf(':]', i + 2) > 0) {
      i = pattern.indexOf(':]', i + 2) + 2;
    } else i++;
  }
  return -1;
}
