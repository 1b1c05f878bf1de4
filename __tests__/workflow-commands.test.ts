// The runner protocol: annotations escaped as the runner parses them, outputs in heredoc form.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { error, setFailed, setOutput, warning } from '../src/workflow-commands.js';
import { parseAnnotations, parseOutputs } from './e2e/run-action.js';

function captureStdout(): () => string {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    text += String(chunk);
    return true;
  });
  return () => {
    spy.mockRestore();
    return text;
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe('workflow commands', () => {
  it('escapes an annotation so newlines, % and property separators survive', () => {
    const stop = captureStdout();
    error('50% off\nnext line', { file: 'a,b:c.yml', startLine: 3, startColumn: 7, title: 'T' });
    const out = stop();
    expect(out).toBe('::error title=T,file=a%2Cb%3Ac.yml,line=3,col=7::50%25 off%0Anext line\n');
    expect(parseAnnotations(out)).toEqual([
      {
        level: 'error',
        properties: { title: 'T', file: 'a%2Cb%3Ac.yml', line: '3', col: '7' },
        message: '50% off\nnext line',
      },
    ]);
  });

  it('writes a warning without properties as a bare command', () => {
    const stop = captureStdout();
    warning('single gatekeeper');
    expect(stop()).toBe('::warning::single gatekeeper\n');
  });

  it('fails the step with an error annotation and exit code 1', () => {
    const stop = captureStdout();
    setFailed('denied');
    expect(stop()).toBe('::error::denied\n');
    expect(process.exitCode).toBe(1);
  });

  it('appends multi-line outputs in the heredoc form the runner reads', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tg-out-')), 'output');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_OUTPUT', file);
    setOutput('reason', 'line one\nline two');
    setOutput('allowed', 'false');
    expect(parseOutputs(readFileSync(file, 'utf8'))).toEqual({
      reason: 'line one\nline two',
      allowed: 'false',
    });
  });
});
