// readOn: every page of a GitHub connection, or an error naming what did not advance.
import { describe, expect, it } from 'vitest';
import { readOn } from '../../src/github/pull-pages.js';

const page = (nodes: number[], endCursor: string | null, hasNextPage = endCursor !== null) => ({
  nodes,
  pageInfo: { hasNextPage, endCursor },
});

describe('readOn', () => {
  it('reads every page after the first, in order', async () => {
    const pages: Record<string, ReturnType<typeof page>> = {
      a: page([3, 4], 'b'),
      b: page([5], null),
    };
    const asked: string[] = [];
    const nodes = await readOn(
      page([1, 2], 'a'),
      async (after) => (asked.push(after), pages[after]),
      'the files',
    );
    expect(nodes).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual(['a', 'b']);
  });

  it('stops at once when the first page is the only one', async () => {
    const nodes = await readOn(page([1], null), () => Promise.reject(new Error('asked')), 'x');
    expect(nodes).toEqual([1]);
  });

  it.each([
    ['a cursor seen twice', page([2], 'a'), /did not advance \(cursor a\)/],
    [
      'an empty page that says there is more',
      page([], 'b'),
      /did not advance \(an empty page after a\)/,
    ],
    ['no page at all', undefined, /did not advance/],
  ])('fails on %s, naming what looped', async (_, next, message) => {
    await expect(readOn(page([1], 'a'), async () => next, 'the reviews of #7')).rejects.toThrow(
      message,
    );
    await expect(readOn(page([1], 'a'), async () => next, 'the reviews of #7')).rejects.toThrow(
      /the reviews of #7/,
    );
  });

  it('fails when a page says there is more but names no cursor', async () => {
    await expect(readOn(page([1], null, true), async () => undefined, 'x')).rejects.toThrow(
      /did not advance \(cursor null\)/,
    );
  });
});
