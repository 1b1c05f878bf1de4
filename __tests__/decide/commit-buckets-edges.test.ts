// Commit buckets: every character of a short id counts, and a bucket tells one hit from two.
import { describe, expect, it } from 'vitest';
import { bucketOf, CommitBuckets } from '../../src/decide/commit-buckets.js';

describe('the bucket of a commit id', () => {
  it('reads every character of a short id, the first included', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', '0', '1'];
    expect(new Set(ids.map(bucketOf)).size).toBe(ids.length);
    expect(bucketOf('a1b2c3')).not.toBe(bucketOf('f1b2c3'));
  });

  it('is one of 2^21 buckets', () => {
    const sha = 'ffffffffffffffffffffffffffffffffffffffff';
    expect(bucketOf(sha)).toBeGreaterThanOrEqual(0);
    expect(bucketOf(sha)).toBeLessThan(2 ** 21);
  });

  it('tells a bucket hit once from one hit twice', () => {
    const buckets = new CommitBuckets();
    buckets.hit(5);
    buckets.hit(7);
    buckets.hit(7);
    expect([buckets.hitTwice(5), buckets.hitTwice(7), buckets.hitTwice(6)]).toEqual([
      false,
      true,
      false,
    ]);
  });
});
