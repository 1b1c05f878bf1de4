import { describe, expect, it } from 'vitest';
import {
  cellCode,
  code,
  codeBlock,
  escapeMarkdown,
  escapeWithCode,
  link,
} from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['@acme/leads please look', '@&#8203;acme/leads please look'],
    ['ping @alice and @bob', 'ping @&#8203;alice and @&#8203;bob'],
    ['mail me@example.com', 'mail me@&#8203;example.com'],
    ['| --- |', '\\| --- \\|'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![pic](https://evil.example/p.png)', '!\\[pic\\](https://evil.example/p.png)'],
    ['line one\nline two\r\n\r\nthree', 'line one line two three'],
    ['`rm -rf /`', '\\`rm -rf /\\`'],
    ['**bold** _it_ ~~gone~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['&#64;acme/leads', '&amp;#64;acme/leads'],
    ['$\\color{red}{APPROVED}$', '\\$\\\\color{red}{APPROVED}\\$'],
    ['# Heading', '\\# Heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['Fixes #123', 'Fixes #123'],
    ['renovate[bot]', 'renovate\\[bot\\]'],
    ['  padded\t', 'padded'],
    ['a\u202eevil\u202c b', 'aevil b'],
    ['<!-- trust-gate:production -->', '&lt;!-- trust-gate:production --&gt;'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('keeps a hostile title inside one table cell', () => {
    const cell = escapeMarkdown('a | b\n| --- |\n@acme/leads <b>x</b>');
    expect(cell).not.toMatch(/(^|[^\\])\|/);
    expect(cell).not.toContain('\n');
    expect(cell).not.toMatch(/@[a-z]/i);
    expect(cell).not.toMatch(/<[a-z]/i);
  });
});

describe('escapeWithCode', () => {
  it('turns paired backticks into code spans and escapes the rest', () => {
    expect(escapeWithCode('ref `main` is not in `branches` (release/**)')).toBe(
      'ref `main` is not in `branches` (release/\\*\\*)',
    );
  });

  it('shows hostile values escaped in a code element, never raw', () => {
    expect(escapeWithCode('deployer `@acme/leads <b>` is not in `deployers`')).toBe(
      'deployer <code>@&#8203;acme/leads &lt;b&gt;</code> is not in `deployers`',
    );
  });

  it('escapes everything when a value holds an odd backtick', () => {
    expect(escapeWithCode('ref `fix`x` is outside')).toBe('ref \\`fix\\`x\\` is outside');
  });

  it('guards the start of the line like escapeMarkdown', () => {
    expect(escapeWithCode('# of approvals: `2`')).toBe('\\# of approvals: `2`');
  });
});

describe('code', () => {
  it.each([
    ['main', '`main`'],
    ['a`b', '``a`b``'],
    ['`start', '`` `start ``'],
    ['end`', '`` end` ``'],
    ['has ``two``', '``` has ``two`` ```'],
    ['two\nlines', '`two lines`'],
    ['', '` `'],
    ['@acme/leads', '<code>@&#8203;acme/leads</code>'],
    ['<img src=x>`x`|', '<code>&lt;img src=x&gt;\\`x\\`\\|</code>'],
  ])('wraps %j as %j', (input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe('cellCode', () => {
  it('is a code span when the text cannot split a table cell', () => {
    expect(cellCode('environments.production')).toBe('`environments.production`');
  });

  it('falls back to escaped text when the text holds a pipe', () => {
    expect(cellCode('environments.a\\|b')).toBe('environments.a\\\\\\|b');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run in the text', () => {
    expect(codeBlock('a\n```\nb\n')).toBe('````text\na\n```\nb\n````');
  });
});

describe('link', () => {
  it('links http(s) URLs and encodes characters that would end the link', () => {
    expect(link('#12 Fix', 'https://github.com/acme/shop/pull/12?x=(1)|y')).toBe(
      '[#12 Fix](https://github.com/acme/shop/pull/12?x=%281%29%7Cy)',
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'https://a b', ''])(
    'leaves the label unlinked for %j',
    (url) => {
      expect(link('label', url)).toBe('label');
    },
  );
});
