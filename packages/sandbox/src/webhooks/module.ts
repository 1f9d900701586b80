import type { DatabaseHandle } from '../db/open.js';
import type { EventBus } from '../events/outbox.js';
import type { SandboxModule } from '../module.js';
import {
  startWebhookDeliverer,
  type WebhookDeliverer,
  type WebhookDelivererHost,
  type WebhookDelivererOptions,
} from './deliverer.js';
import { webhookRoutes } from './routes.js';
import { webhooksMigration } from './tables.js';

/** Options of {@link webhooksModule}. */
export interface WebhooksModuleOptions extends Omit<WebhookDelivererOptions, 'retryDelaysMs'> {
  /**
   * Pause before each retry, in milliseconds (attempts = length + 1). Default
   * `$MOTCUA_WEBHOOK_RETRY_DELAYS_MS`, else 10 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h.
   */
  webhookRetryDelaysMs?: readonly number[];
  /**
   * The sandbox's database handle and event bus. Given both, the deliverer runs with the sandbox: it starts at
   * once (and begins work as soon as the migrations have created its tables), and stops before the database
   * closes — modules have no lifecycle hook, so `handle.close` is wrapped, as the dossier modules do.
   */
  handle?: DatabaseHandle;
  bus?: EventBus;
}

/** The webhooks slice, and a way to run its background deliverer. */
export interface WebhooksModule extends SandboxModule {
  /** Starts (or reconfigures) the deliverer of a sandbox; stop it before the database closes. */
  start(host: WebhookDelivererHost): WebhookDeliverer;
}

/**
 * Webhook subscriptions of agencies' back-office systems, and their deliveries: every committed event of an
 * agency is posted (signed, retried with backoff) to the matching subscriptions of that agency.
 *
 * @example
 * // in createSandbox: runs the deliverer for the sandbox's lifetime
 * webhooksModule({ handle, bus, webhookRetryDelaysMs: options.webhookRetryDelaysMs })
 */
export function webhooksModule(options: WebhooksModuleOptions = {}): WebhooksModule {
  const { webhookRetryDelaysMs, handle, bus, ...rest } = options;
  const delivererOptions: WebhookDelivererOptions = {
    ...rest,
    ...(webhookRetryDelaysMs === undefined ? {} : { retryDelaysMs: webhookRetryDelaysMs }),
  };
  if (handle && bus) {
    const deliverer = startWebhookDeliverer(
      { db: handle.db, dialect: handle.dialect, events: bus },
      delivererOptions,
    );
    const closeDatabase = handle.close.bind(handle);
    handle.close = async () => {
      await deliverer.stop();
      await closeDatabase();
    };
  }
  return {
    name: 'webhooks',
    migrations: [webhooksMigration],
    routes: webhookRoutes,
    start: (host) => startWebhookDeliverer(host, delivererOptions),
  };
}
