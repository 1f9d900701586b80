/**
 * The engines every integration suite runs on: SQLite (`:memory:`) always, PostgreSQL when
 * `MOTCUA_TEST_POSTGRES_URL` is set (or the global setup started a cluster because `MOTCUA_TEST_POSTGRES=1`).
 *
 * @example
 * describe.each(testDatabases())('on $name', (engine) => {
 *   let database: TestDatabaseInstance;
 *   beforeAll(async () => { database = await engine.create() });
 *   afterAll(() => database.drop());
 * });
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabaseInstance {
  /** What to pass as `createSandbox({ database })`. */
  readonly url: string;
  /** Drops the database (PostgreSQL); close every connection to it first. */
  drop(): Promise<void>;
}

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database. */
  create(): Promise<TestDatabaseInstance>;
}

/** The PostgreSQL server URL for tests, if any. */
export function testPostgresUrl(): string | undefined {
  return process.env.MOTCUA_TEST_POSTGRES_URL || inject('motcuaPostgresUrl') || undefined;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    return { url: ':memory:', drop: async () => {} };
  },
};

function postgres(serverUrl: string): TestDatabase {
  return {
    name: 'postgres',
    async create() {
      const name = `motcua_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        async drop() {
          const client = new pg.Client({ connectionString: serverUrl });
          await client.connect();
          try {
            await client.query(`drop database if exists ${name} with (force)`);
          } finally {
            await client.end();
          }
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL when a server is configured. */
export function testDatabases(): TestDatabase[] {
  const url = testPostgresUrl();
  return url ? [sqlite, postgres(url)] : [sqlite];
}
