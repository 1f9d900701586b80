import * as z from 'zod/mini';
import type { Rule, RuleFinding } from './rules.js';

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
    const found = rule(value);
    if (!found) return;
    for (const finding of Array.isArray(found) ? found : [found as RuleFinding]) {
      ctx.addIssue({
        code: 'custom',
        path: finding.path ? [...finding.path] : [],
        input: 'input' in finding ? finding.input : value,
        params: { ...finding.params, key: finding.key ?? finding.params?.key },
      });
    }
  });
  Object.assign(check._zod.def, { rule });
  return check;
}
