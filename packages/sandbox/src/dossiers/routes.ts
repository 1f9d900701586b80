/**
 * The HTTP side of the dossier domain: exactly the contract's `dossiers.*` and `officer.*` endpoints and
 * `agencies.events`. Handlers only load, authorise and call the domain functions (`drafts.ts`,
 * `lifecycle.ts`); inputs arrive validated by the pipeline, and answers are checked against the contract.
 */
import { agencies, dossiers, type EndpointById, type EndpointId, officer } from '@motcua/contract';
import { foldText, type Locale } from '@motcua/core';
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { type AuthenticatedPrincipal, principalKey } from '../auth/principal.js';
import { type Dialect, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { EventBus } from '../events/outbox.js';
import { pageRequest, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { type Handler, type HandlerContext, type RouteDefinition, reply, route } from '../http/route.js';
import {
  type Acting,
  type ApplicantActing,
  actingOf,
  loadVisibleDossier,
  type OfficerActing,
} from './access.js';
import { findAgency, nationalProcedureCode } from './catalogue.js';
import { attachDocuments, createDraft, detachDocuments, updateDraft } from './drafts.js';
import { eventPage, eventStreamResponse, type StreamFilter, streamStart, wantsJson } from './events.js';
import {
  acceptDossier,
  answerSupplement,
  assignDossier,
  finishDossier,
  recordPayment,
  refuseDossier,
  requestFees,
  requestSupplement,
  returnResult,
  stopDossier,
  submitDossier,
  transferDossier,
  withdrawDossier,
} from './lifecycle.js';
import { says } from './messages.js';
import {
  type DossierRow,
  type DossierSummaryRow,
  loadHistory,
  SUMMARY_COLUMNS,
  toDossier,
  toSummary,
} from './repository.js';
import { attachSignature, listSignatures } from './signatures.js';

type OfficerEndpoint = EndpointById<Extract<EndpointId, `officer.${string}`>>;

/** What the routes need from the sandbox around them. */
export interface DossierRouteDeps {
  /** Committed events, for the live part of event streams. */
  readonly bus: EventBus;
  /** Heartbeat of idle event streams; the contract's 15 s by default. */
  readonly heartbeatMs?: number;
}

function applicant(principal: AuthenticatedPrincipal): ApplicantActing {
  const acting = actingOf(principal);
  if (acting.actor !== 'applicant') throw new ProblemError('auth.forbidden');
  return acting;
}

function staff(principal: AuthenticatedPrincipal): OfficerActing {
  const acting = actingOf(principal);
  if (acting.actor !== 'deskOfficer' && acting.actor !== 'specialist')
    throw new ProblemError('auth.forbidden');
  return acting;
}

/** Loads the dossier named by `ref` for a change, locked on PostgreSQL. */
function forChange(
  ctx: { readonly db: Kysely<Database>; readonly dialect: Dialect },
  ref: string,
  acting: Acting,
): Promise<DossierRow> {
  return loadVisibleDossier(ctx.db, ref, acting, { forUpdate: true, dialect: ctx.dialect });
}

/** Every officer action has one shape: who acts, on which dossier (locked), then the domain function. */
function officerAction<const E extends OfficerEndpoint>(
  spec: E,
  act: (ctx: HandlerContext<E>, row: DossierRow, acting: OfficerActing) => Promise<DossierRow>,
): RouteDefinition {
  // Every officer endpoint requires credentials and is addressed by `{ref}`; the generic types cannot see it.
  const handler = async (ctx: HandlerContext<E>) => {
    const acting = staff(ctx.principal as AuthenticatedPrincipal);
    const { ref } = ctx.params as { ref: string };
    return toDossier(ctx.db, await act(ctx, await forChange(ctx, ref, acting), acting), ctx.now());
  };
  return route(spec, handler as unknown as Handler<E>);
}

/** The local (UTC+7) start of a calendar day, as a stored timestamp. */
function startOfDay(date: string, plusDays = 0): string {
  return toTimestamp(new Date(Date.parse(`${date}T00:00:00+07:00`) + plusDays * 86_400_000));
}

/** The columns naming an agency that holds a dossier. */
type HeldColumn = 'receiving_agency_code' | 'processing_agency_code' | 'result_delivery_agency_code';

/** Dossiers an agency holds: received, processed or returned there. */
function heldBy(agency: string) {
  return (eb: ExpressionBuilder<Database, 'dossiers'>) =>
    eb.or([
      eb('receiving_agency_code', '=', agency),
      eb('processing_agency_code', '=', agency),
      eb('result_delivery_agency_code', '=', agency),
    ]);
}

/**
 * Every route of the domain.
 *
 * @example
 * const routes = dossierRoutes({ bus });
 */
export function dossierRoutes(deps: DossierRouteDeps): RouteDefinition[] {
  const stream = (
    ctx: { readonly db: Kysely<Database>; readonly request: Request; readonly locale: Locale },
    filter: StreamFilter,
    after: string | undefined,
  ) => {
    const afterId = streamStart(ctx.request, after, ctx.locale);
    if (wantsJson(ctx.request)) return eventPage(ctx.db, filter, afterId);
    return eventStreamResponse({
      db: ctx.db,
      bus: deps.bus,
      filter,
      afterId,
      signal: ctx.request.signal,
      ...(deps.heartbeatMs === undefined ? {} : { heartbeatMs: deps.heartbeatMs }),
    });
  };

  return [
    // ── Applicant ──────────────────────────────────────────────────────────────────────────────────
    route(dossiers.create, async (ctx) => {
      const row = await createDraft(ctx, ctx.principal, applicant(ctx.principal), ctx.body);
      return reply(await toDossier(ctx.db, row, ctx.now()), {
        status: 201,
        headers: { Location: `/dossiers/${row.id}` },
      });
    }),

    route(dossiers.update, async (ctx) => {
      const acting = applicant(ctx.principal);
      const row = await updateDraft(ctx, await forChange(ctx, ctx.params.ref, acting), acting, ctx.body);
      return toDossier(ctx.db, row, ctx.now());
    }),

    route(dossiers.attachDocuments, async (ctx) => {
      const acting = applicant(ctx.principal);
      const row = await attachDocuments(ctx, await forChange(ctx, ctx.params.ref, acting), acting, ctx.body);
      return toDossier(ctx.db, row, ctx.now());
    }),

    route(dossiers.detachDocuments, async (ctx) => {
      const acting = applicant(ctx.principal);
      const row = await detachDocuments(
        ctx,
        await forChange(ctx, ctx.params.ref, acting),
        ctx.params.componentId,
      );
      return toDossier(ctx.db, row, ctx.now());
    }),

    route(dossiers.submit, async (ctx) => {
      const acting = applicant(ctx.principal);
      const row = await submitDossier(ctx, await forChange(ctx, ctx.params.ref, acting), acting, {
        ...(ctx.body?.formData === undefined ? {} : { formData: ctx.body.formData }),
        ...(ctx.body?.declaration === undefined ? {} : { declaration: ctx.body.declaration }),
      });
      return toDossier(ctx.db, row, ctx.now());
    }),

    route(dossiers.withdraw, async (ctx) => {
      const acting = applicant(ctx.principal);
      const row = await withdrawDossier(
        ctx,
        await forChange(ctx, ctx.params.ref, acting),
        acting,
        ctx.body.reason,
      );
      return toDossier(ctx.db, row, ctx.now());
    }),

    route(dossiers.answerSupplement, async (ctx) => {
      const acting = applicant(ctx.principal);
      const row = await answerSupplement(
        ctx,
        await forChange(ctx, ctx.params.ref, acting),
        acting,
        ctx.body?.message,
      );
      return toDossier(ctx.db, row, ctx.now());
    }),

    route(dossiers.attachSignature, async (ctx) => {
      const acting = applicant(ctx.principal);
      const signature = await attachSignature(ctx, await forChange(ctx, ctx.params.ref, acting), acting, {
        owner: principalKey(ctx.principal),
        ...ctx.body,
      });
      return reply(signature, { status: 201 });
    }),

    // ── Anyone with access ─────────────────────────────────────────────────────────────────────────
    route(dossiers.get, async (ctx) => {
      const row = await loadVisibleDossier(ctx.db, ctx.params.ref, actingOf(ctx.principal));
      return toDossier(ctx.db, row, ctx.now());
    }),

    route(dossiers.history, async (ctx) => {
      const row = await loadVisibleDossier(ctx.db, ctx.params.ref, actingOf(ctx.principal));
      return { items: await loadHistory(ctx.db, row.id) };
    }),

    route(dossiers.signatures, async (ctx) => {
      const row = await loadVisibleDossier(ctx.db, ctx.params.ref, actingOf(ctx.principal));
      return { items: await listSignatures(ctx.db, row.id) };
    }),

    route(dossiers.list, async ({ db, query, principal, locale, now }) => {
      const { limit, after } = pageRequest(query, locale);
      // The query's filters and the cursor, on any select from `dossiers`.
      const filtered = <O>(select: SelectQueryBuilder<Database, 'dossiers', O>) => {
        let where = select;
        if (query.status !== undefined) where = where.where('status', '=', query.status);
        if (query.procedureCode !== undefined) {
          where = where.where('procedure_code', '=', nationalProcedureCode(query.procedureCode));
        }
        if (query.submittedFrom !== undefined) {
          where = where.where('submitted_at', '>=', startOfDay(query.submittedFrom));
        }
        if (query.submittedTo !== undefined) {
          where = where.where('submitted_at', '<', startOfDay(query.submittedTo, 1));
        }
        if (query.q !== undefined) {
          const pattern = `%${foldText(query.q).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
          where = where.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
        }
        if (after) {
          // A row value, so the index on (…, created_at, id) seeks to the page instead of scanning to it.
          const key = [String(after[0]), String(after[1])] as const;
          where = where.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(...key)));
        }
        return where;
      };
      const newest = <O>(select: SelectQueryBuilder<Database, 'dossiers', O>) =>
        select
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit + 1);

      let rows: DossierSummaryRow[];
      if (principal.kind === 'citizen') {
        let select = db
          .selectFrom('dossiers')
          .select(SUMMARY_COLUMNS)
          .where('applicant_persona_id', '=', principal.personaId);
        if (query.agencyCode !== undefined) select = select.where(heldBy(query.agencyCode));
        rows = await newest(filtered(select)).execute();
      } else {
        const agency = query.agencyCode ?? principal.agencyCode;
        if (agency !== principal.agencyCode) {
          throw new ProblemError('auth.forbidden', {
            detail: says('dossier.queueForbidden', { agency: principal.agencyCode }),
          });
        }
        // An agency holds what it receives, processes or returns. One `or` over the three columns cannot
        // follow any index's order: the database fetched and sorted every dossier the agency ever held. Each
        // column's own newest page is an index range instead, and the page is the newest of their union.
        const page = (column: HeldColumn) =>
          db
            .selectFrom(
              newest(
                filtered(
                  db.selectFrom('dossiers').select('id').where(column, '=', agency).where('status', '<>', 0),
                ),
              ).as('held'),
            )
            .select('held.id');
        const ids = page('receiving_agency_code')
          .union(page('processing_agency_code'))
          .union(page('result_delivery_agency_code'));
        rows = await newest(
          db.selectFrom('dossiers').select(SUMMARY_COLUMNS).where('id', 'in', ids),
        ).execute();
      }
      return toPage(
        rows,
        limit,
        (row) => [row.created_at, row.id],
        (row) => toSummary(row, now()),
      );
    }),

    route(dossiers.events, async (ctx) => {
      const row = await loadVisibleDossier(ctx.db, ctx.params.ref, actingOf(ctx.principal));
      // A draft has no code and no events yet: its stream waits on a code no event carries.
      return stream(ctx, { dossierCode: row.code ?? `draft:${row.id}` }, ctx.query.after);
    }),

    route(agencies.events, async (ctx) => {
      const { code } = ctx.params;
      if (ctx.principal.agencyCode !== code) {
        if (!findAgency(code)) {
          throw new ProblemError('resource.notFound', { detail: says('agency.notFound', { code }) });
        }
        throw new ProblemError('auth.forbidden', {
          detail: says('dossier.streamForbidden', { agency: ctx.principal.agencyCode }),
        });
      }
      return stream(ctx, { agencyCode: code }, ctx.query.after);
    }),

    // ── Officers and agency keys: load for change, act, answer the dossier ─────────────────────────────
    officerAction(officer.accept, (ctx, row, acting) => acceptDossier(ctx, row, acting, ctx.body?.note)),
    officerAction(officer.refuse, (ctx, row, acting) => refuseDossier(ctx, row, acting, ctx.body.reason)),
    officerAction(officer.assign, (ctx, row, acting) => assignDossier(ctx, row, acting, ctx.body)),
    officerAction(officer.requestSupplement, (ctx, row, acting) =>
      requestSupplement(ctx, row, acting, ctx.body),
    ),
    officerAction(officer.requestFees, (ctx, row, acting) => requestFees(ctx, row, acting, ctx.body)),
    officerAction(officer.recordPayment, (ctx, row, acting) =>
      recordPayment(ctx, row, acting, { receiptNumber: ctx.body?.receiptNumber, note: ctx.body?.note }),
    ),
    officerAction(officer.finish, (ctx, row, acting) => finishDossier(ctx, row, acting, ctx.body)),
    officerAction(officer.returnResult, (ctx, row, acting) => returnResult(ctx, row, acting, ctx.body)),
    officerAction(officer.stop, (ctx, row, acting) => stopDossier(ctx, row, acting, ctx.body.reason)),
    officerAction(officer.transfer, (ctx, row, acting) => transferDossier(ctx, row, acting, ctx.body)),
  ];
}
