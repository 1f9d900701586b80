/**
 * Files: tus 1.0.0 resumable uploads (core + creation, creation-with-upload, termination, expiration), type
 * sniffing and SHA-256 on completion, metadata and download. Bytes live in the database (`file_chunks`), so
 * `:memory:` works and a reset wipes them.
 */
import { sql } from 'kysely';
import type { SandboxMigration } from '../db/migrations.js';
import type { SandboxModule } from '../module.js';
import { type FilesOptions, fileRoutes } from './routes.js';

export { getStoredFile, readFileContent, type StoredFileRecord } from './repository.js';
export { DEFAULT_MAX_FILE_SIZE, DEFAULT_UPLOAD_TTL_MS, type FilesOptions } from './routes.js';
export { ACCEPTED_MEDIA_TYPES, sniffMediaType } from './sniff.js';

/** `stored_files` (one row per upload) and `file_chunks` (its bytes, one row per received chunk). */
export const filesMigration: SandboxMigration = {
  name: '1100_files',
  async up(db, { dialect }) {
    await db.schema
      .createTable('stored_files')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('owner', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('declared_type', 'text')
      .addColumn('media_type', 'text')
      .addColumn('size', 'bigint', (col) => col.notNull())
      .addColumn('upload_offset', 'bigint', (col) => col.notNull())
      .addColumn('sha256', 'text')
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('uploading', 'complete')`))
      .addColumn('metadata', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('completed_at', 'text')
      .execute();
    await db.schema
      .createIndex('stored_files_owner')
      .on('stored_files')
      .columns(['owner', 'created_at'])
      .execute();
    await db.schema
      .createIndex('stored_files_expiry')
      .on('stored_files')
      .columns(['status', 'expires_at'])
      .execute();
    await db.schema
      .createTable('file_chunks')
      .addColumn('file_id', 'text', (col) => col.notNull().references('stored_files.id').onDelete('cascade'))
      .addColumn('position', 'bigint', (col) => col.notNull())
      .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (col) => col.notNull())
      .addPrimaryKeyConstraint('file_chunks_pk', ['file_id', 'position'])
      .execute();
  },
};

/**
 * The files module with its limits.
 *
 * @example
 * createSandbox({ modules: [createFilesModule({ maxSize: 1024 * 1024 })] })
 */
export function createFilesModule(options: FilesOptions = {}): SandboxModule {
  return { name: 'files', migrations: [filesMigration], routes: fileRoutes(options) };
}

/** The files module with the default limits (20 MiB, unfinished uploads kept 24 hours). */
export const filesModule: SandboxModule = createFilesModule();
