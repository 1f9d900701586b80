/**
 * Reading stored files, for this module and for others (dossiers check that an attachment is a complete file
 * its applicant uploaded). The tables are declared here so any importer gets their types.
 */
import type { Kysely } from 'kysely';
import type { Database, Timestamp } from '../db/schema.js';

/** One upload: its metadata and tus progress. The bytes live in `file_chunks`. */
export interface StoredFileTable {
  id: string;
  /** Who uploaded it: `principalKey()` of the uploader (`persona:<id>` or `agencyKey:<id>`). */
  owner: string;
  /** The file name as the client sent it (hostile names are kept verbatim and only escaped when served). */
  name: string;
  /** What the client declared (`filetype` metadata), never trusted; `null` when absent. */
  declared_type: string | null;
  /** The media type sniffed from the bytes once complete; `null` while uploading. */
  media_type: string | null;
  /** `Upload-Length`: the final size in bytes. */
  size: number;
  /** Bytes received so far (`Upload-Offset`). */
  upload_offset: number;
  /** SHA-256 of the content, lowercase hex; `null` while uploading. */
  sha256: string | null;
  status: 'uploading' | 'complete';
  /** The `Upload-Metadata` header as the client sent it (validated), echoed by `HEAD`; empty when absent. */
  metadata: string;
  created_at: Timestamp;
  /** When an unfinished upload expires (tus expiration extension); complete files do not expire. */
  expires_at: Timestamp;
  completed_at: Timestamp | null;
}

/** The content of an upload, as one row per received PATCH segment, in order of `position`. */
export interface FileChunkTable {
  file_id: string;
  /** The byte offset of this chunk's first byte. */
  position: number;
  data: Buffer;
}

declare module '../db/schema.js' {
  interface Database {
    stored_files: StoredFileTable;
    file_chunks: FileChunkTable;
  }
}

/** A stored file, as other modules see it. */
export interface StoredFileRecord {
  id: string;
  /** `principalKey()` of the uploader, e.g. `persona:citizen-an`. */
  owner: string;
  name: string;
  /** Sniffed from the bytes when complete; while uploading, the client's declared type (or `application/octet-stream`). */
  mediaType: string;
  size: number;
  /** Lowercase hex SHA-256 of the content; empty while uploading. */
  sha256: string;
  status: 'uploading' | 'complete';
  createdAt: string;
}

/** Maps a `stored_files` row to the record other modules use. */
export function toStoredFileRecord(row: StoredFileTable): StoredFileRecord {
  return {
    id: row.id,
    owner: row.owner,
    name: row.name,
    mediaType: row.media_type ?? row.declared_type ?? 'application/octet-stream',
    size: Number(row.size),
    sha256: row.sha256 ?? '',
    status: row.status,
    createdAt: row.created_at,
  };
}

/**
 * A stored file by id, whoever owns it (callers check ownership), or `undefined`.
 *
 * @example
 * const file = await getStoredFile(db, attachment.fileId);
 * if (!file || file.status !== 'complete' || file.owner !== principalKey(principal)) throw new ProblemError(…);
 */
export async function getStoredFile(db: Kysely<Database>, id: string): Promise<StoredFileRecord | undefined> {
  const row = await db.selectFrom('stored_files').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStoredFileRecord(row) : undefined;
}

/**
 * The bytes of a file as received so far, chunks joined in order.
 *
 * @example
 * const bytes = await readFileContent(db, file.id); // Buffer of file.size bytes once complete
 */
export async function readFileContent(db: Kysely<Database>, id: string): Promise<Buffer> {
  const chunks = await db
    .selectFrom('file_chunks')
    .select(['position', 'data'])
    .where('file_id', '=', id)
    .orderBy('position')
    .execute();
  return Buffer.concat(chunks.map((chunk) => toBuffer(chunk.data)));
}

/** SQLite gives a `Buffer`, PostgreSQL a `Buffer` too; anything array-like is copied into one. */
function toBuffer(data: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}
