/**
 * Attachments: turning the file ids a citizen sends into the stored files a dossier lists, through the files
 * module's `stored_files` table (`getStoredFile`). The dossier module does not require the files module to be
 * registered: without its table every file id is unknown (a 422 naming it), which is what a platform without
 * uploads would answer.
 */
import type { DocumentComponent, DocumentSubmission, Locale, StoredFile } from '@motcua/core';
import { isAcceptedMediaType } from '@motcua/core';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { getStoredFile, type StoredFileRecord } from '../files/repository.js';
import { ProblemError } from '../http/problem.js';
import { sayIn, says } from './messages.js';

type Path = (string | number)[];

/** Whether another module's table exists in this database (its module may not be registered). */
async function tableExists(db: Kysely<Database>, dialect: Dialect, name: string): Promise<boolean> {
  const query =
    dialect === 'postgres'
      ? sql<{ found: unknown }>`select to_regclass(${name}) is not null as found`
      : sql<{
          found: unknown;
        }>`select count(*) as found from sqlite_master where type = 'table' and name = ${name}`;
  const row = (await query.execute(db)).rows[0];
  return row?.found === true || Number(row?.found) > 0;
}

/** Whether the files module's table exists in this database (it is another module's, and optional). */
export function fileStoreAvailable(db: Kysely<Database>, dialect: Dialect): Promise<boolean> {
  return tableExists(db, dialect, 'stored_files');
}

/**
 * A document of the applicant's citizen data store (the citizen-data module's `citizen_documents`), by its
 * document id or its file id: the data store of the persona's citizen ID (a business: its representative's).
 */
async function dataStoreFile(
  db: Kysely<Database>,
  dialect: Dialect,
  personaId: string,
  id: string,
): Promise<StoredFile | undefined> {
  if (!(await tableExists(db, dialect, 'citizen_documents'))) return undefined;
  const persona = await db
    .selectFrom('personas')
    .select('claims')
    .where('id', '=', personaId)
    .executeTakeFirst();
  const claims = persona ? (JSON.parse(persona.claims) as Record<string, unknown>) : {};
  const representative = claims.representative as { citizenId?: unknown } | undefined;
  const citizenId = claims.citizenId ?? representative?.citizenId;
  if (typeof citizenId !== 'string') return undefined;
  const { rows } = await sql<{ id: string; file: string }>`
    select id, file from citizen_documents where citizen_id = ${citizenId}`.execute(db);
  for (const row of rows) {
    const file = JSON.parse(row.file) as StoredFile;
    if (row.id === id || file.fileId === id) return file;
  }
  return undefined;
}

/** Who is attaching: the applicant's persona, and their principal key (the files module's `owner`). */
export interface FileOwner {
  readonly personaId: string;
  /** `persona:<id>`, as `principalKey()` writes it. */
  readonly key: string;
}

/** How the files of one component came. */
export interface AttachmentInput {
  readonly componentId: string;
  readonly fileIds: readonly string[];
  readonly reused?: boolean | undefined;
  readonly fromDataStore?: boolean | undefined;
}

function unknownFile(locale: Locale, path: Path, fileId: string, unavailable = false): ProblemError {
  const key = unavailable ? 'file.unavailable' : 'file.unknown';
  return new ProblemError('request.invalid', {
    detail: says(key, { fileId }),
    errors: [{ path, code: 'file.unknown', message: sayIn(locale, key, { fileId }) }],
  });
}

/**
 * Whether a file is one of the applicant's earlier results (re-use, "tái sử dụng"): a result file of one of
 * their own dossiers.
 */
async function isOwnResult(db: Kysely<Database>, personaId: string, fileId: string): Promise<boolean> {
  const rows = await db
    .selectFrom('dossiers')
    .select('results')
    .where('applicant_persona_id', '=', personaId)
    .where('results', 'like', `%${fileId}%`)
    .execute();
  return rows.some((row) =>
    (JSON.parse(row.results) as { fileId?: string }[]).some((result) => result.fileId === fileId),
  );
}

