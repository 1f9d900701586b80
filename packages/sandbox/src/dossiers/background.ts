/**
 * Domain work outside a request (the autopilot, reactions to other modules' events): one transaction on the
 * sandbox's database with the test clock, events appended to the outbox inside it and published on the bus
 * after commit, as the request pipeline does.
 */
import type { Kysely } from 'kysely';
import { offsetClock, readClockOffset } from '../clock/clock.js';
import type { Dialect } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { appendEvent, type EventBus, type SandboxEvent } from '../events/outbox.js';
import type { DomainContext } from './lifecycle.js';

export interface BackgroundDeps {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly bus: EventBus;
}

/**
 * Runs `work` in a transaction with a domain context; its events reach subscribers once committed.
 *
 * @example
 * await inBackground(deps, (ctx) => settleOnlinePayment(ctx, row));
 */
export async function inBackground<T>(
  deps: BackgroundDeps,
  work: (ctx: DomainContext) => Promise<T>,
): Promise<T> {
  const committed: SandboxEvent[] = [];
  const result = await deps.db.transaction().execute(async (trx) => {
    const clock = offsetClock(await readClockOffset(trx));
    return work({
      db: trx,
      dialect: deps.dialect,
      locale: 'vi',
      now: () => clock.now(),
      emit: async (event) => {
        const recorded = await appendEvent(trx, event, clock.now());
        committed.push(recorded);
        return recorded;
      },
    });
  });
  deps.bus.publish(committed);
  return result;
}
