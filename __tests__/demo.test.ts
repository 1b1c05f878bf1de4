// npm run demo tells its story through dist/index.js: every decision as the README promises.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAIN, renderMarkdown } from '../scripts/demo/terminal-markdown.js';

const root = resolve(import.meta.dirname, '..');

interface Told {
  title: string;
  deployer: string;
  code: number | null;
  stderr: string;
  outputs: Record<string, string>;
}

function runDemo(): { stdout: string; chapters: Told[] } {
  const json = join(mkdtempSync(join(tmpdir(), 'trust-gate-demo-')), 'story.json');
  const stdout = execFileSync(process.execPath, ['scripts/demo.mjs', '--json', json], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { stdout, chapters: JSON.parse(readFileSync(json, 'utf8')) as Told[] };
}

describe('npm run demo', () => {
  it('is the script package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['demo']).toBe('node scripts/demo.mjs');
  });

  it(
    'tells the story: denied newcomer, climb, owner alone, freeze, rollback that demotes',
    {
      timeout: 120_000,
    },
    () => {
      const { stdout, chapters } = runDemo();
      const story = chapters.map(({ outputs: o, code }) => ({
        deployer: o['deployer'],
        decision: o['decision'],
        code,
        level: o['level'],
        required: o['required-approvals'],
        approvals: o['approvals'],
      }));
      expect(story).toEqual([
        {
          deployer: 'bob',
          decision: 'deny',
          code: 1,
          level: 'newcomer',
          required: '2',
          approvals: '1',
        },
        {
          deployer: 'bob',
          decision: 'allow',
          code: 0,
          level: 'member',
          required: '1',
          approvals: '1',
        },
        {
          deployer: 'alice',
          decision: 'allow',
          code: 0,
          level: 'owner',
          required: '0',
          approvals: '0',
        },
        {
          deployer: 'bob',
          decision: 'deny',
          code: 1,
          level: 'member',
          required: '1',
          approvals: '1',
        },
        {
          deployer: 'bob',
          decision: 'allow',
          code: 0,
          level: 'member',
          required: '1',
          approvals: '1',
        },
        {
          deployer: 'alice',
          decision: 'allow',
          code: 0,
          level: 'owner',
          required: '0',
          approvals: '0',
        },
        {
          deployer: 'bob',
          decision: 'deny',
          code: 1,
          level: 'newcomer',
          required: '2',
          approvals: '1',
        },
      ]);
      const reasons = chapters.map((c) => c.outputs['reason']);
      expect(reasons[0]).toBe('#1 Add search has 1 of 2 required approvals');
      expect(reasons[3]).toBe('inside freeze window `Black Friday`');
      expect(reasons[5]).toContain('no changes in this release');
      expect(JSON.parse(chapters[6]!.outputs['json']!).standing).toMatchObject({
        rollbacks: 1,
        failures: 1,
      });
      expect(chapters.map((c) => c.stderr)).toEqual(chapters.map(() => ''));
      expect(stdout).toContain('⛔ deny · bob · newcomer (score 0) · needs 2, has 1');
      expect(stdout).toContain('    ⛔ Trust Gate: deploy to production denied');
      expect(stdout).not.toMatch(/\*\*|\|---|<br>/);
    },
  );
});

describe('the terminal rendering of a summary', () => {
  it('shows headings, bold, code, links and tables without markdown syntax', () => {
    const markdown = [
      '## ⛔ Trust Gate: deploy to production denied',
      '',
      '- ❌ \\#12 Fix login has 1 of 2 required approvals',
      '',
      '**bob** is at level **newcomer** with a score of 0.<br>',
      '',
      '| change | author | required | ok |',
      '|---|---|--:|:-:|',
      '| [#12 Fix login](https://github.com/acme/shop/pull/12) | carol | 2 | ❌ |',
      '',
      '> [!CAUTION]',
      '> **Break-glass** by alice: &lt;script&gt; @&#8203;acme/leads',
      '',
      '<sub>Trust Gate checked `1c3ae3e`.</sub>',
    ].join('\n');
    expect(renderMarkdown(markdown, PLAIN)).toMatchInlineSnapshot(`
      "⛔ Trust Gate: deploy to production denied
      ══════════════════════════════════════════

      • ❌ #12 Fix login has 1 of 2 required approvals

      bob is at level newcomer with a score of 0.

      change         author  required  ok
      ─────────────  ──────  ────────  ──
      #12 Fix login  carol          2  ❌

      │ CAUTION
      │ Break-glass by alice: <script> @acme/leads

      Trust Gate checked 1c3ae3e."
    `);
  });
});
