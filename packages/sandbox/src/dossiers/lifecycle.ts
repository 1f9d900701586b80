/**
 * The dossier lifecycle as domain functions, shared by the HTTP handlers and the autopilot. Every status
 * change goes through core's state machine (`transitionFor`, `canActorTransition`), writes one history row and
 * emits one event to the outbox, all in the caller's transaction.
 *
 * The supplement rule (kept simple): a request records the appointment in force (`previousAppointmentAt`) and
 * stops the clock; the dossier keeps showing that (suspended) date while it waits. On the answer the whole
 * working days that were left between the request and that date are granted again from the answer's receipt
 * day (`resumedAppointment`), recorded as `newAppointmentAt` and made the dossier's appointment. A request
 * made before acceptance (status 1) has no appointment to move: the date is set on acceptance as usual.
 */
import type { DossierEvent, DossierEventType } from '@motcua/contract';
import {
  actorLabel,
  type DocumentSubmission,
  type DossierFee,
  type DossierResult,
  type DossierStatusCode,
  dossierStatusLabel,
  isFinalStatus,
  type Locale,
  DossierStatus as S,
  statusAfterSupplement,
  type TransitionAction,
  transitionActionLabel,
  transitionFor,
  vietnamDate,
} from '@motcua/core';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/portable.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { NewEvent, SandboxEvent } from '../events/outbox.js';
import { ProblemError } from '../http/problem.js';
import { type Acting, type ApplicantActing, type OfficerActing, SYSTEM, stageAgencies } from './access.js';
import {
  agencyName,
  appointmentFor,
  CHANNEL_LABEL,
  channelOf,
  defaultReceivingAgency,
  requireAgency,
  requireComponent,
  requireOnline,
  requireProcedure,
  requireReceivingAgency,
  resumedAppointment,
  routeDossier,
} from './catalogue.js';
import { allocateDossierCode } from './codes.js';
import { checkContents } from './contents.js';
import { requireCompleteFile } from './files.js';
import { assertLockedAnswers } from './locked-answers.js';
import { sayIn, says } from './messages.js';
import { type DossierChanges, type DossierRow, newId, saveDossier, searchTextOf } from './repository.js';

/** What the domain functions need: a request's context satisfies it, and so does the autopilot's. */
export interface DomainContext {
  /** The transaction every write goes through. */
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly locale: Locale;
  now(): Date;
  /** Appends an event to the outbox in the same transaction. */
  emit(event: NewEvent): Promise<SandboxEvent>;
}

/** The agency an event of this dossier is filed under: the one processing it (else the receiving one). */
export function eventAgencyOf(row: DossierRow): string | null {
  return row.processing_agency_code ?? row.receiving_agency_code;
}

/** The localised names of a transition's two statuses and its action, for problem details. */
function transitionParams(row: DossierRow, action: TransitionAction, to: DossierStatusCode) {
  return (locale: Locale) => ({
    code: row.code ?? row.id,
    from: dossierStatusLabel(row.status as DossierStatusCode, locale),
    to: dossierStatusLabel(to, locale),
    action: transitionActionLabel(action, locale),
  });
}

/**
 * Checks a move against core's state machine and the agency rules: 409 `dossier.illegalTransition` naming
 * both statuses when the lifecycle has no such move; 403 `auth.forbidden` when the actor's role may not make
 * it (a desk officer finishing a specialist's work, a specialist accepting…) or their agency does not do this
 * step.
 */
export function assertTransition(
  row: DossierRow,
  acting: Acting,
  action: TransitionAction,
  to: DossierStatusCode,
): void {
  const transition = transitionFor(row.status, to);
  if (!transition || transition.action !== action) {
    throw new ProblemError('dossier.illegalTransition', {
      detail: says('dossier.illegalTransition', transitionParams(row, action, to)),
    });
  }
  if (!transition.actors.includes(acting.actor)) {
    throw new ProblemError('auth.forbidden', {
      detail: says('dossier.roleForbidden', (locale) => ({
        action: transitionActionLabel(action, locale),
        allowed: transition.actors.map((actor) => actorLabel(actor, locale)).join(', '),
        actor: actorLabel(acting.actor, locale),
      })),
    });
  }
  if (acting.actor === 'deskOfficer' || acting.actor === 'specialist') assertStageAgency(row, acting, action);
}

