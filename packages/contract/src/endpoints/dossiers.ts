import {
  AgencyCodeSchema,
  DateSchema,
  DocumentSubmissionInputSchema,
  DossierDraftInputSchema,
  DossierSchema,
  DossierUpdateInputSchema,
  IdSchema,
  ProcedureCodeSchema,
  ProcessingStepSchema,
  SignatureProviderSchema,
  SignerSchema,
  StoredFileSchema,
} from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { DossierEventSchema, EventStreamHeadersSchema, EventStreamQuerySchema } from '../events.js';
import { pageOf } from '../pagination.js';
import { DossierRefSchema, pagedQuery, StatusQuerySchema, text } from '../wire.js';
import { SignatureResultSchema } from './signatures.js';

/**
 * Dossiers (hồ sơ) from the applicant's side: a draft is created, filled, given its documents and
 * submitted, which gives it its official code; then it is followed, withdrawn, or completed when the desk
 * asks for more. Paths name a dossier by id or, once submitted, by code (`{ref}`).
 */

const s = DossierSchema.shape;

/** A dossier in a list: what a queue or a "my dossiers" page shows, without answers, files and history. */
export const DossierSummarySchema = z.object({
  id: s.id,
  code: s.code,
  procedure: s.procedure,
  field: s.field,
  applicant: s.applicant,
  channel: s.channel,
  summary: s.summary,
  status: s.status,
  dates: s.dates,
  overdue: s.overdue,
  overdueDays: s.overdueDays,
  receivingAgency: s.receivingAgency,
  processingAgency: s.processingAgency,
});
export type DossierSummary = z.infer<typeof DossierSummarySchema>;

/**
 * What submission may carry: nothing, or the final e-form answers (replacing the draft's) and the
 * applicant's confirmation of the declaration (lời cam đoan) when the procedure asks for one.
 */
export const SubmitDossierInputSchema = z.strictObject({
  formData: z.optional(z.record(z.string(), z.unknown())),
  /** "Tôi xin cam đoan…": the applicant confirms what they declared is true. */
  declaration: z.optional(z.literal(true)),
});
export type SubmitDossierInput = z.infer<typeof SubmitDossierInputSchema>;

/** Why the applicant withdraws (rút hồ sơ). */
export const WithdrawDossierInputSchema = z.strictObject({ reason: text(1000) });
export type WithdrawDossierInput = z.infer<typeof WithdrawDossierInputSchema>;

/** The applicant's answer to the open supplement request, once the documents and answers are fixed. */
export const AnswerSupplementInputSchema = z.strictObject({ message: z.optional(text(2000)) });
export type AnswerSupplementInput = z.infer<typeof AnswerSupplementInputSchema>;

/** Filters of a dossier list. */
export const ListDossiersQuerySchema = pagedQuery({
  status: z.optional(StatusQuerySchema),
  procedureCode: z.optional(ProcedureCodeSchema),
  /** Officers and agency keys: the agency whose queue to read (their own by default). */
  agencyCode: z.optional(AgencyCodeSchema),
  /** Submitted on or after this day (Vietnam time). */
  submittedFrom: z.optional(DateSchema),
  /** Submitted on or before this day (Vietnam time). */
  submittedTo: z.optional(DateSchema),
  /** Matches the code, the summary and the applicant's name, ignoring diacritics and case. */
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});

/**
 * Which finished signing transaction signs which document component of the dossier. The file is the
 * component's file whose SHA-256 is the hash that was signed.
 */
