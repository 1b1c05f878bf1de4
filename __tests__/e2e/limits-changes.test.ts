// SPEC §5d: path rules see every file of a change, and co-authors are all read — through dist.
import { describe, expect, it } from 'vitest';
import type { World } from '../simulator/index.js';
import { aWorld } from './scenario.js';
import { expectAllowed, expectDenied, expectError, runGate } from './rules-kit.js';

const POLICY = `version: 1
environments:
  production:
    approvals: 1
    paths:
      - match: ["infra/**"]
        approvals: 2
`;

function world(): World {
  const w = aWorld(POLICY);
  for (const login of ['alice', 'bob', 'carol', 'dave']) w.collaborator(login, 'write');
  w.deployment({ creator: 'bob', status: 'success' });
  return w;
}

/** `count` files under `a/` (listed before `infra/`), plus `extra`. */
function manyFiles(count: number, extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`a/f${String(i).padStart(4, '0')}.ts`] = `${i}`;
  return { ...files, ...extra };
}

const CUT = 'every path rule applies';

describe('a pull request with many files', () => {
  it('reads every page of its files: a sensitive file on the last page raises the requirement', async () => {
    const w = world();
    w.pullRequest({
      title: 'Big refactor',
      author: 'bob',
      files: manyFiles(2990, { 'infra/main.tf': 'x' }),
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    const outcome = await runGate(w, { actor: 'carol' });
    expectDenied(outcome, ['#1 Big refactor has 1 of 2 required approvals']);
    expect(outcome.json.changes[0]?.requiredBecause).toEqual(['approvals: 1', 'paths infra/**: 2']);
  });

  it('past the 3,000 GitHub lists, matches every path rule and says so', async () => {
    const w = world();
    w.pullRequest({
      title: 'Huge refactor',
      author: 'bob',
      files: manyFiles(3005),
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    const outcome = await runGate(w, { actor: 'carol' });
    expectDenied(outcome, ['#1 Huge refactor has 1 of 2 required approvals']);
    const because = outcome.json.changes[0]?.requiredBecause ?? [];
    expect(because[1]).toBe(
      `paths infra/** (GitHub listed 3000 of the 3005 files of pull request #1: ${CUT}): 2`,
    );
    expect(outcome.summary).toContain('GitHub listed 3000 of the 3005 files');
  });

  it('just under the cap is read whole: no rule matches, one approval is enough', async () => {
    const w = world();
    w.pullRequest({
      title: 'Large refactor',
      author: 'bob',
      files: manyFiles(2999),
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    expectAllowed(await runGate(w, { actor: 'carol' }));
  });
});

describe('a direct commit with many files', () => {
  it('reads on past the first 300 files', async () => {
    const w = world();
    w.commit({ message: 'Vendor the SDK', files: manyFiles(450, { 'infra/x.tf': 'x' }) });
    const outcome = await runGate(w, { actor: 'carol' });
    expect(outcome.json.changes[0]?.requiredBecause).toEqual(['approvals: 1', 'paths infra/**: 2']);
  });

  it('past the 3,000 GitHub lists, matches every path rule', async () => {
    const w = world();
    w.commit({ message: 'Vendor everything', files: manyFiles(3010) });
    const sha = w.resolve(w.defaultBranch)?.slice(0, 7) ?? '';
    const outcome = await runGate(w, { actor: 'carol' });
    expect(outcome.json.changes[0]?.requiredBecause).toEqual([
      'approvals: 1',
      `paths infra/** (GitHub lists at most 3000 files of commit ${sha}: ${CUT}): 2`,
    ]);
  });
});

describe('co-authors', () => {
  it('are all read: the twelfth co-author of a commit cannot approve the change', async () => {
    const w = world();
    const others = Array.from({ length: 10 }, (_, i) => `dev${i}`);
    for (const login of others) w.collaborator(login, 'write');
    w.pullRequest({
      title: 'Pairing day',
      author: 'bob',
      commits: [{ files: { 'cart.ts': 'x' }, coAuthors: [...others, 'alice'] }],
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    const outcome = await runGate(w, { actor: 'carol' });
    expectDenied(outcome, ['#1 Pairing day has 0 of 1 required approvals']);
    expect(outcome.json.changes[0]?.ignored).toContainEqual({
      login: 'alice',
      why: expect.stringMatching(/commit/) as string,
    });
  });
});

describe('a pull request with more commits than GitHub lists', () => {
  it('fails closed: its authors cannot all be known', async () => {
    const w = world();
    w.pullRequest({
      title: 'Long-running branch',
      author: 'bob',
      commits: Array.from({ length: 251 }, (_, i) => ({ files: { [`f${i}.ts`]: `${i}` } })),
      reviews: [{ author: 'alice', state: 'APPROVED' }],
      merge: 'squash',
    });
    const outcome = await runGate(w, { actor: 'carol' });
    expectError(
      outcome,
      /Could not read every commit of pull request #1: GitHub listed 250 of its 251/,
    );
  });
});
