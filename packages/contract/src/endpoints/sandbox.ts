import { AgencyCodeSchema, AgencyRefSchema, DateTimeSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';

/**
 * What only the sandbox has: demo personas and a shortcut to their tokens, agency keys on demand, a test
 * clock, a reset to the seed, an autopilot playing the officers for demos, and its health and OpenAPI
 * document. (The controls that play outside parties — the signer's phone, the payment gateway — sit with
 * their resources: `signatures`, `payments`.)
 */

/** The test clock: real time plus an offset only tests move. */
export const ClockStateSchema = z.object({
  /** The sandbox's current time (real time + offset). */
  now: DateTimeSchema,
  /** How far the sandbox runs ahead of real time, in milliseconds. */
  offsetMs: z.int().check(z.gte(0)),
  /** The zone working days and appointment dates are reckoned in. */
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
});
export type ClockState = z.infer<typeof ClockStateSchema>;

const step = (max: number) => z.optional(z.int().check(z.gte(0), z.lte(max)));

/** How far to move the clock: any combination of days, hours and minutes (at least one). Never backwards. */
export const AdvanceClockInputSchema = z
  .strictObject({ days: step(3650), hours: step(24 * 3650), minutes: step(60 * 24 * 3650) })
  .check(
    z.refine(
      (input) => input.days !== undefined || input.hours !== undefined || input.minutes !== undefined,
      {
        params: { key: 'validation.required' },
      },
    ),
  );
export type AdvanceClockInput = z.infer<typeof AdvanceClockInputSchema>;

/**
 * How fast the autopilot moves dossiers: `slow` one step every 30 s, `normal` every 5 s, `fast` every
 * second, `instant` as soon as a dossier can move.
 */
export const AutopilotSpeedSchema = z.enum(['slow', 'normal', 'fast', 'instant']);

/** The autopilot accepts, processes and returns submitted dossiers as officers would, for demos. */
export const AutopilotStateSchema = z.object({ enabled: z.boolean(), speed: AutopilotSpeedSchema });
export type AutopilotState = z.infer<typeof AutopilotStateSchema>;

/** A demo identity to act as: a citizen, a business (signing in as an applicant) or an officer. */
export const PersonaSchema = z.object({
  id: z.string(),
  kind: z.enum(['citizen', 'business', 'officer']),
  displayName: z.string(),
  /** One line on what the persona is for in a demo. */
  description: z.optional(z.string()),
  /** The principal its tokens act as: businesses sign in as applicants (`citizen`). */
  principal: z.enum(['citizen', 'officer']),
  /** Officers: the agency they work for. */
  agencyCode: z.optional(AgencyCodeSchema),
  /** Officers: desk officer (cán bộ tiếp nhận) or specialist (chuyên viên xử lý). */
  role: z.optional(z.enum(['deskOfficer', 'specialist'])),
  /** What the e-ID's userinfo answers for it. */
  claims: z.record(z.string(), z.unknown()),
});
export type Persona = z.infer<typeof PersonaSchema>;

/** A bearer token for a persona, valid on the test clock. */
export const PersonaTokenSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds until it expires, on the test clock: advancing the clock expires it. */
  expiresIn: z.int().check(z.gt(0)),
});
export type PersonaToken = z.infer<typeof PersonaTokenSchema>;

/** An agency API key for a back-office system, shown once. */
export const AgencyKeySchema = z.object({
  keyId: z.string(),
  /** Send it as `X-Api-Key`; the platform keeps only its hash. */
  key: z.string(),
  label: z.string(),
  agency: AgencyRefSchema,
});
export type AgencyKey = z.infer<typeof AgencyKeySchema>;

export const getClock = endpoint({
  id: 'sandbox.getClock',
  method: 'GET',
  path: '/sandbox/clock',
  tag: 'sandbox',
  summary: 'Read the test clock',
  response: ClockStateSchema,
  auth: [],
  errors: [],
  sandboxOnly: true,
});

/** Moves time forward: deadlines pass, payments and signing requests expire, tokens and idempotency keys lapse. */
export const advanceClock = endpoint({
  id: 'sandbox.advanceClock',
  method: 'POST',
  path: '/sandbox/clock/advance',
  tag: 'sandbox',
  summary: 'Advance the test clock',
  body: AdvanceClockInputSchema,
  response: ClockStateSchema,
  auth: [],
  errors: [],
  idempotent: true,
  sandboxOnly: true,
});

/** Wipes every table and seeds the demo data again; the clock goes back to real time. */
export const reset = endpoint({
  id: 'sandbox.reset',
  method: 'POST',
  path: '/sandbox/reset',
  tag: 'sandbox',
  summary: 'Reset the sandbox to its seeded state',
  response: z.object({ reset: z.literal(true), seeded: z.boolean(), now: DateTimeSchema }),
  auth: [],
  errors: [],
  sandboxOnly: true,
});

export const setAutopilot = endpoint({
  id: 'sandbox.setAutopilot',
  method: 'POST',
  path: '/sandbox/autopilot',
  tag: 'sandbox',
  summary: 'Switch the officer autopilot on or off',
  body: z.strictObject({ enabled: z.boolean(), speed: z.optional(AutopilotSpeedSchema) }),
  response: AutopilotStateSchema,
  auth: [],
  errors: [],
  sandboxOnly: true,
});

/** The seeded personas. */
export const listPersonas = endpoint({
  id: 'sandbox.listPersonas',
  method: 'GET',
  path: '/sandbox/personas',
  tag: 'sandbox',
  summary: 'List the demo personas',
  response: z.object({ items: z.array(PersonaSchema) }),
  auth: [],
  errors: [],
  sandboxOnly: true,
});

/** Signs in as a persona without the e-ID dance: the token works like one from VNeID sign-in. */
export const issuePersonaToken = endpoint({
  id: 'sandbox.issuePersonaToken',
  method: 'POST',
  path: '/sandbox/personas/{id}/token',
  tag: 'sandbox',
  summary: 'Get an access token for a persona',
  params: z.object({ id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)) }),
  response: PersonaTokenSchema,
  auth: [],
  errors: ['resource.notFound'],
  idempotent: true,
  sandboxOnly: true,
});

/** Issues an API key for an agency's back-office system. */
export const createAgencyKey = endpoint({
  id: 'sandbox.createAgencyKey',
  method: 'POST',
  path: '/sandbox/agency-keys',
  tag: 'sandbox',
  summary: 'Issue an agency API key',
  body: z.strictObject({
    agencyCode: AgencyCodeSchema,
    label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  }),
  response: AgencyKeySchema,
  status: 201,
  auth: [],
  errors: ['resource.notFound'],
  idempotent: true,
  sandboxOnly: true,
});

/** Liveness and database reachability. */
export const health = endpoint({
  id: 'sandbox.health',
  method: 'GET',
  path: '/health',
  tag: 'sandbox',
  summary: 'Check that the sandbox and its database answer',
  response: z.object({
    status: z.literal('ok'),
    database: z.enum(['sqlite', 'postgres']),
    now: DateTimeSchema,
  }),
  auth: [],
  errors: [],
  sandboxOnly: true,
});

/** The OpenAPI document of what this sandbox serves (`buildOpenApiDocument()`). */
export const openApi = endpoint({
  id: 'sandbox.openApi',
  method: 'GET',
  path: '/openapi.json',
  tag: 'sandbox',
  summary: 'The OpenAPI 3.1 document',
  response: z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string() }) }),
  auth: [],
  errors: [],
  sandboxOnly: true,
});
