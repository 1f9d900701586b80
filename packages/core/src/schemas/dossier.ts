import * as z from 'zod/mini';
import { AgencyCodeSchema, DossierCodeSchema, ProcedureCodeSchema } from '../identifiers/schemas.js';
import { ActorSchema, DossierStatusCodeSchema } from '../status/schemas.js';
import { AgencyRefSchema } from './agency.js';
import { ApplicantInputSchema, ApplicantSchema } from './applicant.js';
import { ChannelSchema } from './channel.js';
import { IdSchema, lineText, longText } from './common.js';
import { DateTimeSchema } from './dates.js';
import { DossierFeeSchema } from './fee.js';
import { StoredFileSchema } from './file.js';
import { ProcedureFieldSchema } from './procedure-field.js';
import { ruleCheck } from './rule.js';
import { dossierCodeRule, dossierUpdateRule } from './rules.js';

/**
 * Cán bộ: an officer as a dossier's history records them, with title and department at the time.
 *
 * @example
 * const officer: Officer = { id: 'off_12', name: 'Trần Thị Bình', title: 'Công chức tư pháp - hộ tịch', department: 'UBND phường Ba Đình' };
 */
export const OfficerSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  title: z.string(),
  department: z.string(),
});
export type Officer = z.infer<typeof OfficerSchema>;

/**
 * The files given for one document component, and how they came: `digitised` by the desk from paper,
 * `reused` from an earlier dossier's results, `fromDataStore` taken from the citizen's data store (kho dữ
 * liệu). The service index counts all three.
 *
 * @example
 * const submission: DocumentSubmission = {
 *   componentId: 'giay-chung-sinh', digitised: false, reused: false, fromDataStore: false,
 *   files: [{ fileId: 'file_01J2', name: 'giay-chung-sinh.pdf', mediaType: 'application/pdf', size: 182_044,
 *     sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }],
 * };
 */
export const DocumentSubmissionSchema = z.object({
  componentId: z.string().check(z.minLength(1)),
  files: z.array(StoredFileSchema),
  digitised: z.boolean(),
  reused: z.boolean(),
  fromDataStore: z.boolean(),
});
export type DocumentSubmission = z.infer<typeof DocumentSubmissionSchema>;

/**
 * Files a citizen attaches to one component: ids of their uploads (or of data-store documents when
 * `fromDataStore`). Digitisation is the desk's to record, so it is not here.
 *
 * @example
 * const input: DocumentSubmissionInput = { componentId: 'giay-chung-sinh', fileIds: ['file_01J2'] };
 */
export const DocumentSubmissionInputSchema = z.strictObject({
  componentId: z.string().check(z.minLength(1)),
  fileIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(50)),
  reused: z.optional(z.boolean()),
  fromDataStore: z.optional(z.boolean()),
});
export type DocumentSubmissionInput = z.infer<typeof DocumentSubmissionInputSchema>;

/**
 * Yêu cầu bổ sung: an officer's request for more or corrected documents. It moves the appointment date:
 * the old and new dates are kept because the on-time rate excludes the time spent waiting on the citizen.
 *
 * @example
 * const request: SupplementRequest = {
 *   id: 'sup_01', requestedBy: officer, requestedAt: '2025-07-02T09:00:00+07:00',
 *   items: [{ componentId: 'giay-chung-sinh', description: 'Ảnh chụp bị mờ, vui lòng chụp lại' }],
 *   reason: 'Giấy tờ không rõ nét', previousAppointmentAt: '2025-07-03T16:00:00+07:00',
 * };
 */
