import { type DossierStatusCode, IdSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { PageQuerySchema } from './pagination.js';

/**
 * Building blocks of the wire format that are not domain shapes: how a path names a dossier, how a query
 * carries numbers and booleans, what a binary body is. Domain shapes come from `@motcua/core`.
 */

/**
 * A dossier as a path names it: its id (every dossier has one from the first draft) or, once submitted, its
 * code (mã hồ sơ). Both fit one URL-safe pattern, so one parameter takes either.
 *
 * @example
 * buildPath('/dossiers/{ref}', { ref: '000.00.14.H56-250701-0001' })
 */
export const DossierRefSchema = IdSchema;

/** What a binary request body may be: bytes, or a `Blob`/`File` in browsers. */
export type BinaryBody = Uint8Array | ArrayBuffer | Blob;

/** A raw request body (an upload chunk). Servers receive it as a `Uint8Array`. */
export const BinaryBodySchema = z.custom<BinaryBody>(
  (value) =>
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof Blob !== 'undefined' && value instanceof Blob),
);

/** A whole number read from a query string or header (which carry text). */
export function queryInt(min = 0, max = Number.MAX_SAFE_INTEGER) {
  return z.coerce.number<string | number>().check(z.int(), z.gte(min), z.lte(max));
}

/** A dossier status code (0–10) read from a query string. */
export const StatusQuerySchema = z.coerce
  .number<string | number>()
  .check(z.int(), z.gte(0), z.lte(10)) as unknown as z.ZodMiniType<DossierStatusCode, string | number>;

/**
 * A strict query object with the cursor-pagination fields (`cursor`, `limit`) added.
 *
 * @example
 * const query = pagedQuery({ q: z.optional(z.string()) });
 */
export function pagedQuery<const Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject({ ...PageQuerySchema.shape, ...shape });
}

/**
 * Text people type in an API-only input (a reason, a note): NFC, trimmed, not empty, bounded. Normalised with
 * `overwrite`, so the JSON Schema still says `type: string`.
 */
export function text(maxLength: number) {
  return z.string().check(z.normalize('NFC'), z.trim(), z.minLength(1), z.maxLength(maxLength));
}

/** An answer that carries nothing but an acknowledgement. */
export const AcknowledgementSchema = z.object({ ok: z.literal(true) });
