// Which policy key governs the environment, and team lookups the token cannot make
// (SPEC §2 `environment`, §4 glob keys and validation, §5a Environment names, Approvals), through dist.
import { describe, expect, it } from 'vitest';
import { aWorld } from './scenario.js';
import { expectAllowed, expectDenied, expectError, runGate } from './rules-kit.js';

const KEYS = `version: 1
environments:
  "preview-*":
    approvals: 0
  "pre*":
    approvals: 3
  preview-main:
    approvals: 2
  Production:
    approvals: 1
`;

function world() {
  const w = aWorld(KEYS).collaborator('bob', 'write').collaborator('carol', 'write');
  w.pullRequest({ title: 'Add cart', author: 'bob', files: { 'cart.ts': 'x' }, merge: 'squash' });
  return w;
}

const run = (environment: string) => runGate(world(), { actor: 'carol', inputs: { environment } });

describe('policy keys', () => {
  it('match environment names by glob', async () => {
    const outcome = await run('preview-42');
    expectAllowed(outcome);
    expect(outcome.json).toMatchObject({ policyKey: 'preview-*', environment: 'preview-42' });
    expect(outcome.outputs).toMatchObject({ 'required-approvals': '0', approvals: '0' });
    expect(outcome.summary).toContain('**policy** `preview-*`');
    expect(outcome.summary).toContain('allowed to deploy to preview-42');
  });

  it('prefer an exact key to a glob written before it', async () => {
    const outcome = await run('preview-main');
    expectDenied(outcome, ['#1 Add cart has 0 of 2 required approvals']);
    expect(outcome.json.policyKey).toBe('preview-main');
  });

  it('take the first matching glob in file order', async () => {
    const outcome = await run('preview-7');
    expect(outcome.json.policyKey).toBe('preview-*');
    const other = await run('prerelease');
    expectDenied(other, ['#1 Add cart has 0 of 3 required approvals']);
    expect(other.json.policyKey).toBe('pre*');
  });

  it('match environment names case-insensitively, exact and glob alike', async () => {
    const exact = await run('PRODUCTION');
    expectDenied(exact, ['#1 Add cart has 0 of 1 required approvals']);
    expect(exact.json).toMatchObject({ policyKey: 'Production', environment: 'PRODUCTION' });
    const glob = await run('Preview-42');
    expectAllowed(glob);
    expect(glob.json.policyKey).toBe('preview-*');
  });

  it('fail closed when no key matches the environment', async () => {
    const outcome = await run('staging');
    expectError(
      outcome,
      /^No policy for environment `staging` in \.github\/trust-gate\.yml; it has: preview-\*, pre\*, preview-main, Production\. Add an `environments\.staging` key\.$/,
    );
    expect(outcome.json.error).toBe(outcome.outputs['reason']);
    expect(outcome.summary).toContain('No policy for environment `staging`');
  });
});

describe('team lookups the token may not make', () => {
  it.each([
    ['deployers', 'deployers:\n      teams: [acme/sre]'],
    ['approvers', 'approvers:\n      teams: [acme/leads]'],
    ['break-glass', 'break-glass:\n      teams: [acme/sre]'],
  ])('are an error naming what to grant, not "not a member" (%s)', async (_key, rule) => {
    const w = aWorld(`version: 1
environments:
  production:
    ${rule}
`)
      .collaborator('alice', 'write')
      .collaborator('bob', 'write')
      .collaborator('carol', 'write')
      .team('acme/sre', { members: ['carol'] })
      .team('acme/leads', { members: ['alice'] });
    w.pullRequest({
      title: 'Add cart',
      author: 'bob',
      files: { 'cart.ts': 'x' },
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    w.tokenCanReadOrgMembers = false;
    const outcome = await runGate(w, { actor: 'carol' });
    expectError(outcome, /read the members of team acme\/(sre|leads).*read:org/);
    expect(outcome.outputs['reason']).not.toMatch(/not satisfy|none of those teams/);
    expect(outcome.result.annotations[0]?.message).toBe(outcome.outputs['reason']);
  });
});
