/**
 * Migration `0101_dossier_indexes`: the list indexes of `0100_dossiers`, completed with the tie-breaker.
 *
 * Lists are ordered `created_at desc, id desc` (keyset pagination on both). Indexed on `(…, created_at)` only,
 * each page needed a sort step for `id` (SQLite: a temporary B-tree "for last term of ORDER BY"; PostgreSQL: an
 * incremental sort) and a cursor could not seek. With `id` in the index the order is the index's own: a page is
 * a bounded index range scan, and `(created_at, id) < (…)` seeks straight to the next page. Measured with
 * `bench/sandbox.bench.ts` (a million dossiers). The old indexes are prefixes of the new ones, so they go: the
 * same number of indexes to maintain on every write.
 */
import type { SandboxMigration } from '../db/migrations.js';

/** The list indexes: "my dossiers" and the three agency queues. */
const LISTS = [
  ['dossiers_applicant', 'applicant_persona_id'],
  ['dossiers_receiving_agency', 'receiving_agency_code'],
  ['dossiers_processing_agency', 'processing_agency_code'],
  ['dossiers_result_delivery_agency', 'result_delivery_agency_code'],
] as const;

export const dossierIndexesMigration: SandboxMigration = {
  name: '0101_dossier_indexes',
  async up(db) {
    for (const [name, column] of LISTS) {
      await db.schema
        .createIndex(`${name}_newest`)
        .on('dossiers')
        .columns([column, 'created_at', 'id'])
        .execute();
      await db.schema.dropIndex(name).execute();
    }
  },
  async down(db) {
    for (const [name, column] of LISTS) {
      await db.schema.createIndex(name).on('dossiers').columns([column, 'created_at']).execute();
      await db.schema.dropIndex(`${name}_newest`).execute();
    }
  },
};
