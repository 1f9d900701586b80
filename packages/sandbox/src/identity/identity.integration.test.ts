import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { IdentityClaimsSchema, validate } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { CITIZEN_IDS } from '../seed-data/index.js';
import { DEMO_OIDC_CLIENT } from './clients.js';

const CLIENT_ID = 'my-local-app';
const REDIRECT_URI = 'http://localhost:5173/auth/callback';

interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  id_token: string;
  scope: string;
}

interface OAuthProblem {
  code: string;
  status: number;
  error: string;
  error_description: string;
}

/** A PKCE pair as a client makes it (RFC 7636 §4.1, §4.2). */
function pkce() {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function decodeJwt(token: string) {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) throw new Error('not a JWS');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}

describe.each(testDatabases())('identity provider on $name', (engine) => {
  let sb: RunningSandbox;

  const authorizeUrl = (params: Record<string, string | undefined>) => {
    const url = new URL('/auth/authorize', sb.url);
    for (const [name, value] of Object.entries(params))
      if (value !== undefined) url.searchParams.set(name, value);
    return url.toString();
  };
  const authorize = (params: Record<string, string | undefined>) =>
    fetch(authorizeUrl(params), { redirect: 'manual' });
  const baseParams = (challenge: string, extra: Record<string, string | undefined> = {}) => ({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile',
    state: 'st-123',
    nonce: 'n-456',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
  const token = (form: Record<string, string | undefined>, init: RequestInit = {}) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) if (value !== undefined) body.set(name, value);
    return fetch(`${sb.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      ...init,
    });
  };
  /** Signs a persona in through the redirect, returning the code and the verifier. */
  const signIn = async (persona: string, extra: Record<string, string | undefined> = {}) => {
    const { verifier, challenge } = pkce();
    const response = await authorize({ ...baseParams(challenge, extra), persona });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    const code = location.searchParams.get('code');
    if (!code) throw new Error(`no code in ${location}`);
    return { code, verifier, location };
  };
  const exchange = (code: string, verifier: string, extra: Record<string, string | undefined> = {}) =>
    token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      code_verifier: verifier,
      ...extra,
    });
  const tokensFor = async (persona: string, extra: Record<string, string | undefined> = {}) => {
    const { code, verifier } = await signIn(persona, extra);
    const response = await exchange(code, verifier);
    expect(response.status).toBe(200);
    return (await response.json()) as TokenResponse;
  };
  const oauthError = async (response: Response) => {
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await response.json()) as OAuthProblem;
  };
  const verifyIdToken = async (idToken: string) => {
    const { keys } = (await (await fetch(`${sb.url}/auth/jwks`)).json()) as {
      keys: { kid: string; kty: string; n: string; e: string; alg: string }[];
    };
    const jwt = decodeJwt(idToken);
    const jwk = keys.find((key) => key.kid === jwt.header.kid);
    if (!jwk) throw new Error('signing key not published');
    const publicKey = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
    expect(verify('sha256', Buffer.from(jwt.signingInput), publicKey, jwt.signature)).toBe(true);
    // A tampered payload no longer verifies.
    expect(verify('sha256', Buffer.from(`${jwt.signingInput}x`), publicKey, jwt.signature)).toBe(false);
    return jwt;
  };

  beforeAll(async () => {
    sb = await startSandbox(engine);
  });
  afterAll(() => sb.stop());

  it('publishes discovery with the sandbox’s own URL as issuer', async () => {
    const discovery = (await (await fetch(`${sb.url}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer: sb.url,
      authorization_endpoint: `${sb.url}/auth/authorize`,
      token_endpoint: `${sb.url}/auth/token`,
      userinfo_endpoint: `${sb.url}/auth/userinfo`,
      jwks_uri: `${sb.url}/auth/jwks`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      acr_values_supported: ['1', '2'],
    });
  });

  it('publishes one RSA signing key, stable across requests', async () => {
    const first = (await (await fetch(`${sb.url}/auth/jwks`)).json()) as { keys: Record<string, string>[] };
    const second = (await (await fetch(`${sb.url}/auth/jwks`)).json()) as { keys: Record<string, string>[] };
    expect(first).toEqual(second);
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', e: 'AQAB' });
    expect(Buffer.from(first.keys[0]?.n ?? '', 'base64url').byteLength).toBe(256);
  });

  describe('the sign-in page', () => {
    it('is Vietnamese HTML listing citizens and businesses as labelled buttons, carrying the request', async () => {
      const { challenge } = pkce();
      const response = await authorize(baseParams(challenge, { state: '"><script>alert(1)</script>' }));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const html = await response.text();
      expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
      expect(html).toContain('<title>');
      expect(html).toMatch(/<h1 id="sign-in-heading">Đăng nhập bằng tài khoản định danh điện tử<\/h1>/);
      expect(html).toContain(
        '<form method="get" action="/auth/authorize" aria-labelledby="sign-in-heading">',
      );
      expect(html).toContain('<legend id="group-citizens">Công dân</legend>');
      expect(html).toContain('<legend id="group-businesses">Tổ chức, doanh nghiệp</legend>');
      // Each button's name is its content (label in name, WCAG 2.5.3): the action for screen readers, then
      // every visible word.
      expect(html).toContain(
        '<button type="submit" name="persona" value="citizen-an"><span class="name"><span class="visually-hidden">Đăng nhập với tên </span>Nguyễn Văn An</span>',
      );
      expect(html).toMatch(/<span class="meta">Tài khoản mức 2 · /);
      expect(html).toMatch(
        /value="citizen-lien">.*\n<span class="meta">Tài khoản mức 1 · <span lang="en">Level-1 e-ID account/,
      );
      expect(html).toContain('value="business-an-phat"');
      expect(html).not.toContain('value="officer-');
      // No button overrides its visible name; the hidden fields carry the request, escaped.
      const buttons = html.match(/<button [^>]*>/g) ?? [];
      expect(buttons.length).toBeGreaterThanOrEqual(20);
      for (const button of buttons) expect(button).not.toContain('aria-label');
      expect(html).toContain(`<input type="hidden" name="code_challenge" value="${challenge}">`);
      expect(html).toContain(`<input type="hidden" name="redirect_uri" value="${REDIRECT_URI}">`);
      expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
      expect(html).not.toContain('<script>');
      // Cancelling goes back to the client with access_denied.
      const cancel = /<p><a href="([^"]+)">Hủy, quay lại ứng dụng<\/a><\/p>/.exec(html)?.[1];
      const cancelUrl = new URL((cancel ?? '').replaceAll('&amp;', '&'));
      expect(cancelUrl.origin + cancelUrl.pathname).toBe(REDIRECT_URI);
      expect(cancelUrl.searchParams.get('error')).toBe('access_denied');
    });

    it('speaks English when ui_locales asks for it', async () => {
      const html = await (await authorize(baseParams(pkce().challenge, { ui_locales: 'en vi' }))).text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<span class="visually-hidden">Sign in as </span>Nguyễn Văn An</span>');
    });

    it('submits a persona choice as the same request plus persona, which redirects', async () => {
      const { challenge } = pkce();
      const html = await (await authorize(baseParams(challenge))).text();
      const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)];
      const params = Object.fromEntries(
        hidden.map(([, name, value]) => [name, value?.replaceAll('&amp;', '&')]),
      );
      const response = await authorize({ ...params, persona: 'citizen-binh' });
      expect(response.status).toBe(302);
      expect(new URL(response.headers.get('location') ?? '').searchParams.get('state')).toBe('st-123');
    });
  });

  describe('the code flow with PKCE', () => {
    it('redirects at once with a code, the state and the issuer', async () => {
      const { location, code } = await signIn('citizen-an');
      expect(location.origin + location.pathname).toBe(REDIRECT_URI);
      expect(location.searchParams.get('state')).toBe('st-123');
      expect(location.searchParams.get('iss')).toBe(sb.url);
      expect(code).toMatch(/^mct_ac_[\w-]{43}$/);
    });

    it('exchanges the code for tokens; the ID token is RS256-signed and verifiable with the JWKS', async () => {
      const { code, verifier } = await signIn('citizen-an');
      const response = await exchange(code, verifier);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const tokens = (await response.json()) as TokenResponse;
      expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'openid profile' });
      expect(tokens.access_token).toMatch(/^mct_/);
      expect(tokens.refresh_token).toMatch(/^mct_rt_/);
      const jwt = await verifyIdToken(tokens.id_token);
      expect(jwt.header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
      const { payload } = jwt;
      expect(payload).toMatchObject({
        iss: sb.url,
        aud: CLIENT_ID,
        sub: `vneid|${CITIZEN_IDS.an}`,
        nonce: 'n-456',
        acr: '2',
      });
      expect(Number(payload.exp) - Number(payload.iat)).toBe(3600);
      expect(Math.abs(Number(payload.iat) * 1000 - (await sb.sandbox.now()).getTime())).toBeLessThan(5000);
      expect(Number(payload.auth_time)).toBeLessThanOrEqual(Number(payload.iat));
    });

    it('gives an access token the whole API accepts, with userinfo claims from the persona and registry', async () => {
      const tokens = await tokensFor('citizen-an');
      const response = await sb.request('/auth/userinfo', { token: tokens.access_token });
      expect(response.status).toBe(200);
      const claims = await response.json();
      expect(validate(IdentityClaimsSchema, claims).ok).toBe(true);
      expect(claims).toMatchObject({
        sub: `vneid|${CITIZEN_IDS.an}`,
        citizenId: CITIZEN_IDS.an,
        name: 'Nguyễn Văn An',
        birthdate: '1987-03-15',
        gender: 'male',
        phone: '0912345678',
        assuranceLevel: 2,
        addresses: { permanent: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' } },
      });
      const me = await sb.request('/auth/me', { token: tokens.access_token });
      expect(await me.json()).toMatchObject({
        kind: 'citizen',
        applicantKind: 'citizen',
        name: 'Nguyễn Văn An',
      });
    });

    it('asserts level 1 for the level-1 account, and refuses it when level 2 is required', async () => {
      const tokens = await tokensFor('citizen-lien');
      expect(decodeJwt(tokens.id_token).payload.acr).toBe('1');
      const claims = (await (
        await sb.request('/auth/userinfo', { token: tokens.access_token })
      ).json()) as Record<string, unknown>;
      expect(claims).toMatchObject({ citizenId: CITIZEN_IDS.lien, assuranceLevel: 1 });
      expect(claims.addresses).toBeUndefined();
      const { challenge } = pkce();
      const refused = await authorize({
        ...baseParams(challenge, { acr_values: '2' }),
        persona: 'citizen-lien',
      });
      expect(refused.status).toBe(302);
      const location = new URL(refused.headers.get('location') ?? '');
      expect(location.searchParams.get('error')).toBe('access_denied');
      expect(location.searchParams.get('code')).toBeNull();
    });

    it('signs a business in through its representative', async () => {
      const tokens = await tokensFor('business-an-phat');
      expect(decodeJwt(tokens.id_token).payload).toMatchObject({ sub: 'vneid-org|0100233488', acr: '2' });
      const claims = await (await sb.request('/auth/userinfo', { token: tokens.access_token })).json();
      expect(validate(IdentityClaimsSchema, claims).ok).toBe(true);
      expect(claims).toMatchObject({
        citizenId: CITIZEN_IDS.tuan,
        name: 'Hoàng Minh Tuấn',
        assuranceLevel: 2,
      });
      expect(await (await sb.request('/auth/me', { token: tokens.access_token })).json()).toMatchObject({
        kind: 'citizen',
        applicantKind: 'business',
      });
    });

    it('rotates refresh tokens, and ends the sign-in when a used one comes back', async () => {
      const first = await tokensFor('citizen-binh');
      const refreshed = await token({
        grant_type: 'refresh_token',
        refresh_token: first.refresh_token,
        client_id: CLIENT_ID,
      });
      expect(refreshed.status).toBe(200);
      const second = (await refreshed.json()) as TokenResponse;
      expect(second.refresh_token).not.toBe(first.refresh_token);
      expect(second.access_token).not.toBe(first.access_token);
      const jwt = await verifyIdToken(second.id_token);
      expect(jwt.payload).toMatchObject({ iss: sb.url, aud: CLIENT_ID, sub: `vneid|${CITIZEN_IDS.binh}` });
      expect(jwt.payload.nonce).toBeUndefined();
      expect(jwt.payload.auth_time).toBe(decodeJwt(first.id_token).payload.auth_time);
      expect((await sb.request('/auth/userinfo', { token: second.access_token })).status).toBe(200);

      // The first refresh token again: refused, and everything of this sign-in is revoked.
      const replay = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
      expect(replay.status).toBe(400);
      expect(await oauthError(replay)).toMatchObject({ code: 'auth.invalidGrant', error: 'invalid_grant' });
      expect((await sb.request('/auth/userinfo', { token: second.access_token })).status).toBe(401);
      expect((await sb.request('/auth/userinfo', { token: first.access_token })).status).toBe(401);
      const afterRevoke = await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token });
      expect((await oauthError(afterRevoke)).error).toBe('invalid_grant');
    });

    it('refuses a scope wider than granted on refresh, and a refresh token of another client', async () => {
      const tokens = await tokensFor('citizen-phuc');
      const wider = await token({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        scope: 'openid email',
      });
      expect(await oauthError(wider)).toMatchObject({ error: 'invalid_scope', code: 'auth.invalidRequest' });
      const other = await token({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'someone-else',
      });
      expect((await oauthError(other)).error).toBe('invalid_grant');
    });

    it('refuses a wrong verifier, another redirect URI or client, and a reused code (revoking its tokens)', async () => {
      const wrongVerifier = await signIn('citizen-an');
      const response = await exchange(wrongVerifier.code, pkce().verifier);
      expect(response.status).toBe(400);
      expect(await oauthError(response)).toMatchObject({
        status: 400,
        code: 'auth.invalidGrant',
        error: 'invalid_grant',
        error_description: 'code_verifier does not match the code_challenge',
      });

      const wrongRedirect = await signIn('citizen-an');
      const redirectResponse = await exchange(wrongRedirect.code, wrongRedirect.verifier, {
        redirect_uri: 'http://localhost:5173/other',
      });
      expect((await oauthError(redirectResponse)).error).toBe('invalid_grant');

      const wrongClient = await signIn('citizen-an');
      const clientResponse = await exchange(wrongClient.code, wrongClient.verifier, {
        client_id: 'another-app',
      });
      expect((await oauthError(clientResponse)).error).toBe('invalid_grant');

      const reused = await signIn('citizen-an');
      const ok = await exchange(reused.code, reused.verifier);
      expect(ok.status).toBe(200);
      const issued = (await ok.json()) as TokenResponse;
      const again = await exchange(reused.code, reused.verifier);
      expect(await oauthError(again)).toMatchObject({ error: 'invalid_grant', code: 'auth.invalidGrant' });
      expect((await sb.request('/auth/userinfo', { token: issued.access_token })).status).toBe(401);
      const refresh = await token({ grant_type: 'refresh_token', refresh_token: issued.refresh_token });
      expect((await oauthError(refresh)).error).toBe('invalid_grant');
    });

    it('lets codes expire after 60 seconds of test-clock time', async () => {
      const { code, verifier } = await signIn('citizen-an');
      await sb.request('/sandbox/clock/advance', { method: 'POST', json: { minutes: 1 } });
      const response = await exchange(code, verifier);
      expect(await oauthError(response)).toMatchObject({
        error: 'invalid_grant',
        error_description: 'The authorization code has expired',
      });
    });

    it('answers malformed token requests the OAuth way', async () => {
      const missing = await token({ code: 'x' });
      expect(await oauthError(missing)).toMatchObject({
        status: 400,
        error: 'invalid_request',
        code: 'auth.invalidRequest',
      });
      const unsupported = await token({ grant_type: 'password', username: 'a', password: 'b' });
      expect(await oauthError(unsupported)).toMatchObject({
        error: 'unsupported_grant_type',
        code: 'auth.unsupportedGrantType',
      });
      const noVerifier = await token({
        grant_type: 'authorization_code',
        code: 'x',
        redirect_uri: REDIRECT_URI,
      });
      const problem = (await noVerifier.json()) as OAuthProblem & { errors: { path: string[] }[] };
      expect(problem.error).toBe('invalid_request');
      expect(problem.errors.map((error) => error.path[0])).toContain('code_verifier');
      const unknownCode = await exchange('mct_ac_unknown', pkce().verifier);
      expect((await oauthError(unknownCode)).error).toBe('invalid_grant');
      const json = await fetch(`${sb.url}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: 'x' }),
      });
      expect(json.status).toBe(415);
    });
  });

  describe('the authorization request', () => {
    it('never redirects to an untrusted redirect URI', async () => {
      const { challenge } = pkce();
      for (const redirect of ['https://evil.example/cb', 'http://localhost.evil.example/cb', 'not a url']) {
        const response = await authorize({
          ...baseParams(challenge),
          redirect_uri: redirect,
          persona: 'citizen-an',
        });
        expect(response.status, redirect).toBe(400);
        expect(response.headers.get('location')).toBeNull();
        expect(((await response.json()) as { code: string }).code).toBe('auth.invalidRequest');
      }
      const noClient = await authorize({ ...baseParams(challenge), client_id: undefined });
      expect(noClient.status).toBe(400);
      for (const loopback of ['http://127.0.0.1:8765/cb', 'http://[::1]:8765/cb', 'https://localhost/cb']) {
        const response = await authorize({
          ...baseParams(challenge),
          redirect_uri: loopback,
          persona: 'citizen-an',
        });
        expect(response.status, loopback).toBe(302);
      }
    });

    it('redirects errors found once the redirect URI is trusted', async () => {
      const { challenge } = pkce();
      const errorOf = async (params: Record<string, string | undefined>) => {
        const response = await authorize({ ...baseParams(challenge), ...params, persona: 'citizen-an' });
        expect(response.status).toBe(302);
        const location = new URL(response.headers.get('location') ?? '');
        expect(location.searchParams.get('state')).toBe('st-123');
        expect(location.searchParams.get('code')).toBeNull();
        return location.searchParams.get('error');
      };
      expect(await errorOf({ code_challenge: undefined })).toBe('invalid_request');
      expect(await errorOf({ code_challenge_method: 'plain' })).toBe('invalid_request');
      expect(await errorOf({ code_challenge: 'too-short' })).toBe('invalid_request');
      expect(await errorOf({ response_type: 'token' })).toBe('unsupported_response_type');
      expect(await errorOf({ scope: 'profile' })).toBe('invalid_scope');
      const prompt = await authorize({ ...baseParams(challenge), prompt: 'none' });
      expect(new URL(prompt.headers.get('location') ?? '').searchParams.get('error')).toBe('login_required');
    });

    it('answers unknown personas with 404 and refuses officers', async () => {
      const { challenge } = pkce();
      const unknown = await authorize({ ...baseParams(challenge), persona: 'nobody' });
      expect(unknown.status).toBe(404);
      const officer = await authorize({ ...baseParams(challenge), persona: 'officer-ba-dinh-desk' });
      expect(officer.status).toBe(400);
      expect(((await officer.json()) as { code: string }).code).toBe('auth.invalidRequest');
    });
  });

  describe('the seeded demo client', () => {
    const demoRedirect = DEMO_OIDC_CLIENT.redirectUris[0];
    const demoSignIn = async () => {
      const { verifier, challenge } = pkce();
      const response = await authorize({
        ...baseParams(challenge),
        client_id: DEMO_OIDC_CLIENT.clientId,
        redirect_uri: demoRedirect,
        persona: 'citizen-mai',
      });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(location.origin + location.pathname).toBe(demoRedirect);
      return { code: location.searchParams.get('code') ?? '', verifier };
    };
    const demoExchange = (code: string, verifier: string, secret?: string) =>
      exchange(code, verifier, {
        client_id: DEMO_OIDC_CLIENT.clientId,
        redirect_uri: demoRedirect,
        client_secret: secret,
      });

    it('uses its registered redirect URIs only', async () => {
      const { challenge } = pkce();
      const other = await authorize({
        ...baseParams(challenge),
        client_id: DEMO_OIDC_CLIENT.clientId,
        redirect_uri: 'http://localhost:9999/not-registered',
        persona: 'citizen-mai',
      });
      expect(other.status).toBe(400);
    });

    it('must authenticate with its secret (client_secret_post)', async () => {
      const noSecret = await demoSignIn();
      const refused = await demoExchange(noSecret.code, noSecret.verifier);
      expect(refused.status).toBe(401);
      expect(await oauthError(refused)).toMatchObject({
        error: 'invalid_client',
        code: 'auth.invalidRequest',
      });
      const wrong = await demoSignIn();
      expect((await demoExchange(wrong.code, wrong.verifier, 'sk_wrong')).status).toBe(401);
      const right = await demoSignIn();
      const response = await demoExchange(right.code, right.verifier, DEMO_OIDC_CLIENT.clientSecret);
      expect(response.status).toBe(200);
      const tokens = (await response.json()) as TokenResponse;
      expect((await verifyIdToken(tokens.id_token)).payload.aud).toBe(DEMO_OIDC_CLIENT.clientId);
      const refresh = await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
      expect(refresh.status).toBe(401);
    });
  });

  describe('me and userinfo', () => {
    it('describes officers and refuses them userinfo', async () => {
      const officer = await sb.token('officer-ba-dinh-desk');
      expect(await (await sb.request('/auth/me', { token: officer })).json()).toEqual({
        kind: 'officer',
        officerId: 'officer-ba-dinh-desk',
        name: 'Phạm Thị Hồng Nhung',
        role: 'deskOfficer',
        agencyCode: '001.00.00.H26',
      });
      expect((await sb.request('/auth/userinfo', { token: officer })).status).toBe(403);
      expect((await sb.request('/auth/userinfo')).status).toBe(401);
    });

    it('answers userinfo for a sandbox persona token too', async () => {
      const response = await sb.request('/auth/userinfo', { token: await sb.token('citizen-ka-hong') });
      expect(await response.json()).toMatchObject({ citizenId: CITIZEN_IDS.kaHong, name: 'Ka Hồng' });
    });
  });
});
