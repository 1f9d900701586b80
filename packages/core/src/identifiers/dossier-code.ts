import type { IdentifierIssue } from './issue.js';

/** A dossier code (mã hồ sơ) read apart. */
export interface DossierCodeParts {
  /** Code of the receiving agency, e.g. `'000.00.14.H56'`. */
  agencyCode: string;
  /** Day of receipt, `YYYY-MM-DD`. */
  date: string;
  /** Daily sequence number at that agency, from 1. */
  sequence: number;
}

export interface FormatDossierCodeOptions {
  /**
   * `'short'` (default), the common form: `yyMMdd` and a 4-digit sequence, at most 9,999 dossiers a day.
   * `'long'`: `yyyyMMdd` and a 7-digit sequence, as some newer systems write.
   */
  form?: 'short' | 'long';
}

// The agency part is usually a full agency code but not always: national systems also emit short prefixes such
// as "G09.20-20260609-0092637". Accept any dot-separated run of upper-case letters and digits.
const AGENCY_SOURCE = String.raw`[A-Z0-9]+(?:\.[A-Z0-9]+)*`;
const AGENCY = new RegExp(`^${AGENCY_SOURCE}$`);
// Parsing is permissive: either date form with a 4- to 7-digit sequence, since generators differ.
const SHAPE = new RegExp(String.raw`^(${AGENCY_SOURCE})-(\d{6}|\d{8})-(\d{4,7})$`);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** `yyMMdd` or `yyyyMMdd` as `YYYY-MM-DD` (two-digit years are 20yy), or `null` for a day not on the calendar. */
function readDate(digits: string): string | null {
  const iso = digits.length === 6 ? `20${digits}` : digits;
  const [year, month, day] = [iso.slice(0, 4), iso.slice(4, 6), iso.slice(6, 8)];
  return isRealDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : null;
}

/**
 * Finds the first rule a dossier code breaks: shape `agency-date-sequence`, a real calendar date, a sequence
 * from 1. Surrounding whitespace is ignored.
 *
 * @example
 * diagnoseDossierCode('000.00.14.H56-200230-0118') // { key: 'dossierCode.date', params: { date: '200230' } }
 */
export function diagnoseDossierCode(value: string): IdentifierIssue | null {
  const match = typeof value === 'string' ? SHAPE.exec(value.trim()) : null;
  if (!match) return { key: 'dossierCode.format' };
  const [, , date = '', sequence = ''] = match;
  if (readDate(date) === null) return { key: 'dossierCode.date', params: { date } };
  if (Number(sequence) === 0) return { key: 'dossierCode.sequence' };
  return null;
}

/**
 * Reads a dossier code `<receiving agency code>-<yyMMdd>-<4-digit daily sequence>`; also accepts `yyyyMMdd`
 * and sequences of up to 7 digits. Two-digit years are 20yy. Returns `null` if malformed.
 * Surrounding whitespace is trimmed: `'000.00.14.H56-200203-0118 '` is accepted.
 *
 * @example
 * parseDossierCode('000.00.14.H56-200203-0118') // { agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 118 }
 */
export function parseDossierCode(value: string): DossierCodeParts | null {
  if (diagnoseDossierCode(value) !== null) return null;
  const [, agencyCode = '', date = '', sequence = ''] = SHAPE.exec(value.trim()) ?? [];
  return { agencyCode, date: readDate(date) ?? '', sequence: Number(sequence) };
}

/**
 * Tells whether a string is a well-formed dossier code; see {@link parseDossierCode}.
 * Surrounding whitespace is trimmed: `' 000.00.14.H56-200203-0118'` is accepted.
 *
 * @example
 * isDossierCode('000.00.14.H56-200203-0118') // true
 */
export function isDossierCode(value: string): boolean {
  return diagnoseDossierCode(value) === null;
}

/**
 * Writes a dossier code, in the common short form unless `{ form: 'long' }` is asked. It never silently
 * switches form (codes of one day would then sort and look inconsistent): out-of-range parts throw a
 * `RangeError` (an agency code of letters, digits and dots; a real `YYYY-MM-DD` date, in 2000–2099 for the
 * short form; an integer sequence from 1 to 9,999, or 9,999,999 in the long form).
 *
 * @example
 * formatDossierCode({ agencyCode: '000.00.14.H56', date: '2020-02-03', sequence: 118 }) // '000.00.14.H56-200203-0118'
 */
export function formatDossierCode(parts: DossierCodeParts, options: FormatDossierCodeOptions = {}): string {
  const long = options.form === 'long';
  const { agencyCode, date, sequence } = parts;
  if (!AGENCY.test(agencyCode)) throw new RangeError(`Not an agency code: ${JSON.stringify(agencyCode)}`);
  const [, year = '', month = '', day = ''] = ISO_DATE.exec(date) ?? [];
  if (!isRealDate(Number(year), Number(month), Number(day)))
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  if (!long && !year.startsWith('20'))
    throw new RangeError(`The short form only writes years 2000–2099: ${date}`);
  const maximum = long ? 9_999_999 : 9_999;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maximum)
    throw new RangeError(`The sequence must be an integer from 1 to ${maximum}: ${sequence}`);
  const datePart = long ? `${year}${month}${day}` : `${year.slice(2)}${month}${day}`;
  return `${agencyCode}-${datePart}-${String(sequence).padStart(long ? 7 : 4, '0')}`;
}
