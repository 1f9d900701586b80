import { randomBytes } from 'node:crypto';
import { feedback as endpoints } from '@motcua/contract';
import type { Feedback, FeedbackStatus, FeedbackSubmitter } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { AuthenticatedPrincipal } from '../auth/principal.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { NewEvent, SandboxEvent } from '../events/outbox.js';
import { pageRequest, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { findDossierByCode } from '../payments/dossier-fees.js';
import { agencyByCode } from '../seed-data/agencies.js';
import type { FeedbackTable } from './tables.js';

/**
 * Where feedback may go next. `received` → `processing` when the addressed agency opens it; `received` or
 * `processing` → `answered` (or `rejected`, with the reason as the answer). Answered and rejected are final.
 */
export const FEEDBACK_TRANSITIONS: Readonly<Record<FeedbackStatus, readonly FeedbackStatus[]>> = {
  received: ['processing', 'answered', 'rejected'],
  processing: ['answered', 'rejected'],
  answered: [],
  rejected: [],
};

/** A feedback id: `fb_` and 20 hex digits. */
function newFeedbackId(): string {
  return `fb_${randomBytes(10).toString('hex')}`;
}

/**
 * The next feedback code: `PAKN-`, the local (UTC+7) year, and a 6-digit sequence restarting each year —
 * `PAKN-2026-000001`. The shape follows core's example (illustrative; the national system's is open).
 *
 * @example
 * await nextFeedbackCode(trx, new Date('2026-02-13T03:00:00Z')) // 'PAKN-2026-000001'
 */
export async function nextFeedbackCode(db: Kysely<Database>, at: Date): Promise<string> {
  const year = new Date(at.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 4);
  const row = await db
    .insertInto('feedback_sequences')
    .values({ year, last_sequence: 1 })
    .onConflict((conflict) =>
      conflict
        .column('year')
        .doUpdateSet((eb) => ({ last_sequence: eb('feedback_sequences.last_sequence', '+', 1) })),
    )
    .returning('last_sequence')
    .executeTakeFirstOrThrow();
  return `PAKN-${year}-${String(Number(row.last_sequence)).padStart(6, '0')}`;
}

/** The API form of a stored feedback row. */
export function toFeedback(row: FeedbackTable): Feedback {
  return {
    id: row.id,
    code: row.code,
    subject: row.subject,
    content: row.content,
    category: row.category,
    submitter: fromJson<FeedbackSubmitter>(row.submitter),
    ...(row.agency_code === null ? {} : { agencyCode: row.agency_code }),
    ...(row.dossier_code === null ? {} : { dossierCode: row.dossier_code }),
    status: row.status,
    createdAt: row.created_at,
    ...(row.answer_content !== null && row.answered_by !== null && row.answered_at !== null
      ? { answer: { content: row.answer_content, answeredBy: row.answered_by, answeredAt: row.answered_at } }
      : {}),
    public: row.published === 1,
  };
}

/** Whether an agency is known to the sandbox: seeded, or with officers or an API key of its own. */
async function agencyKnown(db: Kysely<Database>, agencyCode: string): Promise<boolean> {
  if (agencyByCode(agencyCode)) return true;
  const [persona, key] = await Promise.all([
    db.selectFrom('personas').select('id').where('agency_code', '=', agencyCode).limit(1).executeTakeFirst(),
    db.selectFrom('api_keys').select('id').where('agency_code', '=', agencyCode).limit(1).executeTakeFirst(),
  ]);
  return persona !== undefined || key !== undefined;
}

function notFound(id: string): ProblemError {
  return new ProblemError('resource.notFound', {
    detail: { vi: `Không có phản ánh, kiến nghị ${id}`, en: `There is no feedback ${id}` },
  });
}

/** Whether a caller may read a piece of feedback: its sender, or the agency it is addressed to. */
function mayRead(principal: AuthenticatedPrincipal, row: FeedbackTable): boolean {
  return principal.kind === 'citizen'
    ? row.owner_persona_id === principal.personaId
    : row.agency_code !== null && row.agency_code === principal.agencyCode;
}

/** Who answered, as published: the agency's name (officers are named in the event, not in the record). */
function answeredBy(agencyCode: string): string {
  return agencyByCode(agencyCode)?.name ?? agencyCode;
}

/** The event's actor: the officer by role and name, or the back-office system as `system`. */
function actorOf(principal: AuthenticatedPrincipal) {
  if (principal.kind === 'officer')
    return { role: principal.role, id: principal.personaId, name: principal.displayName };
  if (principal.kind === 'agencyKey')
    return { role: 'system' as const, id: principal.keyId, name: principal.label };
  return { role: 'applicant' as const };
}

/** What a final answer needs. */
export interface FeedbackClosing {
  readonly status: 'answered' | 'rejected';
  /** The answer, or the reason for rejecting. */
  readonly content: string;
  /** The agency wants it published (it is, only if the sender consented). */
  readonly public?: boolean | undefined;
  readonly principal: AuthenticatedPrincipal & { agencyCode: string };
}

/**
 * Answers (or rejects) feedback: checks the transition, stores the answer, emits `feedback.answered` (with the
 * final status in `data`). Throws 409 `feedback.alreadyAnswered` when it already ended.
 *
 * @example
 * await closeFeedback(context, row, { status: 'rejected', content: 'Không thuộc thẩm quyền', principal });
 */
export async function closeFeedback(
  context: { db: Kysely<Database>; now(): Date; emit(event: NewEvent): Promise<SandboxEvent> },
  row: FeedbackTable,
  closing: FeedbackClosing,
): Promise<FeedbackTable> {
  if (!FEEDBACK_TRANSITIONS[row.status].includes(closing.status)) {
    throw new ProblemError('feedback.alreadyAnswered', {
      detail: {
        vi: `Phản ánh ${row.code} đã được xử lý xong (${row.status})`,
        en: `Feedback ${row.code} has already been closed (${row.status})`,
      },
    });
  }
  const stamp = toTimestamp(context.now());
  const published =
    closing.status === 'answered' && closing.public === true && row.public_consent === 1 ? 1 : 0;
  const changes = {
    status: closing.status,
    answer_content: closing.content,
    answered_by: answeredBy(closing.principal.agencyCode),
    answered_at: stamp,
    published,
    updated_at: stamp,
  } satisfies Partial<FeedbackTable>;
  const result = await context.db
    .updateTable('feedback')
    .set(changes)
    .where('id', '=', row.id)
    .where('status', '=', row.status)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new ProblemError('feedback.alreadyAnswered', {
      detail: { vi: `Phản ánh ${row.code} vừa được xử lý`, en: `Feedback ${row.code} was just closed` },
    });
  }
  await context.emit({
    type: 'feedback.answered',
    dossierCode: row.dossier_code,
    agencyCode: row.agency_code,
    payload: {
      status: null,
      previousStatus: null,
      actor: actorOf(closing.principal),
      data: { feedbackId: row.id, code: row.code, feedbackStatus: closing.status, public: published === 1 },
    },
  });
  return { ...row, ...changes };
}

