import { AGENCY_CODE_SOURCE } from './agency-code.js';
import type { IdentifierIssue } from './issue.js';

/** A procedure code (mã thủ tục hành chính, from the national procedure database), read apart. */
export interface ProcedureCodeInfo {
  /** The code as given, trimmed. */
  code: string;
  /** The national part, a digit, a dot and 6 digits, e.g. `'2.000815'`. */
  nationalCode: string;
  /** `'local'` when a locality published its own version, carrying that agency's code. */
  kind: 'national' | 'local';
  /** The agency code of a local procedure, e.g. `'000.00.00.H55'`; `null` for a national one. */
  agencyCode: string | null;
  /** The 2-digit suffix of an online-service code (mã dịch vụ công), e.g. `'01'`, else `null`. */
  onlineServiceSuffix: string | null;
}

// An agency code has 4 groups and the suffix 1, so the group count alone tells the optional parts apart.
const SHAPE = new RegExp(String.raw`^(\d\.\d{6})(?:\.(${AGENCY_CODE_SOURCE}))?(?:\.(\d{2}))?$`);

/**
 * Finds the rule a procedure code breaks (its shape), or `null` when it has none.
 * Surrounding whitespace is ignored.
 *
 * @example
 * diagnoseProcedureCode('1.05129') // { key: 'procedureCode.format' }
 */
export function diagnoseProcedureCode(value: string): IdentifierIssue | null {
  return typeof value === 'string' && SHAPE.test(value.trim()) ? null : { key: 'procedureCode.format' };
}

/**
 * Reads a procedure code: national `1.005129`, local `2.000815.000.00.00.H55` (national + the publishing
 * agency's code), either followed by `.NN` for an online-service code. Returns `null` if malformed.
 * Surrounding whitespace is trimmed: `'1.005129 '` is accepted as `'1.005129'`.
 *
 * @example
 * parseProcedureCode('2.000815.000.00.00.H55')?.agencyCode // '000.00.00.H55'
 */
export function parseProcedureCode(value: string): ProcedureCodeInfo | null {
  const match = typeof value === 'string' ? SHAPE.exec(value.trim()) : null;
  if (!match) return null;
  const [code, nationalCode = '', agencyCode = null, onlineServiceSuffix = null] = match;
  return { code, nationalCode, kind: agencyCode ? 'local' : 'national', agencyCode, onlineServiceSuffix };
}

/**
 * Tells whether a string is a well-formed procedure code; see {@link parseProcedureCode}.
 * Surrounding whitespace is trimmed: `' 1.005129'` is accepted.
 *
 * @example
 * isProcedureCode('1.005129') // true
 */
export function isProcedureCode(value: string): boolean {
  return diagnoseProcedureCode(value) === null;
}
