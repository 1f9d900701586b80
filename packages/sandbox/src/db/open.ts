import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Dialect } from './portable.js';
import type { Database } from './schema.js';

/** An open database: the query builder, which engine it speaks, and how to let it go. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Closes the connection (SQLite) or the pool (PostgreSQL). Safe to call twice. */
  close(): Promise<void>;
}

const INT8_OID = 20;

/**
 * Tells a PostgreSQL URL from a SQLite location.
 *
 * @example
 * dialectOf('postgres://localhost/motcua') // 'postgres'
 * dialectOf('./sandbox.db')                // 'sqlite'
 */
export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/**
 * Opens the sandbox database: PostgreSQL when `url` starts with `postgres://` or `postgresql://`, otherwise
 * SQLite at that file path (`:memory:` for a throwaway one; a `sqlite:` prefix is accepted and dropped).
 *
 * @example
 * const { db, dialect, close } = openDatabase(process.env.DATABASE_URL ?? ':memory:');
 */
export function openDatabase(url: string): DatabaseHandle {
  return dialectOf(url) === 'postgres' ? openPostgres(url) : openSqlite(url.replace(/^sqlite:(\/\/)?/i, ''));
}

function openSqlite(path: string): DatabaseHandle {
  const sqlite = new BetterSqlite3(path === '' ? ':memory:' : path);
  // WAL lets a reader (a database shell, a second process) look while the sandbox writes; busy_timeout makes
  // such a second writer wait instead of failing at once; SQLite leaves foreign keys off unless asked.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // In WAL mode NORMAL is still safe from corruption; it only skips the fsync of every commit (a power cut may
  // lose the last transactions, never the database). FULL's fsync per commit is most of a write's cost.
  sqlite.pragma('synchronous = NORMAL');
  // 64 MiB of page cache instead of 2: with a large database most index pages a request touches would
  // otherwise be read from the file again (it grows only as pages are used; an in-memory database has no file).
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  return { db, dialect: 'sqlite', close: once(() => db.destroy()) };
}

/** How many distinct SQL texts keep their prepared statement. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew; compiling the SQL costs more than running most of the
 * sandbox's indexed queries. The statements are kept by SQL text (least recently used out first). Safe with
 * Kysely's single SQLite connection: queries run one at a time and each statement runs to completion
 * (`all` / `run`) before the next query starts; SQLite re-prepares a cached statement itself after a schema
 * change.
 */
function cachingStatements(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      let statement = statements.get(text);
      if (statement) {
        // Most recently used last.
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // bigint/bigserial come back as numbers, as SQLite gives them: event ids and clock offsets stay far
    // below 2^53, and one type per column keeps the shared query code simple.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID && format !== 'binary'
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server (a test cluster stopping) must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: once(() => db.destroy()) };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= fn();
    return closing;
  };
}
