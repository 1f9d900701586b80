import * as z from 'zod/mini';
import {
  AgencyCodeSchema,
  CitizenIdSchema,
  DossierCodeSchema,
  PhoneNumberSchema,
} from '../identifiers/schemas.js';
import { emailText, IdSchema, lineText, longText, openEnum } from './common.js';
import { DateTimeSchema } from './dates.js';
import { ruleCheck } from './rule.js';
import { feedbackContactRule } from './rules.js';

/**
 * Where a piece of feedback stands.
 *
 * @example
 * z.parse(FeedbackStatusSchema, 'answered')
 */
export const FeedbackStatusSchema = z.enum(['received', 'processing', 'answered', 'rejected']);
export type FeedbackStatus = z.infer<typeof FeedbackStatusSchema>;

const FEEDBACK_CATEGORIES = [
  'procedure',
  'dossier',
  'officerConduct',
  'serviceQuality',
  'onlineService',
  'other',
] as const;

/**
 * What feedback is about. Open in records: localities add categories.
 *
 * @example
 * z.parse(FeedbackCategorySchema, 'officerConduct')
 */
export const FeedbackCategorySchema = openEnum(FEEDBACK_CATEGORIES);
export type FeedbackCategory = z.infer<typeof FeedbackCategorySchema>;

const submitterFields = {
  fullName: lineText(200),
  citizenId: z.optional(CitizenIdSchema),
  phone: z.optional(PhoneNumberSchema),
  email: z.optional(emailText()),
  /** Where to send a written answer, as free text. */
  address: z.optional(lineText(500)),
};

/** An answer needs a way back: a phone number or an email address. */
const reachable = ruleCheck(feedbackContactRule);

/**
 * Who sent feedback.
 *
 * @example
 * const submitter: FeedbackSubmitter = { fullName: 'Nguyễn Văn An', phone: '0912345678' };
 */
export const FeedbackSubmitterSchema = z.object(submitterFields);
export type FeedbackSubmitter = z.infer<typeof FeedbackSubmitterSchema>;

/**
 * Phản ánh, kiến nghị: feedback from a citizen or business about a procedure, a dossier or an officer, and
 * the agency's answer. `public` answers are published for others with the same question.
 *
 * @example
 * const feedback: Feedback = {
 *   id: 'fb_01', code: 'PAKN-2025-000123', subject: 'Chậm trả kết quả', content: 'Hồ sơ của tôi đã quá hạn 3 ngày.',
 *   category: 'dossier', submitter: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
 *   dossierCode: '000.00.14.H56-250701-0001', status: 'received', createdAt: '2025-07-10T10:00:00+07:00', public: false,
 * };
 */
export const FeedbackSchema = z.object({
  id: IdSchema,
  /** The reference quoted in correspondence. */
  code: z.string().check(z.minLength(1)),
  subject: z.string().check(z.minLength(1)),
  content: z.string().check(z.minLength(1)),
  category: FeedbackCategorySchema,
  submitter: FeedbackSubmitterSchema,
  agencyCode: z.optional(AgencyCodeSchema),
  dossierCode: z.optional(DossierCodeSchema),
  status: FeedbackStatusSchema,
  createdAt: DateTimeSchema,
  answer: z.optional(
    z.object({
      content: z.string().check(z.minLength(1)),
      /** The answering agency or officer, as published. */
      answeredBy: z.string().check(z.minLength(1)),
      answeredAt: DateTimeSchema,
    }),
  ),
  public: z.boolean(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/**
 * What a citizen sends to give feedback. The agency decides publication; `public` is the sender's consent.
 *
 * @example
 * const input: FeedbackInput = {
 *   subject: 'Chậm trả kết quả', content: 'Hồ sơ của tôi đã quá hạn 3 ngày.', category: 'dossier',
 *   submitter: { fullName: 'Nguyễn Văn An', phone: '0912345678' }, dossierCode: '000.00.14.H56-250701-0001',
 * };
 */
export const FeedbackInputSchema = z.strictObject({
  subject: lineText(200),
  content: longText(5_000),
  category: z.enum(FEEDBACK_CATEGORIES),
  submitter: z.strictObject(submitterFields).check(reachable),
  agencyCode: z.optional(AgencyCodeSchema),
  dossierCode: z.optional(DossierCodeSchema),
  public: z.optional(z.boolean()),
});
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;
