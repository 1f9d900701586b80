import type { IdentifierIssue } from './issue.js';

/** What kind of body heads the code's tree: a province, a ministry-level body, or something else. */
export type AgencyLevel1Kind = 'province' | 'ministry' | 'other';

/** An agency code (mã định danh cơ quan, QCVN 102:2016/BTTTT, Decision 20/2020/QĐ-TTg), read apart. */
export interface AgencyCodeInfo {
  /** The code as given, trimmed, e.g. `'000.00.14.H56'`. */
  code: string;
  /** The level-1 body on the right, letter + 2 digits, e.g. `'H56'`. */
  level1: string;
  level1Kind: AgencyLevel1Kind;
  /** The four groups as written, left to right: level 4 (3 digits), level 3, level 2 (2 digits each), level 1. */
  groups: readonly [string, string, string, string];
  /** How deep the unit sits: the deepest group that is not all zeros (1 = the level-1 body itself). */
  level: 1 | 2 | 3 | 4;
  /** The unit above, found by zeroing this unit's own group; `null` for a level-1 body. */
  parentCode: string | null;
}

/**
 * The agency code's shape, unanchored and without capture groups, for codes that embed one (procedure codes).
 * Internal to the identifiers folder.
 *
 * @example
 * new RegExp(`^1\\.\\d{6}\\.${AGENCY_CODE_SOURCE}$`).test('1.000815.000.00.00.H55') // true
 */
export const AGENCY_CODE_SOURCE = String.raw`\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}`;

const SHAPE = new RegExp(`^${AGENCY_CODE_SOURCE}$`);

// Confirmed: H = provincial People's Committee (UBND tỉnh), G = ministries and bodies under the Government.
// Other letters exist (K = provincial People's Council, others for Party, National Assembly, courts…) but
// their full table, and the re-issue after the 2025 province mergers, is open: they stay 'other' until known.
const LEVEL1_KINDS: Readonly<Record<string, AgencyLevel1Kind>> = { H: 'province', G: 'ministry' };

/**
 * Finds the rule an agency code breaks (its shape `000.00.00.H56`), or `null` when it has none.
 * Surrounding whitespace is ignored.
 *
 * @example
 * diagnoseAgencyCode('000.00.H56') // { key: 'agencyCode.format' }
 */
export function diagnoseAgencyCode(value: string): IdentifierIssue | null {
  return typeof value === 'string' && SHAPE.test(value.trim()) ? null : { key: 'agencyCode.format' };
}

/**
 * Reads an agency code: four dot-separated groups with the level-1 body on the right (`000.00.14.H56` is a
 * level-2 unit of province body H56). Returns `null` if malformed; the letter must be upper-case.
 * Surrounding whitespace is trimmed: `'000.00.00.H56 '` is accepted as `'000.00.00.H56'`.
 *
 * @example
 * parseAgencyCode('000.00.14.H56')?.level // 2
 */
export function parseAgencyCode(value: string): AgencyCodeInfo | null {
  if (diagnoseAgencyCode(value) !== null) return null;
  const code = value.trim();
  const [g4 = '', g3 = '', g2 = '', level1 = ''] = code.split('.');
  const level = g4 !== '000' ? 4 : g3 !== '00' ? 3 : g2 !== '00' ? 2 : 1;
  const parentGroups = [level === 4 ? '000' : g4, level === 3 ? '00' : g3, level === 2 ? '00' : g2, level1];
  return {
    code,
    level1,
    level1Kind: LEVEL1_KINDS[level1.charAt(0)] ?? 'other',
    groups: [g4, g3, g2, level1],
    level,
    parentCode: level === 1 ? null : parentGroups.join('.'),
  };
}

/**
 * Tells whether a string is a well-formed agency code; see {@link parseAgencyCode}.
 * Surrounding whitespace is trimmed: `' 000.00.00.H56'` is accepted.
 *
 * @example
 * isAgencyCode('000.00.00.H56') // true
 */
export function isAgencyCode(value: string): boolean {
  return diagnoseAgencyCode(value) === null;
}
