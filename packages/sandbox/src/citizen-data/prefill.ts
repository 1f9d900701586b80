/**
 * Prefill: the answers of a procedure's e-form the platform already knows, each with where it came from. Data
 * the State holds is not asked again (Decree 118/2025, Project 06), but registry data is shared only under the
 * citizen's consent.
 */
import type { FieldSpec, Prefill, PrefillClaim, RegisteredPlace } from '@motcua/core';
import type { SeedCitizen } from '../seed-data/index.js';

/** A field that asks to be prefilled, outside repeatable groups (their items have no single value). */
export type PrefillField = Exclude<FieldSpec, { type: 'section' | 'group' }> & { prefill: Prefill };

/**
 * The fields of an e-form with a `prefill`, sections walked into, repeatable groups skipped.
 *
 * @example
 * prefillFields(procedure.formSpec.fields).map((field) => field.name) // ['applicantFullName', …]
 */
export function prefillFields(fields: readonly FieldSpec[]): PrefillField[] {
  const found: PrefillField[] = [];
  for (const field of fields) {
    if (field.type === 'section') found.push(...prefillFields(field.fields));
    else if (field.type !== 'group' && field.prefill) found.push(field as PrefillField);
  }
  return found;
}

/** What the population registry holds for a claim. */
export function populationClaim(record: SeedCitizen, claim: PrefillClaim): unknown {
  switch (claim) {
    case 'fullName':
      return record.fullName;
    case 'citizenId':
      return record.citizenId;
    case 'birthDate':
      return record.birthDate;
    case 'gender':
      return record.gender;
    case 'phone':
      return record.phone;
    case 'email':
      return record.email;
    case 'birthPlace':
      return record.birthPlace;
    case 'hometown':
      return record.hometown;
    case 'permanentAddress':
      return record.permanentAddress;
    case 'currentAddress':
      return record.currentAddress;
  }
}

type Claims = Readonly<Record<string, unknown>>;

const record = (value: unknown): Claims | undefined =>
  typeof value === 'object' && value !== null ? (value as Claims) : undefined;

/**
 * The citizen ID whose registry data a signed-in applicant may open: their own, or for a business its legal
 * representative's (the person who signed in for it).
 */
export function applicantCitizenId(claims: Claims): string | undefined {
  if (typeof claims.citizenId === 'string') return claims.citizenId;
  const representative = record(claims.representative);
  return typeof representative?.citizenId === 'string' ? representative.citizenId : undefined;
}

/**
 * What the signed-in e-ID account says for a claim (core's `IdentityClaims` for a citizen; for a business, its
 * representative's name and ID and the business's contacts). Birth place and hometown are not e-ID claims.
 */
export function profileClaim(claims: Claims, claim: PrefillClaim): unknown {
  const representative = record(claims.representative);
  const addresses = record(claims.addresses);
  switch (claim) {
    case 'fullName':
      return representative ? representative.name : claims.name;
    case 'citizenId':
      return applicantCitizenId(claims);
    case 'birthDate':
      return claims.birthdate;
    case 'gender':
      return claims.gender;
    case 'phone':
      return claims.phone;
    case 'email':
      return claims.email;
    case 'permanentAddress':
      return addresses?.permanent;
    case 'currentAddress':
      return addresses?.current;
    default:
      return undefined;
  }
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isPlace(value: unknown): value is RegisteredPlace {
  return typeof (value as RegisteredPlace | undefined)?.text === 'string';
}

/**
 * Shapes a known value as the field's answer, or `undefined` when it cannot fill it: an address field takes a
 * place's codes and street (not a place without a province code), a text field its text; a date field only a
 * full date (the registry has birth years alone for some old records); a choice only one of its options.
 *
 * @example
 * fitToField({ type: 'address', … }, { text: '…', provinceCode: '01', communeCode: '00004', street: 'Số 12' })
 * // { provinceCode: '01', communeCode: '00004', street: 'Số 12' }
 */
export function fitToField(field: PrefillField, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  switch (field.type) {
    case 'address': {
      if (!isPlace(value) || value.provinceCode === undefined) return undefined;
      return {
        provinceCode: value.provinceCode,
        ...(value.communeCode === undefined ? {} : { communeCode: value.communeCode }),
        ...(value.street === undefined ? {} : { street: value.street }),
      };
    }
    case 'text':
    case 'textarea':
      if (isPlace(value)) return value.text;
      return typeof value === 'string' ? value : undefined;
    case 'date':
      return typeof value === 'string' && FULL_DATE.test(value) ? value : undefined;
    case 'radio':
    case 'select':
      return typeof value === 'string' && field.options.some((option) => option.value === value)
        ? value
        : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}
