import type { Page } from '@motcua/contract';

/**
 * Every item of a paginated listing, fetched page by page as you iterate. Stop early with `break`;
 * no further pages are fetched.
 */
export interface PageIterator<Item> extends AsyncIterable<Item> {
  /**
   * Collects items into an array. `limit` is mandatory so nobody loads a whole agency's archive by accident.
   *
   * @example
   * const first50 = await client.dossiers.list({ status: 1 }).toArray({ limit: 50 });
   */
  toArray(options: { limit: number }): Promise<Item[]>;
  /** Iterates page by page, with each page's cursor. */
  pages(): AsyncIterable<Page<Item>>;
}

/**
 * Wraps a page fetcher into an async iterator over items.
 *
 * @example
 * const all = paginate((cursor) => fetchPage({ cursor }));
 * for await (const item of all) console.log(item);
 */
export function paginate<Item>(
  fetchPage: (cursor: string | undefined) => Promise<Page<Item>>,
): PageIterator<Item> {
  async function* pages(): AsyncGenerator<Page<Item>> {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  async function* items(): AsyncGenerator<Item> {
    for await (const page of pages()) yield* page.items;
  }
  return {
    [Symbol.asyncIterator]: items,
    pages,
    async toArray({ limit }) {
      if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError('toArray: `limit` must be a positive integer');
      const out: Item[] = [];
      for await (const item of items()) {
        out.push(item);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
