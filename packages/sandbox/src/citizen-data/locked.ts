/**
 * Locked answers: e-form fields prefilled from the population registry with `editable: false` hold data the
 * State already has, so the platform, not the citizen, decides their value. This module says what each such
 * answer must be, for the person concerned, and where that comes from.
 */
import type { FormSpec } from '@motcua/core';
import type { Kysely } from 'kysely';
import { fromJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { activeConsent } from './consents.js';
import {
  applicantCitizenId,
  fitToField,
  type PrefillField,
  populationClaim,
  prefillFields,
} from './prefill.js';
import { queryRegistry } from './registry.js';

/** What a locked field must answer, and who vouches for it. */
export interface LockedAnswer {
  readonly field: PrefillField;
  readonly value: unknown;
  /** `registry`: prefilled under the applicant's consent; `identity`: the signed-in e-ID account's own ID. */
  readonly vouchedBy: 'registry' | 'identity';
}

/** The fields a citizen may not change: registry-prefilled and not editable. */
export function lockedFields(spec: Pick<FormSpec, 'fields'>): PrefillField[] {
  return prefillFields(spec.fields).filter(
    (field) => field.prefill.source === 'population' && !field.prefill.editable,
  );
}

/**
 * The value each locked field of a procedure's e-form must have for a signed-in applicant. The registry
 * vouches for what it could have prefilled: claims covered by the applicant's active consent for the
 * procedure, when it holds the citizen and answers. Without that, nothing was prefilled and the citizen typed
 * the answers, so they are not checked — except the applicant's own citizen ID, which the e-ID sign-in itself
 * proves (no consent is needed to know who is signed in).
 *
 * @example
 * const locked = await lockedAnswers(db, { personaId, claims }, procedure, now());
 * // [{ field: { name: 'applicantCitizenId', … }, value: '001087123456', vouchedBy: 'registry' }, …]
 */
export async function lockedAnswers(
  db: Kysely<Database>,
  applicant: { readonly personaId: string; readonly claims: Readonly<Record<string, unknown>> },
  procedure: { readonly code: string; readonly formSpec?: Pick<FormSpec, 'fields'> | null | undefined },
  now: Date,
): Promise<LockedAnswer[]> {
  const fields = procedure.formSpec ? lockedFields(procedure.formSpec) : [];
  if (fields.length === 0) return [];
  const found: LockedAnswer[] = [];
  const consent = await activeConsent(db, applicant.personaId, procedure.code, now);
  const scopes = new Set(consent ? fromJson<string[]>(consent.scopes) : []);
  const vouched = new Set<string>();
  if (consent && fields.some((field) => scopes.has(field.prefill.claim))) {
    // Registry down or citizen unknown: prefill failed and the citizen typed the answers.
    const answer = await queryRegistry(db, consent.citizen_id);
    if (answer.outcome === 'found') {
      for (const field of fields) {
        if (!scopes.has(field.prefill.claim)) continue;
        const value = fitToField(field, populationClaim(answer.record, field.prefill.claim));
        if (value === undefined) continue;
        found.push({ field, value, vouchedBy: 'registry' });
        vouched.add(field.name);
      }
    }
  }
  const ownId = applicantCitizenId(applicant.claims);
  for (const field of fields) {
    if (vouched.has(field.name) || field.prefill.claim !== 'citizenId' || ownId === undefined) continue;
    found.push({ field, value: ownId, vouchedBy: 'identity' });
  }
  return found;
}
