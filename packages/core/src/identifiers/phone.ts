import type { IdentifierIssue } from './issue.js';

/** A Vietnamese phone number, told apart by kind and written once in E.164. */
export interface PhoneNumberInfo {
  kind: 'mobile' | 'landline';
  /** E.164 form, e.g. `'+84912345678'`: store and compare this, never the typed text. */
  e164: string;
}

// People write numbers grouped ("0912 345 678", "024.3825.1234"); one separator between digit runs is
// allowed, never leading, trailing or doubled. Parentheses are refused: "(024)" hides where the trunk 0 goes.
const SHAPE = /^\+?\d+(?:[ .-]\d+)*$/;

// Mobile: 0 + 9 digits, the first being 3, 5, 7, 8 or 9. Landline: 0 + 2 + 9 digits (area codes 2x and 2xx
// both leave 11 digits in all). Numbers are portable across carriers, so prefixes say nothing about the carrier.
const MOBILE_LEAD = /^[35789]/;
const LANDLINE_LEAD = /^2/;

/** The number after its country code or trunk `0`, or `null` when it has neither. */
function nationalNumber(digits: string): string | null {
  if (digits.startsWith('+84')) return digits.slice(3);
  if (digits.startsWith('+')) return null;
  // Bare "84…" comes out of SMS gateways and exports; a domestic number starts with 0, so it cannot clash.
  if (digits.startsWith('84')) return digits.slice(2);
  if (digits.startsWith('0')) return digits.slice(1);
  return '';
}

/**
 * Finds the first rule a phone number breaks: characters and grouping, a mobile (03/05/07/08/09) or landline
 * (02) prefix, then length. Surrounding whitespace is ignored.
 *
 * @example
 * diagnosePhoneNumber('091234567') // { key: 'phone.mobileLength' }
 */
export function diagnosePhoneNumber(value: string): IdentifierIssue | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!SHAPE.test(text)) return { key: 'phone.format' };
  const national = nationalNumber(text.replace(/[ .-]/g, ''));
  if (national === null) return { key: 'phone.format' };
  if (MOBILE_LEAD.test(national)) return national.length === 9 ? null : { key: 'phone.mobileLength' };
  if (LANDLINE_LEAD.test(national)) return national.length === 10 ? null : { key: 'phone.landlineLength' };
  return { key: 'phone.prefix' };
}

/**
 * Reads a Vietnamese mobile or landline number written with `0`, `+84` or `84` and optionally grouped by
 * single spaces, dots or dashes; returns `null` if it is not one. Surrounding whitespace is trimmed:
 * `'0912345678 '` is accepted as `'0912345678'`.
 *
 * @example
 * parsePhoneNumber('024 3825 1234') // { kind: 'landline', e164: '+842438251234' }
 */
export function parsePhoneNumber(value: string): PhoneNumberInfo | null {
  if (diagnosePhoneNumber(value) !== null) return null;
  const national = nationalNumber(value.trim().replace(/[ .-]/g, '')) ?? '';
  return { kind: MOBILE_LEAD.test(national) ? 'mobile' : 'landline', e164: `+84${national}` };
}

/**
 * Tells whether a string is a Vietnamese mobile or landline number; see {@link parsePhoneNumber}.
 * Surrounding whitespace is trimmed: `'0912345678 '` is accepted as `'0912345678'`.
 *
 * @example
 * isPhoneNumber('0912.345.678') // true
 */
export function isPhoneNumber(value: string): boolean {
  return diagnosePhoneNumber(value) === null;
}

/**
 * Rewrites a Vietnamese phone number in E.164 (`+84…`, no separators), or returns `null` if it is not one.
 * Surrounding whitespace is trimmed: `'0912 345 678 '` is accepted.
 *
 * @example
 * normalizePhoneNumber('0912 345 678') // '+84912345678'
 */
export function normalizePhoneNumber(value: string): string | null {
  return parsePhoneNumber(value)?.e164 ?? null;
}
