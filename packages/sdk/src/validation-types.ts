import type { FieldProblem } from '@motcua/contract';

/** The outcome of checking one value against an endpoint's schema. */
export type CheckResult = { ok: true; value: unknown } | { ok: false; issues: FieldProblem[] };

/**
 * Checks arguments and responses against the contract. Created by `createValidation()` from
 * `@motcua/sdk/validation`; the default entry only knows this interface, so it ships no schemas.
 */
export interface Validation {
  request(
    endpointId: string,
    part: 'params' | 'query' | 'body',
    value: unknown,
    locale: 'vi' | 'en',
  ): CheckResult;
  response(endpointId: string, value: unknown, locale: 'vi' | 'en'): CheckResult;
}
