// inputsForError(): what a failed readInputs still tells the error report (mode, environment, deployer).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inputsForError, readInputs } from '../src/inputs.js';

function pullRequestEvent(author: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'trust-gate-inputs-')), 'event.json');
  const pull_request = {
    number: 7,
    head: { sha: 'abc', ref: 'feature' },
    base: { ref: 'main' },
    user: { login: author },
  };
  writeFileSync(path, JSON.stringify({ pull_request }));
  return path;
}

function stubRun(env: Record<string, string>): void {
  const defaults = {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_ACTOR: 'carol',
    GITHUB_TRIGGERING_ACTOR: 'carol',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    INPUT_ENVIRONMENT: 'production',
    INPUT_MODE: '',
    INPUT_COMMENT: '',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...env })) vi.stubEnv(name, value);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('inputsForError', () => {
  it('keeps check mode and the pull request author when another input is bad', () => {
    stubRun({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pullRequestEvent('bob'),
      INPUT_COMMENT: 'maybe',
    });
    expect(() => readInputs()).toThrow('Input `comment` is "maybe"; expected true or false.');
    expect(inputsForError()).toEqual({ mode: 'check', environment: 'production', deployer: 'bob' });
  });

  it('has no mode when the mode itself is unknown, and names the triggering actor', () => {
    stubRun({ INPUT_MODE: 'deploy' });
    expect(inputsForError()).toEqual({ mode: null, environment: 'production', deployer: 'carol' });
  });

  it('never throws, even without a readable event', () => {
    stubRun({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(inputsForError()).toEqual({
      mode: 'check',
      environment: 'production',
      deployer: 'carol',
    });
  });
});
