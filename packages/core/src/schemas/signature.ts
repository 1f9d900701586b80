import * as z from 'zod/mini';
import { CitizenIdSchema, TaxCodeSchema } from '../identifiers/schemas.js';
import { IdSchema, keyed, lineText, openEnum } from './common.js';
import { DateTimeSchema } from './dates.js';
import { ruleCheck } from './rule.js';
import { signedRequestRule, signerRule } from './rules.js';

/**
 * The six states of a remote-signing transaction (README §6): the user has about five minutes to confirm in
 * the provider's app, after which it is `expired`. Closed: every state needs its own handling.
 *
 * @example
 * z.parse(SignatureStatusSchema, 'waitingForConfirmation')
 */
export const SignatureStatusSchema = z.enum([
  'waitingForConfirmation',
  'signed',
  'expired',
  'rejected',
  'authorisationFailed',
  'failed',
]);
export type SignatureStatus = z.infer<typeof SignatureStatusSchema>;

/**
 * True once a signing transaction has ended, in success or not: stop polling and tell the user.
 *
 * @example
 * isFinalSignatureStatus('waitingForConfirmation') // false
 * isFinalSignatureStatus('rejected')               // true
 */
export function isFinalSignatureStatus(status: SignatureStatus): boolean {
  return status !== 'waitingForConfirmation';
}

const PROVIDERS = ['vnpt-smartca', 'viettel-mysign', 'sandbox'] as const;

/**
 * Remote-signing providers. Open: more CAs offer CSC-style remote signing every year.
 *
 * @example
 * z.parse(SignatureProviderSchema, 'viettel-mysign')
 */
export const SignatureProviderSchema = openEnum(PROVIDERS);
export type SignatureProvider = z.infer<typeof SignatureProviderSchema>;

/**
 * The hash the integrator computed over the PDF's signed byte range; the document itself never leaves.
 *
 * @example
 * const hash: DocumentHash = { algorithm: 'SHA-256', value: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=' };
 */
export const DocumentHashSchema = z.object({
  algorithm: z.literal('SHA-256'),
  /** Base64 of the 32-byte digest (44 characters). */
  value: z.base64(keyed('signature.hash')).check(z.length(44, keyed('signature.hash'))),
});
export type DocumentHash = z.infer<typeof DocumentHashSchema>;

const signerShape = {
  /** An individual signs with their citizen ID… */
  citizenId: z.optional(CitizenIdSchema),
  /** …an organisation with its tax code. */
  taxCode: z.optional(TaxCodeSchema),
  name: lineText(200),
};

/**
 * Who must confirm the signature: identified by citizen ID (a person) or tax code (an organisation).
 *
 * @example
 * const signer: Signer = { taxCode: '0100233488', name: 'Công ty TNHH An Phát' };
 */
export const SignerSchema = z.object(signerShape).check(ruleCheck(signerRule));
export type Signer = z.infer<typeof SignerSchema>;

/**
 * The detached signature, once signed: CMS (PKCS#7) to embed in the PDF, with the signer's certificate.
 *
 * @example
 * const value: SignatureValue = { format: 'cms', value: 'MIAGCSqGSIb3DQEHAqCA…', certificate: '-----BEGIN CERTIFICATE-----\n…' };
 */
export const SignatureValueSchema = z.object({
  format: z.literal('cms'),
  /** Base64 DER of the CMS SignedData. */
  value: z.base64(),
  /** The signer's certificate, PEM. */
  certificate: z
    .string()
    .check(
      z.regex(
        /^-----BEGIN CERTIFICATE-----\r?\n[\s\S]+\r?\n-----END CERTIFICATE-----\s*$/,
        keyed('signature.pem'),
      ),
    ),
});
export type SignatureValue = z.infer<typeof SignatureValueSchema>;

/**
 * Ký số từ xa: a remote-signing transaction (CSC-style sign-hash). Created `waitingForConfirmation`; a
 * `signed` transaction always carries its signature.
 *
 * @example
 * const request: SignatureRequest = {
 *   id: 'sig_01J2', documentName: 'To-khai-khai-sinh.pdf',
 *   documentHash: { algorithm: 'SHA-256', value: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=' },
 *   signer: { citizenId: '001087123456', name: 'Nguyễn Văn An' }, provider: 'vnpt-smartca',
 *   status: 'waitingForConfirmation', createdAt: '2025-07-01T08:30:00+07:00', expiresAt: '2025-07-01T08:35:00+07:00',
 * };
 */
export const SignatureRequestSchema = z
  .object({
    id: IdSchema,
    documentHash: DocumentHashSchema,
    documentName: z.string().check(z.minLength(1)),
    signer: SignerSchema,
    provider: SignatureProviderSchema,
    status: SignatureStatusSchema,
    createdAt: DateTimeSchema,
    /** When the provider stops waiting for the user (about five minutes after creation). */
    expiresAt: DateTimeSchema,
    completedAt: z.optional(DateTimeSchema),
    signature: z.optional(SignatureValueSchema),
  })
  .check(ruleCheck(signedRequestRule));
export type SignatureRequest = z.infer<typeof SignatureRequestSchema>;

/**
 * What a client sends to start remote signing: the hash, never the document.
 *
 * @example
 * const input: SignatureRequestInput = {
 *   documentHash: { algorithm: 'SHA-256', value: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=' },
 *   documentName: 'To-khai-khai-sinh.pdf', signer: { citizenId: '001087123456', name: 'Nguyễn Văn An' },
 *   provider: 'vnpt-smartca',
 * };
 */
export const SignatureRequestInputSchema = z.strictObject({
  documentHash: z.strictObject({ algorithm: z.literal('SHA-256'), value: DocumentHashSchema.shape.value }),
  documentName: lineText(255),
  signer: z.strictObject(signerShape).check(ruleCheck(signerRule)),
  /** Closed, unlike the record's: a client may only ask for a provider this version knows. */
  provider: z.enum(PROVIDERS),
});
export type SignatureRequestInput = z.infer<typeof SignatureRequestInputSchema>;
