import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/policy/did-you-mean.js';

describe('suggestions', () => {
  it.each([
    ['ax', 'ya'],
    ['xa', 'ay'],
  ])('counts "%s" to "%s" as two edits: only neighbours swapped in place are one', (a, b) => {
    expect(editDistance(a, b)).toBe(2);
  });

  it('allows two edits in a word of six to eight letters', () => {
    expect(closest('aprovls', ['approvals'])).toBe('approvals');
  });

  it('allows one edit in a word of up to five letters, not two', () => {
    expect(didYouMean('txax', ['team'])).toBe('');
    expect(didYouMean('tem', ['team'])).toBe('; did you mean `team`?');
  });

  it('suggests the nearest candidate, not the first within reach', () => {
    expect(closest('approvls', ['approve', 'approvals'])).toBe('approvals');
  });

  it('suggests the first of equally near candidates', () => {
    expect(closest('tean', ['team', 'teal'])).toBe('team');
  });
});
