import { formatDossierCode } from '@motcua/core';
import type { Kysely } from 'kysely';
import { localDate } from '../calendar/index.js';
import type { Database } from '../db/schema.js';

/**
 * Gives a dossier its official code, `<receiving agency code>-<yyMMdd>-<4-digit daily sequence>` (core's
 * `formatDossierCode`), the day being the test clock's date in Asia/Ho_Chi_Minh.
 *
 * The sequence is one atomic upsert in the caller's transaction:
 * `INSERT … ON CONFLICT (agency_code, day) DO UPDATE SET last_sequence = last_sequence + 1 RETURNING …`
 * (SQLite ≥ 3.35 and PostgreSQL). On PostgreSQL a second submission at the same agency waits on the row lock
 * until the first commits or rolls back, then increments what was committed; on SQLite writers are serialised.
 * A submission that fails later rolls its increment back with everything else, so codes are unique and
 * gap-free per agency and day, however many submissions race.
 *
 * @example
 * await allocateDossierCode(trx, '001.00.00.H26', now) // '001.00.00.H26-261124-0001'
 */
export async function allocateDossierCode(
  db: Kysely<Database>,
  agencyCode: string,
  now: Date,
): Promise<string> {
  const day = localDate(now);
  const { last_sequence } = await db
    .insertInto('dossier_code_sequences')
    .values({ agency_code: agencyCode, day, last_sequence: 1 })
    .onConflict((conflict) =>
      conflict.columns(['agency_code', 'day']).doUpdateSet((eb) => ({
        last_sequence: eb(eb.ref('dossier_code_sequences.last_sequence'), '+', 1),
      })),
    )
    .returning('last_sequence')
    .executeTakeFirstOrThrow();
  return formatDossierCode({ agencyCode, date: day, sequence: Number(last_sequence) });
}