/**
 * The feedback an agency closes. Only the addressed agency answers or rejects; to anyone else the feedback does
 * not exist.
 */
async function addressedTo(
  context: { readonly db: Kysely<Database>; readonly params: { readonly id: string } },
  agencyCode: string,
): Promise<FeedbackTable> {
  const { db, params } = context;
  const row = await db.selectFrom('feedback').selectAll().where('id', '=', params.id).executeTakeFirst();
  if (!row || row.agency_code === null || row.agency_code !== agencyCode) throw notFound(params.id);
  return row;
}

/** The feedback endpoints of the contract. */
export const feedbackRoutes: readonly RouteDefinition[] = [
  route(endpoints.create, async ({ db, dialect, body, principal, now, emit }) => {
    let agencyCode = body.agencyCode ?? null;
    if (body.dossierCode !== undefined) {
      const dossier = await findDossierByCode(db, dialect, body.dossierCode);
      // Feedback on a dossier comes from its applicant; anyone else's dossier does not exist for them.
      if (!dossier || dossier.ownerPersonaId !== principal.personaId) {
        throw new ProblemError('resource.notFound', {
          detail: { vi: `Không có hồ sơ ${body.dossierCode}`, en: `There is no dossier ${body.dossierCode}` },
        });
      }
      agencyCode ??= dossier.agencyCode;
    }
    if (body.agencyCode !== undefined && !(await agencyKnown(db, body.agencyCode))) {
      throw new ProblemError('resource.notFound', {
        detail: { vi: `Không có cơ quan ${body.agencyCode}`, en: `There is no agency ${body.agencyCode}` },
      });
    }
    const at = now();
    const stamp = toTimestamp(at);
    const row: FeedbackTable = {
      id: newFeedbackId(),
      code: await nextFeedbackCode(db, at),
      owner_persona_id: principal.personaId,
      subject: body.subject,
      content: body.content,
      category: body.category,
      submitter: toJson(body.submitter),
      agency_code: agencyCode,
      dossier_code: body.dossierCode ?? null,
      status: 'received',
      public_consent: body.public === true ? 1 : 0,
      published: 0,
      answer_content: null,
      answered_by: null,
      answered_at: null,
      created_at: stamp,
      updated_at: stamp,
    };
    await db.insertInto('feedback').values(row).execute();
    // No personal data in the event: streams and webhooks may be shared with vendors.
    await emit({
      type: 'feedback.received',
      dossierCode: row.dossier_code,
      agencyCode: row.agency_code,
      payload: {
        status: null,
        previousStatus: null,
        actor: { role: 'applicant' },
        data: { feedbackId: row.id, code: row.code, category: row.category, feedbackStatus: 'received' },
      },
    });
    return reply(toFeedback(row), { headers: { Location: `/feedback/${row.id}` } });
  }),

  route(endpoints.get, async ({ db, params, principal, now }) => {
    const row = await db.selectFrom('feedback').selectAll().where('id', '=', params.id).executeTakeFirst();
    if (!row || !mayRead(principal, row)) throw notFound(params.id);
    if (principal.kind !== 'citizen' && row.status === 'received') {
      // The addressed agency opened it: from now on the sender sees "being processed".
      const stamp = toTimestamp(now());
      await db
        .updateTable('feedback')
        .set({ status: 'processing', updated_at: stamp })
        .where('id', '=', row.id)
        .where('status', '=', 'received')
        .execute();
      return toFeedback({ ...row, status: 'processing', updated_at: stamp });
    }
    return toFeedback(row);
  }),

  route(endpoints.list, async ({ db, query, principal, locale }) => {
    const { limit, after } = pageRequest(query, locale);
    let select = db
      .selectFrom('feedback')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1);
    select =
      principal.kind === 'citizen'
        ? select.where('owner_persona_id', '=', principal.personaId)
        : select.where('agency_code', '=', principal.agencyCode);
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (after) {
      const [createdAt, id] = after.map(String) as [string, string];
      select = select.where((eb) =>
        eb.or([
          eb('created_at', '<', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
        ]),
      );
    }
    return toPage(await select.execute(), limit, (row) => [row.created_at, row.id], toFeedback);
  }),

  route(endpoints.answer, async (context) => {
    const { body, principal } = context;
    const row = await addressedTo(context, principal.agencyCode);
    return toFeedback(
      await closeFeedback(context, row, {
        status: 'answered',
        content: body.content,
        public: body.public,
        principal,
      }),
    );
  }),

  route(endpoints.reject, async (context) => {
    const { body, principal } = context;
    const row = await addressedTo(context, principal.agencyCode);
    return toFeedback(
      await closeFeedback(context, row, { status: 'rejected', content: body.reason, principal }),
    );
  }),
];
