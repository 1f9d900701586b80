import type { IdentifierIssue } from './issue.js';

/** A tax code (mã số thuế) split into the enterprise's 10 digits and its dependent unit's branch suffix. */
export interface TaxCodeParts {
  /** The 10-digit code of the enterprise or organisation, e.g. `'0314409058'`. */
  base: string;
  /** The 3-digit branch (đơn vị phụ thuộc) suffix, `'001'`–`'999'`, or `null` for the head unit. */
  branch: string | null;
}

// The dash may be missing: spreadsheets and some older systems store branch codes as 13 bare digits.
// Nothing else is 13 digits long, so accepting that form costs no ambiguity.
const SHAPE = /^(\d{10})(?:-?(\d{3}))?$/;

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * Computes the 10th digit of a tax code from its first nine: 10 − (Σ wᵢ·Nᵢ mod 11), weights 31, 29, 23, 19, 17,
 * 13, 7, 5, 3. A remainder of 10 gives 0; a remainder of 0 would need "10", so no valid code starts with those
 * nine digits and the answer is `null` (also for anything that is not nine digits).
 *
 * @example
 * taxCodeCheckDigit('010023348') // 8, hence '0100233488'
 */
export function taxCodeCheckDigit(firstNine: string): number | null {
  if (typeof firstNine !== 'string' || !/^\d{9}$/.test(firstNine)) return null;
  const remainder = WEIGHTS.reduce((sum, weight, i) => sum + weight * Number(firstNine[i]), 0) % 11;
  return remainder === 0 ? null : 10 - remainder;
}

/**
 * Finds the first rule a tax code breaks: shape (10 digits, optional `-NNN`), branch 001–999, check digit.
 * Surrounding whitespace is ignored.
 *
 * @example
 * diagnoseTaxCode('0100233480') // { key: 'taxCode.checkDigit' }
 */
export function diagnoseTaxCode(value: string): IdentifierIssue | null {
  const match = typeof value === 'string' ? SHAPE.exec(value.trim()) : null;
  if (!match) return { key: 'taxCode.format' };
  const [, base = '', branch] = match;
  if (branch === '000') return { key: 'taxCode.branch' };
  if (taxCodeCheckDigit(base.slice(0, 9)) !== Number(base[9])) return { key: 'taxCode.checkDigit' };
  return null;
}

/**
 * Splits a valid tax code (mã số thuế) of an enterprise or organisation into base and branch, or returns
 * `null`. Accepts `0314409058-002` and the same without its dash. Surrounding whitespace is trimmed:
 * `'0100233488 '` is accepted as `'0100233488'`. Since 1 July 2025 individuals and household businesses use
 * their 12-digit citizen ID as tax code (Circular 86/2024/TT-BTC): check those with `isCitizenId`.
 *
 * @example
 * parseTaxCode('0314409058-002') // { base: '0314409058', branch: '002' }
 */
export function parseTaxCode(value: string): TaxCodeParts | null {
  if (diagnoseTaxCode(value) !== null) return null;
  const [, base = '', branch = null] = SHAPE.exec(value.trim()) ?? [];
  return { base, branch };
}

/**
 * Tells whether a string is a valid enterprise or organisation tax code (mã số thuế); see {@link parseTaxCode}.
 * Surrounding whitespace is trimmed: `'0100233488 '` is accepted as `'0100233488'`.
 *
 * @example
 * isTaxCode('0100233488') // true
 */
export function isTaxCode(value: string): boolean {
  return diagnoseTaxCode(value) === null;
}
