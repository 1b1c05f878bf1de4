// The shared limiter keeps at most N reads in flight and hands each freed slot to the next.
import { describe, expect, it } from 'vitest';
import { inChunks, limiter, READS_IN_FLIGHT } from '../../src/github/limiter.js';

/** A task that records how many run at once, and finishes when released. */
function gauge() {
  let running = 0;
  let peak = 0;
  const releases: Array<() => void> = [];
  const task = (value: number) => async () => {
    running++;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => releases.push(resolve));
    running--;
    finished++;
    return value;
  };
  let finished = 0;
  const drain = async (count: number) => {
    while (finished < count) {
      releases.splice(0).forEach((release) => release());
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { task, drain, peak: () => peak };
}

describe('limiter', () => {
  it('never runs more than its bound at once, and runs every task', async () => {
    const limit = limiter(3);
    const g = gauge();
    const results = Promise.all(Array.from({ length: 10 }, (_, i) => limit(g.task(i))));
    await g.drain(10);
    expect(await results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(g.peak()).toBe(3);
  });

  it('frees the slot of a task that fails', async () => {
    const limit = limiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(() => Promise.resolve('next'))).toBe('next');
  });

  it('keeps six reads in flight by default', async () => {
    expect(READS_IN_FLIGHT).toBe(6);
    const limit = limiter();
    const g = gauge();
    const results = Promise.all(Array.from({ length: 9 }, (_, i) => limit(g.task(i))));
    await g.drain(9);
    await results;
    expect(g.peak()).toBe(6);
  });

  it('gives back every slot: a second round runs as wide as the first', async () => {
    const limit = limiter(2);
    for (const round of [1, 2]) {
      const g = gauge();
      const results = Promise.all(Array.from({ length: 4 }, (_, i) => limit(g.task(i))));
      await g.drain(4);
      expect(await results, `round ${round}`).toEqual([0, 1, 2, 3]);
      expect(g.peak(), `round ${round}`).toBe(2);
    }
  });

  it('reads in chunks, results in order', async () => {
    const chunks = await inChunks(limiter(2), [1, 2, 3, 4, 5], 2, async (chunk) => chunk.join('+'));
    expect(chunks).toEqual(['1+2', '3+4', '5']);
  });

  it.each([
    [
      [1, 2, 3, 4],
      ['1+2', '3+4'],
    ],
    [[1], ['1']],
    [[], []],
  ])('reads %j in as many chunks as it needs, and no empty one', async (items, expected) => {
    const read: number[][] = [];
    const chunks = await inChunks(limiter(2), items, 2, async (chunk) => {
      read.push(chunk);
      return chunk.join('+');
    });
    expect(chunks).toEqual(expected);
    expect(read).toHaveLength(expected.length);
  });
});
