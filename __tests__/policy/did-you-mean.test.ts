import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/policy/did-you-mean.js';

describe('editDistance', () => {
  it.each([
    ['approvals', 'approvals', 0],
    ['aprovals', 'approvals', 1],
    ['apporvals', 'approvals', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('from "%s" to "%s" is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closest', () => {
  const keys = ['deployers', 'approvers', 'approvals', 'minimum', 'trust', 'break-glass'];

  it.each([
    ['aprovals', 'approvals'],
    ['Approvers', 'approvers'],
    ['breakglass', 'break-glass'],
    ['trsut', 'trust'],
    ['deployer', 'deployers'],
  ])('suggests the key closest to "%s"', (word, suggestion) => {
    expect(closest(word, keys)).toBe(suggestion);
  });

  it.each(['reviewers', 'x', 'environments'])('suggests nothing far-fetched for "%s"', (word) => {
    expect(closest(word, keys)).toBeUndefined();
  });

  it('words the suggestion as a question, or says nothing', () => {
    expect(didYouMean('trsut', keys)).toBe('; did you mean `trust`?');
    expect(didYouMean('reviewers', keys)).toBe('');
  });
});
