/**
 * The sandbox's own endpoints: test controls (clock, reset, personas) and service endpoints (health, OpenAPI).
 * They are declared exactly like the platform's, with the contract's `endpoint()`, and flagged `sandboxOnly`;
 * they are kept self-contained here so they can move into `@motcua/contract` unchanged.
 */
import { endpoint } from '@motcua/contract';
import * as z from 'zod/mini';

const Instant = z.iso.datetime();

/** The test clock as the sandbox sees it. */
export const ClockStateSchema = z.object({
  /** The sandbox's current time (real time + offset), ISO 8601 UTC. */
  now: Instant,
  /** How far the sandbox runs ahead of real time. */
  offsetMs: z.number().check(z.int(), z.gte(0)),
  /** The zone working days and appointment dates are reckoned in. */
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
});

const step = (max: number) => z.optional(z.number().check(z.int(), z.gte(0), z.lte(max)));

/** How far to move the clock: any combination of days, hours and minutes (at least one). */
export const AdvanceClockSchema = z
  .strictObject({ days: step(3650), hours: step(24 * 3650), minutes: step(60 * 24 * 3650) })
  .check(
    z.refine((step) => step.days !== undefined || step.hours !== undefined || step.minutes !== undefined, {
      params: { key: 'validation.required' },
    }),
  );

/** Where the sandbox's time stands. */
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

/** Moves the test clock forward: deadlines pass, tokens and idempotency keys expire. Time never goes back. */
export const advanceClock = endpoint({
  id: 'sandbox.advanceClock',
  method: 'POST',
  path: '/sandbox/clock/advance',
  tag: 'sandbox',
  summary: 'Advance the test clock',
  body: AdvanceClockSchema,
  response: ClockStateSchema,
  auth: [],
  errors: [],
  sandboxOnly: true,
});

/** Wipes every table and seeds the demo data again; the clock goes back to real time. */
export const resetSandbox = endpoint({
  id: 'sandbox.reset',
  method: 'POST',
  path: '/sandbox/reset',
  tag: 'sandbox',
  summary: 'Reset the sandbox to its seeded state',
  response: z.object({ reset: z.literal(true), seeded: z.boolean(), now: Instant }),
  auth: [],
  errors: [],
  sandboxOnly: true,
});

/** A demo identity to act as. */
export const PersonaSchema = z.object({
  id: z.string(),
  kind: z.enum(['citizen', 'business', 'officer']),
  displayName: z.string(),
  /** The contract principal its tokens act as: businesses sign in as applicants (`citizen`). */
  principal: z.enum(['citizen', 'officer']),
  agencyCode: z.optional(z.string()),
  role: z.optional(z.enum(['deskOfficer', 'specialist'])),
  /** What the e-ID's userinfo would carry for it. */
  claims: z.record(z.string(), z.unknown()),
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

/** An access token, shaped like an OAuth 2.0 token response. */
export const PersonaTokenSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds until it expires, on the test clock. */
  expiresIn: z.number().check(z.int(), z.gt(0)),
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
  sandboxOnly: true,
});

/** Liveness and database reachability. */
export const health = endpoint({
  id: 'sandbox.health',
  method: 'GET',
  path: '/health',
  tag: 'sandbox',
  summary: 'Check that the sandbox and its database answer',
  response: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), now: Instant }),
  auth: [],
  errors: [],
  sandboxOnly: true,
});

/** The OpenAPI document of what this sandbox serves. */
export const openApiDocument = endpoint({
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
