/**
 * The ID-token signing key and RS256 JSON Web Tokens, with node:crypto alone. The key is RSA-2048, generated
 * on first use and stored in the database (so several sandbox processes sharing PostgreSQL sign alike, and a
 * file database keeps it across restarts); a reset wipes it and the next sign-in makes a new one.
 */
import { createHash, createPrivateKey, generateKeyPair, type JsonWebKey, sign } from 'node:crypto';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import './schema.js';

const generateRsa = promisify(generateKeyPair);

/** A public key as the JWKS publishes it. */
export type PublicJwk = {
  kty: 'RSA';
  kid: string;
  use: 'sig';
  alg: 'RS256';
  n: string;
  e: string;
};

/** The key that signs: its id and private key (PKCS#8 PEM). */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: string;
}

/**
 * The RFC 7638 thumbprint of an RSA public key: base64url SHA-256 of `{"e","kty","n"}` in that order.
 *
 * @example
 * jwkThumbprint({ kty: 'RSA', n: '…', e: 'AQAB' }) // 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs'
 */
export function jwkThumbprint(jwk: { n: string; e: string }): string {
  return createHash('sha256')
    .update(JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n }))
    .digest('base64url');
}

async function newKeyRow(now: Date) {
  const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' }) as JsonWebKey & { n: string; e: string };
  const kid = jwkThumbprint({ n, e });
  const jwk: PublicJwk = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n, e };
  return {
    kid,
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    public_jwk: toJson(jwk),
    created_at: toTimestamp(now),
  };
}

/**
 * The key ID tokens are signed with, made on first use. If two processes race to make one, both keys are kept
 * (and published); the oldest signs.
 *
 * @example
 * const key = await signingKey(trx, now());
 */
export async function signingKey(db: Kysely<Database>, now: Date): Promise<SigningKey> {
  const oldest = () =>
    db
      .selectFrom('oidc_signing_keys')
      .select(['kid', 'private_key'])
      .orderBy('created_at')
      .orderBy('kid')
      .executeTakeFirst();
  let row = await oldest();
  if (!row) {
    await db
      .insertInto('oidc_signing_keys')
      .values(await newKeyRow(now))
      .onConflict((conflict) => conflict.column('kid').doNothing())
      .execute();
    row = await oldest();
  }
  if (!row) throw new Error('No ID-token signing key');
  return { kid: row.kid, privateKey: row.private_key };
}

/**
 * Every public key that may have signed a live ID token (RFC 7517 JWK Set), making the key if none exists yet
 * so a client can fetch the JWKS before the first sign-in.
 */
export async function publicKeys(db: Kysely<Database>, now: Date): Promise<PublicJwk[]> {
  await signingKey(db, now);
  const rows = await db
    .selectFrom('oidc_signing_keys')
    .select('public_jwk')
    .orderBy('created_at')
    .orderBy('kid')
    .execute();
  return rows.map((row) => fromJson<PublicJwk>(row.public_jwk));
}

/**
 * A compact JWS (`header.payload.signature`) signed RS256 (RSASSA-PKCS1-v1_5 with SHA-256).
 *
 * @example
 * const idToken = signJwt({ iss, sub, aud, exp, iat }, key);
 */
export function signJwt(payload: Record<string, unknown>, key: SigningKey): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${encode(payload)}`;
  const signature = sign('sha256', Buffer.from(input), createPrivateKey(key.privateKey));
  return `${input}.${signature.toString('base64url')}`;
}
