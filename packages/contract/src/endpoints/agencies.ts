import { AgencyCodeSchema, AgencySchema, ProcedureCodeSchema, ProvinceCodeSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { DossierEventSchema, EventStreamHeadersSchema, EventStreamQuerySchema } from '../events.js';
import { pageOf } from '../pagination.js';
import { pagedQuery } from '../wire.js';

/** Agencies (cơ quan) that receive and process dossiers, and the event stream of each one's work. */

const agencyParams = z.object({ code: AgencyCodeSchema });

/** Diacritic-insensitive search over agencies, filtered by province and kind. */
export const list = endpoint({
  id: 'agencies.list',
  method: 'GET',
  path: '/agencies',
  tag: 'agencies',
  summary: 'Search agencies',
  query: pagedQuery({
    q: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    provinceCode: z.optional(ProvinceCodeSchema),
    kind: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
    /** Only agencies receiving this procedure. */
    procedureCode: z.optional(ProcedureCodeSchema),
  }),
  response: pageOf(AgencySchema),
  pagination: 'cursor',
  auth: [],
  errors: [],
});

export const get = endpoint({
  id: 'agencies.get',
  method: 'GET',
  path: '/agencies/{code}',
  tag: 'agencies',
  summary: 'Read an agency',
  params: agencyParams,
  response: AgencySchema,
  auth: [],
  errors: ['resource.notFound'],
});

/**
 * Every event of the dossiers an agency holds, as server-sent events: what a back-office system or an
 * officer's queue listens to. Resume with `Last-Event-ID` (or `?after=`).
 */
export const events = endpoint({
  id: 'agencies.events',
  method: 'GET',
  path: '/agencies/{code}/events',
  tag: 'agencies',
  summary: "Stream an agency's dossier events (SSE)",
  description:
    'Server-sent events: `id:` is the event id, `event:` its type, `data:` the JSON `DossierEvent`. ' +
    'Send `Last-Event-ID` (or `?after=`) to receive what was missed; idle streams get a comment every 15 s. ' +
    'Where streaming is impossible, poll the same URL with `Accept: application/json` and `?after=`: the answer ' +
    'is `{ items: [{ id, data: DossierEvent }], nextCursor: null }`.',
  params: agencyParams,
  query: EventStreamQuerySchema,
  headers: EventStreamHeadersSchema,
  response: DossierEventSchema,
  responseKind: 'event-stream',
  auth: ['officer', 'agencyKey'],
  errors: ['resource.notFound'],
});
