// Renderer edges that mutation testing found untested: each case is a behaviour a reader sees.
import { describe, expect, it } from 'vitest';
import {
  approvedByText,
  changeLabel,
  changesTable,
  ignoredText,
  shortfallLines,
  shortSha,
} from '../../src/report/changes-table.js';
import { renderComment } from '../../src/report/comment.js';
import { codeBlock, link } from '../../src/report/escape.js';
import { blockingRules, onlyApprovalsMissing } from '../../src/report/gaps.js';
import { holder, progressBar, recordLine } from '../../src/report/ladder.js';
import { document } from '../../src/report/markdown-blocks.js';
import { errorJson, renderErrorOutputs } from '../../src/report/outputs.js';
import { listWords, truncate } from '../../src/report/plain-text.js';
import { renderStatus } from '../../src/report/status.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTeamReport } from '../../src/report/team-report.js';
import {
  aChange,
  aChangeResult,
  aDecision,
  aPendingCheck,
  aRow,
  aStanding,
  aTeamReport,
  withRules,
} from './fixtures.js';

const FREEZE = { rule: 'freeze' as const, ok: false, explanation: 'inside freeze window `Xmas`' };
const SHORT = {
  rule: 'approvals' as const,
  ok: false,
  explanation: '#12 Fix login redirect has 1 of 2 required approvals',
};

describe('changes table pieces', () => {
  it.each([
    [aChangeResult(), '#12'],
    [aChangeResult({ change: aChange({ number: undefined }) }), '#?'],
    [aChangeResult({ change: aChange({ kind: 'commit', number: undefined }) }), '`c0ffee1`'],
  ])('labels a change by number or short sha (%#)', (result, label) => {
    expect(changeLabel(result).split(' ')[0]).toContain(label);
  });

  it('lists approvers with commas, or a dash for none', () => {
    expect(approvedByText(aChangeResult({ approvedBy: ['bob', 'dave'] }))).toBe('bob, dave');
    expect(approvedByText(aChangeResult({ approvedBy: [] }))).toBe('—');
  });

  it('joins approvals that did not count with commas', () => {
    const result = aChangeResult({
      ignored: [
        { login: 'dave', why: 'approved an earlier commit' },
        { login: 'erin', why: 'is the author' },
      ],
    });
    expect(ignoredText(result)).toBe('dave (approved an earlier commit), erin (is the author)');
  });

  it('keeps only hex digits of a sha, seven of them', () => {
    expect(shortSha('zz-ABCDEF0123456')).toBe('ABCDEF0');
  });

  it('writes one line per short change, with why and what did not count', () => {
    const short = aChangeResult({ approvals: 0, approvedBy: [], ok: false });
    const bare = aChangeResult({ requiredBecause: [], approvals: 0, approvedBy: [], ok: false });
    const ignored = aChangeResult({
      approvals: 0,
      approvedBy: [],
      ignored: [{ login: 'dave', why: 'is the author' }],
      ok: false,
    });
    expect(shortfallLines([short, bare, ignored, aChangeResult()])).toEqual([
      '- [#12 Fix login redirect](https://github.com/acme/shop/pull/12) needs 1 (level member: 1), has 0',
      '- [#12 Fix login redirect](https://github.com/acme/shop/pull/12) needs 1, has 0',
      '- [#12 Fix login redirect](https://github.com/acme/shop/pull/12) needs 1 (level member: 1), has 0; not counted: dave (is the author)',
    ]);
  });

  it('draws a table row per change', () => {
    expect(changesTable([aChangeResult()])).toContain(
      '| [#12 Fix login redirect](https://github.com/acme/shop/pull/12) | carol | 1 | 1 | bob | ✅ |',
    );
  });
});

