/**
 * The sandbox's identity provider, behaving like the national e-ID single sign-on: OpenID Connect
 * authorization code with PKCE (S256 only), RS256 ID tokens, rotating refresh tokens, userinfo.
 */
import { createHash, randomBytes } from 'node:crypto';
import { auth } from '@motcua/contract';
import { type IdentityClaims, type Locale, validate } from '@motcua/core';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { hashSecret, issueToken, TOKEN_TTL_SECONDS } from '../auth/credentials.js';
import type { AuthenticatedPrincipal } from '../auth/principal.js';
import { queryRegistry } from '../citizen-data/registry.js';
import { fromJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { LocalizedText } from '../http/details.js';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemBody } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { personaSeed } from '../seed/personas.js';
import { clientAuthenticated, clientById, clientForRedirect } from './clients.js';
import { publicKeys, signingKey, signJwt } from './keys.js';
import { type PagePersona, renderSignInPage } from './page.js';
import type { OidcCodeTable, OidcGrantTable } from './schema.js';

/** Seconds an authorization code lives, on the test clock. */
export const CODE_TTL_SECONDS = 60;
/** Seconds a refresh token lives, on the test clock (each use replaces it with a fresh one). */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
/** Seconds an ID token is valid: as long as the access token issued with it. */
export const ID_TOKEN_TTL_SECONDS = TOKEN_TTL_SECONDS;

const SCOPES = ['openid', 'profile', 'email', 'phone', 'address'];
const CLAIMS = [
  'sub',
  'citizenId',
  'name',
  'birthdate',
  'gender',
  'phone',
  'email',
  'addresses',
  'assuranceLevel',
  'iss',
  'aud',
  'exp',
  'iat',
  'auth_time',
  'nonce',
  'acr',
  'amr',
];

/** The issuer is the sandbox's own URL, as the client reached it. */
const issuerOf = (request: Request) => new URL(request.url).origin;

const secret = (prefix: string) => `mct_${prefix}_${randomBytes(32).toString('base64url')}`;

/** BASE64URL(SHA-256(verifier)), RFC 7636 §4.2. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

// OAuth parameters arrive as they are: unknown ones are ignored (RFC 6749 §3.1), and errors are OAuth's own,
// so the pipeline only checks that the query or form is a set of strings; the contract's schemas are applied
// here, where each failure can be answered the OAuth way.
const LooseParams = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const authorizeSpec = { ...auth.authorize, query: LooseParams };
const tokenSpec = { ...auth.token, body: z.optional(LooseParams) };

type OAuthError =
  | 'invalid_request'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_client'
  | 'invalid_scope'
  | 'unsupported_response_type'
  | 'access_denied'
  | 'login_required';

const PROBLEM_FOR = {
  invalid_request: 'auth.invalidRequest',
  invalid_client: 'auth.invalidRequest',
  invalid_scope: 'auth.invalidRequest',
  invalid_grant: 'auth.invalidGrant',
  unsupported_grant_type: 'auth.unsupportedGrantType',
} as const;

type TokenError = keyof typeof PROBLEM_FOR;

/**
 * A token-endpoint error: the contract's problem document plus OAuth's `error` and `error_description`
 * (RFC 6749 §5.2), so both problem-aware and standard OAuth clients read it. Returned (not thrown) so that
 * revocations it follows (a reused code or refresh token) are committed.
 */
function tokenError(
  error: TokenError,
  description: LocalizedText,
  context: { locale: Locale; requestId: string },
  errors?: { path: (string | number)[]; code: string; message: string }[],
): Response {
  const status = error === 'invalid_client' ? 401 : 400;
  const body = {
    ...problemBody(PROBLEM_FOR[error], context.locale, {
      detail: description,
      errors,
      requestId: context.requestId,
      status,
    }),
    error,
    error_description: description.en,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Language': context.locale,
      'Cache-Control': 'no-store',
      ...(error === 'invalid_client' ? { 'WWW-Authenticate': 'Basic realm="motcua-sandbox"' } : {}),
    },
  });
}

