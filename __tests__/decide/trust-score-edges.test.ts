// Trust score: level index and standing without a ladder or without `trust`.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/decide/decide.js';
import { levelIndex } from '../../src/decide/trust-score.js';
import { aHistory, aPolicy, someFacts } from '../builders.js';

describe('the level index', () => {
  it('is -1 without levels, whatever the score', () => {
    expect(levelIndex([], 0)).toBe(-1);
    expect(levelIndex([], 5)).toBe(-1);
  });
});

describe('the standing without trust', () => {
  it('is scored per person', () => {
    const facts = someFacts({ deployments: aHistory([['alice', 'success']]) });
    const { standing } = decide({ key: 'production', environment: aPolicy() }, facts);
    expect(standing).toMatchObject({ scope: 'person', level: '', score: 1 });
  });
});
