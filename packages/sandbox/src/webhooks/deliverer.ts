import { randomBytes } from 'node:crypto';
import { WEBHOOK_SIGNATURE_HEADER } from '@motcua/contract';
import { type Kysely, sql } from 'kysely';
import { readClockOffset } from '../clock/clock.js';
import { type Dialect, fromJson, isUniqueViolation, toTimestamp } from '../db/portable.js';
import { preparedQuery } from '../db/prepared.js';
import type { Database } from '../db/schema.js';
import type { EventBus, SandboxEvent } from '../events/outbox.js';
import type { Logger } from '../log/logger.js';
import { webhookEventBody } from './event-body.js';
import { signatureHeader } from './signature.js';
import type { WebhookDeliveryTable } from './tables.js';

/** Header naming the delivery (stable across its retries): receivers de-duplicate with it or with the event id. */
export const WEBHOOK_DELIVERY_HEADER = 'Motcua-Delivery-Id';
/** Header naming the event type, so a receiver can route before parsing the body. */
export const WEBHOOK_EVENT_TYPE_HEADER = 'Motcua-Event-Type';
/** Header carrying the 1-based attempt number. */
export const WEBHOOK_ATTEMPT_HEADER = 'Motcua-Delivery-Attempt';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The pause before each retry: 10 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h — nine attempts over about
 * 22 hours, then the delivery is `failed`. Each pause is stretched or shrunk by up to {@link DEFAULT_JITTER}
 * so receivers that failed together are not retried in lock-step.
 */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = Object.freeze([
  10 * SECOND,
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
]);

/** ± this fraction of each retry delay, at random. */
export const DEFAULT_JITTER = 0.2;

/** Environment variable overriding the retry schedule: milliseconds, comma-separated (`100,200,400`). */
export const RETRY_DELAYS_ENV = 'MOTCUA_WEBHOOK_RETRY_DELAYS_MS';

/** How the deliverer behaves. Every field has a production default; tests shorten the delays. */
export interface WebhookDelivererOptions {
  /**
   * Pause before retry n (milliseconds); the number of attempts is its length + 1. Default
   * `$MOTCUA_WEBHOOK_RETRY_DELAYS_MS`, else {@link DEFAULT_RETRY_DELAYS_MS}.
   */
  retryDelaysMs?: readonly number[];
  /** ± fraction of each delay, at random (default 0.2; 0 for none). */
  jitter?: number;
  /** How long a receiver may take to answer (default 10 s). */
  timeoutMs?: number;
  /** How often the outbox of due deliveries is polled besides the wake-ups (default 1 s). */
  pollIntervalMs?: number;
  /** Warnings (an unreachable database) and errors. */
  logger?: Logger;
}

/** What the deliverer needs of a sandbox (a `Sandbox` will do): its database and its bus of committed events. */
export interface WebhookDelivererHost {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly events: EventBus;
}

/** A running deliverer. */
export interface WebhookDeliverer {
  /** Looks for due deliveries now (harmless at any time; committed events that make deliveries wake it too). */
  wake(): void;
  /** Changes the schedule and timings of a running deliverer (attempts already scheduled keep their time). */
  configure(options: WebhookDelivererOptions): void;
  /** Stops: no new attempts, attempts in flight are aborted (and retried after a restart). */
  stop(): Promise<void>;
}

interface Settings {
  retryDelaysMs: readonly number[];
  jitter: number;
  timeoutMs: number;
  pollIntervalMs: number;
  logger: Logger | undefined;
}

const running = new WeakMap<EventBus, Deliverer>();

/**
 * Starts delivering webhooks for a sandbox: every committed event is fanned out to the matching enabled
 * subscriptions of its agency (one delivery row each, in the database), and due deliveries are POSTed with the
 * real network, signed, retried with exponential backoff and jitter until a 2xx or the schedule runs out.
 * Deliveries live in the database, so pending ones are picked up again after a restart. Nothing here runs
 * inside a request's transaction: the bus hands events over after commit and delivery happens afterwards.
 *
 * One deliverer per sandbox: starting again for the same event bus returns the running one, reconfigured.
 *
 * @example
 * const deliverer = startWebhookDeliverer(sandbox, { retryDelaysMs: [100, 200] });
 * // …
 * await deliverer.stop();
 */
