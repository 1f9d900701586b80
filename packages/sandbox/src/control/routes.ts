import type { Kysely } from 'kysely';
import { issueToken } from '../auth/credentials.js';
import { advanceClockBy, readClockOffset, SANDBOX_TIME_ZONE } from '../clock/clock.js';
import type { Dialect } from '../db/portable.js';
import { fromJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { detail } from '../http/details.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, route } from '../http/route.js';
import {
  advanceClock,
  getClock,
  health,
  issuePersonaToken,
  listPersonas,
  openApiDocument,
  resetSandbox,
} from './endpoints.js';

/** What the control endpoints need from the sandbox they control. */
export interface ControlDeps {
  readonly dialect: Dialect;
  /** Wipes and (when seeding is on) reseeds, in the given transaction; clears in-memory test state. */
  reset(db: Kysely<Database>): Promise<{ seeded: boolean }>;
  /** The OpenAPI document to serve. */
  openApi(): Record<string, unknown>;
}

const MINUTE = 60_000;

function clockState(offsetMs: number) {
  return {
    now: new Date(Date.now() + offsetMs).toISOString(),
    offsetMs,
    timeZone: SANDBOX_TIME_ZONE,
  } as const;
}

/**
 * The routes of the sandbox-only endpoints.
 *
 * @example
 * const routes = controlRoutes({ dialect, reset, openApi });
 */
export function controlRoutes(deps: ControlDeps): RouteDefinition[] {
  return [
    route(getClock, async ({ db }) => clockState(await readClockOffset(db))),

    route(advanceClock, async ({ db, body }) => {
      const ms = ((body.days ?? 0) * 24 * 60 + (body.hours ?? 0) * 60 + (body.minutes ?? 0)) * MINUTE;
      return clockState(await advanceClockBy(db, ms));
    }),

    route(resetSandbox, async ({ db }) => {
      const { seeded } = await deps.reset(db);
      return { reset: true, seeded, now: new Date().toISOString() } as const;
    }),

    route(listPersonas, async ({ db }) => {
      const rows = await db.selectFrom('personas').selectAll().orderBy('id').execute();
      return {
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          displayName: row.display_name,
          principal: row.kind === 'officer' ? ('officer' as const) : ('citizen' as const),
          ...(row.agency_code === null ? {} : { agencyCode: row.agency_code }),
          ...(row.role === null ? {} : { role: row.role }),
          claims: fromJson<Record<string, unknown>>(row.claims),
        })),
      };
    }),

    route(issuePersonaToken, async ({ db, params, now }) => {
      const persona = await db
        .selectFrom('personas')
        .select('id')
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!persona)
        throw new ProblemError('resource.notFound', {
          detail: detail('persona.notFound', { id: params.id }),
        });
      return issueToken(db, persona.id, now());
    }),

    route(health, async ({ db, now }) => {
      // A real round trip: a sandbox whose database is gone must not report healthy.
      await db.selectFrom('clock').select('id').limit(1).execute();
      return { status: 'ok', database: deps.dialect, now: now().toISOString() } as const;
    }),

    route(openApiDocument, () => deps.openApi() as { openapi: string; info: { title: string } }),
  ];
}
