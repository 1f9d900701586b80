import * as z from 'zod/mini';
import { ruleCheck } from '../schemas/rule.js';
import { diagnoseAgencyCode } from './agency-code.js';
import { diagnoseCitizenId } from './citizen-id.js';
import { diagnoseDossierCode } from './dossier-code.js';
import type { IdentifierIssue } from './issue.js';
import { diagnosePhoneNumber } from './phone.js';
import { diagnoseProcedureCode } from './procedure-code.js';
import { diagnoseTaxCode } from './tax-code.js';

/**
 * A trimmed, NFC-normalised string checked by one `diagnose…` function, so the schema and the plain validator
 * cannot drift apart. An empty value reads "required" rather than a format rule; otherwise only the first
 * broken rule is reported, because one precise message helps more than a list of consequences.
 */
function identifierSchema(diagnose: (value: string) => IdentifierIssue | null) {
  return z.string().check(z.trim(), z.normalize('NFC'), z.minLength(1, { abort: true }), ruleCheck(diagnose));
}

/**
 * Citizen ID number (số định danh cá nhân / CCCD): 12 digits, known birth-registration province, birth year
 * not in the future (judged at parse time). Outputs the trimmed number.
 *
 * @example
 * validate(CitizenIdSchema, '0010871234', { locale: 'en' }) // issue 'citizenId.length': 'A citizen ID number has 12 digits'
 */
export const CitizenIdSchema = identifierSchema(diagnoseCitizenId);

/**
 * Enterprise or organisation tax code (mã số thuế), `0314409058` or `0314409058-002`, check digit verified.
 * Outputs the trimmed code.
 *
 * @example
 * validate(TaxCodeSchema, '0100233480') // issue 'taxCode.checkDigit'
 */
export const TaxCodeSchema = identifierSchema(diagnoseTaxCode);

/**
 * Vietnamese mobile or landline number. Outputs the trimmed text as typed; store `normalizePhoneNumber(value)`.
 *
 * @example
 * validate(PhoneNumberSchema, '091234567') // issue 'phone.mobileLength'
 */
export const PhoneNumberSchema = identifierSchema(diagnosePhoneNumber);

/**
 * Dossier code (mã hồ sơ), `000.00.14.H56-200203-0118` or the `yyyyMMdd`/7-digit variant. Outputs the trimmed code.
 *
 * @example
 * validate(DossierCodeSchema, '000.00.14.H56-200230-0118') // issue 'dossierCode.date'
 */
export const DossierCodeSchema = identifierSchema(diagnoseDossierCode);

/**
 * Agency code (mã định danh cơ quan), `000.00.00.H56`. Outputs the trimmed code.
 *
 * @example
 * validate(AgencyCodeSchema, '000.00.00.H56') // { ok: true, value: '000.00.00.H56' }
 */
export const AgencyCodeSchema = identifierSchema(diagnoseAgencyCode);

/**
 * Procedure code (mã thủ tục hành chính), national `1.005129` or local `2.000815.000.00.00.H55`, optionally
 * with an online-service suffix `.NN`. Outputs the trimmed code.
 *
 * @example
 * validate(ProcedureCodeSchema, '1.005129') // { ok: true, value: '1.005129' }
 */
export const ProcedureCodeSchema = identifierSchema(diagnoseProcedureCode);