function assertStageAgency(row: DossierRow, acting: OfficerActing, action: TransitionAction | 'transfer') {
  const expected = stageAgencies(row, acting.actor, action);
  if (!expected.includes(acting.agencyCode)) {
    throw new ProblemError('auth.forbidden', {
      detail: says('dossier.stageAgency', (locale) => ({
        action:
          action === 'transfer'
            ? locale === 'vi'
              ? 'Liên thông'
              : 'Transfer'
            : transitionActionLabel(action, locale),
        code: row.code ?? row.id,
        expected: expected.join(' / ') || '—',
      })),
    });
  }
}

/** One status change, planned. */
interface Plan {
  readonly action: TransitionAction;
  readonly to: DossierStatusCode;
  readonly event: DossierEventType;
  readonly content: string;
  readonly changes?: DossierChanges;
  readonly data?: Record<string, unknown>;
}

function eventActor(acting: Acting): DossierEvent['actor'] {
  if (acting.actor === 'applicant' || acting.actor === 'system') return { role: acting.actor };
  return { role: acting.actor, id: acting.officer.id, name: acting.officer.name };
}

/** Writes a step of the processing history. */
export async function recordStep(
  ctx: DomainContext,
  row: DossierRow,
  acting: Acting,
  action: string,
  content: string,
  now: Date,
): Promise<void> {
  const last = await ctx.db
    .selectFrom('dossier_history')
    .select('at')
    .where('dossier_id', '=', row.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const officer = acting.actor === 'applicant' || acting.actor === 'system' ? undefined : acting.officer;
  await ctx.db
    .insertInto('dossier_history')
    .values({
      dossier_id: row.id,
      actor: acting.actor,
      action,
      officer_id: officer?.id ?? (acting.actor === 'applicant' ? acting.personaId : null),
      officer_name: officer?.name ?? null,
      officer_title: officer?.title ?? null,
      officer_department: officer?.department ?? null,
      at: toTimestamp(now),
      started_at: last?.at ?? row.created_at,
      content,
      status: row.status,
      legal_deadline: row.appointment_at,
    })
    .execute();
}

/**
 * Emits a dossier event keyed by the dossier's code and its processing agency, so both the dossier's and the
 * agency's streams (and webhooks) see it. The payload follows the outbox convention every module uses
 * (`{ status, previousStatus, actor, data }`); the type, stream keys and time are the outbox row's, and the
 * outbox id is the event id.
 */
async function emitEvent(
  ctx: DomainContext,
  row: DossierRow,
  type: DossierEventType,
  previousStatus: number,
  acting: Acting,
  data: Record<string, unknown>,
): Promise<void> {
  const payload: Pick<DossierEvent, 'status' | 'previousStatus' | 'actor' | 'data'> = {
    status: row.status as DossierStatusCode,
    previousStatus: previousStatus === row.status ? null : (previousStatus as DossierStatusCode),
    actor: eventActor(acting),
    data,
  };
  await ctx.emit({ type, dossierCode: row.code, agencyCode: eventAgencyOf(row), payload });
}

async function apply(
  ctx: DomainContext,
  row: DossierRow,
  acting: Acting,
  plan: Plan,
  now: Date,
): Promise<DossierRow> {
  assertTransition(row, acting, plan.action, plan.to);
  const updated = await saveDossier(ctx.db, row, { ...plan.changes, status: plan.to }, now);
  await recordStep(ctx, updated, acting, plan.action, plan.content, now);
  await emitEvent(ctx, updated, plan.event, row.status, acting, plan.data ?? {});
  return updated;
}

/** `dd/MM/yyyy HH:mm` in Vietnam time, as receipts print dates. */
function vietnamTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

const withNote = (text: string, note: string | undefined) => (note ? `${text}. Ghi chú: ${note}` : text);

// ── Applicant ────────────────────────────────────────────────────────────────────────────────────────

/** The commune of the applicant's address: the dossier's applicant, else the persona's e-ID claims. */
async function applicantCommune(ctx: DomainContext, row: DossierRow): Promise<string | undefined> {
  const applicant = fromJson<{ address?: { communeCode?: string } }>(row.applicant);
  if (applicant.address?.communeCode) return applicant.address.communeCode;
  const persona = await ctx.db
    .selectFrom('personas')
    .select('claims')
    .where('id', '=', row.applicant_persona_id)
    .executeTakeFirst();
  return persona ? communeOfClaims(fromJson<Record<string, unknown>>(persona.claims)) : undefined;
}

/**
 * The commune of a persona's address from its e-ID claims: `addresses.permanent` (core's `IdentityClaims`),
 * else the older `permanentAddress` shape.
 */
export function communeOfClaims(claims: Readonly<Record<string, unknown>>): string | undefined {
  const addresses = claims.addresses as { permanent?: { communeCode?: unknown } } | undefined;
  const legacy = claims.permanentAddress as { communeCode?: unknown } | undefined;
  const code = addresses?.permanent?.communeCode ?? legacy?.communeCode;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Files a draft (0 → 1): the procedure must still be online-capable; the receiving agency is the one chosen
 * (or the commune committee of the applicant's address); the dossier is routed to the competent agency; the
 * contents are checked (see `checkContents`); then the code is allocated and the channel's fees are owed.
 */
export async function submitDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: ApplicantActing,
  input: { formData?: Record<string, unknown>; declaration?: boolean },
): Promise<DossierRow> {
  const now = ctx.now();
  assertTransition(row, acting, 'submit', S.Submitted);
  const procedure = requireProcedure(row.procedure_code);
  requireOnline(procedure);
  const commune = await applicantCommune(ctx, row);
  const receiving =
    row.receiving_agency_code === null
      ? defaultReceivingAgency(commune)
      : requireReceivingAgency(row.receiving_agency_code);
  if (!receiving) {
    throw new ProblemError('request.invalid', {
      detail: says('agency.receivingRequired'),
      errors: [
        {
          path: ['receivingAgencyCode'],
          code: 'validation.required',
          message: sayIn(ctx.locale, 'agency.receivingRequired'),
        },
      ],
    });
  }
  const processing = routeDossier(procedure, receiving, commune);
  const contents = await checkContents(
    ctx,
    procedure,
    {
      formData: input.formData ?? fromJson<Record<string, unknown>>(row.form_data),
      documents: fromJson<DocumentSubmission[]>(row.documents),
      ...(input.declaration === undefined ? {} : { declaration: input.declaration }),
    },
    { personaId: acting.personaId, key: `persona:${acting.personaId}` },
  );
  await assertLockedAnswers(ctx, procedure, acting, contents.formData);
  const code = await allocateDossierCode(ctx.db, receiving.code, now);
  const fees: DossierFee[] = (channelOf(procedure, row.channel)?.fees ?? []).map((fee) => ({
    ...fee,
    paid: fee.amount === 0,
  }));
  const applicantName = fromJson<{ fullName: string }>(row.applicant).fullName;
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'submit',
      to: S.Submitted,
      event: 'dossier.submitted',
      content: withNote(
        `Nộp hồ sơ ${CHANNEL_LABEL[row.channel as 1 | 2 | 3]} tại ${receiving.name}; chuyển xử lý: ${processing.name}`,
        row.note ?? undefined,
      ),
      changes: {
        code,
        submitted_at: toTimestamp(now),
        receiving_agency_code: receiving.code,
        receiving_agency_name: receiving.name,
        processing_agency_code: processing.code,
        processing_agency_name: processing.name,
        form_data: toJson(contents.formData),
        documents: toJson(contents.documents),
        fees: toJson(fees),
        search_text: searchTextOf(code, row.summary, applicantName),
      },
      data: { receivingAgencyCode: receiving.code, processingAgencyCode: processing.code },
    },
    now,
  );
}