export const AttachSignatureInputSchema = z.strictObject({
  /** A `signed` transaction of `POST /signatures`, started by the same citizen. */
  requestId: IdSchema,
  componentId: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type AttachSignatureInput = z.infer<typeof AttachSignatureInputSchema>;

const result = SignatureResultSchema.shape;

/**
 * A document of the dossier signed remotely: which file, who signed with which provider, and what a verifier
 * needs (the detached CMS over the file's SHA-256, the signer's certificate and the chain up to the CA).
 */
export const DossierSignatureSchema = z.object({
  requestId: result.requestId,
  componentId: z.string(),
  fileId: StoredFileSchema.shape.fileId,
  fileName: StoredFileSchema.shape.name,
  /** The file's SHA-256, which the signature's message digest is. */
  documentHash: result.documentHash,
  signer: SignerSchema,
  provider: SignatureProviderSchema,
  signedAt: result.signedAt,
  /** When the signature was attached to the dossier. */
  attachedAt: result.signedAt,
  signature: result.signature,
  certificateChain: result.certificateChain,
});
export type DossierSignature = z.infer<typeof DossierSignatureSchema>;

export const DossierRefParamsSchema = z.object({ ref: DossierRefSchema });
const refParams = DossierRefParamsSchema;
const applicant = ['citizen'] as const;
const anyone = ['citizen', 'officer', 'agencyKey'] as const;

/** Starts a draft (status 0) for a procedure. */
export const create = endpoint({
  id: 'dossiers.create',
  method: 'POST',
  path: '/dossiers',
  tag: 'dossiers',
  summary: 'Create a draft dossier',
  body: DossierDraftInputSchema,
  response: DossierSchema,
  status: 201,
  auth: applicant,
  errors: ['resource.notFound', 'procedure.notOnline', 'procedure.notAvailable', 'dossier.prefillMismatch'],
  idempotent: true,
});

/**
 * Changes a draft; each field given replaces the old value whole. Also allowed while a supplement is
 * requested (status 5), to correct what was asked for.
 */
export const update = endpoint({
  id: 'dossiers.update',
  method: 'PATCH',
  path: '/dossiers/{ref}',
  tag: 'dossiers',
  summary: 'Update a draft dossier',
  params: refParams,
  body: DossierUpdateInputSchema,
  response: DossierSchema,
  auth: applicant,
  errors: [
    'resource.notFound',
    'dossier.notEditable',
    'dossier.unknownComponent',
    'procedure.notAvailable',
    'dossier.prefillMismatch',
  ],
});

/**
 * Sets the files of one document component: uploads (`/files`) or documents of the citizen's data store
 * (`fromDataStore`). Replaces that component's earlier files.
 */
export const attachDocuments = endpoint({
  id: 'dossiers.attachDocuments',
  method: 'POST',
  path: '/dossiers/{ref}/documents',
  tag: 'dossiers',
  summary: 'Attach files to a document component',
  params: refParams,
  body: DocumentSubmissionInputSchema,
  response: DossierSchema,
  auth: applicant,
  errors: [
    'resource.notFound',
    'dossier.notEditable',
    'dossier.unknownComponent',
    'file.notComplete',
    'file.typeNotAllowed',
    'file.tooLarge',
  ],
  idempotent: true,
});

/** Removes every file of one document component. */
export const detachDocuments = endpoint({
  id: 'dossiers.detachDocuments',
  method: 'DELETE',
  path: '/dossiers/{ref}/documents/{componentId}',
  tag: 'dossiers',
  summary: 'Remove the files of a document component',
  params: z.object({
    ref: DossierRefSchema,
    componentId: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  response: DossierSchema,
  auth: applicant,
  errors: ['resource.notFound', 'dossier.notEditable', 'dossier.unknownComponent'],
});

/**
 * Files the draft: the e-form answers are checked against the procedure's form spec, the required components
 * must be present, and the dossier gets its official code (status 1). Replays return the submitted dossier.
 * Locked answers prefilled from the population registry (`prefill.editable: false`) must still be the
 * registry's (`dossier.prefillMismatch`, also checked when a draft is created or updated).
 */
export const submit = endpoint({
  id: 'dossiers.submit',
  method: 'POST',
  path: '/dossiers/{ref}/submit',
  tag: 'dossiers',
  summary: 'Submit a draft dossier',
  params: refParams,
  body: z.optional(SubmitDossierInputSchema),
  response: DossierSchema,
  auth: applicant,
  errors: [
    'resource.notFound',
    'dossier.illegalTransition',
    'dossier.incomplete',
    'dossier.notConfirmed',
    'dossier.prefillMismatch',
  ],
  idempotent: true,
});

/** One dossier, by id or code: the applicant's own, or one held by the officer's agency. */
export const get = endpoint({
  id: 'dossiers.get',
  method: 'GET',
  path: '/dossiers/{ref}',
  tag: 'dossiers',
  summary: 'Get a dossier by id or code',
  params: refParams,
  response: DossierSchema,
  auth: anyone,
  errors: ['resource.notFound'],
});

/** Citizens see their own dossiers; officers and agency keys their agency's queue. Newest first. */
export const list = endpoint({
  id: 'dossiers.list',
  method: 'GET',
  path: '/dossiers',
  tag: 'dossiers',
  summary: "List my dossiers, or an agency's queue",
  query: ListDossiersQuerySchema,
  response: pageOf(DossierSummarySchema),
  pagination: 'cursor',
  auth: anyone,
  errors: [],
});

/** Withdraws a submitted dossier (rút hồ sơ), with the applicant's reason. */
export const withdraw = endpoint({
  id: 'dossiers.withdraw',
  method: 'POST',
  path: '/dossiers/{ref}/withdraw',
  tag: 'dossiers',
  summary: 'Withdraw a dossier',
  params: refParams,
  body: WithdrawDossierInputSchema,
  response: DossierSchema,
  auth: applicant,
  errors: ['resource.notFound', 'dossier.illegalTransition'],
  idempotent: true,
});

/**
 * Answers the open supplement request: the dossier returns to where the request found it (submitted or
 * processing) and the desk sets a new appointment date.
 */
export const answerSupplement = endpoint({
  id: 'dossiers.answerSupplement',
  method: 'POST',
  path: '/dossiers/{ref}/supplement',
  tag: 'dossiers',
  summary: 'Answer a supplement request',
  params: refParams,
  body: z.optional(AnswerSupplementInputSchema),
  response: DossierSchema,
  auth: applicant,
  errors: ['resource.notFound', 'dossier.illegalTransition', 'dossier.incomplete', 'dossier.prefillMismatch'],
  idempotent: true,
});

/** The processing history (quá trình xử lý), oldest first. */
export const history = endpoint({
  id: 'dossiers.history',
  method: 'GET',
  path: '/dossiers/{ref}/history',
  tag: 'dossiers',
  summary: "Get a dossier's processing history",
  params: refParams,
  response: z.object({ items: z.array(ProcessingStepSchema) }),
  auth: anyone,
  errors: ['resource.notFound'],
});

/** The events of one dossier as server-sent events, from submission on. */
export const events = endpoint({
  id: 'dossiers.events',
  method: 'GET',
  path: '/dossiers/{ref}/events',
  tag: 'dossiers',
  summary: "Stream a dossier's events (SSE)",
  description:
    'Server-sent events: `id:` is the event id, `event:` its type, `data:` the JSON `DossierEvent`. ' +
    'Send `Last-Event-ID` (or `?after=`) to receive what was missed; idle streams get a comment every 15 s. ' +
    'Where streaming is impossible, poll the same URL with `Accept: application/json` and `?after=`: the answer ' +
    'is `{ items: [{ id, data: DossierEvent }], nextCursor: null }`.',
  params: refParams,
  query: EventStreamQuerySchema,
  headers: EventStreamHeadersSchema,
  response: DossierEventSchema,
  responseKind: 'event-stream',
  auth: anyone,
  errors: ['resource.notFound'],
});

/**
 * Attaches a finished remote signature to one of the dossier's documents. The platform checks the detached
 * CMS against its CA and that the signed digest is the SHA-256 of the file it holds, then records a step in
 * the history. Attaching the same transaction again answers the signature already attached.
 */
export const attachSignature = endpoint({
  id: 'dossiers.attachSignature',
  method: 'POST',
  path: '/dossiers/{ref}/signatures',
  tag: 'dossiers',
  summary: 'Attach a signature to a document of the dossier',
  params: refParams,
  body: AttachSignatureInputSchema,
  response: DossierSignatureSchema,
  status: 201,
  auth: applicant,
  errors: [
    'resource.notFound',
    'dossier.notEditable',
    'dossier.unknownComponent',
    'signature.notSigned',
    'signature.documentMismatch',
    'signature.invalid',
  ],
  idempotent: true,
});

/** The dossier's signed documents, oldest first. */
export const signatures = endpoint({
  id: 'dossiers.signatures',
  method: 'GET',
  path: '/dossiers/{ref}/signatures',
  tag: 'dossiers',
  summary: "List a dossier's signed documents",
  params: refParams,
  response: z.object({ items: z.array(DossierSignatureSchema) }),
  auth: anyone,
  errors: ['resource.notFound'],
});
