import * as z from 'zod/mini';

/**
 * An amount in Vietnamese đồng: a whole number (the đồng has no subunit in use), zero or more, within
 * JavaScript's safe integers so sums stay exact.
 *
 * @example
 * z.parse(VndAmountSchema, 50_000)
 */
export const VndAmountSchema = z.int().check(z.gte(0));
export type VndAmount = z.infer<typeof VndAmountSchema>;

// Formatting lives in a zod-free module; re-exported here, where readers look for it.
export { formatVnd } from './format-vnd.js';