/** Withdraws a dossier (rút hồ sơ) with the applicant's reason. */
export function withdrawDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: ApplicantActing,
  reason: string,
): Promise<DossierRow> {
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'withdraw',
      to: S.Withdrawn,
      event: 'dossier.withdrawn',
      content: `Công dân rút hồ sơ. Lý do: ${reason}`,
      data: { reason },
    },
    ctx.now(),
  );
}

/**
 * Answers the open supplement request (5 → the status the request found: 1 or 4), with the contents checked
 * again; moves the appointment per the supplement rule above.
 */
export async function answerSupplement(
  ctx: DomainContext,
  row: DossierRow,
  acting: ApplicantActing,
  message: string | undefined,
): Promise<DossierRow> {
  const now = ctx.now();
  const open = await ctx.db
    .selectFrom('dossier_supplements')
    .selectAll()
    .where('dossier_id', '=', row.id)
    .where('answered_at', 'is', null)
    .orderBy('requested_at', 'desc')
    .executeTakeFirst();
  const to = (open ? statusAfterSupplement(open.status_before) : null) ?? S.Submitted;
  assertTransition(row, acting, 'answerSupplement', to);
  if (!open) {
    throw new ProblemError('dossier.illegalTransition', {
      detail: says('dossier.illegalTransition', transitionParams(row, 'answerSupplement', to)),
    });
  }
  const procedure = requireProcedure(row.procedure_code);
  const contents = await checkContents(
    ctx,
    procedure,
    {
      formData: fromJson<Record<string, unknown>>(row.form_data),
      documents: fromJson<DocumentSubmission[]>(row.documents),
      declaration: true,
    },
    { personaId: acting.personaId, key: `persona:${acting.personaId}` },
  );
  await assertLockedAnswers(ctx, procedure, acting, contents.formData);
  const newAppointment =
    open.previous_appointment_at === null
      ? null
      : resumedAppointment(new Date(open.requested_at), new Date(open.previous_appointment_at), now);
  await ctx.db
    .updateTable('dossier_supplements')
    .set({
      answered_at: toTimestamp(now),
      answer_message: message ?? null,
      new_appointment_at: newAppointment === null ? null : toTimestamp(newAppointment),
    })
    .where('id', '=', open.id)
    .execute();
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'answerSupplement',
      to,
      event: 'dossier.supplementAnswered',
      content: withNote(
        newAppointment
          ? `Công dân bổ sung hồ sơ. Hẹn trả kết quả mới: ${vietnamTime(newAppointment)}`
          : 'Công dân bổ sung hồ sơ',
        message,
      ),
      changes: {
        form_data: toJson(contents.formData),
        documents: toJson(contents.documents),
        ...(newAppointment ? { appointment_at: toTimestamp(newAppointment) } : {}),
      },
      data: {
        supplementId: open.id,
        ...(newAppointment ? { appointmentAt: toTimestamp(newAppointment) } : {}),
        ...(message ? { message } : {}),
      },
    },
    now,
  );
}