describe('the comment', () => {
  it('for several changes: the table, then the short ones and who can approve', () => {
    const decision = aPendingCheck({
      changes: [aChangeResult(), aChangeResult({ approvals: 0, approvedBy: [], ok: false })],
      approvers: 'write access or team `acme/leads`',
    } as never);
    const body = renderComment(decision);
    expect(body).toContain(
      '| ✅ |\n| [#12 Fix login redirect](https://github.com/acme/shop/pull/12) | carol | 1 | 0 | — | ❌ |\n\n- [#12 Fix login redirect](https://github.com/acme/shop/pull/12) needs 1 (level member: 1), has 0\n- Who can approve: write access or team `acme/leads`',
    );
  });

  it('for several changes all approved: the table alone', () => {
    const decision = aDecision({ mode: 'check', changes: [aChangeResult(), aChangeResult()] });
    const body = renderComment(decision);
    expect(body).toMatch(/\| bob \| ✅ \|\n\n\*\*Where alice stands\*\*/);
  });

  it.each([
    [5, 0, '⚪⚪⚪⚪⚪ 0 of 5'],
    [2, 1, '🟢⚪ 1 of 2'],
    [1, 3, '🟢 3 of 1'],
  ])('draws one dot per approval needed (%i needed, %i given)', (required, given, dots) => {
    const result = aChangeResult({ required, approvals: given, ok: given >= required });
    expect(renderComment(aDecision({ mode: 'check', changes: [result] }))).toContain(
      `**Approvals** ${dots}`,
    );
  });

  it('caps the dots at 10, counting the approvals found among them', () => {
    const result = aChangeResult({ required: 20, approvals: 3, ok: false });
    const body = renderComment(aDecision({ mode: 'check', changes: [result] }));
    expect(body).toContain(`**Approvals** ${'🟢'.repeat(3)}${'⚪'.repeat(10 - 3)} 3 of 20`);
  });

  it('says nobody approved yet when approvals are needed', () => {
    const result = aChangeResult({ approvals: 0, approvedBy: [], ok: false });
    expect(renderComment(aDecision({ mode: 'check', changes: [result] }))).toContain(
      '- Approved by: —',
    );
  });

  it('leaves out "Why" without reasons and "Approved by" when none are needed or given', () => {
    const result = aChangeResult({
      required: 0,
      requiredBecause: [],
      approvals: 0,
      approvedBy: [],
    });
    const body = renderComment(aDecision({ mode: 'check', changes: [result] }));
    expect(body).toContain('**Approvals** none needed (0 given)\n\n');
    expect(body).not.toContain('- Why');
    expect(body).not.toContain('- Approved by');
  });

  it('names approvers when none are needed but some were given', () => {
    const result = aChangeResult({ required: 0, requiredBecause: [], approvals: 1 });
    expect(renderComment(aDecision({ mode: 'check', changes: [result] }))).toContain(
      '**Approvals** none needed (1 given)\n- Approved by: bob',
    );
  });

  it('without a ladder, states the record rather than a level', () => {
    const body = renderComment(
      aDecision({ mode: 'check', standing: aStanding({ level: '', next: null, score: 4 }) }),
    );
    expect(body).toContain(
      "**Where alice stands**\n\nNo trust ladder for this environment: every change needs the policy's fixed approvals; **alice** has a score of 4.\n\n<sub>",
    );
  });

  it('says "Also blocking" only when approvals are short as well', () => {
    const both = renderComment(aPendingCheck({ rules: withRules(SHORT, FREEZE) }));
    expect(both).toContain('**Also blocking**\n- ⛔ inside freeze window `Xmas`');
    const only = renderComment(aDecision({ mode: 'check', rules: withRules(FREEZE) }));
    expect(only).toContain('**Blocking**\n- ⛔ inside freeze window `Xmas`');
    expect(only).not.toContain('Also');
  });
});

describe('gaps', () => {
  it('counts only failed approvals rules as missing approvals', () => {
    expect(onlyApprovalsMissing(aPendingCheck())).toBe(true);
    expect(onlyApprovalsMissing(aDecision({ rules: withRules(FREEZE), allowed: false }))).toBe(
      false,
    );
    const passingApprovals = aDecision({ allowed: false, rules: withRules() });
    expect(onlyApprovalsMissing(passingApprovals)).toBe(false);
    expect(blockingRules(aPendingCheck({ rules: withRules(SHORT, FREEZE) }))).toEqual([FREEZE]);
  });
});

