import { AgencyCodeSchema, IdentityClaimsSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';

/**
 * Sign-in as the national portal does it: OpenID Connect authorization code with PKCE, citizens
 * authenticating with their national e-ID (VNeID, level 1 or 2). Back-office systems use an agency API key
 * (`X-Api-Key`) instead. OAuth's own rules win over our conventions here: unknown parameters are ignored
 * (RFC 6749 §3.1, §3.2) rather than refused, and the field names are OAuth's snake_case.
 */

/** `GET /.well-known/openid-configuration` (OpenID Connect Discovery 1.0). */
export const OpenIdConfigurationSchema = z.object({
  issuer: z.url(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  userinfo_endpoint: z.url(),
  jwks_uri: z.url(),
  scopes_supported: z.array(z.string()),
  response_types_supported: z.array(z.string()),
  grant_types_supported: z.array(z.string()),
  subject_types_supported: z.array(z.string()),
  id_token_signing_alg_values_supported: z.array(z.string()),
  token_endpoint_auth_methods_supported: z.array(z.string()),
  code_challenge_methods_supported: z.array(z.string()),
  claims_supported: z.array(z.string()),
  /** `1` and `2`: the e-ID account levels the platform can assert. */
  acr_values_supported: z.optional(z.array(z.string())),
});
export type OpenIdConfiguration = z.infer<typeof OpenIdConfigurationSchema>;

/** One public key (RFC 7517), loose so keys of other types pass through. */
export const JsonWebKeySchema = z.looseObject({
  kty: z.string(),
  kid: z.string(),
  use: z.optional(z.string()),
  alg: z.optional(z.string()),
  n: z.optional(z.string()),
  e: z.optional(z.string()),
  crv: z.optional(z.string()),
  x: z.optional(z.string()),
  y: z.optional(z.string()),
});

/** The keys that verify ID tokens (RFC 7517 JWK Set). */
export const JsonWebKeySetSchema = z.object({ keys: z.array(JsonWebKeySchema) });
export type JsonWebKeySet = z.infer<typeof JsonWebKeySetSchema>;

/** The authorization request (OpenID Connect Core §3.1.2.1, with PKCE, RFC 7636). */
export const AuthorizeQuerySchema = z.object({
  response_type: z.literal('code'),
  client_id: z.string().check(z.minLength(1), z.maxLength(200)),
  redirect_uri: z.url(),
  /** Space-separated; must include `openid`. */
  scope: z.string().check(z.regex(/(^|\s)openid(\s|$)/)),
  state: z.optional(z.string().check(z.maxLength(500))),
  nonce: z.optional(z.string().check(z.maxLength(500))),
  /** BASE64URL(SHA-256(code_verifier)), 43 characters. */
  code_challenge: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  code_challenge_method: z.literal('S256'),
  /** `2` to require a level-2 e-ID account. */
  acr_values: z.optional(z.string()),
  ui_locales: z.optional(z.string()),
  prompt: z.optional(z.string()),
  /** Sandbox only: sign in as this persona without the page, answering the redirect at once. */
  persona: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});

const grantBase = {
  client_id: z.optional(z.string().check(z.minLength(1))),
  /** Confidential clients may post their secret (`client_secret_post`); public clients rely on PKCE. */
  client_secret: z.optional(z.string()),
};

/** `POST /auth/token`, form-encoded: a code exchange (with the PKCE verifier) or a refresh. */
export const TokenRequestSchema = z.discriminatedUnion('grant_type', [
  z.object({
    grant_type: z.literal('authorization_code'),
    code: z.string().check(z.minLength(1)),
    redirect_uri: z.url(),
    /** 43–128 characters of [A-Z a-z 0-9 - . _ ~] (RFC 7636 §4.1). */
    code_verifier: z.string().check(z.regex(/^[A-Za-z0-9._~-]{43,128}$/)),
    ...grantBase,
  }),
  z.object({
    grant_type: z.literal('refresh_token'),
    refresh_token: z.string().check(z.minLength(1)),
    scope: z.optional(z.string()),
    ...grantBase,
  }),
]);
export type TokenRequest = z.infer<typeof TokenRequestSchema>;

/** A successful token answer (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3). */
export const TokenResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.literal('Bearer'),
  /** Seconds, on the platform's clock (the sandbox's test clock: advancing it expires tokens). */
  expires_in: z.int().check(z.gte(0)),
  refresh_token: z.optional(z.string()),
  /** A signed JWT for the code flow, verifiable with `/auth/jwks`. */
  id_token: z.optional(z.string()),
  scope: z.optional(z.string()),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

/** An officer's role at their agency: one-stop desk officer (cán bộ tiếp nhận) or specialist (chuyên viên xử lý). */
export const OfficerRoleSchema = z.enum(['deskOfficer', 'specialist']);
export type OfficerRole = z.infer<typeof OfficerRoleSchema>;

/**
 * Who the credentials of a request belong to. Applicants' claims are the e-ID's: `IdentityClaims` for a
 * citizen, the organisation's (tax code, legal representative) for a business.
 */
export const PrincipalInfoSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('citizen'),
    /** `business` when a company's legal representative signed in for it. */
    applicantKind: z.enum(['citizen', 'business']),
    name: z.string(),
    claims: z.record(z.string(), z.unknown()),
  }),
  z.object({
    kind: z.literal('officer'),
    officerId: z.string(),
    name: z.string(),
    role: OfficerRoleSchema,
    agencyCode: AgencyCodeSchema,
  }),
  z.object({
    kind: z.literal('agencyKey'),
    keyId: z.string(),
    label: z.string(),
    agencyCode: AgencyCodeSchema,
  }),
]);
export type PrincipalInfo = z.infer<typeof PrincipalInfoSchema>;