/** Redirects to the client with `params` added to its redirect URI's query (RFC 6749 §4.1.2). */
function redirectTo(redirectUri: string, params: Record<string, string | undefined>): Response {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(name, value);
  return new Response(null, {
    status: 302,
    headers: { Location: url.toString(), 'Cache-Control': 'no-store' },
  });
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/** The e-ID level a persona signs in with: a citizen's account level; a business's representative signs at 2. */
function levelOf(kind: string, claims: Readonly<Record<string, unknown>>): 1 | 2 {
  if (kind === 'business') return 2;
  return claims.assuranceLevel === 1 ? 1 : 2;
}

/** Citizens and businesses, for the sign-in page, in a stable order (citizens first, then by id). */
async function signInPersonas(db: Kysely<Database>): Promise<PagePersona[]> {
  const rows = await db
    .selectFrom('personas')
    .select(['id', 'kind', 'display_name', 'claims'])
    .where('kind', 'in', ['citizen', 'business'])
    .orderBy('kind', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const kind = row.kind === 'business' ? 'business' : 'citizen';
    const description = personaSeed(row.id)?.description;
    return {
      id: row.id,
      kind,
      displayName: row.display_name,
      level: levelOf(kind, fromJson<Record<string, unknown>>(row.claims)),
      ...(description === undefined ? {} : { description }),
    };
  });
}

/** Revokes a grant: its refresh tokens stop working and its access tokens are deleted. */
async function revokeGrant(db: Kysely<Database>, grantId: string | null, now: Date): Promise<void> {
  if (grantId === null) return;
  await db
    .updateTable('oidc_grants')
    .set({ revoked_at: toTimestamp(now) })
    .where('id', '=', grantId)
    .where('revoked_at', 'is', null)
    .execute();
  await db
    .deleteFrom('tokens')
    .where(
      'token_hash',
      'in',
      db.selectFrom('oidc_access_tokens').select('token_hash').where('grant_id', '=', grantId),
    )
    .execute();
}

/** Issues the access token, refresh token and ID token of a grant. */
async function issueTokens(
  db: Kysely<Database>,
  grant: OidcGrantTable,
  options: { issuer: string; now: Date; nonce: string | null },
) {
  const { now } = options;
  const persona = await db
    .selectFrom('personas')
    .select(['claims'])
    .where('id', '=', grant.persona_id)
    .executeTakeFirstOrThrow();
  const claims = fromJson<Record<string, unknown>>(persona.claims);
  const access = await issueToken(db, grant.persona_id, now);
  await db
    .insertInto('oidc_access_tokens')
    .values({ token_hash: hashSecret(access.accessToken), grant_id: grant.id })
    .execute();
  const refreshToken = secret('rt');
  await db
    .insertInto('oidc_refresh_tokens')
    .values({
      token_hash: hashSecret(refreshToken),
      grant_id: grant.id,
      created_at: toTimestamp(now),
      expires_at: toTimestamp(new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000)),
      used_at: null,
    })
    .execute();
  const iat = Math.floor(now.getTime() / 1000);
  const idToken = signJwt(
    {
      iss: options.issuer,
      sub: String(claims.sub ?? grant.persona_id),
      aud: grant.client_id,
      azp: grant.client_id,
      iat,
      exp: iat + ID_TOKEN_TTL_SECONDS,
      auth_time: Math.floor(Date.parse(grant.auth_time) / 1000),
      ...(options.nonce === null ? {} : { nonce: options.nonce }),
      acr: grant.acr,
      amr: ['vneid'],
    },
    await signingKey(db, now),
  );
  return reply(
    {
      access_token: access.accessToken,
      token_type: 'Bearer' as const,
      expires_in: access.expiresIn,
      refresh_token: refreshToken,
      id_token: idToken,
      scope: grant.scope,
    },
    { headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } },
  );
}

/** The e-ID claims (core's `IdentityClaims`) of a signed-in applicant, from the persona and the registry. */
async function identityClaims(
  db: Kysely<Database>,
  principal: Extract<AuthenticatedPrincipal, { kind: 'citizen' }>,
): Promise<IdentityClaims> {
  const claims = principal.claims;
  if (principal.personaKind === 'business') {
    // The legal representative signed in for the business: the e-ID is theirs, the subject the organisation's.
    const representative = claims.representative as { citizenId: string; name: string };
    const answer = await queryRegistry(db, representative.citizenId);
    const record = answer.outcome === 'found' ? answer.record : undefined;
    return {
      sub: String(claims.sub),
      citizenId: representative.citizenId,
      name: representative.name,
      ...(record ? { birthdate: record.birthDate, gender: record.gender } : {}),
      ...(record?.phone === undefined ? {} : { phone: record.phone }),
      ...(record?.email === undefined ? {} : { email: record.email }),
      ...(record?.permanentAddress === undefined
        ? {}
        : {
            addresses: {
              permanent: record.permanentAddress,
              ...(record.currentAddress === undefined ? {} : { current: record.currentAddress }),
            },
          }),
      assuranceLevel: 2,
    };
  }
  const base = claims as unknown as IdentityClaims;
  if (base.assuranceLevel !== 2) return base;
  // A level-2 account is verified against the registry: its addresses are the registry's current ones.
  const answer = await queryRegistry(db, base.citizenId);
  if (answer.outcome !== 'found') return base;
  const { record } = answer;
  return {
    ...base,
    name: record.fullName,
    birthdate: record.birthDate,
    gender: record.gender,
    ...(record.permanentAddress === undefined
      ? {}
      : {
          addresses: {
            permanent: record.permanentAddress,
            ...(record.currentAddress === undefined ? {} : { current: record.currentAddress }),
          },
        }),
  };
}

