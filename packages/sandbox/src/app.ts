import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { catalogueModule } from './catalogue/index.js';
import { citizenDataModule } from './citizen-data/index.js';
import { offsetClock, readClockOffset } from './clock/clock.js';
import { loadContractOpenApi, placeholderOpenApi } from './control/openapi.js';
import { controlRoutes } from './control/routes.js';
import { infraMigration } from './db/infra-migration.js';
import { migrateToLatest } from './db/migrations.js';
import { openDatabase } from './db/open.js';
import type { Dialect } from './db/portable.js';
import type { Database } from './db/schema.js';
import { wipeAllTables } from './db/wipe.js';
import { dossierModules } from './dossiers/index.js';
import { EventBus } from './events/outbox.js';
import { feedbackModule } from './feedback/index.js';
import { filesModule } from './files/index.js';
import { DEFAULT_BINARY_BODY_LIMIT, DEFAULT_BODY_LIMIT } from './http/body.js';
import { DROPPED_HEADER, FaultMemory } from './http/faults.js';
import { InFlightKeys } from './http/idempotency.js';
import type { RouteDefinition } from './http/route.js';
import { createHttpApp } from './http/router.js';
import { identityModule } from './identity/index.js';
import { jsonLogger, type Logger, silentLogger } from './log/logger.js';
import type { SandboxModule } from './module.js';
import { paymentsModule } from './payments/index.js';
import { SEEDERS } from './seed/index.js';
import { signingModule } from './signing/index.js';
import { unitRoutes } from './units/routes.js';
import { webhooksModule } from './webhooks/index.js';

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /**
   * Where the data lives: a SQLite file path, `:memory:`, or a `postgres://` / `postgresql://` URL.
   * Default: `DATABASE_URL`, else `:memory:`.
   */
  database?: string;
  /** Seed the demo data (personas, API key…) on start and on reset. Default `true`. */
  seed?: boolean;
  /**
   * Receives one entry per request and every error. Default: JSON lines on standard error, warnings and errors
   * only. `false` for silence.
   */
  logger?: Logger | false;
  /** Largest accepted JSON or form body, in bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** Largest accepted binary upload, in bytes. Default 25 MiB. */
  binaryBodyLimit?: number;
  /** Extra modules (domain slices, or test-only endpoints), served after the built-in ones. */
  modules?: readonly SandboxModule[];
  /**
   * Check every response against its endpoint's schema, answering 500 when the sandbox breaks the contract.
   * Default: on unless `NODE_ENV` is `production`.
   */
  validateResponses?: boolean;
  /** Honour `X-Sandbox-Fault` headers. Default `true`. */
  faults?: boolean;
}

/** Where to listen. */
export interface ListenOptions {
  /** `0` (the default) picks a free port. */
  port?: number;
  /** Default `127.0.0.1`: the sandbox has no access control worth exposing to a network. */
  host?: string;
}

/** A running HTTP server of the sandbox. */
export interface SandboxServer {
  /** Base URL, e.g. `http://127.0.0.1:53817`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, lets requests in progress finish (2 s at most), then closes. */
  close(): Promise<void>;
}

