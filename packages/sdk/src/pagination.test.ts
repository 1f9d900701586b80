import { describe, expect, it, vi } from 'vitest';
import { paginate } from './pagination.js';

const pages = [
  { items: [1, 2], nextCursor: 'b' },
  { items: [3, 4], nextCursor: 'c' },
  { items: [5], nextCursor: null },
];

describe('paginate', () => {
  it('iterates every item across pages, passing cursors back', async () => {
    const fetchPage = vi.fn(
      async (cursor?: string) =>
        pages[cursor ? cursor.charCodeAt(0) - 97 : 0] ?? { items: [], nextCursor: null },
    );
    const all: number[] = [];
    for await (const n of paginate(fetchPage)) all.push(n);
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([undefined, 'b', 'c']);
  });

  it('stops fetching once the limit is reached, and requires a limit', async () => {
    const fetchPage = vi.fn(
      async (cursor?: string) =>
        pages[cursor ? cursor.charCodeAt(0) - 97 : 0] ?? { items: [], nextCursor: null },
    );
    expect(await paginate(fetchPage).toArray({ limit: 3 })).toEqual([1, 2, 3]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    await expect(paginate(fetchPage).toArray({ limit: 0 })).rejects.toThrow(RangeError);
  });
});