// ── Officers ─────────────────────────────────────────────────────────────────────────────────────────

/** Accepts (1 → 2); the appointment date is the channel's processing time from now (working days). */
export function acceptDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  note?: string,
): Promise<DossierRow> {
  const now = ctx.now();
  assertTransition(row, acting, 'accept', S.Accepted);
  const procedure = requireProcedure(row.procedure_code);
  const channel = channelOf(procedure, row.channel) ?? procedure.channels[0];
  const appointment = channel ? appointmentFor(now, channel.processingTime) : null;
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'accept',
      to: S.Accepted,
      event: 'dossier.accepted',
      content: withNote(
        appointment ? `Tiếp nhận hồ sơ. Hẹn trả kết quả: ${vietnamTime(appointment)}` : 'Tiếp nhận hồ sơ',
        note,
      ),
      changes: {
        accepted_at: toTimestamp(now),
        appointment_at: appointment === null ? null : toTimestamp(appointment),
      },
      data: appointment
        ? { appointmentAt: toTimestamp(appointment), appointmentDate: vietnamDate(appointment) }
        : {},
    },
    now,
  );
}

/** Refuses at the desk (1 → 3), with the reason written to the applicant. */
export function refuseDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  reason: string,
): Promise<DossierRow> {
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'refuse',
      to: S.Refused,
      event: 'dossier.refused',
      content: `Không tiếp nhận hồ sơ. Lý do: ${reason}`,
      data: { reason },
    },
    ctx.now(),
  );
}

