/**
 * A tiny test-only module: one table and a few endpoints that exercise the pipeline (idempotency, rollback,
 * auth kinds, pagination, contract checks) without depending on any domain module.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { endpoint, PageQuerySchema, pageOf } from '@motcua/contract';
import * as z from 'zod/mini';
import { addSerialPrimaryKey } from '../src/db/portable';
import { pageRequest, toPage } from '../src/http/pagination';
import { ProblemError } from '../src/http/problem';
import { reply, route } from '../src/http/route';
import type { SandboxModule } from '../src/module';

declare module '../src/db/schema' {
  interface Database {
    test_notes: { id: import('kysely').Generated<number>; text: string; author: string; created_at: string };
  }
}

const NoteSchema = z.object({ id: z.number(), text: z.string(), author: z.string(), createdAt: z.string() });

export const createNote = endpoint({
  id: 'test.createNote',
  method: 'POST',
  path: '/test/notes',
  tag: 'test',
  summary: 'Create a note',
  body: z.strictObject({
    text: z.string().check(z.minLength(1), z.maxLength(200)),
    fail: z.optional(z.enum(['problem', 'crash', 'contract'])),
    delayMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(2000))),
  }),
  response: NoteSchema,
  status: 201,
  auth: ['citizen', 'officer'],
  errors: ['dossier.notEditable'],
  idempotent: true,
});

export const listNotes = endpoint({
  id: 'test.listNotes',
  method: 'GET',
  path: '/test/notes',
  tag: 'test',
  summary: 'List notes',
  query: PageQuerySchema,
  response: pageOf(NoteSchema),
  auth: [],
  errors: [],
  pagination: 'cursor',
});

export const getNote = endpoint({
  id: 'test.getNote',
  method: 'GET',
  path: '/test/notes/{id}',
  tag: 'test',
  summary: 'Get a note',
  params: z.object({ id: z.coerce.number().check(z.int(), z.gte(1)) }),
  response: NoteSchema,
  auth: [],
  errors: ['resource.notFound'],
});

/** Registered after `/test/notes/{id}` on purpose: the literal segment must still win. */
export const latestNote = endpoint({
  id: 'test.latestNote',
  method: 'GET',
  path: '/test/notes/latest',
  tag: 'test',
  summary: 'The latest note',
  response: z.nullable(NoteSchema),
  auth: [],
  errors: [],
});

export const whoAmI = endpoint({
  id: 'test.whoAmI',
  method: 'GET',
  path: '/test/officers/me',
  tag: 'test',
  summary: 'Officers only',
  response: z.object({ agencyCode: z.string(), role: z.string() }),
  auth: ['officer'],
  errors: [],
});

export const agencyPing = endpoint({
  id: 'test.agencyPing',
  method: 'GET',
  path: '/test/agency/ping',
  tag: 'test',
  summary: 'Back-office systems only',
  response: z.object({ agencyCode: z.string() }),
  auth: ['agencyKey'],
  errors: [],
});

export const publicWhoAmI = endpoint({
  id: 'test.publicWhoAmI',
  method: 'GET',
  path: '/test/public/me',
  tag: 'test',
  summary: 'Public, but knows a signed-in caller',
  response: z.object({ principal: z.nullable(z.string()) }),
  auth: [],
  errors: [],
});

type NoteRow = { id: number; text: string; author: string; created_at: string };
const toNote = (row: NoteRow) => ({
  id: Number(row.id),
  text: row.text,
  author: row.author,
  createdAt: row.created_at,
});

export const notesModule: SandboxModule = {
  name: 'test-notes',
  migrations: [
    {
      name: '9000_test_notes',
      async up(db, { dialect }) {
        await db.schema
          .createTable('test_notes')
          .$call((table) => addSerialPrimaryKey(table, 'id', dialect))
          .addColumn('text', 'text', (col) => col.notNull())
          .addColumn('author', 'text', (col) => col.notNull())
          .addColumn('created_at', 'text', (col) => col.notNull())
          .execute();
      },
    },
  ],
  routes: [
    route(createNote, async ({ db, body, principal, now, emit }) => {
      const row = await db
        .insertInto('test_notes')
        .values({ text: body.text, author: principal.personaId, created_at: now().toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      await emit({ type: 'note.created', payload: { id: Number(row.id) } });
      if (body.delayMs) await sleep(body.delayMs);
      if (body.fail === 'problem') throw new ProblemError('dossier.notEditable');
      if (body.fail === 'crash') throw new Error('handler crashed for citizen 001087123456');
      if (body.fail === 'contract') return { id: 'not-a-number' } as never;
      return reply(toNote(row), { headers: { Location: `/test/notes/${row.id}` } });
    }),
    route(getNote, async ({ db, params }) => {
      const row = await db
        .selectFrom('test_notes')
        .selectAll()
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!row) throw new ProblemError('resource.notFound');
      return toNote(row);
    }),
    route(latestNote, async ({ db }) => {
      const row = await db
        .selectFrom('test_notes')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toNote(row) : null;
    }),
    route(listNotes, async ({ db, query, locale }) => {
      const { limit, after } = pageRequest(query, locale);
      let select = db
        .selectFrom('test_notes')
        .selectAll()
        .orderBy('id')
        .limit(limit + 1);
      if (after) select = select.where('id', '>', Number(after[0]));
      return toPage(await select.execute(), limit, (row) => [Number(row.id)], toNote);
    }),
    route(whoAmI, ({ principal }) => ({ agencyCode: principal.agencyCode, role: principal.role })),
    route(agencyPing, ({ principal }) => ({ agencyCode: principal.agencyCode })),
    route(publicWhoAmI, ({ principal }) => ({
      principal:
        principal === null ? null : principal.kind === 'agencyKey' ? principal.keyId : principal.personaId,
    })),
  ],
};