/** The routes of the identity provider: discovery, JWKS, authorize, token, userinfo, me. */
export const identityRoutes: readonly RouteDefinition[] = [
  route(auth.discovery, ({ request }) => {
    const issuer = issuerOf(request);
    return {
      issuer,
      authorization_endpoint: `${issuer}/auth/authorize`,
      token_endpoint: `${issuer}/auth/token`,
      userinfo_endpoint: `${issuer}/auth/userinfo`,
      jwks_uri: `${issuer}/auth/jwks`,
      scopes_supported: SCOPES,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_post'],
      code_challenge_methods_supported: ['S256'],
      claims_supported: CLAIMS,
      acr_values_supported: ['1', '2'],
    };
  }),

  route(auth.jwks, async ({ db, now }) => ({ keys: await publicKeys(db, now()) })),

  route(authorizeSpec, async ({ db, query, now, locale, request }) => {
    const clientId = single(query.client_id);
    const redirectUri = single(query.redirect_uri);
    // Until the redirect URI is known to be the client's, errors are shown here, never sent there.
    const client =
      clientId && redirectUri && clientId.length <= 200
        ? await clientForRedirect(db, clientId, redirectUri)
        : undefined;
    if (!client || !redirectUri) {
      throw new ProblemError('auth.invalidRequest', {
        detail: {
          vi: 'client_id hoặc redirect_uri thiếu hay không hợp lệ. Hộp cát nhận mọi client_id có redirect_uri trên localhost, 127.0.0.1 hoặc [::1], và các ứng dụng đã đăng ký với đúng redirect_uri đã đăng ký',
          en: 'client_id or redirect_uri is missing or not allowed. The sandbox accepts any client_id with a redirect_uri on localhost, 127.0.0.1 or [::1], and registered clients with one of their registered redirect URIs',
        },
      });
    }
    const state = single(query.state);
    const fail = (error: OAuthError, description: string) =>
      redirectTo(redirectUri, { error, error_description: description, state, iss: issuerOf(request) });

    const parsed = validate(auth.AuthorizeQuerySchema, query, { locale });
    if (!parsed.ok) {
      const fields = new Set(parsed.issues.map((issue) => String(issue.path[0])));
      if (fields.has('response_type') && query.response_type !== undefined)
        return fail('unsupported_response_type', 'Only response_type=code is supported');
      if (fields.has('scope') && query.scope !== undefined)
        return fail('invalid_scope', 'The scope must include openid');
      if (fields.has('code_challenge_method') && query.code_challenge_method !== undefined)
        return fail('invalid_request', 'Only code_challenge_method=S256 is supported (PKCE)');
      if (fields.has('code_challenge') || fields.has('code_challenge_method'))
        return fail(
          'invalid_request',
          'PKCE is required: send code_challenge and code_challenge_method=S256',
        );
      return fail('invalid_request', `Invalid parameters: ${[...fields].join(', ')}`);
    }
    const params = parsed.value;
    const requiresLevel2 =
      (params.acr_values ?? '').split(/\s+/).includes('2') &&
      !(params.acr_values ?? '').split(/\s+/).includes('1');

    if (params.persona === undefined) {
      if (params.prompt?.split(/\s+/).includes('none'))
        return fail('login_required', 'The sandbox keeps no sign-in session: prompt=none cannot succeed');
      const carried: Record<string, string> = {};
      for (const name of [
        'response_type',
        'client_id',
        'redirect_uri',
        'scope',
        'state',
        'nonce',
        'code_challenge',
        'code_challenge_method',
        'acr_values',
        'ui_locales',
      ] as const) {
        const value = params[name];
        if (value !== undefined) carried[name] = value;
      }
      const cancel = new URL(redirectUri);
      cancel.searchParams.set('error', 'access_denied');
      cancel.searchParams.set('error_description', 'The person cancelled the sign-in');
      if (state !== undefined) cancel.searchParams.set('state', state);
      const html = renderSignInPage({
        lang: params.ui_locales?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi',
        params: carried,
        clientId: params.client_id,
        personas: await signInPersonas(db),
        cancelUrl: cancel.toString(),
        requiresLevel2,
      });
      return new Response(html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
          'X-Frame-Options': 'DENY',
        },
      });
    }

    const persona = await db
      .selectFrom('personas')
      .select(['id', 'kind', 'claims'])
      .where('id', '=', params.persona)
      .executeTakeFirst();
    if (!persona)
      throw new ProblemError('resource.notFound', {
        detail: {
          vi: `Không có người dùng mẫu ${params.persona}`,
          en: `There is no persona ${params.persona}`,
        },
      });
    if (persona.kind === 'officer')
      throw new ProblemError('auth.invalidRequest', {
        detail: {
          vi: 'Cán bộ không đăng nhập bằng VNeID trên cổng; trong hộp cát hãy dùng POST /sandbox/personas/{id}/token',
          en: 'Officers do not sign in through the e-ID; in the sandbox use POST /sandbox/personas/{id}/token',
        },
      });
    const level = levelOf(persona.kind, fromJson<Record<string, unknown>>(persona.claims));
    if (requiresLevel2 && level < 2)
      return fail('access_denied', 'A level-2 e-ID account is required; this account is level 1');

    const code = secret('ac');
    const issuedAt = now();
    const row: OidcCodeTable = {
      code_hash: hashSecret(code),
      client_id: client.clientId,
      redirect_uri: redirectUri,
      persona_id: persona.id,
      scope: params.scope,
      nonce: params.nonce ?? null,
      code_challenge: params.code_challenge,
      acr: String(level),
      created_at: toTimestamp(issuedAt),
      expires_at: toTimestamp(new Date(issuedAt.getTime() + CODE_TTL_SECONDS * 1000)),
      used_at: null,
      grant_id: null,
    };
    await db.insertInto('oidc_codes').values(row).execute();
    return redirectTo(redirectUri, { code, state, iss: issuerOf(request) });
  }),

  route(tokenSpec, async ({ db, body, now, locale, requestId, request }) => {
    const context = { locale, requestId };
    const form = body ?? {};
    const parsed = validate(auth.TokenRequestSchema, form, { locale });
    if (!parsed.ok) {
      const grantType = form.grant_type;
      if (grantType === undefined)
        return tokenError(
          'invalid_request',
          { vi: 'Thiếu grant_type', en: 'grant_type is missing' },
          context,
        );
      if (grantType !== 'authorization_code' && grantType !== 'refresh_token')
        return tokenError(
          'unsupported_grant_type',
          {
            vi: 'Chỉ hỗ trợ grant_type authorization_code và refresh_token',
            en: 'Only the authorization_code and refresh_token grant types are supported',
          },
          context,
        );
      const fields = [...new Set(parsed.issues.map((issue) => String(issue.path[0])))].join(', ');
      return tokenError(
        'invalid_request',
        { vi: `Tham số không hợp lệ: ${fields}`, en: `Invalid parameters: ${fields}` },
        context,
        parsed.issues,
      );
    }
    const grantRequest = parsed.value;
    const at = now();
    const issuer = issuerOf(request);
    const invalidGrant = (vi: string, en: string) => tokenError('invalid_grant', { vi, en }, context);
    const invalidClient = () =>
      tokenError(
        'invalid_client',
        { vi: 'Xác thực ứng dụng không thành công', en: 'Client authentication failed' },
        context,
      );

    if (grantRequest.grant_type === 'authorization_code') {
      const code = await db
        .selectFrom('oidc_codes')
        .selectAll()
        .where('code_hash', '=', hashSecret(grantRequest.code))
        .executeTakeFirst();
      if (!code) return invalidGrant('Mã cấp quyền không đúng', 'Unknown authorization code');
      if (code.used_at !== null) {
        // A code presented twice may have been stolen: whatever the first exchange issued stops working.
        await revokeGrant(db, code.grant_id, at);
        return invalidGrant('Mã cấp quyền đã được dùng', 'The authorization code was already used');
      }
      if (code.expires_at <= toTimestamp(at))
        return invalidGrant('Mã cấp quyền đã hết hạn', 'The authorization code has expired');
      if (grantRequest.client_id === undefined)
        return tokenError('invalid_request', { vi: 'Thiếu client_id', en: 'client_id is missing' }, context);
      if (grantRequest.client_id !== code.client_id)
        return invalidGrant('Mã cấp quyền thuộc ứng dụng khác', 'The code was issued to another client');
      if (!clientAuthenticated(await clientById(db, code.client_id), grantRequest.client_secret))
        return invalidClient();
      if (grantRequest.redirect_uri !== code.redirect_uri)
        return invalidGrant(
          'redirect_uri không khớp',
          'redirect_uri does not match the authorization request',
        );
      if (s256(grantRequest.code_verifier) !== code.code_challenge)
        return invalidGrant(
          'code_verifier không khớp (PKCE)',
          'code_verifier does not match the code_challenge',
        );
      const used = await db
        .updateTable('oidc_codes')
        .set({ used_at: toTimestamp(at) })
        .where('code_hash', '=', code.code_hash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1)
        return invalidGrant('Mã cấp quyền đã được dùng', 'The authorization code was already used');
      const grant: OidcGrantTable = {
        id: `grant-${randomBytes(12).toString('base64url')}`,
        persona_id: code.persona_id,
        client_id: code.client_id,
        scope: code.scope,
        acr: code.acr,
        auth_time: code.created_at,
        created_at: toTimestamp(at),
        revoked_at: null,
      };
      await db.insertInto('oidc_grants').values(grant).execute();
      await db
        .updateTable('oidc_codes')
        .set({ grant_id: grant.id })
        .where('code_hash', '=', code.code_hash)
        .execute();
      return issueTokens(db, grant, { issuer, now: at, nonce: code.nonce });
    }

    const refresh = await db
      .selectFrom('oidc_refresh_tokens')
      .innerJoin('oidc_grants', 'oidc_grants.id', 'oidc_refresh_tokens.grant_id')
      .selectAll('oidc_refresh_tokens')
      .select(['oidc_grants.revoked_at', 'oidc_grants.client_id'])
      .where('oidc_refresh_tokens.token_hash', '=', hashSecret(grantRequest.refresh_token))
      .executeTakeFirst();
    if (!refresh || refresh.revoked_at !== null)
      return invalidGrant('Mã làm mới không đúng hoặc đã bị thu hồi', 'Unknown or revoked refresh token');
    if (grantRequest.client_id !== undefined && grantRequest.client_id !== refresh.client_id)
      return invalidGrant('Mã làm mới thuộc ứng dụng khác', 'The refresh token was issued to another client');
    if (!clientAuthenticated(await clientById(db, refresh.client_id), grantRequest.client_secret))
      return invalidClient();
    if (refresh.used_at !== null) {
      // Rotation: a refresh token works once. Seeing it again means two parties hold it: end the sign-in.
      await revokeGrant(db, refresh.grant_id, at);
      return invalidGrant(
        'Mã làm mới đã được dùng; phiên đăng nhập đã bị thu hồi',
        'The refresh token was already used; the sign-in has been revoked',
      );
    }
    if (refresh.expires_at <= toTimestamp(at))
      return invalidGrant('Mã làm mới đã hết hạn', 'The refresh token has expired');
    const grant = await db
      .selectFrom('oidc_grants')
      .selectAll()
      .where('id', '=', refresh.grant_id)
      .executeTakeFirstOrThrow();
    if (grantRequest.scope !== undefined) {
      const granted = new Set(grant.scope.split(/\s+/));
      if (!grantRequest.scope.split(/\s+/).every((scope) => scope === '' || granted.has(scope)))
        return tokenError(
          'invalid_scope',
          { vi: 'Phạm vi vượt quá phạm vi đã cấp', en: 'The scope exceeds the scope originally granted' },
          context,
        );
    }
    const used = await db
      .updateTable('oidc_refresh_tokens')
      .set({ used_at: toTimestamp(at) })
      .where('token_hash', '=', refresh.token_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1)
      return invalidGrant('Mã làm mới đã được dùng', 'The refresh token was already used');
    return issueTokens(db, grant, { issuer, now: at, nonce: null });
  }),

  route(auth.userinfo, async ({ db, principal }) => identityClaims(db, principal)),

  route(auth.me, ({ principal }) => {
    switch (principal.kind) {
      case 'citizen':
        return {
          kind: 'citizen' as const,
          applicantKind: principal.personaKind,
          name: principal.displayName,
          claims: { ...principal.claims },
        };
      case 'officer':
        return {
          kind: 'officer' as const,
          officerId: principal.personaId,
          name: principal.displayName,
          role: principal.role,
          agencyCode: principal.agencyCode,
        };
      case 'agencyKey':
        return {
          kind: 'agencyKey' as const,
          keyId: principal.keyId,
          label: principal.label,
          agencyCode: principal.agencyCode,
        };
    }
  }),
];
