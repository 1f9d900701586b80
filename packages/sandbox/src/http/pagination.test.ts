import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageRequest, toPage } from './pagination.js';
import { isProblemError } from './problem.js';

describe('cursors', () => {
  it('round-trip sort keys through an opaque base64url string', () => {
    const cursor = encodeCursor(['2026-02-13T03:00:00.000Z', 42]);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, 'vi')).toEqual(['2026-02-13T03:00:00.000Z', 42]);
  });

  it('turn anything else into a localised 422 on $query.cursor', () => {
    for (const cursor of ['', '!!!', 'bnVsbA', encodeCursor([]).replace(/.$/, '')]) {
      try {
        decodeCursor(cursor, 'en');
        expect.fail(`accepted ${cursor}`);
      } catch (error) {
        expect(isProblemError(error) && error.code).toBe('request.invalid');
        if (isProblemError(error))
          expect(error.errors?.[0]).toMatchObject({ path: ['$query', 'cursor'], message: 'Wrong format' });
      }
    }
  });
});

describe('pageRequest and toPage', () => {
  it('default and cap the limit with PAGE_LIMIT', () => {
    expect(pageRequest(undefined, 'vi')).toEqual({ limit: 20, after: undefined });
    expect(pageRequest({ limit: 1000 }, 'vi').limit).toBe(100);
  });

  it('cut a page from limit + 1 rows and point at the last item', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toPage(rows, 2, (row) => [row.id]);
    expect(page.items).toEqual([{ id: 1 }, { id: 2 }]);
    expect(decodeCursor(page.nextCursor ?? '', 'vi')).toEqual([2]);
    expect(toPage(rows.slice(0, 2), 2, (row) => [row.id]).nextCursor).toBeNull();
  });
});
