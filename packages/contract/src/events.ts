import {
  ActorSchema,
  AgencyCodeSchema,
  DateTimeSchema,
  DossierCodeSchema,
  DossierStatusCodeSchema,
  openEnum,
} from '@motcua/core';
import * as z from 'zod/mini';

/**
 * Everything the platform tells subscribers about, past tense. Dossier events name the lifecycle action that
 * happened (`dossier.accepted`, `dossier.supplementRequested`…) and, when it changed the status, carry both the
 * new and the previous status, so a client following status alone reads `status` and ignores `type`.
 * `webhook.test` is sent only by `POST /webhooks/{id}/test`.
 */
export const DOSSIER_EVENT_TYPES = [
  'dossier.submitted',
  'dossier.accepted',
  'dossier.refused',
  'dossier.assigned',
  'dossier.supplementRequested',
  'dossier.supplementAnswered',
  'dossier.feesRequested',
  'dossier.feesPaid',
  'dossier.paymentFailed',
  'dossier.finished',
  'dossier.resultReturned',
  'dossier.withdrawn',
  'dossier.stopped',
  'dossier.transferred',
  'feedback.received',
  'feedback.answered',
  'webhook.test',
] as const;

/** One of {@link DOSSIER_EVENT_TYPES}. */
export type DossierEventType = (typeof DOSSIER_EVENT_TYPES)[number];

/** An event type as a client names it (webhook filters): closed, so a typo is refused rather than never matching. */
export const DossierEventTypeSchema = z.enum(DOSSIER_EVENT_TYPES);

/**
 * A platform event: the `data:` line of a server-sent event on `/dossiers/{ref}/events` and
 * `/agencies/{code}/events` (as JSON, with the SSE `id:` equal to `id` and `event:` equal to `type`), and the
 * body of every webhook delivery. `type` is open: a client built today must keep reading tomorrow's events.
 *
 * @example
 * const event: DossierEvent = {
 *   id: '1042', type: 'dossier.accepted', dossierCode: '000.00.14.H56-250701-0001', agencyCode: '000.00.14.H56',
 *   status: 2, previousStatus: 1, at: '2025-07-01T09:15:00+07:00',
 *   actor: { role: 'deskOfficer', id: 'officer-lan', name: 'Trần Thị Lan' },
 *   data: { appointmentDate: '2025-07-08' },
 * };
 */
export const DossierEventSchema = z.object({
  /** Strictly increasing across the platform: resume a stream with `Last-Event-ID`, de-duplicate deliveries with it. */
  id: z.string().check(z.minLength(1)),
  type: openEnum(DOSSIER_EVENT_TYPES),
  /** The dossier concerned; `null` for events about no dossier (a test delivery, feedback on an agency). */
  dossierCode: z.nullable(DossierCodeSchema),
  /** The agency holding the dossier when the event happened (after a transfer: the new one). */
  agencyCode: z.nullable(AgencyCodeSchema),
  /** The status after the event, for dossier events. */
  status: z.nullable(DossierStatusCodeSchema),
  /** The status before, when the event changed it; `null` otherwise. */
  previousStatus: z.nullable(DossierStatusCodeSchema),
  at: DateTimeSchema,
  /** Who caused it. Officers are named; applicants only by role, so a stream shared with a vendor leaks no PII. */
  actor: z.object({
    role: ActorSchema,
    id: z.optional(z.string()),
    name: z.optional(z.string()),
  }),
  /** Details of this type of event: the appointment date, the supplement items, the fee lines, the reason… */
  data: z.record(z.string(), z.unknown()),
});
export type DossierEvent = z.infer<typeof DossierEventSchema>;

/** Request headers of an event stream: `Last-Event-ID` resumes after the last event a client saw. */
export const EventStreamHeadersSchema = z.object({
  'Last-Event-ID': z.optional(z.string().check(z.maxLength(64))),
});

/** Query of an event stream: `after` does what `Last-Event-ID` does, for a first connection. */
export const EventStreamQuerySchema = z.strictObject({
  after: z.optional(z.string().check(z.maxLength(64))),
});

/** How often an idle stream sends a `:keep-alive` comment, so proxies do not close it. */
export const EVENT_STREAM_HEARTBEAT_SECONDS = 15;
