import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashSecret, issueToken } from '../auth/credentials.js';
import { findAgency } from '../catalogue/repository.js';
import { advanceClockBy, readClockOffset, SANDBOX_TIME_ZONE } from '../clock/clock.js';
import type { Dialect } from '../db/portable.js';
import { fromJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { detail } from '../http/details.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { personaSeed } from '../seed/personas.js';
import {
  advanceClock,
  createAgencyKey,
  getClock,
  health,
  issuePersonaToken,
  listPersonas,
  openApi,
  reset,
} from './endpoints.js';
import { forOrigin } from './openapi.js';

/** What the control endpoints need from the sandbox they control. */
export interface ControlDeps {
  readonly dialect: Dialect;
  /** Wipes and (when seeding is on) reseeds, in the given transaction; clears in-memory test state. */
  reset(db: Kysely<Database>): Promise<{ seeded: boolean }>;
  /** The OpenAPI document to serve (its `servers` are rewritten to the sandbox's address per request). */
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
 * The routes of the sandbox-only endpoints (`sandbox.*` of the contract, except `sandbox.setAutopilot`).
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

    route(reset, async ({ db }) => {
      const { seeded } = await deps.reset(db);
      return { reset: true, seeded, now: new Date().toISOString() } as const;
    }),

    route(listPersonas, async ({ db }) => {
      const rows = await db.selectFrom('personas').selectAll().orderBy('id').execute();
      return {
        items: rows.map((row) => {
          const description = personaSeed(row.id)?.description;
          return {
            id: row.id,
            kind: row.kind,
            displayName: row.display_name,
            ...(description === undefined ? {} : { description }),
            principal: row.kind === 'officer' ? ('officer' as const) : ('citizen' as const),
            ...(row.agency_code === null ? {} : { agencyCode: row.agency_code }),
            ...(row.role === null ? {} : { role: row.role }),
            claims: fromJson<Record<string, unknown>>(row.claims),
          };
        }),
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

    route(createAgencyKey, async ({ db, body, now }) => {
      const agency = await findAgency(db, body.agencyCode);
      if (!agency)
        throw new ProblemError('resource.notFound', {
          detail: {
            vi: `Không có cơ quan mã ${body.agencyCode}`,
            en: `There is no agency ${body.agencyCode}`,
          },
        });
      const key = `sk_sandbox_${randomBytes(24).toString('base64url')}`;
      const keyId = `key-${randomBytes(8).toString('hex')}`;
      await db
        .insertInto('api_keys')
        .values({
          key_hash: hashSecret(key),
          id: keyId,
          agency_code: agency.code,
          label: body.label,
          created_at: toTimestamp(now()),
        })
        .execute();
      return reply(
        { keyId, key, label: body.label, agency: { code: agency.code, name: agency.name } },
        { status: 201, headers: { 'Cache-Control': 'no-store' } },
      );
    }),

    route(health, async ({ db, now }) => {
      // A real round trip: a sandbox whose database is gone must not report healthy.
      await db.selectFrom('clock').select('id').limit(1).execute();
      return { status: 'ok', database: deps.dialect, now: now().toISOString() } as const;
    }),

    route(
      openApi,
      ({ request }) =>
        forOrigin(deps.openApi(), new URL(request.url).origin) as {
          openapi: string;
          info: { title: string };
        },
    ),
  ];
}
