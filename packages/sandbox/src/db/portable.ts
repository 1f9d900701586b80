/**
 * The few places where SQLite and PostgreSQL differ, kept together so the rest of the sandbox writes one
 * query for both.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { Timestamp } from './schema.js';

/** Which engine a database runs on. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * The storage form of a point in time (see `schema.ts`): ISO 8601 in UTC with milliseconds.
 *
 * @example
 * toTimestamp(new Date(Date.UTC(2026, 1, 13, 3))) // '2026-02-13T03:00:00.000Z'
 */
export function toTimestamp(date: Date): Timestamp {
  return date.toISOString();
}

/** Reads a stored timestamp back. */
export function fromTimestamp(value: Timestamp): Date {
  return new Date(value);
}

/**
 * The storage form of a JSON document: text on both engines, so no query depends on `jsonb` operators.
 *
 * @example
 * toJson({ citizenId: '001087123456' }) // '{"citizenId":"001087123456"}'
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Parses a stored JSON column. */
export function fromJson<T = unknown>(value: string | null): T {
  return (value === null ? null : JSON.parse(value)) as T;
}

/**
 * Adds an auto-incrementing 64-bit primary key that is never reused, so ids are strictly monotonic
 * (SQLite's `AUTOINCREMENT`; PostgreSQL's `bigserial`). Event streams rely on it for `Last-Event-ID`.
 *
 * @example
 * db.schema.createTable('events').$call((t) => addSerialPrimaryKey(t, 'id', dialect))
 */
export function addSerialPrimaryKey<T extends string>(
  table: CreateTableBuilder<T, never>,
  column: string,
  dialect: Dialect,
): CreateTableBuilder<T, never> {
  return dialect === 'postgres'
    ? table.addColumn(column, 'bigserial', (col: ColumnDefinitionBuilder) => col.primaryKey())
    : table.addColumn(column, 'integer', (col: ColumnDefinitionBuilder) => col.primaryKey().autoIncrement());
}

/**
 * True when an error is a unique or primary-key violation, on either engine.
 *
 * @example
 * try { await insert() } catch (error) { if (isUniqueViolation(error)) return conflict() ; throw error }
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