/** A specialist persona of an agency, or `undefined`. */
export async function findSpecialist(
  db: Kysely<Database>,
  officerId: string,
  agencyCode: string,
): Promise<{ id: string; name: string } | undefined> {
  const persona = await db
    .selectFrom('personas')
    .select(['id', 'display_name'])
    .where('id', '=', officerId)
    .where('kind', '=', 'officer')
    .where('role', '=', 'specialist')
    .where('agency_code', '=', agencyCode)
    .executeTakeFirst();
  return persona ? { id: persona.id, name: persona.display_name } : undefined;
}

/** Assigns (2 → 4) to a specialist of the processing agency (422 `officer.notInAgency` otherwise). */
export async function assignDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  input: { officerId: string; note?: string | undefined },
): Promise<DossierRow> {
  const now = ctx.now();
  assertTransition(row, acting, 'assign', S.Processing);
  const agency = row.processing_agency_code ?? '';
  const specialist = await findSpecialist(ctx.db, input.officerId, agency);
  if (!specialist) {
    throw new ProblemError('officer.notInAgency', {
      detail: says('officer.notInAgency', { officerId: input.officerId, agency }),
    });
  }
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'assign',
      to: S.Processing,
      event: 'dossier.assigned',
      content: withNote(
        `Chuyển hồ sơ cho chuyên viên ${specialist.name} (${row.processing_agency_name ?? agency}) xử lý`,
        input.note,
      ),
      changes: { assigned_officer_id: specialist.id, assigned_officer_name: specialist.name },
      data: { officerId: specialist.id, officerName: specialist.name },
    },
    now,
  );
}

/** Asks for more documents (1 by the desk, 4 by the specialist → 5); the clock stops. */
export async function requestSupplement(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  input: {
    items: { componentId?: string | undefined; description: string }[];
    reason: string;
    deadline?: string | undefined;
  },
): Promise<DossierRow> {
  const now = ctx.now();
  assertTransition(row, acting, 'requestSupplement', S.SupplementRequested);
  const procedure = requireProcedure(row.procedure_code);
  for (const item of input.items) if (item.componentId) requireComponent(procedure, item.componentId);
  const id = newId('sup');
  const items = input.items.map((item) => ({
    ...(item.componentId ? { componentId: item.componentId } : {}),
    description: item.description,
  }));
  const deadline = input.deadline === undefined ? null : toTimestamp(new Date(input.deadline));
  await ctx.db
    .insertInto('dossier_supplements')
    .values({
      id,
      dossier_id: row.id,
      requested_by: toJson(acting.officer),
      requested_at: toTimestamp(now),
      items: toJson(items),
      reason: input.reason,
      deadline,
      status_before: row.status,
      previous_appointment_at: row.appointment_at,
      new_appointment_at: null,
      answered_at: null,
      answer_message: null,
    })
    .execute();
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'requestSupplement',
      to: S.SupplementRequested,
      event: 'dossier.supplementRequested',
      content: `Yêu cầu bổ sung hồ sơ: ${items.map((item) => item.description).join('; ')}. Lý do: ${input.reason}`,
      data: { supplementId: id, items, reason: input.reason, ...(deadline ? { deadline } : {}) },
    },
    now,
  );
}

/** Asks for fees or taxes (4 → 6): the lines are added to what the dossier owes. */
export function requestFees(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  input: {
    lines: {
      code: string;
      name: string;
      kind: 'fee' | 'charge' | 'tax';
      amount: number;
      description?: string | undefined;
    }[];
    deadline?: string | undefined;
    note?: string | undefined;
  },
): Promise<DossierRow> {
  const lines: DossierFee[] = input.lines.map((line) => ({
    code: line.code,
    name: line.name,
    kind: line.kind,
    amount: line.amount,
    ...(line.description === undefined ? {} : { description: line.description }),
    collectedAt: 'processing',
    paid: false,
  }));
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'requestFees',
      to: S.FeesRequested,
      event: 'dossier.feesRequested',
      content: withNote(
        `Yêu cầu thực hiện nghĩa vụ tài chính: ${total.toLocaleString('vi-VN')} đồng`,
        input.note,
      ),
      changes: { fees: toJson([...fromJson<DossierFee[]>(row.fees), ...lines]) },
      data: {
        lines: input.lines,
        total,
        ...(input.deadline === undefined ? {} : { deadline: toTimestamp(new Date(input.deadline)) }),
      },
    },
    ctx.now(),
  );
}

