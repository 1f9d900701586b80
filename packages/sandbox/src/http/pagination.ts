import { PAGE_LIMIT, type Page } from '@motcua/contract';
import { formatMessage, type Locale } from '@motcua/core';
import { detail } from './details.js';
import { ProblemError } from './problem.js';

/** The sort key a cursor resumes after: the values of the ordering columns of the last item served. */
export type CursorKey = readonly (string | number)[];

const VERSION = 1;

/**
 * Makes an opaque cursor (base64url JSON) from the sort key of the last item of a page.
 *
 * @example
 * encodeCursor(['2026-02-13T03:00:00.000Z', 42]) // 'eyJ2IjoxLCJrIjpbIjIw…'
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ v: VERSION, k: key }), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back; anything not made by {@link encodeCursor} is a 422 on `$query.cursor`, never a 500.
 *
 * @example
 * decodeCursor(encodeCursor(['a', 1]), 'vi') // ['a', 1]
 */
export function decodeCursor(cursor: string, locale: Locale): CursorKey {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      v?: unknown;
      k?: unknown;
    };
    if (
      decoded.v === VERSION &&
      Array.isArray(decoded.k) &&
      decoded.k.every(
        (part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)),
      )
    ) {
      return decoded.k as CursorKey;
    }
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError('request.invalid', {
    detail: detail('cursor.invalid'),
    errors: [
      {
        path: ['$query', 'cursor'],
        code: 'validation.format',
        message: formatMessage('validation.format', {}, locale),
      },
    ],
  });
}

/** A page request, normalised: how many items, and after which key. */
export interface PageRequest {
  limit: number;
  after: CursorKey | undefined;
}

/**
 * Normalises `cursor`/`limit` from a paginated endpoint's query: `limit` defaults to and is capped by the
 * contract's `PAGE_LIMIT`.
 *
 * @example
 * const { limit, after } = pageRequest(query, locale);
 * const rows = await selectAfter(after).limit(limit + 1).execute();
 * return toPage(rows, limit, (row) => [row.created_at, row.id]);
 */
export function pageRequest(
  query: { cursor?: string; limit?: number } | undefined,
  locale: Locale,
): PageRequest {
  const limit = Math.min(Math.max(Math.trunc(query?.limit ?? PAGE_LIMIT.default), 1), PAGE_LIMIT.max);
  return { limit, after: query?.cursor === undefined ? undefined : decodeCursor(query.cursor, locale) };
}

/**
 * Cuts one page from rows fetched with `limit + 1` (the extra row only tells whether a next page exists).
 *
 * @example
 * toPage([a, b, c], 2, (row) => [row.id]) // { items: [a, b], nextCursor: encodeCursor([b.id]) }
 */
export function toPage<Row, Item = Row>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => CursorKey,
  map: (row: Row) => Item = (row) => row as unknown as Item,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
