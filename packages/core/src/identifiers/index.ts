/**
 * Identifiers of the domain: citizen ID, tax code, phone number, dossier, agency and procedure codes.
 * Plain validators live in their own zod-free modules, so a bundle importing only them carries no zod;
 * the zod schemas are in `./schemas` and share their rules through the `diagnose…` functions.
 */
export {
  type AgencyCodeInfo,
  type AgencyLevel1Kind,
  diagnoseAgencyCode,
  isAgencyCode,
  parseAgencyCode,
} from './agency-code.js';
export {
  type CitizenIdInfo,
  type CitizenIdOptions,
  diagnoseCitizenId,
  isCitizenId,
  parseCitizenId,
} from './citizen-id.js';
export {
  type DossierCodeParts,
  diagnoseDossierCode,
  type FormatDossierCodeOptions,
  formatDossierCode,
  isDossierCode,
  parseDossierCode,
} from './dossier-code.js';
export type { IdentifierIssue } from './issue.js';
export type { IdentifierMessageKey } from './messages.js';
export {
  diagnosePhoneNumber,
  isPhoneNumber,
  normalizePhoneNumber,
  type PhoneNumberInfo,
  parsePhoneNumber,
} from './phone.js';
export {
  diagnoseProcedureCode,
  isProcedureCode,
  type ProcedureCodeInfo,
  parseProcedureCode,
} from './procedure-code.js';
export {
  AgencyCodeSchema,
  CitizenIdSchema,
  DossierCodeSchema,
  PhoneNumberSchema,
  ProcedureCodeSchema,
  TaxCodeSchema,
} from './schemas.js';
export {
  diagnoseTaxCode,
  isTaxCode,
  parseTaxCode,
  type TaxCodeParts,
  taxCodeCheckDigit,
} from './tax-code.js';
