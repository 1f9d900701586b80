import {
  AgencyCodeSchema,
  DateTimeSchema,
  DossierResultSchema,
  DossierSchema,
  FeeSchema,
  IdSchema,
  VndAmountSchema,
} from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { text } from '../wire.js';
import { DossierRefParamsSchema } from './dossiers.js';

/**
 * What the one-stop desk and the competent department do to a dossier. Each action is one legal move of
 * the lifecycle (core's `DOSSIER_TRANSITIONS`): an illegal one answers 409 `dossier.illegalTransition`, one
 * the caller's role may not make 403. Agency keys act for their agency's back-office system.
 */

const note = () => z.optional(text(2000));
const officers = ['officer', 'agencyKey'] as const;

/** Accepting may carry a note for the receipt; the platform computes the appointment date from the procedure. */
export const AcceptDossierInputSchema = z.strictObject({ note: note() });
export type AcceptDossierInput = z.infer<typeof AcceptDossierInputSchema>;

/** Why a dossier is refused or stopped: written to the applicant. */
export const ReasonInputSchema = z.strictObject({ reason: text(2000) });
export type ReasonInput = z.infer<typeof ReasonInputSchema>;

/** Hands the dossier to a specialist of the competent department. */
export const AssignDossierInputSchema = z.strictObject({ officerId: IdSchema, note: note() });
export type AssignDossierInput = z.infer<typeof AssignDossierInputSchema>;

/** What is missing or wrong, and why; the citizen answers by the deadline or the dossier may be stopped. */
export const RequestSupplementInputSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        /** The document component concerned, when the item is about one. */
        componentId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
        description: text(1000),
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
  reason: text(2000),
  deadline: z.optional(DateTimeSchema),
});
export type RequestSupplementInput = z.infer<typeof RequestSupplementInputSchema>;

