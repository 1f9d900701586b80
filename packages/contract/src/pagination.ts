import * as z from 'zod/mini';

/** Page size bounds shared by every paginated endpoint. */
export const PAGE_LIMIT = { default: 20, max: 100 } as const;

/**
 * The query every cursor-paginated endpoint accepts. Cursors are opaque: pass back `nextCursor` unchanged.
 */
export const PageQuerySchema = z.strictObject({
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(z.coerce.number<string | number>().check(z.int(), z.gte(1), z.lte(PAGE_LIMIT.max))),
});

/**
 * One page of results.
 *
 * @example
 * const DossierPage = pageOf(DossierSummarySchema);
 */
export function pageOf<Item extends z.core.$ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    /** Pass as `cursor` to get the next page; `null` on the last page. */
    nextCursor: z.nullable(z.string()),
  });
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
