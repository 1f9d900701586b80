/**
 * Who may see and move a dossier.
 *
 * Actor mapping (core's state machine speaks of actors, the API of principals):
 * - a `citizen` principal (citizens, and businesses signing in as applicants) is the `applicant`, and only of
 *   dossiers it created;
 * - an `officer` acts in its persona's role, `deskOfficer` (cán bộ tiếp nhận) or `specialist` (chuyên viên);
 * - an `agencyKey` (a back-office system) acts as a `deskOfficer` of its agency: the one-stop software
 *   records receipts, hand-overs and returns; specialist steps need a specialist's own sign-in;
 * - the autopilot acts as the seeded officers (see `src/autopilot`).
 *
 * Visibility: a citizen sees only their own dossiers, and someone else's answers 404 exactly like a dossier
 * that does not exist, so ids and codes cannot be probed. Officers and agency keys see their agency's queue:
 * dossiers it received, processes (a transfer makes the new agency the processing one), or returns the result
 * of; another agency's dossier answers 403 `auth.forbidden` (staff may know a dossier exists — its code names
 * the receiving agency — but not read it). Drafts (status 0) are the applicant's alone: 404 to everyone else.
 *
 * Which agency does a step: a specialist works for the processing agency; a desk officer for the receiving or
 * the processing agency, except returning the result, which is done where the applicant collects it (the
 * result-delivery agency, else the receiving one). Another agency of the dossier → 403.
 */
import type { Actor, Officer } from '@motcua/core';
import type { AuthenticatedPrincipal } from '../auth/principal.js';
import type { Dialect } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import { agencyName } from './catalogue.js';
import { says } from './messages.js';
import { type DossierRow, findDossierRow } from './repository.js';

/** The applicant, acting on their own dossier. */
export interface ApplicantActing {
  readonly actor: 'applicant';
  readonly personaId: string;
  /** What the e-ID sign-in vouches for (citizen ID, name…): locked answers are checked against it. */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** An officer (a person, a back-office system or the autopilot) acting for an agency. */
export interface OfficerActing {
  readonly actor: 'deskOfficer' | 'specialist';
  readonly agencyCode: string;
  /** As the processing history records them. */
  readonly officer: Officer;
  readonly via: 'persona' | 'agencyKey' | 'autopilot';
}

/** The platform itself: payment callbacks, deadlines. */
export interface SystemActing {
  readonly actor: 'system';
}

export type Acting = ApplicantActing | OfficerActing | SystemActing;

/** The platform acting on its own. */
export const SYSTEM: SystemActing = { actor: 'system' };

const ROLE_TITLE: Readonly<Record<'deskOfficer' | 'specialist', string>> = {
  deskOfficer: 'Cán bộ tiếp nhận',
  specialist: 'Chuyên viên xử lý',
};

/**
 * How a principal acts on dossiers (see the mapping above).
 *
 * @example
 * actingOf(agencyKeyPrincipal).actor // 'deskOfficer'
 */
export function actingOf(principal: AuthenticatedPrincipal): Acting {
  if (principal.kind === 'citizen')
    return { actor: 'applicant', personaId: principal.personaId, claims: principal.claims };
  if (principal.kind === 'agencyKey') {
    return {
      actor: 'deskOfficer',
      agencyCode: principal.agencyCode,
      via: 'agencyKey',
      officer: {
        id: principal.keyId,
        name: principal.label,
        title: 'Hệ thống một cửa điện tử',
        department: agencyName(principal.agencyCode),
      },
    };
  }
  const title = principal.claims.title;
  return {
    actor: principal.role,
    agencyCode: principal.agencyCode,
    via: 'persona',
    officer: {
      id: principal.personaId,
      name: principal.displayName,
      title: typeof title === 'string' && title !== '' ? title : ROLE_TITLE[principal.role],
      department: agencyName(principal.agencyCode),
    },
  };
}

/** The agencies holding a dossier: receiving, processing and result-delivery, without repeats. */
export function agenciesOf(row: DossierRow): string[] {
  return [
    ...new Set(
      [row.receiving_agency_code, row.processing_agency_code, row.result_delivery_agency_code].filter(
        (code): code is string => code !== null,
      ),
    ),
  ];
}

/**
 * Loads a dossier by id or code for a caller, applying the visibility rules above: 404 when it does not exist
 * or is hidden from the caller, 403 when it belongs to another agency.
 */
export async function loadVisibleDossier(
  db: import('kysely').Kysely<Database>,
  ref: string,
  acting: Acting,
  options: { forUpdate?: boolean; dialect?: Dialect } = {},
): Promise<DossierRow> {
  const row = await findDossierRow(db, ref, options);
  const notFound = () => new ProblemError('resource.notFound', { detail: says('dossier.notFound', { ref }) });
  if (!row) throw notFound();
  if (acting.actor === 'system') return row;
  if (acting.actor === 'applicant') {
    if (row.applicant_persona_id !== acting.personaId) throw notFound();
    return row;
  }
  if (row.status === 0) throw notFound();
  if (!agenciesOf(row).includes(acting.agencyCode)) {
    throw new ProblemError('auth.forbidden', {
      detail: says('dossier.otherAgency', { code: row.code ?? ref, agency: acting.agencyCode }),
    });
  }
  return row;
}

/** The agencies that may do a step, per the rule above. */
export function stageAgencies(row: DossierRow, actor: Actor, action: string): string[] {
  if (actor === 'specialist') return row.processing_agency_code === null ? [] : [row.processing_agency_code];
  if (action === 'returnResult') {
    const where = row.result_delivery_agency_code ?? row.receiving_agency_code;
    return where === null ? [] : [where];
  }
  return [row.receiving_agency_code, row.processing_agency_code].filter(
    (code): code is string => code !== null,
  );
}