describe('ladder text', () => {
  it.each([
    [0, 0, '██████████'],
    [3, 0, '██████████'],
    [0, 10, '░░░░░░░░░░'],
    [5, 10, '█████░░░░░'],
    [-1, 10, '░░░░░░░░░░'],
  ])('fills the bar for %i of %i', (value, target, bar) => {
    expect(progressBar(value, target)).toBe(bar);
  });

  it('names the team as the holder in team scope', () => {
    expect(holder(aStanding({ scope: 'team' }), 'alice')).toBe('the team');
    expect(holder(aStanding(), 'a_b')).toBe('a\\_b');
  });

  it('spells the record in words', () => {
    expect(recordLine(aStanding({ successes: 1, failures: 2, rollbacks: 1 }))).toBe(
      'Record in the window: 1 success, 2 failures, 1 rollback.',
    );
  });
});

describe('escaping and plain text', () => {
  it('fences a code block, dropping trailing newlines and CRs', () => {
    expect(codeBlock('a\r\nb\rc\n\n\n')).toBe('```text\na\nb\nc\n```');
  });

  it.each([
    ['https://x.test/a', '[l](https://x.test/a)'],
    ['http://x.test/a', '[l](http://x.test/a)'],
    ['javascript:alert(1)//https://x', 'l'],
    ['see https://x.test', 'l'],
  ])('links only http(s) URLs: %s', (url, text) => {
    expect(link('l', url)).toBe(text);
  });

  it('truncates on a character boundary, without trailing space before the ellipsis', () => {
    expect(truncate('ab cd', 4)).toBe('ab…');
    expect(truncate('  abcdef', 4)).toBe('  a…');
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('lists words %j', (words, text) => {
    expect(listWords(words)).toBe(text);
  });

  it('joins blocks with blank lines, skipping empty ones', () => {
    expect(document(['a', null, '', 'b'])).toBe('a\n\nb\n');
  });
});

describe('outputs on error', () => {
  it('leaves every decision field empty or null, keeping what is known', () => {
    const outputs = renderErrorOutputs('boom', {
      mode: 'gate',
      environment: 'production',
      deployer: 'alice',
      ref: 'main',
      sha: 'abc',
    });
    expect({ ...outputs, json: '' }).toEqual({
      allowed: 'false',
      decision: 'error',
      reason: 'boom',
      deployer: 'alice',
      level: '',
      score: '',
      'required-approvals': '',
      approvals: '',
      changes: '',
      json: '',
    });
    expect(JSON.parse(outputs.json)).toEqual({
      version: 1,
      verdict: 'error',
      allowed: false,
      reason: 'boom',
      reasons: [],
      mode: 'gate',
      environment: 'production',
      policyKey: null,
      deployer: 'alice',
      ref: 'main',
      sha: 'abc',
      level: '',
      score: null,
      standing: null,
      requiredApprovals: null,
      approvals: null,
      changes: [],
      rules: [],
      breakGlass: null,
      deployRequest: null,
      notes: [],
      error: 'boom',
    });
  });

  it('uses null and empty for what is not known', () => {
    expect(errorJson('boom')).toMatchObject({ mode: null, environment: '', ref: null, sha: null });
  });
});

describe('status and summary', () => {
  it('describes a deny by the first reason approvals cannot fix', () => {
    const decision = aPendingCheck({ rules: withRules(SHORT, FREEZE), allowed: false });
    expect(renderStatus(decision).description).toBe('inside freeze window `Xmas` (+1 more reason)');
  });

  it('counts the short changes in a pending status', () => {
    const short = aChangeResult({ approvals: 0, approvedBy: [], ok: false });
    const decision = aPendingCheck({ changes: [short, short, aChangeResult()] });
    expect(renderStatus(decision).description).toBe('needs 2 more approvals over 2 changes');
  });

  it('lists the single reason of a deny without deny reasons', () => {
    const decision = aDecision({
      allowed: false,
      verdict: 'deny',
      denyReasons: [],
      reason: 'no way',
    });
    expect(renderSummary(decision)).toContain('- ❌ no way');
  });

  it('shows a last deploy time that cannot be read as given', () => {
    const report = aTeamReport({ rows: [aRow({ lastDeploy: 'not a time' })] } as never);
    expect(renderTeamReport(report)).toContain('| not a time |');
  });
});