/** The financial obligation to pay before processing goes on: fee, charge or tax lines. */
export const RequestFeesInputSchema = z.strictObject({
  lines: z
    .array(
      z.strictObject({
        code: FeeSchema.shape.code,
        name: text(300),
        kind: z.enum(['fee', 'charge', 'tax']),
        amount: VndAmountSchema,
        description: z.optional(text(1000)),
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
  deadline: z.optional(DateTimeSchema),
  note: note(),
});
export type RequestFeesInput = z.infer<typeof RequestFeesInputSchema>;

/** The results of processing: certificates, licences or letters, with their files (uploaded first). */
export const FinishDossierInputSchema = z.strictObject({
  results: z
    .array(
      z.strictObject({
        code: DossierResultSchema.shape.code,
        name: text(300),
        fileId: DossierResultSchema.shape.fileId,
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
  note: note(),
});
export type FinishDossierInput = z.infer<typeof FinishDossierInputSchema>;

/** How the result reached the applicant. */
export const ReturnResultInputSchema = z.strictObject({
  method: z.enum(['desk', 'online', 'post']),
  note: note(),
});
export type ReturnResultInput = z.infer<typeof ReturnResultInputSchema>;

/**
 * Liên thông: sends a dossier to another agency or centre, keeping its code (boundary-free receipt).
 * `processing` moves it to the competent agency; `resultDelivery` sets where the applicant collects the result.
 */
export const TransferDossierInputSchema = z.strictObject({
  agencyCode: AgencyCodeSchema,
  purpose: z.enum(['processing', 'resultDelivery']),
  reason: text(2000),
});
export type TransferDossierInput = z.infer<typeof TransferDossierInputSchema>;

/** Fees paid in cash at the desk, closing the financial obligation. */
export const RecordPaymentInputSchema = z.strictObject({
  receiptNumber: z.optional(text(100)),
  note: note(),
});
export type RecordPaymentInput = z.infer<typeof RecordPaymentInputSchema>;

const transitionErrors = ['resource.notFound', 'dossier.illegalTransition'] as const;

export const accept = endpoint({
  id: 'officer.accept',
  method: 'POST',
  path: '/dossiers/{ref}/accept',
  tag: 'officer',
  summary: 'Accept a dossier (tiếp nhận)',
  description: 'Status 1 → 2. The appointment date is computed from the processing time, in working days.',
  params: DossierRefParamsSchema,
  body: z.optional(AcceptDossierInputSchema),
  response: DossierSchema,
  auth: officers,
  errors: transitionErrors,
  idempotent: true,
});

export const refuse = endpoint({
  id: 'officer.refuse',
  method: 'POST',
  path: '/dossiers/{ref}/refuse',
  tag: 'officer',
  summary: 'Refuse a dossier (không tiếp nhận)',
  description: 'Status 1 → 3, with the reason written to the applicant.',
  params: DossierRefParamsSchema,
  body: ReasonInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: transitionErrors,
  idempotent: true,
});

export const assign = endpoint({
  id: 'officer.assign',
  method: 'POST',
  path: '/dossiers/{ref}/assign',
  tag: 'officer',
  summary: 'Assign a dossier to a specialist',
  description: 'Status 2 → 4.',
  params: DossierRefParamsSchema,
  body: AssignDossierInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: [...transitionErrors, 'officer.notInAgency'],
  idempotent: true,
});

export const requestSupplement = endpoint({
  id: 'officer.requestSupplement',
  method: 'POST',
  path: '/dossiers/{ref}/request-supplement',
  tag: 'officer',
  summary: 'Request more documents (yêu cầu bổ sung)',
  description: 'Status 1 or 4 → 5. The appointment date is suspended until the applicant answers.',
  params: DossierRefParamsSchema,
  body: RequestSupplementInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: [...transitionErrors, 'dossier.unknownComponent'],
  idempotent: true,
});

export const requestFees = endpoint({
  id: 'officer.requestFees',
  method: 'POST',
  path: '/dossiers/{ref}/request-fees',
  tag: 'officer',
  summary: 'Request fees or taxes (nghĩa vụ tài chính)',
  description: 'Status 4 → 6. Processing resumes once paid online or at the desk.',
  params: DossierRefParamsSchema,
  body: RequestFeesInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: transitionErrors,
  idempotent: true,
});

export const recordPayment = endpoint({
  id: 'officer.recordPayment',
  method: 'POST',
  path: '/dossiers/{ref}/record-payment',
  tag: 'officer',
  summary: 'Record fees paid at the desk',
  description: 'Status 6 → 4, for fees paid in cash.',
  params: DossierRefParamsSchema,
  body: z.optional(RecordPaymentInputSchema),
  response: DossierSchema,
  auth: officers,
  errors: transitionErrors,
  idempotent: true,
});

export const finish = endpoint({
  id: 'officer.finish',
  method: 'POST',
  path: '/dossiers/{ref}/finish',
  tag: 'officer',
  summary: 'Finish processing with the results',
  description: 'Status 2 or 4 → 9.',
  params: DossierRefParamsSchema,
  body: FinishDossierInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: [...transitionErrors, 'file.notComplete'],
  idempotent: true,
});

export const returnResult = endpoint({
  id: 'officer.returnResult',
  method: 'POST',
  path: '/dossiers/{ref}/return-result',
  tag: 'officer',
  summary: 'Return the result to the applicant (trả kết quả)',
  description: 'Status 9 → 10.',
  params: DossierRefParamsSchema,
  body: ReturnResultInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: transitionErrors,
  idempotent: true,
});

export const stop = endpoint({
  id: 'officer.stop',
  method: 'POST',
  path: '/dossiers/{ref}/stop',
  tag: 'officer',
  summary: 'Stop processing (dừng xử lý)',
  description: 'Status 4, 5 or 6 → 8, with the legal reason written to the applicant.',
  params: DossierRefParamsSchema,
  body: ReasonInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: transitionErrors,
  idempotent: true,
});

export const transfer = endpoint({
  id: 'officer.transfer',
  method: 'POST',
  path: '/dossiers/{ref}/transfer',
  tag: 'officer',
  summary: 'Transfer a dossier to another agency (liên thông)',
  description: 'The status and the dossier code stay; the history records the hand-over.',
  params: DossierRefParamsSchema,
  body: TransferDossierInputSchema,
  response: DossierSchema,
  auth: officers,
  errors: ['resource.notFound', 'dossier.notEditable', 'transfer.sameAgency', 'procedure.notAvailable'],
  idempotent: true,
});
