/** Consents to share registry data, as other parts of the sandbox look them up. */
import { parseProcedureCode } from '@motcua/core';
import type { Kysely } from 'kysely';
import { toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import './schema.js';

/** The national code a consent covers: a local procedure code counts as its national procedure. */
export const nationalCodeOf = (code: string) => parseProcedureCode(code)?.nationalCode ?? code;

/**
 * The newest active, unexpired consent of a persona covering a procedure.
 *
 * @example
 * const consent = await activeConsent(db, 'citizen-an', '1.001193', now());
 */
export function activeConsent(db: Kysely<Database>, personaId: string, procedureCode: string, now: Date) {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('persona_id', '=', personaId)
    .where('national_code', '=', nationalCodeOf(procedureCode))
    .where('status', '=', 'active')
    .where('expires_at', '>', toTimestamp(now))
    .orderBy('granted_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