export function startWebhookDeliverer(
  host: WebhookDelivererHost,
  options: WebhookDelivererOptions = {},
): WebhookDeliverer {
  const existing = running.get(host.events);
  if (existing && !existing.stopped) {
    existing.configure(options);
    return existing;
  }
  const deliverer = new Deliverer(host, settingsOf(options));
  running.set(host.events, deliverer);
  deliverer.start();
  return deliverer;
}

function settingsOf(options: WebhookDelivererOptions, base?: Settings): Settings {
  return {
    retryDelaysMs:
      options.retryDelaysMs ?? base?.retryDelaysMs ?? retryDelaysFromEnv() ?? DEFAULT_RETRY_DELAYS_MS,
    jitter: options.jitter ?? base?.jitter ?? DEFAULT_JITTER,
    timeoutMs: options.timeoutMs ?? base?.timeoutMs ?? 10 * SECOND,
    pollIntervalMs: options.pollIntervalMs ?? base?.pollIntervalMs ?? SECOND,
    logger: options.logger ?? base?.logger,
  };
}

/**
 * The retry schedule from `MOTCUA_WEBHOOK_RETRY_DELAYS_MS`, if set and well formed.
 *
 * @example
 * // MOTCUA_WEBHOOK_RETRY_DELAYS_MS=100,200
 * retryDelaysFromEnv() // [100, 200]
 */
export function retryDelaysFromEnv(value = process.env[RETRY_DELAYS_ENV]): number[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const delays = value.split(',').map((part) => Number(part.trim()));
  return delays.every((delay) => Number.isSafeInteger(delay) && delay >= 0) ? delays : undefined;
}

/**
 * The pause before the retry that follows attempt `attempt` (1-based), with jitter; `undefined` when no retry
 * remains.
 *
 * @example
 * retryDelay(1, [10_000, 30_000], 0) // 10_000
 * retryDelay(3, [10_000, 30_000], 0) // undefined
 */
export function retryDelay(
  attempt: number,
  delays: readonly number[],
  jitter: number,
  random: () => number = Math.random,
): number | undefined {
  const base = delays[attempt - 1];
  if (base === undefined) return undefined;
  return Math.max(0, Math.round(base * (1 - jitter + 2 * jitter * random())));
}

/** A delivery's id: `dlv_` and 20 hex digits. */
export function newDeliveryId(): string {
  return `dlv_${randomBytes(10).toString('hex')}`;
}

/** Outcome of one HTTP attempt. */
interface AttemptResult {
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
}

class Deliverer implements WebhookDeliverer {
  readonly #db: Kysely<Database>;
  readonly #dialect: Dialect;
  readonly #events: EventBus;
  #settings: Settings;
  /** The webhook tables exist (the deliverer may start before the sandbox's migrations have run). */
  #ready = false;
  #unsubscribe: (() => void) | undefined;
  #timer: NodeJS.Timeout | undefined;
  #cycle: Promise<void> | undefined;
  #again = false;
  /** The next cycle looks for due deliveries (not only fans events out), and schedules the next wake-up. */
  #dueWanted = false;
  #queue: SandboxEvent[] = [];
  readonly #abort = new AbortController();
  stopped = false;

  constructor(host: WebhookDelivererHost, settings: Settings) {
    this.#db = host.db;
    this.#dialect = host.dialect;
    this.#events = host.events;
    this.#settings = settings;
  }

