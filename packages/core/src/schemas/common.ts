import * as z from 'zod/mini';
import type { MessageParams } from '../messages/catalogue.js';
import type { MessageKey } from '../messages/messages.js';
import { normalizeText } from '../text.js';

export { isAcceptedMediaType } from './media-type.js';

/**
 * Makes a built-in check (regex, length, format…) report under one of our catalogue keys.
 *
 * Why: the shared error map reads `params.key` only from `custom` issues, and zod copies `params` only onto
 * those, so `z.regex(re, { params: { key } })` would fall back to the generic "wrong format". Keeping the
 * built-in check (rather than a `z.refine`) keeps its `pattern`/`minLength` in the generated JSON Schema.
 * The check's own error hook runs before the per-parse error map; it turns the issue into a keyed custom
 * one and returns nothing, so the locale is still chosen at parse time. A missing or wrongly typed value
 * keeps its generic message ("required", "wrong kind of value"): the key speaks about the format only.
 *
 * @example
 * z.string().check(z.regex(/^\d{2}$/, keyed('unit.provinceCode')))
 */
/* @__NO_SIDE_EFFECTS__ */
export function keyed(
  key: MessageKey,
  params?: MessageParams,
): { error: (issue: { code?: string }) => undefined } {
  return {
    error: (issue) => {
      if (issue.code !== 'invalid_type') Object.assign(issue, { code: 'custom', params: { ...params, key } });
      return undefined;
    },
  };
}

/**
 * A value set the platform may grow (agency kinds, fee kinds, providers…): the known values are listed, for
 * autocompletion and in the JSON Schema (`anyOf: [{ enum }, { type: string }]`), but any other string is
 * accepted, so an SDK built today keeps reading records written by next year's platform.
 * Input schemas use closed `z.enum`s instead: what a client may send is decided now.
 *
 * @example
 * const AgencyKind = openEnum(['ministry', 'department']);
 * type AgencyKind = z.infer<typeof AgencyKind>; // 'ministry' | 'department' | (string & {})
 */
/* @__NO_SIDE_EFFECTS__ */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  // `string & {}` keeps the known literals visible to editors instead of collapsing the union to `string`.
  return z.union([z.enum(values), z.string() as unknown as z.ZodMiniType<string & {}, string>]);
}

/**
 * Single-line text as people type it: NFC (keyboards send NFD too), trimmed, inner whitespace collapsed,
 * not empty. Overwrites, not transforms, so the JSON Schema still says `type: string`.
 *
 * @example
 * z.parse(lineText(), '  Nguyễn   Văn An ') // 'Nguyễn Văn An'
 */
/* @__NO_SIDE_EFFECTS__ */
export function lineText(maxLength = 500) {
  return z.string().check(z.overwrite(normalizeText), z.minLength(1), z.maxLength(maxLength));
}

/**
 * Multi-line text (content, descriptions): NFC and trimmed, line breaks kept, not empty.
 *
 * @example
 * z.parse(longText(), ' Dòng một\nDòng hai ') // 'Dòng một\nDòng hai'
 */
/* @__NO_SIDE_EFFECTS__ */
export function longText(maxLength = 10_000) {
  return z.string().check(z.normalize('NFC'), z.trim(), z.minLength(1), z.maxLength(maxLength));
}

/**
 * Opaque identifiers the platform mints (dossier ids, file ids…): URL-safe, at most 64 characters.
 *
 * @example
 * z.parse(IdSchema, 'file_01J2')
 */
export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, keyed('schema.id')));

/**
 * A media type such as `application/pdf`, as a file declares it. Lower-cased: media types are case-insensitive.
 *
 * @example
 * z.parse(MediaTypeSchema, 'Application/PDF') // 'application/pdf'
 */
export const MediaTypeSchema = z
  .string()
  .check(
    z.toLowerCase(),
    z.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, keyed('schema.mediaType')),
  );

/**
 * A media type or a whole family (`image/*`), as an accepted-types list names them.
 *
 * @example
 * z.parse(MediaRangeSchema, 'image/*')
 */
export const MediaRangeSchema = z
  .string()
  .check(
    z.toLowerCase(),
    z.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/, keyed('schema.mediaType')),
  );

/**
 * An email address as typed: surrounding whitespace dropped before the format check.
 *
 * @example
 * z.parse(emailText(), ' an@example.vn ') // 'an@example.vn'
 */
/* @__NO_SIDE_EFFECTS__ */
export function emailText() {
  return z.string().check(z.trim(), z.email(), z.maxLength(254));
}
