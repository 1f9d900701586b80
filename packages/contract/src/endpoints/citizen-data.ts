import {
  DateSchema,
  DateTimeSchema,
  DossierCodeSchema,
  FieldNameSchema,
  IdSchema,
  PrefillClaimSchema,
  PrefillSchema,
  ProcedureCodeSchema,
  StoredFileSchema,
} from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { text } from '../wire.js';

/**
 * Data the State already holds about a citizen, used so they are not asked for it again (Project 06,
 * Decree 118): prefill from the National Population Database through the provincial data-sharing platform
 * (only with the citizen's recorded consent, per purpose and procedure), and documents of their data store
 * (kho dữ liệu) that can be attached to a dossier instead of uploading.
 */

/** Where a consent stands. */
export const ConsentStatusSchema = z.enum(['active', 'revoked', 'expired']);

/** A citizen's consent to share some of their registry data for one purpose and procedure. */
export const ConsentSchema = z.object({
  id: IdSchema,
  purpose: z.string(),
  procedureCode: ProcedureCodeSchema,
  /** The claims the platform may fetch and prefill. */
  scopes: z.array(PrefillClaimSchema),
  status: ConsentStatusSchema,
  grantedAt: DateTimeSchema,
  expiresAt: z.optional(DateTimeSchema),
  revokedAt: z.optional(DateTimeSchema),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const CreateConsentInputSchema = z.strictObject({
  /** Shown back to the citizen in their consent history, e.g. "Đăng ký khai sinh cho con". */
  purpose: text(500),
  procedureCode: ProcedureCodeSchema,
  scopes: z.array(PrefillClaimSchema).check(z.minLength(1), z.maxLength(PrefillClaimSchema.options.length)),
});
export type CreateConsentInput = z.infer<typeof CreateConsentInputSchema>;

/** One prefilled answer and where it came from, so the form can say "from the population database". */
export const PrefilledValueSchema = z.object({
  value: z.unknown(),
  source: PrefillSchema.shape.source,
  claim: PrefillClaimSchema,
  /** Whether the citizen may change it (the field's `prefill.editable`). */
  editable: z.boolean(),
  retrievedAt: DateTimeSchema,
  /** The consent it was fetched under (`population` values). */
  consentId: z.optional(IdSchema),
});
export type PrefilledValue = z.infer<typeof PrefilledValueSchema>;

/** The answers the platform can prefill for a procedure's e-form, by field name. */
export const PrefillResultSchema = z.object({
  procedureCode: ProcedureCodeSchema,
  formSpec: z.object({ id: z.string(), version: z.int() }),
  values: z.record(FieldNameSchema, PrefilledValueSchema),
});
export type PrefillResult = z.infer<typeof PrefillResultSchema>;

/** A document of the citizen's data store: an earlier result or a digitised paper, re-usable in a dossier. */
export const CitizenDocumentSchema = z.object({
  id: IdSchema,
  title: z.string(),
  /** The kind of document in the catalogue's words, e.g. `Giấy khai sinh`. */
  documentType: z.string(),
  issuer: z.optional(z.string()),
  issuedOn: z.optional(DateSchema),
  validUntil: z.optional(DateSchema),
  file: StoredFileSchema,
  /** The dossier whose result it was; attach it with `reused: true`, otherwise with `fromDataStore: true`. */
  fromDossierCode: z.optional(DossierCodeSchema),
});
export type CitizenDocument = z.infer<typeof CitizenDocumentSchema>;

const consentParams = z.object({ id: IdSchema });

export const createConsent = endpoint({
  id: 'citizenData.createConsent',
  method: 'POST',
  path: '/citizen-data/consents',
  tag: 'citizen-data',
  summary: 'Consent to share registry data for a procedure',
  body: CreateConsentInputSchema,
  response: ConsentSchema,
  status: 201,
  auth: ['citizen'],
  errors: ['resource.notFound'],
  idempotent: true,
});

export const listConsents = endpoint({
  id: 'citizenData.listConsents',
  method: 'GET',
  path: '/citizen-data/consents',
  tag: 'citizen-data',
  summary: 'List my consents',
  response: z.object({ items: z.array(ConsentSchema) }),
  auth: ['citizen'],
  errors: [],
});

export const revokeConsent = endpoint({
  id: 'citizenData.revokeConsent',
  method: 'POST',
  path: '/citizen-data/consents/{id}/revoke',
  tag: 'citizen-data',
  summary: 'Revoke a consent',
  description: 'Values already prefilled stay in drafts; nothing more is fetched under this consent.',
  params: consentParams,
  response: ConsentSchema,
  auth: ['citizen'],
  errors: ['resource.notFound', 'consent.notActive'],
  idempotent: true,
});

/**
 * Prefill for a procedure's e-form: `profile` values from the e-ID always, `population` values only under an
 * active consent covering the procedure (else 403 `auth.consentRequired`).
 */
export const prefill = endpoint({
  id: 'citizenData.prefill',
  method: 'GET',
  path: '/citizen-data/prefill',
  tag: 'citizen-data',
  summary: "Prefill a procedure's e-form from registry data",
  query: z.strictObject({ procedureCode: ProcedureCodeSchema }),
  response: PrefillResultSchema,
  auth: ['citizen'],
  errors: ['resource.notFound', 'auth.consentRequired'],
});

export const documents = endpoint({
  id: 'citizenData.documents',
  method: 'GET',
  path: '/citizen-data/documents',
  tag: 'citizen-data',
  summary: 'List re-usable documents of my data store',
  query: z.strictObject({
    /** Only documents that fit this procedure's components. */
    procedureCode: z.optional(ProcedureCodeSchema),
    documentType: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  }),
  response: z.object({ items: z.array(CitizenDocumentSchema) }),
  auth: ['citizen'],
  errors: [],
});
