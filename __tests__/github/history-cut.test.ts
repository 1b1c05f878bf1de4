// The cut of the carried history at the release base: what compare would list, or nothing when unproven.
import { describe, expect, it } from 'vitest';
import { cutAtBase } from '../../src/github/history-cut.js';
import type { CarriedCommit } from '../../src/github/port.js';

function aCommit(sha: string, parents: string[]): CarriedCommit {
  return {
    sha,
    title: `Commit ${sha}`,
    url: `https://github.com/acme/shop/commit/${sha}`,
    author: 'frank',
    authorIsBot: false,
    parentCount: parents.length,
    firstParent: parents[0] ?? null,
  };
}

/** A linear history, newest first: `shas[0]` is the target, each commit's parent the next. */
function linear(...shas: string[]): CarriedCommit[] {
  return shas.map((sha, i) => aCommit(sha, shas[i + 1] ? [shas[i + 1]!] : ['root']));
}

const shasOf = (commits: CarriedCommit[] | null) => commits?.map((c) => c.sha) ?? null;

describe('cutting the carried history at the release base', () => {
  it('lists the commits after the base, oldest first, as compare does', () => {
    expect(shasOf(cutAtBase(linear('e', 'd', 'c', 'b', 'a'), 'e', 'b'))).toEqual(['c', 'd', 'e']);
  });

  it('lists nothing when the base is the target', () => {
    expect(cutAtBase(linear('e', 'd'), 'e', 'e')).toEqual([]);
  });

  it('matches shas whatever their case', () => {
    expect(shasOf(cutAtBase(linear('ee', 'dd', 'cc'), 'EE', 'CC'))).toEqual(['dd', 'ee']);
  });

  it('gives nothing when the base is only named as the parent of the oldest listed commit', () => {
    expect(cutAtBase(linear('e', 'd', 'c'), 'e', 'b')).toBeNull();
  });

  it.each([
    ['the base is older than the listing', linear('e', 'd', 'c'), 'a'],
    ['the base is gone or not an ancestor', linear('e', 'd', 'c'), 'x'],
    ['the listing is empty', [], 'a'],
  ])('gives nothing when %s', (_why, commits, base) => {
    expect(cutAtBase(commits, commits[0]?.sha ?? 'e', base)).toBeNull();
  });

  it('gives nothing when the listing is not of the target', () => {
    expect(cutAtBase(linear('e', 'd', 'c'), 'f', 'c')).toBeNull();
  });

  it('gives nothing when a merge commit lies between the target and the base', () => {
    const commits = [
      aCommit('e', ['d']),
      aCommit('d', ['c', 'x']),
      aCommit('c', ['b']),
      aCommit('x', ['b']),
      aCommit('b', ['a']),
    ];
    expect(cutAtBase(commits, 'e', 'b')).toBeNull();
    // Above the merge the run is linear: a base there is cut.
    expect(shasOf(cutAtBase(commits, 'e', 'd'))).toEqual(['e']);
  });

  it('gives nothing when a merge commit’s first parent leads on to the base', () => {
    const commits = [
      aCommit('e', ['d']),
      aCommit('d', ['c', 'x']),
      aCommit('c', ['b']),
      aCommit('b', ['a']),
    ];
    expect(cutAtBase(commits, 'e', 'b')).toBeNull();
  });

  it('gives nothing when a commit’s parent is not the next one listed', () => {
    const commits = [aCommit('e', ['d']), aCommit('c', ['b']), aCommit('b', ['a'])];
    expect(cutAtBase(commits, 'e', 'b')).toBeNull();
  });

  it('gives nothing when a commit before the base has no parent', () => {
    const commits = [aCommit('e', ['d']), aCommit('d', []), aCommit('c', [])];
    expect(cutAtBase(commits, 'e', 'c')).toBeNull();
  });

  it('cuts at a base that is the repository’s root commit', () => {
    const commits = [aCommit('e', ['d']), aCommit('d', [])];
    expect(shasOf(cutAtBase(commits, 'e', 'd'))).toEqual(['e']);
  });
});
