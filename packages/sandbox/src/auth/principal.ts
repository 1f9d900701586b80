import type { OfficerRole, PersonaKind } from '../db/schema.js';

/**
 * A signed-in applicant: a citizen, or a business acting through its representative. Both call the platform as
 * the contract's `citizen` principal.
 */
export interface CitizenPrincipal {
  readonly kind: 'citizen';
  readonly personaId: string;
  readonly personaKind: Exclude<PersonaKind, 'officer'>;
  readonly displayName: string;
  /** What the e-ID's userinfo carries: citizen ID, name, birth date, contacts, addresses (tax code for a business). */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** A signed-in officer of one agency. */
export interface OfficerPrincipal {
  readonly kind: 'officer';
  readonly personaId: string;
  readonly personaKind: 'officer';
  readonly displayName: string;
  readonly claims: Readonly<Record<string, unknown>>;
  readonly agencyCode: string;
  /** Cán bộ tiếp nhận (desk officer) or chuyên viên xử lý (specialist). */
  readonly role: OfficerRole;
}

/** A back-office system of one agency, calling with its `X-Api-Key`. */
export interface AgencyKeyPrincipal {
  readonly kind: 'agencyKey';
  readonly keyId: string;
  readonly agencyCode: string;
  readonly label: string;
}

/** Whoever made an authenticated request. */
export type AuthenticatedPrincipal = CitizenPrincipal | OfficerPrincipal | AgencyKeyPrincipal;

/**
 * A stable string naming a principal, used to scope idempotency keys.
 *
 * @example
 * principalKey({ kind: 'agencyKey', keyId: 'demo-agency', … }) // 'agencyKey:demo-agency'
 */
export function principalKey(principal: AuthenticatedPrincipal | null): string {
  if (principal === null) return 'anonymous';
  return principal.kind === 'agencyKey' ? `agencyKey:${principal.keyId}` : `persona:${principal.personaId}`;
}
