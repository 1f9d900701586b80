/**
 * Which relying parties may sign citizens in. A sandbox has no client registration, so:
 * - any `client_id` is accepted with a `redirect_uri` on the loopback host (`localhost`, `127.0.0.1`, `[::1]`,
 *   http or https, any port and path): a public client, relying on PKCE, as a local app under development is;
 * - registered clients (seeded: {@link DEMO_OIDC_CLIENT}) must use one of their exact redirect URIs, and a
 *   confidential one must send its `client_secret` to the token endpoint (`client_secret_post`).
 * The real platform registers every client beforehand; this rule is the sandbox's (documented in the README).
 */
import type { Kysely } from 'kysely';
import { hashSecret } from '../auth/credentials.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { SeedContext } from '../seed/context.js';
import './schema.js';

/** The seeded demo client: a confidential web portal (illustrative names and secret, sandbox-only). */
export const DEMO_OIDC_CLIENT = {
  clientId: 'motcua-demo-portal',
  name: 'Cổng dịch vụ công mẫu (sandbox)',
  clientSecret: 'sk_sandbox_oidc_demo_portal',
  redirectUris: ['https://portal.motcua.invalid/auth/callback', 'http://localhost:3000/auth/callback'],
} as const;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True for a redirect URI the localhost rule accepts: absolute http(s), loopback host, no fragment, no
 * credentials.
 *
 * @example
 * isLoopbackRedirect('http://127.0.0.1:5173/callback') // true
 * isLoopbackRedirect('https://evil.example/callback') // false
 */
export function isLoopbackRedirect(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.hash === '' &&
    !uri.includes('#') &&
    url.username === '' &&
    url.password === ''
  );
}

/** A client as the token endpoint sees it. */
export interface ClientInfo {
  readonly clientId: string;
  readonly registered: boolean;
  /** SHA-256 of its secret: a confidential client must send it. */
  readonly secretHash: string | null;
}

/**
 * The client, if `redirectUri` is one it may use; `undefined` otherwise (the authorize endpoint must then
 * answer with a problem, never redirect).
 */
export async function clientForRedirect(
  db: Kysely<Database>,
  clientId: string,
  redirectUri: string,
): Promise<ClientInfo | undefined> {
  const row = await db
    .selectFrom('oidc_clients')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (row) {
    return fromJson<string[]>(row.redirect_uris).includes(redirectUri)
      ? { clientId, registered: true, secretHash: row.secret_hash }
      : undefined;
  }
  return isLoopbackRedirect(redirectUri) ? { clientId, registered: false, secretHash: null } : undefined;
}

/** A client by id, registered or not (an unregistered id is a public client). */
export async function clientById(db: Kysely<Database>, clientId: string): Promise<ClientInfo> {
  const row = await db
    .selectFrom('oidc_clients')
    .select('secret_hash')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row
    ? { clientId, registered: true, secretHash: row.secret_hash }
    : { clientId, registered: false, secretHash: null };
}

/**
 * True when the token request authenticates the client as it must: a confidential client with its secret;
 * a public one needs none (a secret it sends anyway is ignored: PKCE protects the code).
 */
export function clientAuthenticated(client: ClientInfo, secret: string | undefined): boolean {
  if (client.secretHash === null) return true;
  return secret !== undefined && hashSecret(secret) === client.secretHash;
}

/**
 * Seeds {@link DEMO_OIDC_CLIENT}.
 *
 * @example
 * await seedOidcClients(trx, context);
 */
export async function seedOidcClients(db: Kysely<Database>, { clock }: SeedContext): Promise<void> {
  await db
    .insertInto('oidc_clients')
    .values({
      client_id: DEMO_OIDC_CLIENT.clientId,
      name: DEMO_OIDC_CLIENT.name,
      secret_hash: hashSecret(DEMO_OIDC_CLIENT.clientSecret),
      redirect_uris: toJson(DEMO_OIDC_CLIENT.redirectUris),
      created_at: toTimestamp(clock.now()),
    })
    .onConflict((conflict) => conflict.column('client_id').doNothing())
    .execute();
}
