import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabaseInstance, testDatabases } from '../../test/databases.js';
import { advanceClockBy, readClockOffset } from '../clock/clock.js';
import { appendEvent, readEvents } from '../events/outbox.js';
import { infraMigration } from './infra-migration.js';
import { ModuleMigrationProvider, migrateToLatest, type SandboxMigration } from './migrations.js';
import { type DatabaseHandle, dialectOf, openDatabase } from './open.js';
import { isUniqueViolation } from './portable.js';
import { wipeAllTables } from './wipe.js';

const persona = (id: string) => ({
  id,
  kind: 'citizen' as const,
  display_name: id,
  claims: '{}',
  agency_code: null,
  role: null,
  created_at: new Date().toISOString(),
});

describe('dialectOf', () => {
  it.each([
    ['postgres://u@h/db', 'postgres'],
    ['postgresql://u@h:5432/db?sslmode=disable', 'postgres'],
    ['POSTGRES://h/db', 'postgres'],
    [':memory:', 'sqlite'],
    ['./sandbox.db', 'sqlite'],
    ['sqlite:./sandbox.db', 'sqlite'],
  ])('%s → %s', (url, dialect) => {
    expect(dialectOf(url)).toBe(dialect);
  });
});

describe('ModuleMigrationProvider', () => {
  it('refuses malformed and duplicate names', () => {
    const up = async () => {};
    expect(() => new ModuleMigrationProvider([{ name: 'infra', up }], 'sqlite')).toThrow(/0100_dossiers/);
    expect(
      () =>
        new ModuleMigrationProvider(
          [
            { name: '0001_a', up },
            { name: '0001_a', up },
          ],
          'sqlite',
        ),
    ).toThrow(/Two/);
  });
});

describe('SQLite file database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs with WAL, a busy timeout and foreign keys on', async () => {
    const handle = openDatabase(join(dir, 'sandbox.db'));
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw(`pragma ${name}`).execute(handle.db)).rows[0] as Record<string, unknown>,
        )[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await handle.close();
      await handle.close();
    }
  });

  it('keeps data across restarts and migrates only once', async () => {
    const path = join(dir, 'restart.db');
    const first = openDatabase(path);
    expect(await migrateToLatest(first.db, first.dialect, [infraMigration])).toEqual(['0001_infra']);
    await first.db.insertInto('personas').values(persona('kept')).execute();
    await first.close();
    const second = openDatabase(`sqlite:${path}`);
    expect(await migrateToLatest(second.db, second.dialect, [infraMigration])).toEqual([]);
    expect(await second.db.selectFrom('personas').select('id').execute()).toEqual([{ id: 'kept' }]);
    await second.close();
  });
});

describe.each(testDatabases())('database layer on $name', (engine) => {
  let instance: TestDatabaseInstance;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    instance = await engine.create();
    handle = openDatabase(instance.url);
    await migrateToLatest(handle.db, handle.dialect, [infraMigration]);
  });
  afterAll(async () => {
    await handle.close();
    await instance.drop();
  });
  afterEach(async () => {
    await handle.db.transaction().execute((trx) => wipeAllTables(trx, handle.dialect));
  });

  it('speaks the expected dialect', () => {
    expect(handle.dialect).toBe(engine.name);
  });

  const late: SandboxMigration = {
    name: '0500_late_module',
    async up(db) {
      await db.schema
        .createTable('late_things')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .execute();
    },
  };
  const earlier: SandboxMigration = {
    name: '0050_earlier_number',
    async up(db) {
      await db.schema
        .createTable('earlier_things')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .execute();
    },
  };

  it('accepts migrations contributed later, even with a lower number', async () => {
    expect(await migrateToLatest(handle.db, handle.dialect, [infraMigration, late])).toEqual([
      '0500_late_module',
    ]);
    expect(await migrateToLatest(handle.db, handle.dialect, [infraMigration, earlier, late])).toEqual([
      '0050_earlier_number',
    ]);
  });

  it('reports a failing migration by name', async () => {
    const broken: SandboxMigration = {
      name: '0900_broken',
      async up(db) {
        await sql`create table personas (id text)`.execute(db);
      },
    };
    await expect(
      migrateToLatest(handle.db, handle.dialect, [infraMigration, earlier, late, broken]),
    ).rejects.toThrow(/0900_broken/);
    // A migration that ran before and is no longer provided is a corrupted history, reported as such.
    await expect(migrateToLatest(handle.db, handle.dialect, [infraMigration])).rejects.toThrow(
      /Migrations failed/,
    );
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('personas').values(persona('ghost')).execute();
        await appendEvent(trx, { type: 'ghost.created' }, new Date());
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await handle.db.selectFrom('personas').selectAll().execute()).toEqual([]);
    expect(await handle.db.selectFrom('events').selectAll().execute()).toEqual([]);
  });

  it('recognises unique violations on either engine', async () => {
    await handle.db.insertInto('personas').values(persona('twin')).execute();
    const error = await handle.db
      .insertInto('personas')
      .values(persona('twin'))
      .execute()
      .catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error('other'))).toBe(false);
  });

  it('enforces foreign keys', async () => {
    await expect(
      handle.db
        .insertInto('tokens')
        .values({ token_hash: 'h', persona_id: 'nobody', created_at: 'x', expires_at: 'y' })
        .execute(),
    ).rejects.toThrow();
  });

  it('numbers events monotonically, as JavaScript numbers, and reads streams by key', async () => {
    const at = new Date();
    const a = await appendEvent(handle.db, { type: 'a', dossierCode: 'D1', payload: { n: 1 } }, at);
    const b = await appendEvent(handle.db, { type: 'b', dossierCode: 'D2', agencyCode: 'AG' }, at);
    const c = await appendEvent(handle.db, { type: 'c', dossierCode: 'D1' }, at);
    expect(typeof a.id).toBe('number');
    expect(b.id).toBeGreaterThan(a.id);
    expect(c.id).toBeGreaterThan(b.id);
    expect((await readEvents(handle.db, { dossierCode: 'D1' })).map((event) => event.type)).toEqual([
      'a',
      'c',
    ]);
    expect((await readEvents(handle.db, { afterId: a.id })).map((event) => event.id)).toEqual([b.id, c.id]);
    expect((await readEvents(handle.db, { agencyCode: 'AG' }))[0]?.payload).toEqual({});
    expect((await readEvents(handle.db))[0]?.payload).toEqual({ n: 1 });
  });

  it('stores clock offsets beyond 32 bits and reads them back as numbers', async () => {
    expect(await readClockOffset(handle.db)).toBe(0);
    const thirtyDays = 30 * 24 * 3600 * 1000;
    expect(await advanceClockBy(handle.db, thirtyDays)).toBe(thirtyDays);
    expect(await advanceClockBy(handle.db, thirtyDays)).toBe(2 * thirtyDays);
    expect(await readClockOffset(handle.db)).toBe(2 * thirtyDays);
    await expect(advanceClockBy(handle.db, -1)).rejects.toThrow(RangeError);
  });

  it('wipes every table and restarts identities', async () => {
    await appendEvent(handle.db, { type: 'before' }, new Date());
    await handle.db.insertInto('personas').values(persona('gone')).execute();
    const wiped = await handle.db.transaction().execute((trx) => wipeAllTables(trx, handle.dialect));
    expect(wiped).toEqual(
      expect.arrayContaining(['personas', 'events', 'tokens', 'idempotency_keys', 'clock']),
    );
    expect(await handle.db.selectFrom('personas').selectAll().execute()).toEqual([]);
    expect((await appendEvent(handle.db, { type: 'after' }, new Date())).id).toBe(1);
  });
});
