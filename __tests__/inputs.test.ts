// readInputs(): inputs through @actions/core, the event's target, and what is refused (SPEC §2, §5c, §5d).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../src/inputs.js';

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'trust-gate-inputs-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

const PULL = {
  pull_request: {
    number: 7,
    head: { sha: 'abcdef1234567890', ref: 'feature/x' },
    base: { ref: 'main' },
    user: { login: 'bob', type: 'User' },
  },
};

function stubRun(env: Record<string, string | undefined>): void {
  const defaults = {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_ACTOR: 'carol',
    GITHUB_TRIGGERING_ACTOR: 'dave',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventFile({}),
    GITHUB_SHA: 'f00d',
    GITHUB_REF: 'refs/heads/main',
    INPUT_ENVIRONMENT: 'production',
    INPUT_MODE: '',
    INPUT_SHA: '',
    INPUT_COMMENT: 'true',
    INPUT_STATUS: 'true',
    'INPUT_POLICY-REF': '',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...env })) vi.stubEnv(name, value);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('readInputs', () => {
  it('reads inputs as @actions/core does: trimmed, booleans in YAML 1.2 spelling', () => {
    stubRun({ INPUT_ENVIRONMENT: '  production ', INPUT_COMMENT: 'False', INPUT_STATUS: 'TRUE' });
    expect(readInputs()).toMatchObject({ environment: 'production', comment: false, status: true });
  });

  it('refuses a boolean outside the YAML 1.2 core schema', () => {
    stubRun({ INPUT_STATUS: 'yes' });
    expect(() => readInputs()).toThrow('Input `status` is "yes"; expected true or false.');
  });

  it('validate needs no GITHUB_REPOSITORY: it reads only the workspace', () => {
    stubRun({ INPUT_MODE: 'validate', GITHUB_REPOSITORY: '', INPUT_ENVIRONMENT: '' });
    expect(readInputs()).toMatchObject({ mode: 'validate', owner: '', repo: '' });
  });

  it('every other mode needs GITHUB_REPOSITORY', () => {
    stubRun({ GITHUB_REPOSITORY: '' });
    expect(() => readInputs()).toThrow('GITHUB_REPOSITORY is not set');
  });

  it('validate reads no event, so an unreadable one does not stop it', () => {
    stubRun({ INPUT_MODE: 'validate', GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(readInputs().mode).toBe('validate');
  });

  it('a tag push judges the tag, named as a tag', () => {
    stubRun({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3' });
    expect(readInputs()).toMatchObject({ ref: 'v1.2.3', refKind: 'tag', sha: 'f00d' });
  });

  it('the sha input overrides the event’s commit; the deployer stays the triggering actor', () => {
    stubRun({
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile({
        workflow_run: {
          head_sha: 'beef',
          head_branch: 'main',
          head_repository: { full_name: 'acme/shop' },
        },
      }),
      INPUT_SHA: 'cafe',
    });
    expect(readInputs()).toMatchObject({ sha: 'cafe', shaFromInput: true, deployer: 'dave' });
  });

  it('merge_group defaults to check mode and judges the group head on its base', () => {
    const merge_group = {
      head_sha: 'beef',
      head_ref: 'refs/heads/gh-readonly-queue/main/pr-3-abc',
      base_sha: 'f00d',
      base_ref: 'refs/heads/main',
    };
    stubRun({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: eventFile({ merge_group }) });
    expect(readInputs()).toMatchObject({ mode: 'check', sha: 'beef', ref: 'main' });
  });

  it('deployment names its deployment and judges its commit', () => {
    const deployment = { id: 99, sha: 'beef', ref: 'main' };
    stubRun({ GITHUB_EVENT_NAME: 'deployment', GITHUB_EVENT_PATH: eventFile({ deployment }) });
    expect(readInputs()).toMatchObject({
      mode: 'gate',
      deploymentId: 99,
      sha: 'beef',
      ref: 'main',
    });
  });

  it('a pull request in check mode: its author deploys from its base branch', () => {
    stubRun({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(PULL) });
    expect(readInputs()).toMatchObject({
      mode: 'check',
      deployer: 'bob',
      ref: 'main',
      sha: 'abcdef1234567890',
    });
  });

  it.each([
    'feature/x',
    'refs/heads/feature/x',
    'refs/pull/7/head',
    'refs/pull/7/merge',
    'abcdef1234567890',
    'abcdef1',
    'ABCDEF1234',
  ])('refuses policy-ref %s, the pull request’s head (SPEC §5d)', (policyRef) => {
    for (const event of ['pull_request', 'pull_request_target', 'pull_request_review']) {
      stubRun({
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventFile(PULL),
        'INPUT_POLICY-REF': policyRef,
      });
      expect(() => readInputs()).toThrow(
        `Input \`policy-ref\` is "${policyRef}", the head of pull request #7: a change must not be able to relax its own gate.`,
      );
    }
  });

  it.each(['main', 'refs/heads/main', 'v1', 'refs/pull/8/head', '123456'])(
    'accepts policy-ref %s on a pull request',
    (policyRef) => {
      stubRun({
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: eventFile(PULL),
        'INPUT_POLICY-REF': policyRef,
      });
      expect(readInputs().policyRef).toBe(policyRef);
    },
  );
});
