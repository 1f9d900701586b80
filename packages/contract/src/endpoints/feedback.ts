import { FeedbackInputSchema, FeedbackSchema, FeedbackStatusSchema, IdSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { pageOf } from '../pagination.js';
import { pagedQuery, text } from '../wire.js';

/** Feedback (phản ánh, kiến nghị) from citizens and businesses, and the agencies' answers. */

/** An agency's answer; `public` publishes it (when the sender consented) for others with the same question. */
export const AnswerFeedbackInputSchema = z.strictObject({
  content: text(10_000),
  public: z.optional(z.boolean()),
});
export type AnswerFeedbackInput = z.infer<typeof AnswerFeedbackInputSchema>;

/** Why an agency declines to answer (not its competence, a duplicate, abusive content…); shown to the sender. */
export const RejectFeedbackInputSchema = z.strictObject({
  reason: text(10_000),
});
export type RejectFeedbackInput = z.infer<typeof RejectFeedbackInputSchema>;

const feedbackParams = z.object({ id: IdSchema });

export const create = endpoint({
  id: 'feedback.create',
  method: 'POST',
  path: '/feedback',
  tag: 'feedback',
  summary: 'Send feedback',
  body: FeedbackInputSchema,
  response: FeedbackSchema,
  status: 201,
  auth: ['citizen'],
  errors: ['resource.notFound'],
  idempotent: true,
});

export const get = endpoint({
  id: 'feedback.get',
  method: 'GET',
  path: '/feedback/{id}',
  tag: 'feedback',
  summary: 'Read feedback and its answer',
  params: feedbackParams,
  response: FeedbackSchema,
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: ['resource.notFound'],
});

/** Citizens see what they sent; officers and agency keys what was addressed to their agency. Newest first. */
export const list = endpoint({
  id: 'feedback.list',
  method: 'GET',
  path: '/feedback',
  tag: 'feedback',
  summary: "List my feedback, or an agency's",
  query: pagedQuery({ status: z.optional(FeedbackStatusSchema) }),
  response: pageOf(FeedbackSchema),
  pagination: 'cursor',
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: [],
});

export const answer = endpoint({
  id: 'feedback.answer',
  method: 'POST',
  path: '/feedback/{id}/answer',
  tag: 'feedback',
  summary: 'Answer feedback',
  params: feedbackParams,
  body: AnswerFeedbackInputSchema,
  response: FeedbackSchema,
  auth: ['officer', 'agencyKey'],
  errors: ['resource.notFound', 'feedback.alreadyAnswered'],
  idempotent: true,
});

/**
 * Declines feedback (từ chối tiếp nhận, xử lý) with the reason, which the sender reads as the answer. Final like
 * an answer, and never published.
 */
export const reject = endpoint({
  id: 'feedback.reject',
  method: 'POST',
  path: '/feedback/{id}/reject',
  tag: 'feedback',
  summary: 'Reject feedback with a reason',
  params: feedbackParams,
  body: RejectFeedbackInputSchema,
  response: FeedbackSchema,
  auth: ['officer', 'agencyKey'],
  errors: ['resource.notFound', 'feedback.alreadyAnswered'],
  idempotent: true,
});