export const SupplementRequestSchema = z.object({
  id: IdSchema,
  requestedBy: OfficerSchema,
  requestedAt: DateTimeSchema,
  items: z
    .array(
      z.object({
        /** The component concerned, when the request is about one. */
        componentId: z.optional(z.string()),
        description: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
  /** Until when the citizen may answer. */
  deadline: z.optional(DateTimeSchema),
  previousAppointmentAt: z.optional(DateTimeSchema),
  /** Set when the citizen answers and the desk fixes a new appointment. */
  newAppointmentAt: z.optional(DateTimeSchema),
  answeredAt: z.optional(DateTimeSchema),
});
export type SupplementRequest = z.infer<typeof SupplementRequestSchema>;

/**
 * A result of a dossier (a certificate, a licence, a refusal letter) with its result code and file.
 *
 * @example
 * const result: DossierResult = { code: 'KQ01', name: 'Giấy khai sinh', fileId: 'file_01J9', issuedAt: '2025-07-02T15:00:00+07:00' };
 */
export const DossierResultSchema = z.object({
  code: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  /** The electronic result (bản điện tử), when issued as a file. */
  fileId: z.optional(IdSchema),
  issuedAt: DateTimeSchema,
});
export type DossierResult = z.infer<typeof DossierResultSchema>;

/**
 * One step of the processing history (quá trình xử lý): who did what and when, the status it left the
 * dossier in, and the legal deadline of the step. `officer` is absent when the applicant or the system acted.
 *
 * @example
 * const step: ProcessingStep = {
 *   actor: 'deskOfficer', officer, at: '2025-07-01T09:15:00+07:00', startedAt: '2025-07-01T08:30:00+07:00',
 *   content: 'Tiếp nhận hồ sơ', status: 2,
 * };
 */
export const ProcessingStepSchema = z.object({
  actor: ActorSchema,
  officer: z.optional(OfficerSchema),
  /** When the step was completed. */
  at: DateTimeSchema,
  content: z.string(),
  status: DossierStatusCodeSchema,
  /** When the step began (the dossier arrived at this officer). */
  startedAt: DateTimeSchema,
  legalDeadline: z.optional(DateTimeSchema),
});
export type ProcessingStep = z.infer<typeof ProcessingStepSchema>;

/**
 * The dates of a dossier's life, each set when it happens.
 *
 * @example
 * const dates: DossierDates = { createdAt: '2025-07-01T08:00:00+07:00', submittedAt: '2025-07-01T08:30:00+07:00' };
 */
export const DossierDatesSchema = z.object({
  createdAt: DateTimeSchema,
  submittedAt: z.optional(DateTimeSchema),
  acceptedAt: z.optional(DateTimeSchema),
  /** Ngày hẹn trả: the date promised on the receipt and appointment slip. */
  appointmentAt: z.optional(DateTimeSchema),
  finishedAt: z.optional(DateTimeSchema),
  returnedAt: z.optional(DateTimeSchema),
});
export type DossierDates = z.infer<typeof DossierDatesSchema>;

/**
 * Hồ sơ: a dossier, from draft to returned result. `id` is the platform's and never changes; `code` (the
 * official dossier code, built from the receiving agency's code) is `null` while it is a draft (status 0)
 * and set on submission. `formData` holds the e-form answers, checked by the procedure's compiled form
 * spec rather than here, since their shape depends on the procedure.
 *
 * @example
 * const dossier: Dossier = {
 *   id: 'd_01J2ABCD', code: null, procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
 *   field: { code: 'G09-TP05', name: 'Hộ tịch' }, applicant, channel: 2, summary: 'Đăng ký khai sinh cho Nguyễn An Nhiên',
 *   status: 0, dates: { createdAt: '2025-07-01T08:00:00+07:00' }, documents: [], formData: {}, fees: [],
 *   supplementRequests: [], results: [], history: [],
 * };
 */
export const DossierSchema = z
  .object({
    id: IdSchema,
    code: z.nullable(DossierCodeSchema),
    procedure: z.object({ code: ProcedureCodeSchema, name: z.string().check(z.minLength(1)) }),
    field: ProcedureFieldSchema,
    applicant: ApplicantSchema,
    channel: ChannelSchema,
    /** Trích yếu: one line saying what the dossier asks for. */
    summary: z.string(),
    status: DossierStatusCodeSchema,
    dates: DossierDatesSchema,
    /**
     * Quá hạn: the result was not ready by the appointment — finished after it, or still owed and the
     * platform's clock has passed it. Never while the citizen supplements (the clock is stopped) nor when no
     * result is owed (refused, withdrawn, stopped). Absent from platforms that do not say.
     */
    overdue: z.optional(z.boolean()),
    /**
     * How late, in working days: those after the appointment's day up to today (or the day it was finished);
     * `0` when on time, and on the appointment's own day after its hour.
     */
    overdueDays: z.optional(z.int().check(z.gte(0))),
    /** Where it was filed; any centre of the province may receive it (boundary-free). Set by submission. */
    receivingAgency: z.optional(AgencyRefSchema),
    /** The competent agency handling it, once routed. */
    processingAgency: z.optional(AgencyRefSchema),
    /** Where the applicant collects the result, when not where it was filed (boundary-free return). */
    resultDeliveryAgency: z.optional(AgencyRefSchema),
    documents: z.array(DocumentSubmissionSchema),
    formData: z.record(z.string(), z.unknown()),
    fees: z.array(DossierFeeSchema),
    supplementRequests: z.array(SupplementRequestSchema),
    results: z.array(DossierResultSchema),
    history: z.array(ProcessingStepSchema),
  })
  .check(ruleCheck(dossierCodeRule));
export type Dossier = z.infer<typeof DossierSchema>;

// What a citizen may set on a draft. The server owns the rest: id, code, status, dates, fees, history.
const draftFields = {
  channel: z.optional(ChannelSchema),
  /** Trích yếu; the platform derives one from the procedure when absent. */
  summary: z.optional(lineText(500)),
  /** Where to file: any centre of the province (boundary-free receipt). Required by submission. */
  receivingAgencyCode: z.optional(AgencyCodeSchema),
  resultDeliveryAgencyCode: z.optional(AgencyCodeSchema),
  documents: z.optional(z.array(DocumentSubmissionInputSchema)),
  /** E-form answers; the compiled form spec of the procedure checks them. */
  formData: z.optional(z.record(z.string(), z.unknown())),
  /** A note to the desk (ghi chú). */
  note: z.optional(longText(2_000)),
};

/**
 * What a citizen sends to start a draft dossier. Unknown fields are refused, so a client that tries to set
 * `status` or `code` learns at once that it cannot.
 *
 * @example
 * const draft: DossierDraftInput = {
 *   procedureCode: '1.001193', channel: 2,
 *   applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456' },
 *   receivingAgencyCode: '000.00.14.H56',
 * };
 */
export const DossierDraftInputSchema = z.strictObject({
  procedureCode: ProcedureCodeSchema,
  applicant: ApplicantInputSchema,
  ...draftFields,
});
export type DossierDraftInput = z.infer<typeof DossierDraftInputSchema>;

/**
 * What a citizen sends to change a draft (or to answer a supplement request): any of the draft's fields,
 * each replacing the old value whole. The procedure cannot change: start a new draft instead.
 *
 * @example
 * const update: DossierUpdateInput = { formData: { childFullName: 'Nguyễn An Nhiên' } };
 */
export const DossierUpdateInputSchema = z
  .strictObject({ applicant: z.optional(ApplicantInputSchema), ...draftFields })
  .check(ruleCheck(dossierUpdateRule));
export type DossierUpdateInput = z.infer<typeof DossierUpdateInputSchema>;