/**
 * Resolves the files of one document component and checks them against the component's limits:
 * unknown (or someone else's) file → 422 `request.invalid` at `path`; an unfinished upload → 409
 * `file.notComplete`; a type the component does not accept → 415 `file.typeNotAllowed`; too big → 413
 * `file.tooLarge`; too many → 422. Ownership: the applicant's own uploads; with `reused`, also a result file
 * of one of their dossiers; with `fromDataStore`, a document of their citizen data store (by document id or
 * file id) — else one of their uploads.
 *
 * @example
 * const submission = await resolveAttachment(db, dialect, 'vi', owner, component, input, ['fileIds']);
 */
export async function resolveAttachment(
  db: Kysely<Database>,
  dialect: Dialect,
  locale: Locale,
  owner: FileOwner,
  component: DocumentComponent,
  input: AttachmentInput,
  path: Path,
): Promise<DocumentSubmission> {
  const fileIds = [...new Set(input.fileIds)];
  const maxFiles = component.maxFiles;
  if (maxFiles !== undefined && fileIds.length > maxFiles) {
    throw new ProblemError('request.invalid', {
      detail: says('file.tooMany', { max: maxFiles }),
      errors: [{ path, code: 'file.tooMany', message: sayIn(locale, 'file.tooMany', { max: maxFiles }) }],
    });
  }
  const available = await fileStoreAvailable(db, dialect);
  const files: StoredFile[] = [];
  for (const [index, fileId] of fileIds.entries()) {
    const at = [...path, index];
    const stored = input.fromDataStore
      ? await dataStoreFile(db, dialect, owner.personaId, fileId)
      : undefined;
    if (stored) {
      files.push(
        checkFile(
          { ...stored, id: stored.fileId, owner: owner.key, status: 'complete', createdAt: '' },
          component,
        ),
      );
      continue;
    }
    if (!available) throw unknownFile(locale, at, fileId, !input.fromDataStore);
    const file = await getStoredFile(db, fileId);
    if (!file) throw unknownFile(locale, at, fileId);
    const allowed =
      file.owner === owner.key || (input.reused === true && (await isOwnResult(db, owner.personaId, fileId)));
    if (!allowed) throw unknownFile(locale, at, fileId);
    files.push(checkFile(file, component));
  }
  return {
    componentId: component.id,
    files,
    digitised: false,
    reused: input.reused ?? false,
    fromDataStore: input.fromDataStore ?? false,
  };
}

function checkFile(file: StoredFileRecord, component: DocumentComponent): StoredFile {
  if (file.status !== 'complete') {
    throw new ProblemError('file.notComplete', { detail: says('file.notComplete', { fileId: file.id }) });
  }
  if (!isAcceptedMediaType(file.mediaType, component.acceptedTypes)) {
    throw new ProblemError('file.typeNotAllowed', {
      detail: says('file.typeNotAllowed', {
        fileId: file.id,
        mediaType: file.mediaType,
        accepted: (component.acceptedTypes ?? []).join(', '),
      }),
    });
  }
  if (component.maxSizeBytes !== undefined && file.size > component.maxSizeBytes) {
    throw new ProblemError('file.tooLarge', {
      detail: says('file.tooLarge', { fileId: file.id, size: file.size, max: component.maxSizeBytes }),
    });
  }
  return {
    fileId: file.id,
    name: file.name,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
  };
}

/**
 * Checks a result file an officer names on `finish`: it must be a complete upload (409 `file.notComplete`
 * otherwise, also when no file store runs).
 */
export async function requireCompleteFile(
  db: Kysely<Database>,
  dialect: Dialect,
  fileId: string,
): Promise<void> {
  const file = (await fileStoreAvailable(db, dialect)) ? await getStoredFile(db, fileId) : undefined;
  if (file?.status !== 'complete') {
    throw new ProblemError('file.notComplete', { detail: says('file.notComplete', { fileId }) });
  }
}