/** A sandbox: the platform emulator, its database and its HTTP interface. */
export interface Sandbox {
  /** Serves a request in-process (no socket). A `drop` fault rejects like a network error. */
  fetch(request: Request): Promise<Response>;
  /** Starts an HTTP server; may be called more than once. */
  listen(options?: ListenOptions): Promise<SandboxServer>;
  /** The database, for tests that look behind the API. */
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Committed events, as they happen. */
  readonly events: EventBus;
  /** The sandbox's time (real time plus the test clock's offset). */
  now(): Promise<Date>;
  /** Wipes every table and reseeds (when seeding is on): what `POST /sandbox/reset` does. */
  reset(): Promise<void>;
  /** Stops every server and closes the database. */
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 2000;

/**
 * Creates a sandbox: opens the database, runs every module's migrations, seeds the demo data, and composes the
 * HTTP interface (contract routes, control endpoints, fault injection, idempotency).
 *
 * @example
 * const sandbox = await createSandbox({ database: ':memory:' });
 * const server = await sandbox.listen({ port: 0 });
 * const res = await fetch(`${server.url}/units/provinces`);
 * await sandbox.close();
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const handle = openDatabase(options.database ?? process.env.DATABASE_URL ?? ':memory:');
  const { db, dialect } = handle;
  const logger =
    options.logger === false
      ? silentLogger
      : (options.logger ?? jsonLogger({ level: 'warn', write: (line) => process.stderr.write(`${line}\n`) }));
  const shouldSeed = options.seed ?? true;
  const faults = options.faults === false ? null : new FaultMemory();
  const bus = new EventBus();
  const servers = new Set<SandboxServer>();

  const resetIn = async (trx: Kysely<Database>): Promise<{ seeded: boolean }> => {
    await wipeAllTables(trx, dialect);
    if (shouldSeed) await runSeeders(trx);
    faults?.clear();
    return { seeded: shouldSeed };
  };

  let routes: RouteDefinition[] = [];
  let openApi: Record<string, unknown> | undefined;
  const modules: SandboxModule[] = [
    { name: 'infra', migrations: [infraMigration], seeders: SEEDERS },
    { name: 'units', routes: unitRoutes },
    {
      name: 'control',
      routes: controlRoutes({
        dialect,
        reset: resetIn,
        openApi: () => (openApi ??= loadContractOpenApi() ?? placeholderOpenApi(routes)),
      }),
    },
    catalogueModule,
    identityModule,
    citizenDataModule,
    filesModule,
    signingModule,
    paymentsModule,
    webhooksModule({ handle, bus, logger }),
    feedbackModule,
    ...dossierModules({ handle, bus }),
    ...(options.modules ?? []),
  ];
  routes = modules.flatMap((module) => module.routes ?? []);

  async function runSeeders(trx: Kysely<Database>): Promise<void> {
    const context = { clock: offsetClock(await readClockOffset(trx)), dialect };
    for (const module of modules) for (const seeder of module.seeders ?? []) await seeder(trx, context);
  }

  try {
    await migrateToLatest(
      db,
      dialect,
      modules.flatMap((module) => module.migrations ?? []),
    );
    if (shouldSeed) await db.transaction().execute(runSeeders);
  } catch (error) {
    await handle.close();
    throw error;
  }

  const app = createHttpApp(routes, {
    db,
    dialect,
    logger,
    bus,
    faults,
    inFlight: new InFlightKeys(),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    binaryBodyLimit: options.binaryBodyLimit ?? DEFAULT_BINARY_BODY_LIMIT,
    validateResponses: options.validateResponses ?? process.env.NODE_ENV !== 'production',
  });

  return {
    db,
    dialect,
    events: bus,
    async fetch(request) {
      const response = await app.fetch(request);
      if (response.headers.has(DROPPED_HEADER)) {
        throw new TypeError('fetch failed', {
          cause: new Error('The sandbox dropped the connection (X-Sandbox-Fault)'),
        });
      }
      return response;
    },
    async listen({ port = 0, host = '127.0.0.1' } = {}) {
      const server = createAdaptorServer({
        fetch: (request, env) => app.fetch(request, env),
        // The adapter can swap Node's global Request/Response for faster ones; a library must not change its host.
        overrideGlobalObjects: false,
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      let closing: Promise<void> | undefined;
      const running: SandboxServer = {
        url: `http://${urlHost}:${address.port}`,
        port: address.port,
        close() {
          closing ??= new Promise<void>((resolve) => {
            const http = server as import('node:http').Server;
            const force = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
            http.close(() => {
              clearTimeout(force);
              servers.delete(running);
              resolve();
            });
            http.closeIdleConnections();
          });
          return closing;
        },
      };
      servers.add(running);
      return running;
    },
    async now() {
      return offsetClock(await readClockOffset(db)).now();
    },
    async reset() {
      await db.transaction().execute(resetIn);
    },
    async close() {
      await Promise.all([...servers].map((server) => server.close()));
      await handle.close();
    },
  };
}
