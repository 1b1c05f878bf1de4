// A set of commit ids for one pass over a history: sized once, so adding 100,000 grows nothing.

/** A 32-bit FNV-1a hash of up to ~16 characters spread over the id, and its length. */
function hashOf(sha: string): number {
  const step = sha.length >> 3 || 1; // a 40-character digest: every 5th character, the last included
  let hash = 0x811c9dc5 ^ sha.length;
  for (let i = sha.length - 1; i >= 0; i -= step) {
    hash = Math.imul(hash ^ sha.charCodeAt(i), 0x01000193);
  }
  return hash ^ (hash >>> 15);
}

/**
 * Commit ids in a table of slots at least twice the most it will hold (open addressing, linear
 * probing). Each slot keeps the id's hash beside it, so a probe reads another id only when the
 * hashes match. The hash samples the id: it spreads hex digests as well as reading all of it, and
 * ids that share a sample only probe longer; ids are always compared whole.
 */
export class CommitSet {
  /** Slot `s` is `slots[2s]`: 1 + the index in `shas` of its id (0 when empty), then the id's hash. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shas: string[] = [];

  constructor(most: number) {
    let size = 2;
    while (size < most * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** Adds the id; false when it was already in the set. Holds at least the `most` it was made for. */
  add(sha: string): boolean {
    const { slots, mask, shas } = this;
    const hash = hashOf(sha);
    let slot = hash & mask;
    for (let held = slots[2 * slot]!; held !== 0; held = slots[2 * slot]!) {
      if (slots[2 * slot + 1] === hash && shas[held - 1] === sha) return false;
      slot = (slot + 1) & mask;
    }
    if (shas.length * 4 >= slots.length) throw new RangeError('the commit set is full');
    slots[2 * slot] = shas.push(sha);
    slots[2 * slot + 1] = hash;
    return true;
  }
}