  start(): void {
    this.#unsubscribe = this.#events.subscribe((events) => {
      // Called synchronously after a request committed: queue and return at once, never block the request.
      this.#queue.push(...events);
      this.#startCycle(false);
    });
    void this.#waitForTables();
  }

  /** Polls (quietly) until the webhook tables exist, then starts working. */
  async #waitForTables(): Promise<void> {
    while (!this.stopped) {
      try {
        const query =
          this.#dialect === 'postgres'
            ? sql<{ found: unknown }>`select to_regclass('webhook_deliveries') is not null as found`
            : sql<{
                found: unknown;
              }>`select count(*) as found from sqlite_master where type = 'table' and name = 'webhook_deliveries'`;
        const row = (await query.execute(this.#db)).rows[0];
        if (row?.found === true || Number(row?.found) > 0) {
          this.#ready = true;
          this.wake();
          return;
        }
      } catch {
        // The database is not open yet, or closing: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 50).unref());
    }
  }

  configure(options: WebhookDelivererOptions): void {
    this.#settings = settingsOf(options, this.#settings);
    this.wake();
  }

  wake(): void {
    this.#startCycle(true);
  }

  /**
   * Runs a cycle, or asks the running one to go round again. A cycle started by committed events only fans them
   * out: deliveries are looked for when it made some (or a test delivery was written), and otherwise the wake-up
   * already scheduled (the next due attempt, or the poll) stands — so a sandbox without subscriptions spends one
   * query per batch of events.
   */
  #startCycle(lookForDue: boolean): void {
    if (this.stopped || !this.#ready) return;
    if (lookForDue) this.#dueWanted = true;
    if (this.#cycle) {
      this.#again = true;
      return;
    }
    this.#cycle = this.#run().finally(() => {
      this.#cycle = undefined;
      // Events heard after the cycle's last look: go round once more.
      if (this.#again) {
        this.#again = false;
        this.#startCycle(false);
      }
    });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.#unsubscribe?.();
    clearTimeout(this.#timer);
    this.#abort.abort();
    await this.#cycle;
    // Events heard but not yet fanned out become delivery rows now, so a restart still sends them.
    if (this.#ready && this.#queue.length > 0)
      await this.#fanOut(this.#queue.splice(0)).catch(() => undefined);
    if (running.get(this.#events) === this) running.delete(this.#events);
  }

  async #run(): Promise<void> {
    let reschedule = false;
    try {
      do {
        this.#again = false;
        const events = this.#queue.splice(0);
        if (events.length > 0) {
          const created = await this.#fanOut(events).catch((error: unknown) => {
            // Kept for the next cycle (fan-out is insert-if-absent, so a partial one is harmless to repeat).
            this.#queue.unshift(...events);
            throw error;
          });
          // The test endpoint writes its delivery itself, in the request that emitted the event.
          if (created > 0 || events.some((event) => event.type === 'webhook.test')) this.#dueWanted = true;
        }
        if (this.#dueWanted) {
          this.#dueWanted = false;
          reschedule = true;
          clearTimeout(this.#timer);
          while (!this.stopped && (await this.#deliverDue()) > 0) {
            // keep going while attempts are due
          }
        }
      } while (this.#again && !this.stopped);
    } catch (error) {
      reschedule = true;
      if (!this.stopped) {
        this.#settings.logger?.log({ level: 'warn', msg: 'webhook deliverer: cycle failed', error });
      }
    } finally {
      if (!this.stopped && reschedule) await this.#scheduleNext();
    }
  }

  /** The test clock's now: stored times follow the sandbox's clock, like every other timestamp. */
  async #now(): Promise<Date> {
    return new Date(Date.now() + (await readClockOffset(this.#db)));
  }

  /**
   * One delivery row per matching subscription for each event (insert-if-absent, so a second fan-out is
   * harmless); returns how many rows it tried to write. An agency's subscriptions get what its event stream
   * carries: the events filed under it, and the events of the dossiers it received or returns the result of.
   */
  async #fanOut(events: readonly SandboxEvent[]): Promise<number> {
    // `webhook.test` rows are written by the test endpoint itself, for one subscription only.
    const candidates = events.filter((event) => event.type !== 'webhook.test');
    if (candidates.length === 0) return 0;
    // Subscriptions first: a sandbox has few (usually none), and without any the dossiers need no lookup.
    const subscriptions = (await enabledSubscriptions(this.#db)).rows;
    if (subscriptions.length === 0) return 0;
    const dossierAgencies = await this.#dossierAgencies(candidates);
    const audience = new Map<SandboxEvent, Set<string>>();
    for (const event of candidates) {
      const agencies = new Set(dossierAgencies.get(event.dossierCode ?? '') ?? []);
      if (event.agencyCode !== null) agencies.add(event.agencyCode);
      if (agencies.size > 0) audience.set(event, agencies);
    }
    if (audience.size === 0) return 0;
    let created = 0;
    const now = toTimestamp(await this.#now());
    for (const [event, agencies] of audience) {
      const matching = subscriptions.filter((subscription) => {
        if (!agencies.has(subscription.agency_code)) return false;
        if (event.id <= Number(subscription.start_event_id)) return false;
        const filter = fromJson<string[]>(subscription.events);
        return filter.includes('*') || filter.includes(event.type);
      });
      if (matching.length === 0) continue;
      const dossierEvent = webhookEventBody(event);
      if (!dossierEvent) continue;
      const body = JSON.stringify(dossierEvent);
      for (const subscription of matching) {
        created++;
        const row: WebhookDeliveryTable = {
          id: newDeliveryId(),
          subscription_id: subscription.id,
          event_id: String(event.id),
          event_type: event.type,
          body,
          status: 'pending',
          attempt_count: 0,
          next_attempt_at: now,
          created_at: now,
          updated_at: now,
        };
        try {
          await this.#db
            .insertInto('webhook_deliveries')
            .values(row)
            .onConflict((conflict) => conflict.columns(['subscription_id', 'event_id']).doNothing())
            .execute();
        } catch (error) {
          // The subscription was deleted meanwhile (foreign key), or another process won the race.
          if (!isUniqueViolation(error) && !isForeignKeyViolation(error)) throw error;
        }
      }
    }
    return created;
  }

  /** The receiving and result-delivery agencies of the events' dossiers (none without the dossier module). */
  async #dossierAgencies(events: readonly SandboxEvent[]): Promise<Map<string, string[]>> {
    const codes = [...new Set(events.map((event) => event.dossierCode).filter((code) => code !== null))];
    const found = new Map<string, string[]>();
    if (codes.length === 0) return found;
    try {
      const rows = await this.#db
        .selectFrom('dossiers')
        .select(['code', 'receiving_agency_code', 'processing_agency_code', 'result_delivery_agency_code'])
        .where('code', 'in', codes)
        .execute();
      for (const row of rows) {
        const agencies = [
          row.receiving_agency_code,
          row.processing_agency_code,
          row.result_delivery_agency_code,
        ];
        found.set(
          row.code as string,
          agencies.filter((agency): agency is string => agency !== null),
        );
      }
    } catch {
      // No dossier module in this sandbox: events reach the agency they are filed under only.
    }
    return found;
  }

  /** Sends every delivery due now (a batch at a time); returns how many were attempted. */
  async #deliverDue(): Promise<number> {
    const now = await this.#now();
    const due = await this.#db
      .selectFrom('webhook_deliveries')
      .select(['id', 'next_attempt_at'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', toTimestamp(now))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(16)
      .execute();
    if (due.length === 0) return 0;
    const claimed: string[] = [];
    const leaseUntil = toTimestamp(new Date(now.getTime() + this.#settings.timeoutMs + 5 * SECOND));
    for (const row of due) {
      // A lease: the conditional update succeeds for exactly one process sharing the database.
      const result = await this.#db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: leaseUntil })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '=', row.next_attempt_at)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) claimed.push(row.id);
    }
    await Promise.all(claimed.map((id) => this.#attempt(id)));
    return claimed.length;
  }

  async #attempt(deliveryId: string): Promise<void> {
    const delivery = await this.#db
      .selectFrom('webhook_deliveries')
      .innerJoin('webhook_subscriptions', 'webhook_subscriptions.id', 'webhook_deliveries.subscription_id')
      .select([
        'webhook_deliveries.id',
        'webhook_deliveries.subscription_id',
        'webhook_deliveries.event_type',
        'webhook_deliveries.body',
        'webhook_deliveries.attempt_count',
        'webhook_subscriptions.url',
        'webhook_subscriptions.enabled',
      ])
      .where('webhook_deliveries.id', '=', deliveryId)
      .executeTakeFirst();
    if (!delivery) return;
    const started = await this.#now();
    if (delivery.enabled !== 1) {
      // A disabled subscription receives nothing, and its missed events are not replayed when re-enabled.
      await this.#db
        .updateTable('webhook_deliveries')
        .set({ status: 'failed', next_attempt_at: null, updated_at: toTimestamp(started) })
        .where('id', '=', deliveryId)
        .execute();
      return;
    }
    const secrets = await this.#db
      .selectFrom('webhook_secrets')
      .select('secret')
      .where('subscription_id', '=', delivery.subscription_id)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', toTimestamp(started))]))
      .orderBy('id', 'desc')
      .execute();
    const attempt = delivery.attempt_count + 1;
    const result = await this.#post(delivery.url, delivery.body, {
      'Content-Type': 'application/json',
      'User-Agent': 'motcua-sandbox-webhooks/1',
      [WEBHOOK_SIGNATURE_HEADER]: signatureHeader(
        secrets.map((row) => row.secret),
        // Wall-clock seconds, not the test clock: the receiver checks them against its own clock.
        Math.floor(Date.now() / 1000),
        delivery.body,
      ),
      [WEBHOOK_DELIVERY_HEADER]: delivery.id,
      [WEBHOOK_EVENT_TYPE_HEADER]: delivery.event_type,
      [WEBHOOK_ATTEMPT_HEADER]: String(attempt),
    });
    // Stopped mid-flight: the outcome is unknown, so nothing is recorded; the lease lapses and it is retried.
    if (result === undefined) return;
    const succeeded =
      result.responseStatus !== null && result.responseStatus >= 200 && result.responseStatus < 300;
    const { retryDelaysMs, jitter } = this.#settings;
    const pause = succeeded ? undefined : retryDelay(attempt, retryDelaysMs, jitter);
    const finished = await this.#now();
    const status = succeeded ? 'succeeded' : pause === undefined ? 'failed' : 'pending';
    this.#settings.logger?.log({
      level: succeeded ? 'info' : 'warn',
      msg: 'webhook delivery attempt',
      deliveryId,
      subscriptionId: delivery.subscription_id,
      eventType: delivery.event_type,
      attempt,
      responseStatus: result.responseStatus,
      error: result.error,
      ms: result.durationMs,
      status,
    });
    try {
      await this.#db.transaction().execute(async (trx) => {
        await trx
          .insertInto('webhook_attempts')
          .values({
            delivery_id: deliveryId,
            attempt,
            at: toTimestamp(started),
            response_status: result.responseStatus,
            error: result.error,
            duration_ms: result.durationMs,
          })
          .execute();
        await trx
          .updateTable('webhook_deliveries')
          .set({
            attempt_count: attempt,
            status,
            next_attempt_at: pause === undefined ? null : toTimestamp(new Date(finished.getTime() + pause)),
            updated_at: toTimestamp(finished),
          })
          .where('id', '=', deliveryId)
          .execute();
      });
    } catch (error) {
      // The subscription (and its deliveries) was deleted while the attempt was in flight: nothing to record.
      if (!isForeignKeyViolation(error)) throw error;
    }
  }

  /** One POST; `undefined` when the deliverer was stopped during it. */
  async #post(
    url: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<AttemptResult | undefined> {
    const started = performance.now();
    const elapsed = () => Math.max(0, Math.round(performance.now() - started));
    const timeout = AbortSignal.timeout(this.#settings.timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        // A redirect is not a delivery: the receiver must answer 2xx at the registered URL.
        redirect: 'manual',
        signal: AbortSignal.any([timeout, this.#abort.signal]),
      });
      // The answer's body is not used; read it away so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return {
        responseStatus: response.status,
        error: ok ? null : `HTTP ${response.status}`,
        durationMs: elapsed(),
      };
    } catch (error) {
      if (this.#abort.signal.aborted) return undefined;
      return {
        responseStatus: null,
        error: timeout.aborted ? `timeout after ${this.#settings.timeoutMs} ms` : networkError(error),
        durationMs: elapsed(),
      };
    }
  }

  /** Wakes for the next due attempt, or polls (other processes, test-clock jumps) at the poll interval. */
  async #scheduleNext(): Promise<void> {
    let delay = this.#settings.pollIntervalMs;
    try {
      const next = await this.#db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.min('next_attempt_at').as('next'))
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (next?.next) {
        delay = Math.min(delay, Math.max(0, new Date(next.next).getTime() - (await this.#now()).getTime()));
      }
    } catch {
      // The database is closing or unreachable: poll again later.
    }
    if (this.stopped) return;
    if (this.#again) {
      this.#again = false;
      delay = 0;
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.wake(), delay);
    this.#timer.unref();
  }
}

const enabledSubscriptions = preparedQuery((db) =>
  db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'agency_code', 'events', 'start_event_id'])
    .where('enabled', '=', 1),
);

function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** A short, PII-free reason for a failed connection. */
function networkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection reset';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    default:
      if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `TLS error (${code})`;
      return code ?? (error instanceof Error ? error.message : 'network error');
  }
}
