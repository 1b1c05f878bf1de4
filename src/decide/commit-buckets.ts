// A first pass for once-per-commit: which commits may have been deployed more than once.

/** 2^21 buckets: two bit sets of 256 KiB, small enough to stay in the processor's cache. */
const BUCKET_BITS = 21;
const WORDS = 2 ** BUCKET_BITS / 32;

/**
 * The bucket of a commit id: a 32-bit FNV-1a hash of up to ~16 characters spread over the id (a
 * 40-character digest: every 5th, the last included), and its length.
 */
export function bucketOf(sha: string): number {
  const step = sha.length >> 3 || 1;
  let hash = 0x811c9dc5 ^ sha.length;
  for (let i = sha.length - 1; i >= 0; i -= step) {
    hash = Math.imul(hash ^ sha.charCodeAt(i), 0x01000193);
  }
  return (hash ^ (hash >>> 15)) >>> (32 - BUCKET_BITS);
}

/**
 * The buckets commit ids fall in, two bits each: hit once, hit more than once. An id alone in its
 * bucket occurs once, so only ids in a bucket hit twice need remembering to tell a repeat; that is
 * a few in a hundred when all 100,000 differ, and a set of them stays small.
 */
export class CommitBuckets {
  private readonly once = new Int32Array(WORDS);
  private readonly twice = new Int32Array(WORDS);

  hit(bucket: number): void {
    const word = bucket >>> 5;
    const bit = 1 << (bucket & 31);
    if (this.once[word]! & bit) this.twice[word]! |= bit;
    else this.once[word]! |= bit;
  }

  hitTwice(bucket: number): boolean {
    return (this.twice[bucket >>> 5]! & (1 << (bucket & 31))) !== 0;
  }
}
