import { createHash, randomBytes } from 'node:crypto';
import { files } from '@motcua/contract';
import type { Kysely } from 'kysely';
import { type AuthenticatedPrincipal, principalKey } from '../auth/principal.js';
import { toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { ProblemError, problemResponse } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { contentDisposition, parseUploadMetadata, safeFileName } from './names.js';
import { readFileContent, type StoredFileTable } from './repository.js';
import {
  ACCEPTED_MEDIA_TYPES,
  declarationFits,
  isAcceptedFileType,
  isGenericMediaType,
  normalizeMediaType,
  OCTET_STREAM,
  sniffMediaType,
  TEXT,
} from './sniff.js';
import { httpDate, readTusHeaders, requireTusVersion, TUS_HEADERS, withTusHeaders } from './tus.js';

/** Settings of the files module. */
export interface FilesOptions {
  /** Largest upload, in bytes (`Tus-Max-Size`). Default 20 MiB. */
  maxSize?: number;
  /** How long an unfinished upload lives after its last chunk, in ms of test-clock time. Default 24 hours. */
  uploadTtlMs?: number;
}

/** Default largest upload: 20 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;
/** Default lifetime of an unfinished upload: 24 hours after its last chunk. */
export const DEFAULT_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

const notFound = () => new ProblemError('resource.notFound');

/** Ids are unguessable (and ownership is checked anyway). */
function newFileId(): string {
  return `file_${randomBytes(15).toString('base64url')}`;
}

/** The public form of an upload. */
function toFileInfo(row: StoredFileTable): files.FileInfo {
  const complete = row.status === 'complete';
  return {
    fileId: row.id,
    name: row.name,
    mediaType: row.media_type ?? row.declared_type ?? OCTET_STREAM,
    size: Number(row.size),
    offset: Number(row.upload_offset),
    status: row.status,
    ...(complete && row.sha256 ? { sha256: row.sha256 } : {}),
    createdAt: row.created_at,
    ...(complete ? {} : { expiresAt: row.expires_at }),
  };
}

function isExpired(row: StoredFileTable, now: Date): boolean {
  return row.status === 'uploading' && row.expires_at <= toTimestamp(now);
}

/** The caller's own upload, or 404: another person's file is indistinguishable from a missing one. */
async function findOwnFile(
  db: Kysely<Database>,
  id: string,
  principal: AuthenticatedPrincipal,
): Promise<StoredFileTable> {
  const row = await db
    .selectFrom('stored_files')
    .selectAll()
    .where('id', '=', id)
    .where('owner', '=', principalKey(principal))
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

function refused(detail: { vi: string; en: string }): ProblemError {
  return new ProblemError('file.typeNotAllowed', {
    detail,
    headers: { ...TUS_HEADERS, 'X-Accepted-Media-Types': ACCEPTED_MEDIA_TYPES.join(', ') },
  });
}

/**
 * What the bytes of a finished upload are, or why they are refused: not an accepted type, or not what the client
 * declared (a PNG declared as a PDF is as suspicious as an executable).
 */
function judgeContent(
  bytes: Uint8Array,
  declared: string | null,
): { ok: true; mediaType: string } | { ok: false; error: ProblemError } {
  const sniffed = sniffMediaType(bytes);
  if (!isAcceptedFileType(sniffed)) {
    return {
      ok: false,
      error: refused({
        vi: `Nội dung tệp (${sniffed}) không thuộc loại được chấp nhận`,
        en: `The content (${sniffed}) is not an accepted type`,
      }),
    };
  }
  if (declared !== null && !declarationFits(declared, sniffed)) {
    return {
      ok: false,
      error: refused({
        vi: `Tệp khai báo là ${declared} nhưng nội dung là ${sniffed}`,
        en: `Declared as ${declared} but the content is ${sniffed}`,
      }),
    };
  }
  return { ok: true, mediaType: sniffed };
}

/**
 * Appends a chunk at `offset` (which the caller checked), refreshing the expiry; when the upload is then whole,
 * sniffs and hashes it. Returns the updated row, or the refusal of a finished upload whose content is refused.
 */
async function appendChunk(
  db: Kysely<Database>,
  row: StoredFileTable,
  bytes: Uint8Array,
  now: Date,
  ttlMs: number,
): Promise<{ row: StoredFileTable; refusal?: ProblemError }> {
  const offset = Number(row.upload_offset);
  const newOffset = offset + bytes.byteLength;
  const expiresAt = toTimestamp(new Date(now.getTime() + ttlMs));
  if (bytes.byteLength > 0) {
    // Only the request that finds the offset unchanged wins; a concurrent duplicate PATCH gets 409.
    const updated = await db
      .updateTable('stored_files')
      .set({ upload_offset: newOffset, expires_at: expiresAt })
      .where('id', '=', row.id)
      .where('upload_offset', '=', offset)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw offsetMismatch(offset);
    await db
      .insertInto('file_chunks')
      .values({
        file_id: row.id,
        position: offset,
        data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      })
      .execute();
  }
  let next: StoredFileTable = { ...row, upload_offset: newOffset, expires_at: expiresAt };
  if (newOffset < Number(row.size)) return { row: next };

  const content = await readFileContent(db, row.id);
  const verdict = judgeContent(content, row.declared_type);
  if (!verdict.ok) return { row: next, refusal: verdict.error };
  next = {
    ...next,
    status: 'complete',
    media_type: verdict.mediaType,
    sha256: createHash('sha256').update(content).digest('hex'),
    completed_at: toTimestamp(now),
  };
  await db
    .updateTable('stored_files')
    .set({
      status: next.status,
      media_type: next.media_type,
      sha256: next.sha256,
      completed_at: next.completed_at,
    })
    .where('id', '=', row.id)
    .execute();
  return { row: next };
}

function offsetMismatch(current: number): ProblemError {
  return new ProblemError('file.offsetMismatch', {
    detail: {
      vi: `Tệp đã nhận ${current} byte: gửi tiếp từ vị trí đó (HEAD để kiểm tra)`,
      en: `The upload is at byte ${current}: continue from there (HEAD tells)`,
    },
    headers: { ...TUS_HEADERS, 'Upload-Offset': String(current) },
  });
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError('file.tooLarge', {
    detail: { vi: `Tệp tối đa ${limit} byte`, en: `Files are at most ${limit} bytes` },
    headers: { ...TUS_HEADERS, 'Tus-Max-Size': String(limit) },
  });
}

function requireChunkType(request: Request): void {
  const type = normalizeMediaType(request.headers.get('content-type') ?? '');
  if (type === files.TUS_CHUNK_MEDIA_TYPE) return;
  throw new ProblemError('request.unsupportedMediaType', {
    detail: {
      vi: `Cần Content-Type: ${files.TUS_CHUNK_MEDIA_TYPE}`,
      en: `Send Content-Type: ${files.TUS_CHUNK_MEDIA_TYPE}`,
    },
    headers: { ...TUS_HEADERS },
  });
}

async function deleteFile(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('file_chunks').where('file_id', '=', id).execute();
  await db.deleteFrom('stored_files').where('id', '=', id).execute();
}

/** The routes of the files module (tus upload, metadata, download). */
export function fileRoutes(options: FilesOptions = {}): RouteDefinition[] {
  const maxSize = options.maxSize ?? DEFAULT_MAX_FILE_SIZE;
  const ttlMs = options.uploadTtlMs ?? DEFAULT_UPLOAD_TTL_MS;

  return [
    route(files.options, () =>
      reply(undefined, {
        status: 204,
        headers: {
          ...TUS_HEADERS,
          'Tus-Version': files.TUS_VERSION,
          'Tus-Extension': files.TUS_EXTENSIONS.join(','),
          'Tus-Max-Size': String(maxSize),
        },
      }),
    ),

    route(files.create, ({ db, request, body, principal, now, locale }) =>
      withTusHeaders(async () => {
        const headers = readTusHeaders<{ 'Upload-Length': number; 'Upload-Metadata'?: string }>(
          files.create,
          request,
          locale,
        );
        const size = headers['Upload-Length'];
        if (size > maxSize) throw tooLarge(maxSize);
        const metadata = parseUploadMetadata(headers['Upload-Metadata']);
        if (metadata === undefined) {
          throw new ProblemError('request.malformed', {
            detail: {
              vi: 'Upload-Metadata phải là các cặp "khóa giá-trị-base64" ngăn bởi dấu phẩy',
              en: 'Upload-Metadata must be comma-separated "key base64value" pairs',
            },
          });
        }
        const declared = metadata.filetype?.trim() ? normalizeMediaType(metadata.filetype) : null;
        if (declared !== null && !isGenericMediaType(declared) && !isAcceptedFileType(declared)) {
          throw refused({
            vi: `Loại tệp ${declared} không được chấp nhận`,
            en: `Files of type ${declared} are not accepted`,
          });
        }
        if (size === 0) {
          throw refused({ vi: 'Tệp rỗng', en: 'The file is empty' });
        }
        const bytes = body instanceof Uint8Array ? body : undefined;
        if (bytes) {
          requireChunkType(request);
          if (bytes.byteLength > size) throw tooLarge(size);
        }

        const at = now();
        // Unfinished uploads past their expiry are deleted (tus expiration) whenever a new one starts.
        const expired = db
          .selectFrom('stored_files')
          .select('id')
          .where('status', '=', 'uploading')
          .where('expires_at', '<=', toTimestamp(at));
        await db.deleteFrom('file_chunks').where('file_id', 'in', expired).execute();
        await db
          .deleteFrom('stored_files')
          .where('status', '=', 'uploading')
          .where('expires_at', '<=', toTimestamp(at))
          .execute();

        const row: StoredFileTable = {
          id: newFileId(),
          owner: principalKey(principal),
          name: safeFileName(metadata.filename),
          declared_type: declared,
          media_type: null,
          size,
          upload_offset: 0,
          sha256: null,
          status: 'uploading',
          metadata: headers['Upload-Metadata'] ?? '',
          created_at: toTimestamp(at),
          expires_at: toTimestamp(new Date(at.getTime() + ttlMs)),
          completed_at: null,
        };
        await db.insertInto('stored_files').values(row).execute();
        const { row: stored, refusal } = await appendChunk(db, row, bytes ?? new Uint8Array(0), at, ttlMs);
        if (refusal) throw refusal;
        return reply(toFileInfo(stored), {
          status: 201,
          headers: {
            ...TUS_HEADERS,
            Location: `/files/${stored.id}`,
            'Upload-Offset': String(stored.upload_offset),
            ...(stored.status === 'complete'
              ? {}
              : { 'Upload-Expires': httpDate(new Date(stored.expires_at)) }),
          },
        });
      }),
    ),

    route(files.head, ({ db, params, principal, request, now }) =>
      withTusHeaders(async () => {
        requireTusVersion(request);
        const row = await findOwnFile(db, params.id, principal);
        if (isExpired(row, now())) throw new ProblemError('file.expired');
        const metadata = row.metadata;
        return reply(undefined, {
          headers: {
            ...TUS_HEADERS,
            'Upload-Offset': String(row.upload_offset),
            'Upload-Length': String(row.size),
            ...(metadata ? { 'Upload-Metadata': metadata } : {}),
            ...(row.status === 'complete' ? {} : { 'Upload-Expires': httpDate(new Date(row.expires_at)) }),
            'Cache-Control': 'no-store',
          },
        });
      }),
    ),

    route(
      files.append,
      ({ db, params, principal, request, body, now, locale, requestId }) =>
        withTusHeaders(async () => {
          const headers = readTusHeaders<{ 'Upload-Offset': number }>(files.append, request, locale);
          requireChunkType(request);
          const row = await findOwnFile(db, params.id, principal);
          const at = now();
          if (isExpired(row, at)) throw new ProblemError('file.expired');
          const offset = Number(row.upload_offset);
          if (headers['Upload-Offset'] !== offset) throw offsetMismatch(offset);
          const bytes = body instanceof Uint8Array ? body : new Uint8Array(body as ArrayBuffer);
          if (offset + bytes.byteLength > Number(row.size)) throw tooLarge(Number(row.size));
          const { row: stored, refusal } = await appendChunk(db, row, bytes, at, ttlMs);
          if (refusal) {
            // Refused content is not kept: delete it, commit, and tell the client why.
            await deleteFile(db, row.id);
            return problemResponse(refusal, locale, requestId);
          }
          return reply(undefined, {
            status: 204,
            headers: {
              ...TUS_HEADERS,
              'Upload-Offset': String(stored.upload_offset),
              ...(stored.status === 'complete'
                ? {}
                : { 'Upload-Expires': httpDate(new Date(stored.expires_at)) }),
            },
          });
        }),
      // A chunk cut off by a dropped connection keeps what arrived: the client resumes from HEAD's offset.
      { keepPartialBody: true },
    ),

    route(files.remove, ({ db, params, principal, request }) =>
      withTusHeaders(async () => {
        requireTusVersion(request);
        const row = await findOwnFile(db, params.id, principal);
        await deleteFile(db, row.id);
        return reply(undefined, { status: 204, headers: { ...TUS_HEADERS } });
      }),
    ),

    route(files.get, async ({ db, params, principal, now }) => {
      const row = await findOwnFile(db, params.id, principal);
      if (isExpired(row, now())) throw notFound();
      return reply(toFileInfo(row), { headers: { 'Cache-Control': 'no-store' } });
    }),

    route(files.content, async ({ db, params, principal, request }) => {
      const row = await findOwnFile(db, params.id, principal);
      if (row.status !== 'complete' || !row.sha256 || !row.media_type) {
        throw new ProblemError('file.notComplete');
      }
      const etag = `"${row.sha256}"`;
      const headers: Record<string, string> = {
        ETag: etag,
        'Cache-Control': 'private, no-cache',
        'X-Content-Type-Options': 'nosniff',
        // Even if a browser were to render it, nothing in it may run or load.
        'Content-Security-Policy': "default-src 'none'; sandbox",
      };
      if (ifNoneMatch(request.headers.get('if-none-match'), etag)) {
        return new Response(null, { status: 304, headers });
      }
      const content = await readFileContent(db, row.id);
      return new Response(new Uint8Array(content), {
        status: 200,
        headers: {
          ...headers,
          'Content-Type': row.media_type === TEXT ? `${TEXT}; charset=utf-8` : row.media_type,
          'Content-Length': String(content.byteLength),
          'Content-Disposition': contentDisposition(row.name),
        },
      });
    }),
  ];
}

function ifNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
