import { BIRTH_PROVINCE_CODES } from './birth-province-codes.js';
import type { IdentifierIssue } from './issue.js';

/** What a citizen ID number (số định danh cá nhân / CCCD) says about its holder. */
export interface CitizenIdInfo {
  /** Birth-registration province as the number's first 3 digits, e.g. `'001'` (Hà Nội): the pre-2025 code with a leading `0`. */
  provinceCode: string;
  gender: 'male' | 'female';
  birthYear: number;
}

export interface CitizenIdOptions {
  /** The moment a birth year may not be later than; defaults to the current time. Inject it in tests. */
  now?: Date;
}

// The 4th digit encodes century and gender together: even = male, odd = female (Circular 07/2016/TT-BCA, annex III).
const CENTURY_BY_DIGIT = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800] as const;

// Vietnam keeps UTC+7 all year; a child born on 1 January in Hà Nội must not count as "future" on a UTC server.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function currentYearInVietnam(now: Date): number {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear();
}

function read(value: string): CitizenIdInfo {
  const centuryDigit = Number(value[3]);
  return {
    provinceCode: value.slice(0, 3),
    gender: centuryDigit % 2 === 0 ? 'male' : 'female',
    birthYear: (CENTURY_BY_DIGIT[centuryDigit] ?? 0) + Number(value.slice(4, 6)),
  };
}

/**
 * Finds the first rule a citizen ID number breaks: digits only, 12 digits, a known birth-registration
 * province, a birth year not in the future. There is no checksum, so a number passing every rule may
 * still not exist. Surrounding whitespace is ignored.
 *
 * @example
 * diagnoseCitizenId('003087123456') // { key: 'citizenId.province', params: { code: '003' } }
 */
export function diagnoseCitizenId(value: string, options: CitizenIdOptions = {}): IdentifierIssue | null {
  if (typeof value !== 'string') return { key: 'citizenId.digits' };
  const id = value.trim();
  if (!/^\d*$/.test(id)) return { key: 'citizenId.digits' };
  if (id.length !== 12) return { key: 'citizenId.length' };
  const info = read(id);
  if (!BIRTH_PROVINCE_CODES.has(info.provinceCode))
    return { key: 'citizenId.province', params: { code: info.provinceCode } };
  if (info.birthYear > currentYearInVietnam(options.now ?? new Date()))
    return { key: 'citizenId.birthYear', params: { year: info.birthYear } };
  return null;
}

/**
 * Reads a 12-digit citizen ID number (số định danh cá nhân, printed on the CCCD card), or returns `null` if it
 * is not one. Surrounding whitespace is trimmed: `'001087123456 '` is accepted as `'001087123456'`.
 *
 * @example
 * parseCitizenId('001087123456') // { provinceCode: '001', gender: 'male', birthYear: 1987 }
 */
export function parseCitizenId(value: string, options: CitizenIdOptions = {}): CitizenIdInfo | null {
  return diagnoseCitizenId(value, options) === null ? read(value.trim()) : null;
}

/**
 * Tells whether a string is a well-formed citizen ID number (số CCCD); see {@link parseCitizenId}.
 * Surrounding whitespace is trimmed: `' 001087123456'` is accepted.
 *
 * @example
 * isCitizenId('001087123456') // true
 */
export function isCitizenId(value: string, options: CitizenIdOptions = {}): boolean {
  return diagnoseCitizenId(value, options) === null;
}
