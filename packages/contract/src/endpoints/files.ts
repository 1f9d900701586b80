import { DateTimeSchema, IdSchema, StoredFileSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { BinaryBodySchema, queryInt } from '../wire.js';

/**
 * Uploads follow tus 1.0 (https://tus.io/protocols/resumable-upload), so an upload cut by a bad mobile
 * connection resumes where it stopped, and any tus client works. Extensions: `creation`,
 * `creation-with-upload`, `termination`, `expiration`. A finished upload's type is sniffed from its bytes
 * (the declared type is not trusted) and its SHA-256 recorded; then it can be attached to a dossier.
 */

/** The protocol version every tus request and answer carries. */
export const TUS_VERSION = '1.0.0';
/** The tus extensions the platform supports, as `Tus-Extension` lists them. */
export const TUS_EXTENSIONS = ['creation', 'creation-with-upload', 'termination', 'expiration'] as const;
/** The media type of an upload chunk. */
export const TUS_CHUNK_MEDIA_TYPE = 'application/offset+octet-stream';

const TusResumable = z.literal(TUS_VERSION);

/**
 * Where an upload stands. Complete uploads carry their sniffed `mediaType` and `sha256`; incomplete ones the
 * type the uploader declared and the time they expire.
 *
 * @example
 * const file: FileInfo = {
 *   fileId: 'file_01J2', name: 'giay-chung-sinh.pdf', mediaType: 'application/pdf', size: 182_044,
 *   offset: 182_044, status: 'complete', sha256: 'e3b0c442…', createdAt: '2025-07-01T08:30:00+07:00',
 * };
 */
export const FileInfoSchema = z.extend(StoredFileSchema, {
  sha256: z.optional(StoredFileSchema.shape.sha256),
  /** Bytes received so far; equals `size` once complete. */
  offset: z.int().check(z.gte(0)),
  status: z.enum(['uploading', 'complete']),
  createdAt: DateTimeSchema,
  /** Incomplete uploads are deleted after this. */
  expiresAt: z.optional(DateTimeSchema),
});
export type FileInfo = z.infer<typeof FileInfoSchema>;

const fileParams = z.object({ id: IdSchema });

/** `Upload-Metadata`: comma-separated `key base64value` pairs; `filename` and `filetype` are read. */
const UploadMetadata = z
  .string()
  .check(z.maxLength(4096), z.regex(/^([\w.-]+( [A-Za-z0-9+/=]*)?)(,[\w.-]+( [A-Za-z0-9+/=]*)?)*$/));

/** What the server announces: its tus version and extensions, and the largest upload it takes. */
export const options = endpoint({
  id: 'files.options',
  method: 'OPTIONS',
  path: '/files',
  tag: 'files',
  summary: 'Discover the tus upload capabilities',
  status: 204,
  responseKind: 'empty',
  responseHeaders: z.object({
    'Tus-Resumable': TusResumable,
    'Tus-Version': z.string(),
    'Tus-Extension': z.string(),
    /** Bytes. */
    'Tus-Max-Size': queryInt(1),
  }),
  auth: [],
  errors: [],
});

/** Creates an upload of a known length; with a body (`creation-with-upload`) its first chunk is sent at once. */
export const create = endpoint({
  id: 'files.create',
  method: 'POST',
  path: '/files',
  tag: 'files',
  summary: 'Create an upload (tus creation)',
  description:
    'Headers: `Tus-Resumable: 1.0.0`, `Upload-Length` (bytes), `Upload-Metadata` (`filename` and `filetype`, ' +
    'base64). An optional first chunk may follow as `application/offset+octet-stream`. Answers 201 with the ' +
    "upload's URL in `Location` (and `Upload-Offset` when a chunk was sent) and its `FileInfo` as JSON.",
  headers: z.object({
    'Tus-Resumable': TusResumable,
    'Upload-Length': queryInt(0),
    'Upload-Metadata': z.optional(UploadMetadata),
  }),
  body: z.optional(BinaryBodySchema),
  requestKind: 'binary',
  requestMediaType: TUS_CHUNK_MEDIA_TYPE,
  response: FileInfoSchema,
  responseHeaders: z.object({
    Location: z.string(),
    'Tus-Resumable': TusResumable,
    'Upload-Offset': z.optional(queryInt(0)),
    'Upload-Expires': z.optional(z.string()),
  }),
  status: 201,
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: [
    'upload.versionUnsupported',
    'file.tooLarge',
    'file.typeNotAllowed',
    'request.unsupportedMediaType',
  ],
  idempotent: true,
});

/** How far an upload got: resume with `PATCH` from `Upload-Offset`. */
export const head = endpoint({
  id: 'files.head',
  method: 'HEAD',
  path: '/files/{id}',
  tag: 'files',
  summary: 'Read the offset of an upload (tus)',
  params: fileParams,
  headers: z.object({ 'Tus-Resumable': TusResumable }),
  responseKind: 'empty',
  responseHeaders: z.object({
    'Tus-Resumable': TusResumable,
    'Upload-Offset': queryInt(0),
    'Upload-Length': queryInt(0),
    'Upload-Metadata': z.optional(z.string()),
    'Cache-Control': z.literal('no-store'),
  }),
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: ['resource.notFound', 'file.expired', 'upload.versionUnsupported'],
});

/** Sends the next chunk, which must start exactly at the upload's current offset. */
export const append = endpoint({
  id: 'files.append',
  method: 'PATCH',
  path: '/files/{id}',
  tag: 'files',
  summary: 'Append a chunk to an upload (tus)',
  description:
    'Headers: `Tus-Resumable: 1.0.0`, `Upload-Offset` equal to the current offset (else 409), ' +
    '`Content-Type: application/offset+octet-stream` (else 415). Answers 204 with the new `Upload-Offset`. The ' +
    'chunk that completes the upload also has its type sniffed: a type the platform refuses answers 415.',
  params: fileParams,
  headers: z.object({ 'Tus-Resumable': TusResumable, 'Upload-Offset': queryInt(0) }),
  body: BinaryBodySchema,
  requestKind: 'binary',
  requestMediaType: TUS_CHUNK_MEDIA_TYPE,
  status: 204,
  responseKind: 'empty',
  responseHeaders: z.object({
    'Tus-Resumable': TusResumable,
    'Upload-Offset': queryInt(0),
    'Upload-Expires': z.optional(z.string()),
  }),
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: [
    'resource.notFound',
    'file.offsetMismatch',
    'file.tooLarge',
    'file.typeNotAllowed',
    'file.expired',
    'upload.versionUnsupported',
    'request.unsupportedMediaType',
  ],
});

/** Deletes an upload (tus termination). A file attached to a submitted dossier stays. */
export const remove = endpoint({
  id: 'files.delete',
  method: 'DELETE',
  path: '/files/{id}',
  tag: 'files',
  summary: 'Delete an upload (tus termination)',
  params: fileParams,
  headers: z.object({ 'Tus-Resumable': TusResumable }),
  status: 204,
  responseKind: 'empty',
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: ['resource.notFound', 'file.inUse', 'upload.versionUnsupported'],
});

/** An upload's name, sniffed type, size, checksum and status. */
export const get = endpoint({
  id: 'files.get',
  method: 'GET',
  path: '/files/{id}',
  tag: 'files',
  summary: "Read an upload's metadata",
  params: fileParams,
  response: FileInfoSchema,
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: ['resource.notFound', 'auth.forbidden'],
});

/** The bytes of a complete upload, with its sniffed `Content-Type` and `Digest`-style `ETag` (the SHA-256). */
export const content = endpoint({
  id: 'files.content',
  method: 'GET',
  path: '/files/{id}/content',
  tag: 'files',
  summary: 'Download a file',
  params: fileParams,
  responseKind: 'binary',
  responseHeaders: z.object({
    'Content-Type': z.string(),
    'Content-Disposition': z.string(),
    ETag: z.string(),
  }),
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: ['resource.notFound', 'file.notComplete'],
});
