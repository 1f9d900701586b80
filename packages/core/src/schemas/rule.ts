import * as z from 'zod/mini';
import { type Rule, ruleIssues } from './rules.js';

/**
 * Runs a domain rule as a zod check, each finding a custom issue under its catalogue key. The rule stays a
 * plain, exported function so the validators `@motcua/contract` generates without zod call the very same
 * code (the check carries it as `rule`).
 *
 * @example
 * const Submitter = z.object({ phone: z.optional(z.string()) }).check(ruleCheck(feedbackContactRule));
 */
/* @__NO_SIDE_EFFECTS__ */
export function ruleCheck<T>(rule: Rule<T>): z.core.$ZodCheck<T> {
  const check = z.superRefine<T>((value, ctx) => {
    for (const issue of ruleIssues(rule, value)) ctx.addIssue({ code: 'custom', ...issue });
  });
  Object.assign(check._zod.def, { rule });
  return check;
}
