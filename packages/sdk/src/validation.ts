/**
 * `@motcua/sdk/validation`: checks arguments before anything is sent and responses before they reach your code,
 * against the contract's own schemas. Opt in per client; it brings zod and the schemas into your bundle.
 */
import type { EndpointSpec } from '@motcua/contract';
import { validate } from '@motcua/core';
import type { CheckResult, Validation } from './validation-types.js';

export type { CheckResult, Validation } from './validation-types.js';

/**
 * Creates the validation a client uses with `createClient({ validation })`, for the endpoints you pass: the
 * schemas of those alone enter your bundle (`allEndpoints` checks everything, at ~45 KB).
 *
 * @example
 * import { dossiers } from '@motcua/contract';
 * import { createClient } from '@motcua/sdk';
 * import { createValidation } from '@motcua/sdk/validation';
 *
 * const client = createClient({ baseUrl, token, validation: createValidation(Object.values(dossiers)) });
 * await client.dossiers.create({ procedureCode: 'x' }); // throws ValidationError naming `procedureCode`, nothing sent
 */
export function createValidation(endpoints: readonly unknown[]): Validation {
  const specs = endpoints.filter(isEndpoint);
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  const check = (schema: EndpointSpec['body'], value: unknown, locale: 'vi' | 'en'): CheckResult => {
    if (!schema) return { ok: true, value };
    const result = validate(schema, value, { locale });
    return result.ok ? { ok: true, value: result.value } : { ok: false, issues: result.issues };
  };
  return {
    request: (id, part, value, locale) => check(byId.get(id)?.[part], value, locale),
    response: (id, value, locale) => check(byId.get(id)?.response, value, locale),
  };
}

// Namespaces like `dossiers` also export schemas; only endpoint specs are kept.
function isEndpoint(value: unknown): value is EndpointSpec {
  return typeof value === 'object' && value !== null && 'id' in value && 'method' in value && 'path' in value;
}
