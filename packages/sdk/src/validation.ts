/**
 * `@motcua/sdk/validation`: checks arguments before anything is sent and responses before they reach your code,
 * with the checks `@motcua/contract/checks` generates from the contract's schemas. Opt in per client; the
 * checks of the endpoints you name and a few hundred bytes of wording come into your bundle, not zod.
 */
import type { EndpointChecks, RawIssue } from '@motcua/contract/checks';
import {
  describeIssuesFrom,
  type LocalizedCatalogue,
  type MessageOverrides,
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
 * Creates the validation a client uses with `createClient({ validation })`, for the endpoints whose checks you
 * pass; any other goes unchecked. Name the endpoints you call: your bundle carries their checks only.
 * `import * as checks from '@motcua/contract/checks'` and `Object.values(checks)` checks everything, at its
 * weight.
 *
 * @example
 * import { dossiersCreate, dossiersEvents, dossiersSubmit } from '@motcua/contract/checks';
 * import { createClient } from '@motcua/sdk';
 * import { createValidation } from '@motcua/sdk/validation';
 *
 * const validation = createValidation([dossiersCreate, dossiersSubmit, dossiersEvents]);
 * const client = createClient({ baseUrl, token, locale: 'en', validation });
 * await client.dossiers.create({ procedureCode: 'x' }); // ValidationError 'body.procedureCode: …', nothing sent
 */
export function createValidation(
  endpoints: readonly EndpointChecks[],
  options: ValidationOptions = {},
): Validation {
  const byId = new Map(endpoints.map((checks) => [checks.id, checks]));
  const catalogue = merge(options.messages ?? validationMessages);
  const { overrides } = options;
  const check = (run: EndpointChecks['body'], value: unknown, locale: 'vi' | 'en'): CheckResult => {
    if (!run) return { ok: true, value };
    const issues: RawIssue[] = [];
    const parsed = run(value, [], issues);
    if (!issues.length) return { ok: true, value: parsed };
    return { ok: false, issues: describeIssuesFrom(catalogue, issues, { locale, overrides }) };
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
