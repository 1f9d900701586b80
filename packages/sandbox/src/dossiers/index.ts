/**
 * The dossier domain and the officer autopilot, registered together by `createSandbox`.
 */
import { Autopilot } from '../autopilot/autopilot.js';
import { autopilotModule } from '../autopilot/module.js';
import type { DatabaseHandle } from '../db/open.js';
import type { EventBus, SandboxEvent } from '../events/outbox.js';
import type { SandboxModule } from '../module.js';
import { type BackgroundDeps, inBackground } from './background.js';
import { settleOnlinePayment } from './lifecycle.js';
import { dossiersModule } from './module.js';
import { findDossierRow } from './repository.js';

export { type DomainContext, settleOnlinePayment } from './lifecycle.js';
export { dossiersModule } from './module.js';

/** What the dossier modules need from the sandbox being created. */
export interface DossierModulesDeps {
  /** The sandbox's database; its `close()` is wrapped so background work stops before the database closes. */
  readonly handle: DatabaseHandle;
  readonly bus: EventBus;
}

/**
 * Fees paid online (the payments module's `dossier.feesPaid`, status unchanged) resume processing: once its
 * transaction has committed, a dossier waiting on fees (6) with nothing left unpaid moves back to processing
 * (4) as the platform's `payFees`. Returns a function that waits for reactions in progress.
 */
function resumeAfterPayments(deps: BackgroundDeps): { stop(): Promise<void> } {
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const unsubscribe = deps.bus.subscribe((events: readonly SandboxEvent[]) => {
    for (const event of events) {
      const payload = event.payload as { status?: unknown; data?: { paymentId?: unknown } } | null;
      if (
        stopped ||
        event.type !== 'dossier.feesPaid' ||
        event.dossierCode === null ||
        payload?.status !== 6
      ) {
        continue;
      }
      const code = event.dossierCode;
      const paymentId = typeof payload.data?.paymentId === 'string' ? payload.data.paymentId : undefined;
      const reaction = inBackground(deps, async (ctx) => {
        const row = await findDossierRow(ctx.db, code, { forUpdate: true, dialect: ctx.dialect });
        if (row) await settleOnlinePayment(ctx, row, paymentId);
      })
        .catch(() => undefined)
        .finally(() => running.delete(reaction));
      running.add(reaction);
    }
  });
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      await Promise.all(running);
    },
  };
}

/**
 * The dossier module and the autopilot module, sharing the sandbox's event bus. Modules have no lifecycle
 * hook, so background work (the autopilot, payment reactions) is stopped by wrapping the database handle's
 * `close()`, which the sandbox calls last.
 *
 * @example
 * const modules = [...dossierModules({ handle, bus })];
 */
export function dossierModules({ handle, bus }: DossierModulesDeps): SandboxModule[] {
  const deps = { db: handle.db, dialect: handle.dialect, bus };
  const autopilot = new Autopilot(deps);
  const payments = resumeAfterPayments(deps);
  const closeDatabase = handle.close.bind(handle);
  handle.close = async () => {
    await Promise.all([autopilot.stop(), payments.stop()]);
    await closeDatabase();
  };
  return [dossiersModule({ bus }), autopilotModule(autopilot)];
}
