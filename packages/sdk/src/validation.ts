/**
 * `@motcua/sdk/validation`: checks arguments before anything is sent and responses before they reach your code,
 * against the contract's own schemas. Opt in per client; it brings zod and the schemas into your bundle.
 */
import type { EndpointSpec } from '@motcua/contract';
import {
  type LocalizedCatalogue,
  type MessageOverrides,
  validateFrom,
  validationMessages,
} from '@motcua/core';
import type { CheckResult, Validation } from './validation-types.js';

export type { CheckResult, Validation } from './validation-types.js';

/** How {@link createValidation} words its issues. */
export interface ValidationOptions {
  /**
   * The words of the issues, by locale. Core's generic `validationMessages` by default ("Enter this information",
   * "Must be at least 3 characters"…), where a domain rule reads "Invalid value" while its `code` still names it
   * (`citizenId.checksum`). Pass core's domain catalogues for their wording, at their weight:
   * `[validationMessages, identifierMessages]`, or `messages` for every one.
   */
  messages?: LocalizedCatalogue | readonly LocalizedCatalogue[];
  /** Per-locale replacements of any message (a locality's own wording). */
  overrides?: MessageOverrides;
}

/**
 * Creates the validation a client uses with `createClient({ validation })`, for the endpoints you pass; any other
 * goes unchecked. Your bundle carries the schemas of the resources you import them from (`dossiers`), not of the
 * others; name the endpoints you call, which lets Rollup and Vite drop the rest of the resource too.
 * `allEndpoints` checks everything, at its weight.
 *
 * @example
 * import { dossiers } from '@motcua/contract';
 * import { createClient } from '@motcua/sdk';
 * import { createValidation } from '@motcua/sdk/validation';
 *
 * const validation = createValidation([dossiers.create, dossiers.submit, dossiers.events]);
 * const client = createClient({ baseUrl, token, locale: 'en', validation });
 * await client.dossiers.create({ procedureCode: 'x' }); // ValidationError 'body.procedureCode: …', nothing sent
 */
export function createValidation(endpoints: readonly unknown[], options: ValidationOptions = {}): Validation {
  const byId = new Map(endpoints.filter(isEndpoint).map((spec) => [spec.id, spec]));
  const catalogue = merge(options.messages ?? validationMessages);
  const { overrides } = options;
  const check = (schema: EndpointSpec['body'], value: unknown, locale: 'vi' | 'en'): CheckResult => {
    if (!schema) return { ok: true, value };
    const result = validateFrom(catalogue, schema, value, { locale, overrides });
    return result.ok ? { ok: true, value: result.value } : { ok: false, issues: result.issues };
  };
  return {
    request: (id, part, value, locale) => check(byId.get(id)?.[part], value, locale),
    response: (id, value, locale) => check(byId.get(id)?.response, value, locale),
  };
}

function merge(catalogues: LocalizedCatalogue | readonly LocalizedCatalogue[]): LocalizedCatalogue {
  if (!Array.isArray(catalogues)) return catalogues as LocalizedCatalogue;
  const list = catalogues as readonly LocalizedCatalogue[];
  return {
    vi: Object.assign({}, ...list.map((catalogue) => catalogue.vi)),
    en: Object.assign({}, ...list.map((catalogue) => catalogue.en)),
  };
}

// Namespaces like `dossiers` also export schemas; only endpoint specs are kept.
function isEndpoint(value: unknown): value is EndpointSpec {
  return typeof value === 'object' && value !== null && 'id' in value && 'method' in value && 'path' in value;
}
