// Reason text: blanks in a typed reason collapse to one space.
import { describe, expect, it } from 'vitest';
import { visibleReason } from '../../src/decide/reason-text.js';

describe('a typed reason', () => {
  it('collapses every run of blanks to one space', () => {
    expect(visibleReason('prod  is \t down   now')).toBe('prod is down now');
  });
});
