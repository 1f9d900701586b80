import type { DossierEvent } from '@motcua/contract';
import { toJson } from '../db/portable.js';
import { toDossierEvent } from '../dossiers/events.js';
import type { SandboxEvent } from '../events/outbox.js';

/**
 * An outbox event as the contract's `DossierEvent`: the body of a webhook delivery. The mapping is the dossier
 * module's (the one its server-sent event streams use), so a webhook and a stream carry the same JSON for the
 * same event: status, previous status, actor and data come from the payload (`{ status, previousStatus, actor,
 * data }`). `undefined` for outbox rows that are not valid events (another module's private events).
 *
 * @example
 * webhookEventBody(event) // { id: '7', type: 'feedback.received', dossierCode: null, agencyCode: '000.00.01.H26', … }
 */
export function webhookEventBody(event: SandboxEvent): DossierEvent | undefined {
  return toDossierEvent({
    id: event.id,
    type: event.type,
    dossier_code: event.dossierCode,
    agency_code: event.agencyCode,
    payload: toJson(event.payload),
    created_at: event.createdAt,
  });
}