/** `GET /.well-known/openid-configuration`. */
export const discovery = endpoint({
  id: 'auth.discovery',
  method: 'GET',
  path: '/.well-known/openid-configuration',
  tag: 'auth',
  summary: 'OpenID Connect discovery document',
  response: OpenIdConfigurationSchema,
  auth: [],
  errors: [],
});

/** The keys that sign ID tokens. */
export const jwks = endpoint({
  id: 'auth.jwks',
  method: 'GET',
  path: '/auth/jwks',
  tag: 'auth',
  summary: 'JSON Web Key Set of the ID-token signing keys',
  response: JsonWebKeySetSchema,
  auth: [],
  errors: [],
});

/**
 * The sign-in page. In the sandbox it lists the personas; with `persona` it skips the page and redirects to
 * `redirect_uri` with `code` and `state` at once, which is how automated tests sign in.
 */
export const authorize = endpoint({
  id: 'auth.authorize',
  method: 'GET',
  path: '/auth/authorize',
  tag: 'auth',
  summary: 'Start sign-in (authorization code with PKCE)',
  description:
    'Answers the sign-in page (HTML). When the person signs in — or at once when the sandbox `persona` parameter ' +
    'is given — redirects (302) to `redirect_uri?code=…&state=…`. Errors found before `redirect_uri` is trusted ' +
    'are answered as problems; later ones redirect with `error` and `error_description` (RFC 6749 §4.1.2.1).',
  query: AuthorizeQuerySchema,
  responseKind: 'html',
  alternatives: [
    { status: 302, responseKind: 'redirect', description: 'Redirect to `redirect_uri` with `code`' },
  ],
  auth: [],
  errors: ['auth.invalidRequest', 'resource.notFound'],
});

/** Exchanges a code (with its PKCE verifier) or a refresh token for tokens. */
export const token = endpoint({
  id: 'auth.token',
  method: 'POST',
  path: '/auth/token',
  tag: 'auth',
  summary: 'Exchange an authorization code or refresh token',
  description:
    "Form-encoded (RFC 6749 §4.1.3, §6). Problems answered here also carry OAuth's `error` member " +
    '(`invalid_grant`, `invalid_request`, `unsupported_grant_type`, `invalid_client`) so standard OAuth clients read them.',
  body: TokenRequestSchema,
  requestKind: 'form',
  response: TokenResponseSchema,
  auth: [],
  errors: ['auth.invalidGrant', 'auth.invalidRequest', 'auth.unsupportedGrantType'],
});

/** The signed-in citizen's e-ID claims. */
export const userinfo = endpoint({
  id: 'auth.userinfo',
  method: 'GET',
  path: '/auth/userinfo',
  tag: 'auth',
  summary: "The signed-in citizen's identity claims",
  response: IdentityClaimsSchema,
  auth: ['citizen'],
  errors: [],
});

/** Who the request's credentials belong to: a citizen, an officer or an agency key. */
export const me = endpoint({
  id: 'auth.me',
  method: 'GET',
  path: '/auth/me',
  tag: 'auth',
  summary: 'Who is calling',
  response: PrincipalInfoSchema,
  auth: ['citizen', 'officer', 'agencyKey'],
  errors: [],
});
