/**
 * The identity provider's tables: registered clients, the ID-token signing key, authorization codes, grants
 * (one per sign-in: a refresh-token family) with their refresh and access tokens. Secrets are stored as
 * SHA-256 only, like every credential of the sandbox.
 */
import type { JsonText, Timestamp } from '../db/schema.js';

/** A registered relying party. Unregistered clients are accepted under the localhost rule (see `clients.ts`). */
export interface OidcClientTable {
  client_id: string;
  name: string;
  /** SHA-256 of its `client_secret` (`client_secret_post`); `null` for a public client. */
  secret_hash: string | null;
  /** Exact redirect URIs, as a JSON array. */
  redirect_uris: JsonText;
  created_at: Timestamp;
}

/** The RSA key signing ID tokens (RS256). Generated on first use, kept until the sandbox is reset. */
export interface OidcSigningKeyTable {
  /** RFC 7638 thumbprint of the public key. */
  kid: string;
  /** PKCS#8 PEM. A sandbox key: it signs demo identities only. */
  private_key: string;
  /** The public JWK (`kty`, `n`, `e`), as JSON. */
  public_jwk: JsonText;
  created_at: Timestamp;
}

/** An authorization code: single use, short-lived, bound to its client, redirect URI and PKCE challenge. */
export interface OidcCodeTable {
  code_hash: string;
  client_id: string;
  redirect_uri: string;
  persona_id: string;
  scope: string;
  nonce: string | null;
  /** BASE64URL(SHA-256(code_verifier)). Only S256 is accepted. */
  code_challenge: string;
  /** The e-ID level the sign-in asserted (`1` or `2`). */
  acr: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  /** The grant its exchange created: revoked if the code is presented again. */
  grant_id: string | null;
}

/** One sign-in of a persona at a client: the family its refresh tokens rotate within. */
export interface OidcGrantTable {
  id: string;
  persona_id: string;
  client_id: string;
  scope: string;
  acr: string;
  /** When the person authenticated (the ID token's `auth_time`). */
  auth_time: Timestamp;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

/** A refresh token: one use each (rotation); presenting a used one revokes the whole grant. */
export interface OidcRefreshTokenTable {
  token_hash: string;
  grant_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** Which grant issued an access token (a row of the infrastructure's `tokens`), so revoking a grant ends them. */
export interface OidcAccessTokenTable {
  token_hash: string;
  grant_id: string;
}

declare module '../db/schema.js' {
  interface Database {
    oidc_clients: OidcClientTable;
    oidc_signing_keys: OidcSigningKeyTable;
    oidc_codes: OidcCodeTable;
    oidc_grants: OidcGrantTable;
    oidc_refresh_tokens: OidcRefreshTokenTable;
    oidc_access_tokens: OidcAccessTokenTable;
  }
}
