import { formatFrom, type MessageOverrides } from '../messages/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../messages/locale.js';
import { statusMessages } from './messages.js';

/**
 * Dossier status codes (trạng thái hồ sơ) as the National Public Service Portal (DVCQG) synchronises them, 1–10.
 * `Draft` (0) is ours alone: a dossier being prepared online and not yet submitted. It is not an official
 * code and must never be synced to the national portal.
 *
 * @example
 * DossierStatus.SupplementRequested // 5
 */
export const DossierStatus = {
  Draft: 0,
  Submitted: 1,
  Accepted: 2,
  Refused: 3,
  Processing: 4,
  SupplementRequested: 5,
  FeesRequested: 6,
  Withdrawn: 7,
  Stopped: 8,
  Processed: 9,
  ResultReturned: 10,
} as const;

/** One of the 11 dossier status codes, 0–10. */
export type DossierStatusCode = (typeof DossierStatus)[keyof typeof DossierStatus];

/**
 * Every status code in order, Draft first.
 *
 * @example
 * DOSSIER_STATUS_CODES.length // 11
 */
export const DOSSIER_STATUS_CODES: readonly DossierStatusCode[] = Object.values(DossierStatus);

/**
 * Tells whether a value is one of the 11 status codes; anything else (NaN, 2.5, '1') is not.
 *
 * @example
 * isDossierStatusCode(4)  // true
 * isDossierStatusCode(11) // false
 */
export function isDossierStatusCode(value: unknown): value is DossierStatusCode {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

/**
 * Tells whether a code is one the national portal knows (1–10), i.e. not our Draft.
 *
 * @example
 * isOfficialStatusCode(DossierStatus.Draft) // false
 */
export function isOfficialStatusCode(value: unknown): value is Exclude<DossierStatusCode, 0> {
  return isDossierStatusCode(value) && value !== DossierStatus.Draft;
}

const FINAL: ReadonlySet<number> = new Set([
  DossierStatus.Refused,
  DossierStatus.Withdrawn,
  DossierStatus.Stopped,
  DossierStatus.ResultReturned,
]);

/**
 * Tells whether a dossier in this status is closed for good: refused, withdrawn, stopped or result returned.
 * `Processed` (9) is not final: the result still has to be handed over.
 *
 * @example
 * isFinalStatus(DossierStatus.ResultReturned) // true
 */
export function isFinalStatus(code: number): boolean {
  return FINAL.has(code);
}

/**
 * The status's label in the interface language; Vietnamese labels are the official wording.
 *
 * @example
 * dossierStatusLabel(5)       // 'Yêu cầu bổ sung giấy tờ'
 * dossierStatusLabel(5, 'en') // 'More documents requested'
 */
export function dossierStatusLabel(
  code: DossierStatusCode,
  locale: Locale = DEFAULT_LOCALE,
  overrides?: MessageOverrides,
): string {
  return formatFrom(statusMessages, `status.${code}`, {}, locale, overrides);
}
