import * as z from 'zod/mini';
import { keyed } from './common.js';
import { ruleCheck } from './rule.js';
import { partialDateRule } from './rules.js';

/**
 * An instant as the API carries it: ISO 8601 with an explicit offset (`Z` or `+07:00`), never a local time
 * whose zone the reader must guess.
 *
 * @example
 * z.parse(DateTimeSchema, '2025-07-01T08:30:00+07:00')
 */
export const DateTimeSchema = z.iso.datetime({ offset: true, ...keyed('date.dateTime') });
export type DateTime = z.infer<typeof DateTimeSchema>;

/**
 * A calendar date `YYYY-MM-DD` that exists (no 31 April, 29 February only in leap years).
 *
 * @example
 * z.parse(DateSchema, '2024-02-29')
 */
export const DateSchema = z.iso.date();
export type DateString = z.infer<typeof DateSchema>;

/**
 * A date whose day or month may be unknown: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Registries hold such birth
 * dates for older citizens, and OpenID Connect's `birthdate` claim allows a year alone.
 *
 * @example
 * z.parse(PartialDateSchema, '1945')
 */
export const PartialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, keyed('date.partial')), ruleCheck(partialDateRule));
export type PartialDate = z.infer<typeof PartialDateSchema>;

// The helpers live in a zod-free module; re-exported here, where readers look for them.
export { fromPlatformTimestamp, isCalendarDate, toPlatformTimestamp, vietnamDate } from './calendar.js';