/**
 * Records fees paid (6 → 4): at the desk in cash (`recordPayment`), or — for the payments module — online,
 * with the payment's id. Every unpaid line is marked paid.
 */
export function recordPayment(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  input: {
    receiptNumber?: string | undefined;
    note?: string | undefined;
    paymentId?: string;
    online?: boolean;
  },
): Promise<DossierRow> {
  const fees = fromJson<DossierFee[]>(row.fees).map((fee) =>
    fee.paid
      ? fee
      : {
          ...fee,
          paid: true,
          paidOnline: input.online ?? false,
          ...(input.paymentId ? { paymentId: input.paymentId } : {}),
        },
  );
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'payFees',
      to: S.Processing,
      event: 'dossier.feesPaid',
      content: withNote(
        input.receiptNumber
          ? `Đã thu phí, lệ phí (biên lai ${input.receiptNumber})`
          : input.online
            ? 'Đã thanh toán trực tuyến phí, lệ phí'
            : 'Đã thu phí, lệ phí',
        input.note,
      ),
      changes: { fees: toJson(fees) },
      data: {
        online: input.online ?? false,
        ...(input.receiptNumber ? { receiptNumber: input.receiptNumber } : {}),
        ...(input.paymentId ? { paymentId: input.paymentId } : {}),
      },
    },
    ctx.now(),
  );
}

/**
 * Resumes processing once fees requested during processing are all paid online (6 → 4, the platform's
 * `payFees`): what the payments module's `dossier.feesPaid` leads to. `undefined` (nothing done) unless the
 * dossier waits on fees and none is left unpaid.
 */
export async function settleOnlinePayment(
  ctx: DomainContext,
  row: DossierRow,
  paymentId?: string,
): Promise<DossierRow | undefined> {
  if (row.status !== S.FeesRequested) return undefined;
  if (fromJson<DossierFee[]>(row.fees).some((fee) => !fee.paid && fee.amount > 0)) return undefined;
  return apply(
    ctx,
    row,
    SYSTEM,
    {
      action: 'payFees',
      to: S.Processing,
      event: 'dossier.feesPaid',
      content: 'Đã thanh toán trực tuyến phí, lệ phí; tiếp tục xử lý',
      data: { online: true, ...(paymentId ? { paymentId } : {}) },
    },
    ctx.now(),
  );
}

/** Finishes processing (2 by the desk, 4 by the specialist → 9) with the results. */
export async function finishDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  input: {
    results: { code?: string | undefined; name: string; fileId?: string | undefined }[];
    note?: string | undefined;
  },
): Promise<DossierRow> {
  const now = ctx.now();
  assertTransition(row, acting, 'finish', S.Processed);
  for (const result of input.results) {
    if (result.fileId !== undefined) await requireCompleteFile(ctx.db, ctx.dialect, result.fileId);
  }
  const results: DossierResult[] = input.results.map((result) => ({
    ...(result.code === undefined ? {} : { code: result.code }),
    name: result.name,
    ...(result.fileId === undefined ? {} : { fileId: result.fileId }),
    issuedAt: toTimestamp(now),
  }));
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'finish',
      to: S.Processed,
      event: 'dossier.finished',
      content: withNote(`Đã xử lý xong: ${results.map((result) => result.name).join('; ')}`, input.note),
      changes: {
        finished_at: toTimestamp(now),
        results: toJson([...fromJson<DossierResult[]>(row.results), ...results]),
      },
      data: { results },
    },
    now,
  );
}

const RETURN_METHOD: Readonly<Record<'desk' | 'online' | 'post', string>> = {
  desk: 'tại Bộ phận Một cửa',
  online: 'trực tuyến (kho dữ liệu công dân)',
  post: 'qua dịch vụ bưu chính công ích',
};

