import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { type Clock, offsetClock, readClockOffset } from '../clock/clock.js';
import { fromJson, toTimestamp } from '../db/portable.js';
import { preparedQuery } from '../db/prepared.js';
import type { Database, PersonaTable } from '../db/schema.js';
import type { AuthenticatedPrincipal } from './principal.js';

/** How long a persona's access token lives, in seconds of test-clock time: advancing the clock expires it. */
export const TOKEN_TTL_SECONDS = 3600;

/** Prefix of every sandbox access token, so logs and secret scanners can recognise (and mask) one. */
export const TOKEN_PREFIX = 'mct_';

/**
 * The stored form of a token or API key: its SHA-256, so the database never holds a usable credential.
 *
 * @example
 * hashSecret('mct_abc') // '6b1f…' (64 hex digits)
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A freshly issued bearer token. */
export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until it expires, on the test clock. */
  expiresIn: number;
}

/**
 * Issues an opaque bearer token for a persona, valid for {@link TOKEN_TTL_SECONDS} from `now`.
 *
 * @example
 * const { accessToken } = await issueToken(trx, 'citizen-an', clock.now());
 */
export async function issueToken(
  db: Kysely<Database>,
  personaId: string,
  now: Date,
  ttlSeconds = TOKEN_TTL_SECONDS,
): Promise<IssuedToken> {
  const accessToken = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('tokens')
    .values({
      token_hash: hashSecret(accessToken),
      persona_id: personaId,
      created_at: toTimestamp(now),
      expires_at: toTimestamp(new Date(now.getTime() + ttlSeconds * 1000)),
    })
    .execute();
  return { accessToken, tokenType: 'Bearer', expiresIn: ttlSeconds };
}

/** What the credentials of a request amount to. */
export type Credentials =
  | { readonly status: 'none' }
  | { readonly status: 'invalid' }
  | { readonly status: 'valid'; readonly principal: AuthenticatedPrincipal };

/** The credential a request presents, read from its headers without touching the database. */
export type PresentedCredential =
  | { readonly kind: 'none' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'bearer'; readonly secret: string }
  | { readonly kind: 'apiKey'; readonly secret: string };

/**
 * Reads `X-Api-Key` or `Authorization: Bearer …` (the API key wins when both are sent: a back-office system
 * proxying a user still acts as itself).
 *
 * @example
 * presentedCredential(request.headers) // { kind: 'bearer', secret: 'mct_…' }
 */
export function presentedCredential(headers: Headers): PresentedCredential {
  const apiKey = headers.get('x-api-key');
  if (apiKey !== null)
    return apiKey.trim() === '' ? { kind: 'malformed' } : { kind: 'apiKey', secret: apiKey.trim() };
  const authorization = headers.get('authorization');
  if (authorization === null) return { kind: 'none' };
  const match = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(authorization);
  return match?.[1] ? { kind: 'bearer', secret: match[1] } : { kind: 'malformed' };
}

/** A request's credential resolved, and the test clock read in the same breath. */
export interface ResolvedCredentials {
  readonly clock: Clock;
  readonly credentials: Credentials;
}

/**
 * Reads the test clock and resolves a request's credential to a principal: an unexpired token of an existing
 * persona, or a known API key. One query when a credential is presented: the clock's offset comes along as a
 * scalar subquery, since each statement costs more than these indexed lookups themselves.
 *
 * @example
 * const { clock, credentials } = await resolveCredentials(trx, presentedCredential(request.headers));
 */
export async function resolveCredentials(
  db: Kysely<Database>,
  presented: PresentedCredential,
): Promise<ResolvedCredentials> {
  if (presented.kind === 'none' || presented.kind === 'malformed') {
    return {
      clock: offsetClock(await readClockOffset(db)),
      credentials: presented.kind === 'none' ? NO_CREDENTIALS : INVALID_CREDENTIALS,
    };
  }
  const hash = hashSecret(presented.secret);
  if (presented.kind === 'apiKey') {
    const [key] = (await apiKeyByHash(db, hash)).rows;
    if (!key) return { clock: offsetClock(await readClockOffset(db)), credentials: INVALID_CREDENTIALS };
    return {
      clock: offsetClock(Number(key.clock_offset_ms ?? 0)),
      credentials: {
        status: 'valid',
        principal: { kind: 'agencyKey', keyId: key.id, agencyCode: key.agency_code, label: key.label },
      },
    };
  }
  const [persona] = (await personaByTokenHash(db, hash)).rows;
  if (!persona) return { clock: offsetClock(await readClockOffset(db)), credentials: INVALID_CREDENTIALS };
  const clock = offsetClock(Number(persona.clock_offset_ms ?? 0));
  // Timestamps are ISO 8601 strings of one shape: comparing them as strings compares the times.
  if (persona.expires_at <= toTimestamp(clock.now())) return { clock, credentials: INVALID_CREDENTIALS };
  return { clock, credentials: personaCredentials(persona) };
}

const NO_CREDENTIALS: Credentials = { status: 'none' };
const INVALID_CREDENTIALS: Credentials = { status: 'invalid' };

/** The test clock's offset as a column of another query (`null` while the clock has never moved). */
const clockOffsetColumn = sql<number | null>`(select offset_ms from clock where id = 1)`.as(
  'clock_offset_ms',
);

const apiKeyByHash = preparedQuery((db, hash: string) =>
  db
    .selectFrom('api_keys')
    .select(['id', 'agency_code', 'label', clockOffsetColumn])
    .where('key_hash', '=', hash),
);

const personaByTokenHash = preparedQuery((db, hash: string) =>
  db
    .selectFrom('tokens')
    .innerJoin('personas', 'personas.id', 'tokens.persona_id')
    .select([
      'personas.id',
      'personas.kind',
      'personas.display_name',
      'personas.claims',
      'personas.agency_code',
      'personas.role',
      'tokens.expires_at',
      clockOffsetColumn,
    ])
    .where('tokens.token_hash', '=', hash),
);

function personaCredentials(
  persona: Pick<PersonaTable, 'id' | 'kind' | 'display_name' | 'claims' | 'agency_code' | 'role'>,
): Credentials {
  const claims = fromJson<Record<string, unknown>>(persona.claims);
  if (persona.kind === 'officer') {
    if (persona.agency_code === null || persona.role === null) return INVALID_CREDENTIALS;
    return {
      status: 'valid',
      principal: {
        kind: 'officer',
        personaId: persona.id,
        personaKind: 'officer',
        displayName: persona.display_name,
        claims,
        agencyCode: persona.agency_code,
        role: persona.role,
      },
    };
  }
  return {
    status: 'valid',
    principal: {
      kind: 'citizen',
      personaId: persona.id,
      personaKind: persona.kind,
      displayName: persona.display_name,
      claims,
    },
  };
}
