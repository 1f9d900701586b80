import * as z from 'zod/mini';
import { CitizenIdSchema, PhoneNumberSchema, TaxCodeSchema } from '../identifiers/schemas.js';
import { AddressInputSchema, AddressSchema } from './address.js';
import { GenderSchema } from './citizen.js';
import { emailText, lineText, openEnum } from './common.js';
import { DateSchema } from './dates.js';
import { ruleCheck } from './rule.js';
import { applicantIdentityRule } from './rules.js';

const APPLICANT_KINDS = ['citizen', 'enterprise', 'organisation'] as const;

/**
 * Who applies: a citizen (subject type 1), an enterprise (2) or another organisation. Open in records, since
 * systems number further subject types differently (README §5); closed in what clients send.
 *
 * @example
 * z.parse(ApplicantKindSchema, 'enterprise')
 */
export const ApplicantKindSchema = openEnum(APPLICANT_KINDS);
export type ApplicantKind = z.infer<typeof ApplicantKindSchema>;

// Shared by the record and the input so the two cannot drift; only `kind` and strictness differ.
const applicantFields = {
  /** A person's full name, or an enterprise's or organisation's registered name. */
  fullName: lineText(200),
  citizenId: z.optional(CitizenIdSchema),
  taxCode: z.optional(TaxCodeSchema),
  birthDate: z.optional(DateSchema),
  gender: z.optional(GenderSchema),
  phone: z.optional(PhoneNumberSchema),
  email: z.optional(emailText()),
};

const identifiedByKind = ruleCheck(applicantIdentityRule);

/**
 * Người nộp, chủ hồ sơ: the applicant of a dossier, as the platform returns it.
 *
 * @example
 * const applicant: Applicant = {
 *   kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456', phone: '0912345678',
 *   address: { provinceCode: '01', communeCode: '00004', street: 'Số 1 phố Điện Biên Phủ' },
 * };
 */
export const ApplicantSchema = z
  .object({ kind: ApplicantKindSchema, ...applicantFields, address: z.optional(AddressSchema) })
  .check(identifiedByKind);
export type Applicant = z.infer<typeof ApplicantSchema>;

/**
 * The applicant as a client sends it: closed kinds, unknown fields refused, names normalised.
 *
 * @example
 * z.parse(ApplicantInputSchema, { kind: 'enterprise', fullName: 'Công ty TNHH An Phát', taxCode: '0100233488' })
 */
export const ApplicantInputSchema = z
  .strictObject({
    kind: z.enum(APPLICANT_KINDS),
    ...applicantFields,
    address: z.optional(AddressInputSchema),
  })
  .check(identifiedByKind);
export type ApplicantInput = z.infer<typeof ApplicantInputSchema>;
