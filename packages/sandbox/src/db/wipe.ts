import { type Kysely, sql } from 'kysely';
import type { Dialect } from './portable.js';
import type { Database } from './schema.js';

/**
 * Empties every table (keeping the schema and the migration history) and restarts identity counters, so a
 * reset sandbox numbers its events from 1 again. Runs in the caller's transaction.
 *
 * @example
 * await db.transaction().execute((trx) => wipeAllTables(trx, dialect));
 */
export async function wipeAllTables(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const tables = (await db.introspection.getTables()).map((table) => table.name);
  if (tables.length === 0) return tables;
  if (dialect === 'postgres') {
    await sql`truncate table ${sql.join(tables.map((name) => sql.table(name)))} restart identity cascade`.execute(
      db,
    );
    return tables;
  }
  // Foreign keys are checked at commit instead of per statement, so tables can be emptied in any order.
  await sql`pragma defer_foreign_keys = on`.execute(db);
  for (const name of tables) await sql`delete from ${sql.table(name)}`.execute(db);
  const sequences = await sql<{
    name: string;
  }>`select name from sqlite_master where name = 'sqlite_sequence'`.execute(db);
  if (sequences.rows.length > 0) await sql`delete from sqlite_sequence`.execute(db);
  return tables;
}
