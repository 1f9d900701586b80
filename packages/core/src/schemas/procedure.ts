import * as z from 'zod/mini';
import { FormSpecSchema } from '../form-spec/spec.js';
import { AgencyCodeSchema, ProcedureCodeSchema } from '../identifiers/schemas.js';
import { ChannelSchema } from './channel.js';
import { MediaRangeSchema, openEnum } from './common.js';
import { DateSchema } from './dates.js';
import { FeeSchema } from './fee.js';
import { ProcedureFieldSchema } from './procedure-field.js';
import { ruleCheck } from './rule.js';
import { procedureRule } from './rules.js';

// In modules of their own so that a dossier's schema does not pull the e-form spec's into a bundle.
export { Channel, ChannelSchema } from './channel.js';
export { type ProcedureField, ProcedureFieldSchema } from './procedure-field.js';

/**
 * Cấp thực hiện: the level of government that carries a procedure out. Fixed by law.
 *
 * @example
 * z.parse(ImplementingLevelSchema, 'commune')
 */
export const ImplementingLevelSchema = z.enum(['ministry', 'province', 'commune']);
export type ImplementingLevel = z.infer<typeof ImplementingLevelSchema>;

/**
 * Thời hạn giải quyết: how long processing takes by law, e.g. 5 working days.
 *
 * @example
 * const time: ProcessingTime = { value: 5, unit: 'workingDays' };
 */
export const ProcessingTimeSchema = z.object({
  /** Fractions occur ("0.5 ngày làm việc"). */
  value: z.number().check(z.gte(0)),
  unit: z.enum(['workingDays', 'days', 'hours']),
});
export type ProcessingTime = z.infer<typeof ProcessingTimeSchema>;

/**
 * One channel of a procedure with its own processing time and fees (they can differ by channel).
 *
 * @example
 * const online: ProcedureChannel = { channel: Channel.online, processingTime: { value: 1, unit: 'workingDays' }, fees: [] };
 */
export const ProcedureChannelSchema = z.object({
  channel: ChannelSchema,
  processingTime: ProcessingTimeSchema,
  fees: z.array(FeeSchema),
  description: z.optional(z.string()),
});
export type ProcedureChannel = z.infer<typeof ProcedureChannelSchema>;

/**
 * Thành phần hồ sơ: one document a dossier of the procedure must (or may) include.
 *
 * @example
 * const component: DocumentComponent = {
 *   id: 'giay-chung-sinh', name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true,
 *   acceptedTypes: ['application/pdf', 'image/*'], maxSizeBytes: 5_242_880, maxFiles: 3,
 * };
 */
export const DocumentComponentSchema = z.object({
  /** Stable within the procedure; e-form attachment fields bind to it. */
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** Number of originals (bản chính) to present. */
  originals: z.int().check(z.gte(0)),
  /** Number of copies (bản sao). */
  copies: z.int().check(z.gte(0)),
  required: z.boolean(),
  /** The blank form to fill in, when the component is a form (mẫu đơn, tờ khai). */
  template: z.optional(z.object({ name: z.string(), url: z.url() })),
  acceptedTypes: z.optional(z.array(MediaRangeSchema)),
  maxSizeBytes: z.optional(z.int().check(z.gte(1))),
  maxFiles: z.optional(z.int().check(z.gte(1))),
  note: z.optional(z.string()),
});
export type DocumentComponent = z.infer<typeof DocumentComponentSchema>;

/**
 * Đối tượng thực hiện: who may use a procedure. Open: catalogues add subject types (README §5).
 *
 * @example
 * z.parse(ProcedureSubjectSchema, 'citizen')
 */
export const ProcedureSubjectSchema = openEnum(['citizen', 'enterprise', 'organisation', 'foreigner']);
export type ProcedureSubject = z.infer<typeof ProcedureSubjectSchema>;

/**
 * An agency's part in a procedure. Open: catalogues name further roles.
 *
 * @example
 * z.parse(ProcedureAgencyRoleSchema, 'deciding')
 */
export const ProcedureAgencyRoleSchema = openEnum(['implementing', 'deciding', 'authorised', 'coordinating']);
export type ProcedureAgencyRole = z.infer<typeof ProcedureAgencyRoleSchema>;