/** Hands the result over (9 → 10), where the applicant collects it. */
export function returnResult(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  input: { method: 'desk' | 'online' | 'post'; note?: string | undefined },
): Promise<DossierRow> {
  const now = ctx.now();
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'returnResult',
      to: S.ResultReturned,
      event: 'dossier.resultReturned',
      content: withNote(`Đã trả kết quả ${RETURN_METHOD[input.method]}`, input.note),
      changes: { returned_at: toTimestamp(now) },
      data: { method: input.method },
    },
    now,
  );
}

/** Stops processing (4, 5 or 6 → 8) on legal grounds. */
export function stopDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  reason: string,
): Promise<DossierRow> {
  return apply(
    ctx,
    row,
    acting,
    {
      action: 'stop',
      to: S.Stopped,
      event: 'dossier.stopped',
      content: `Dừng xử lý hồ sơ. Lý do: ${reason}`,
      data: { reason },
    },
    ctx.now(),
  );
}

/**
 * Liên thông: moves processing to another agency, or sets where the result is collected, keeping the status
 * and the code. Done by a desk officer (or agency key) of the receiving or processing agency; the target must
 * be a seeded agency of the same province (boundary-free works within a province), and a result-delivery
 * target must have a one-stop desk. Drafts and closed dossiers cannot move (409 `dossier.notEditable`).
 */
export async function transferDossier(
  ctx: DomainContext,
  row: DossierRow,
  acting: OfficerActing,
  input: { agencyCode: string; purpose: 'processing' | 'resultDelivery'; reason: string },
): Promise<DossierRow> {
  const now = ctx.now();
  const status = row.status as DossierStatusCode;
  if (status === S.Draft || isFinalStatus(status)) {
    throw new ProblemError('dossier.notEditable', {
      detail: says('dossier.notTransferable', (locale) => ({ status: dossierStatusLabel(status, locale) })),
    });
  }
  if (acting.actor !== 'deskOfficer') {
    throw new ProblemError('auth.forbidden', {
      detail: says('dossier.roleForbidden', (locale) => ({
        action: locale === 'vi' ? 'Liên thông' : 'Transfer',
        allowed: actorLabel('deskOfficer', locale),
        actor: actorLabel(acting.actor, locale),
      })),
    });
  }
  assertStageAgency(row, acting, 'transfer');
  const target =
    input.purpose === 'resultDelivery'
      ? requireReceivingAgency(input.agencyCode)
      : requireAgency(input.agencyCode);
  const current = row.receiving_agency_code ? requireAgency(row.receiving_agency_code) : undefined;
  if (current && current.provinceCode !== target.provinceCode) {
    throw new ProblemError('procedure.notAvailable', {
      detail: says('agency.otherProvince', { code: target.code }),
    });
  }
  const from =
    input.purpose === 'processing'
      ? row.processing_agency_code
      : (row.result_delivery_agency_code ?? row.receiving_agency_code);
  if (from === target.code) {
    throw new ProblemError('transfer.sameAgency', {
      detail: says('transfer.sameAgency', { code: target.code }),
    });
  }
  const changes: DossierChanges =
    input.purpose === 'processing'
      ? {
          processing_agency_code: target.code,
          processing_agency_name: target.name,
          assigned_officer_id: null,
          assigned_officer_name: null,
        }
      : { result_delivery_agency_code: target.code, result_delivery_agency_name: target.name };
  const updated = await saveDossier(ctx.db, row, changes, now);
  const what = input.purpose === 'processing' ? 'để xử lý' : 'để trả kết quả';
  await recordStep(
    ctx,
    updated,
    acting,
    'transfer',
    `Liên thông hồ sơ từ ${from ? agencyName(from) : '—'} đến ${target.name} ${what}. Lý do: ${input.reason}`,
    now,
  );
  await emitEvent(ctx, updated, 'dossier.transferred', row.status, acting, {
    purpose: input.purpose,
    fromAgencyCode: from,
    toAgencyCode: target.code,
    reason: input.reason,
  });
  return updated;
}