/**
 * An agency as a procedure names it, with its role.
 *
 * @example
 * const agency: ProcedureAgency = { code: '000.00.14.H56', name: 'UBND phường Ba Đình', role: 'implementing' };
 */
export const ProcedureAgencySchema = z.object({
  code: AgencyCodeSchema,
  name: z.string().check(z.minLength(1)),
  role: ProcedureAgencyRoleSchema,
});
export type ProcedureAgency = z.infer<typeof ProcedureAgencySchema>;

/**
 * A result a procedure produces (a certificate, a licence), with its result code when it has one.
 *
 * @example
 * const result: ProcedureResult = { code: 'KQ-KS', name: 'Giấy khai sinh' };
 */
export const ProcedureResultSchema = z.object({
  code: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
});
export type ProcedureResult = z.infer<typeof ProcedureResultSchema>;

/**
 * Căn cứ pháp lý: a legal document the procedure rests on.
 *
 * @example
 * const law: LegalDocument = { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20' };
 */
export const LegalDocumentSchema = z.object({
  /** Its number and symbol, e.g. `118/2025/NĐ-CP`. */
  number: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  issuedOn: z.optional(DateSchema),
  issuer: z.optional(z.string()),
});
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;

/**
 * Online level: `full` (toàn trình, everything including the result online), `partial` (một phần), or
 * `none` (in person or by post only).
 *
 * @example
 * z.parse(OnlineLevelSchema, 'full')
 */
export const OnlineLevelSchema = z.enum(['full', 'partial', 'none']);
export type OnlineLevel = z.infer<typeof OnlineLevelSchema>;

// Kept without refinements so the summary can pick from it (zod refuses to pick from refined objects).
const procedureShape = z.object({
  code: ProcedureCodeSchema,
  name: z.string().check(z.minLength(1)),
  implementingLevel: ImplementingLevelSchema,
  field: ProcedureFieldSchema,
  /** Trình tự thực hiện, one step per entry. */
  steps: z.array(z.string()),
  channels: z.array(ProcedureChannelSchema).check(z.minLength(1)),
  documentComponents: z.array(DocumentComponentSchema),
  subjects: z.array(ProcedureSubjectSchema),
  agencies: z.array(ProcedureAgencySchema),
  results: z.array(ProcedureResultSchema),
  legalBasis: z.array(LegalDocumentSchema),
  /** Yêu cầu, điều kiện thực hiện. */
  conditions: z.array(z.string()),
  onlineLevel: OnlineLevelSchema,
  /** The e-form (tờ khai) answered online, when the procedure has one. */
  formSpec: z.optional(FormSpecSchema),
});

/**
 * Thủ tục hành chính: a published procedure, as the national procedure database describes it.
 * Beyond the shape: component ids and channels are unique, and the e-form's attachment fields bind to
 * components the procedure has.
 *
 * @example
 * const procedure: Procedure = {
 *   code: '1.001193', name: 'Thủ tục đăng ký khai sinh', implementingLevel: 'commune',
 *   field: { code: 'G09-TP05', name: 'Hộ tịch' }, steps: ['Nộp hồ sơ', 'Tiếp nhận', 'Trả kết quả'],
 *   channels: [{ channel: 2, processingTime: { value: 1, unit: 'workingDays' }, fees: [] }],
 *   documentComponents: [], subjects: ['citizen'], agencies: [], results: [{ name: 'Giấy khai sinh' }],
 *   legalBasis: [{ number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết Luật Hộ tịch' }],
 *   conditions: [], onlineLevel: 'full',
 * };
 */
export const ProcedureSchema = procedureShape.check(ruleCheck(procedureRule));
export type Procedure = z.infer<typeof ProcedureSchema>;

/**
 * A procedure in a list or search result: enough to choose it, not to apply.
 *
 * @example
 * const summary: ProcedureSummary = {
 *   code: '1.001193', name: 'Thủ tục đăng ký khai sinh', implementingLevel: 'commune',
 *   field: { code: 'G09-TP05', name: 'Hộ tịch' }, onlineLevel: 'full',
 * };
 */
export const ProcedureSummarySchema = z.pick(procedureShape, {
  code: true,
  name: true,
  implementingLevel: true,
  field: true,
  onlineLevel: true,
});
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;
