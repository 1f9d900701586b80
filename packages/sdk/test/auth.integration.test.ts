import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSignIn, createTokenRefresher, type SignInConfig, startSignIn } from '../src/auth.js';
import { createClient, isApiError } from '../src/index.js';
import { startSandbox, type TestSandbox } from './support.js';

describe('OpenID Connect sign-in against the real sandbox', () => {
  let sb: TestSandbox;
  let config: SignInConfig;

  beforeAll(async () => {
    sb = await startSandbox();
    // No registration in the sandbox: any client id with a localhost redirect URI is a public PKCE client.
    config = {
      issuer: sb.url,
      clientId: 'sdk-integration-tests',
      redirectUri: 'http://localhost:5173/auth/callback',
    };
  });
  afterAll(() => sb?.close());

  /** Plays the user at the sign-in page: the sandbox's `persona` parameter answers the redirect at once. */
  async function signIn(persona: string) {
    const { url, pending } = await startSignIn(config);
    expect(url.origin).toBe(sb.url);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(pending.state);
    url.searchParams.set('persona', persona);
    const page = await fetch(url, { redirect: 'manual' });
    expect(page.status).toBe(302);
    const callback = new URL(page.headers.get('location') ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(config.redirectUri);
    return { callback, pending };
  }

  it('signs a citizen in (code + PKCE), and the client calls the platform with the session token', async () => {
    const { callback, pending } = await signIn('citizen-an');
    const tokens = await completeSignIn(config, callback, pending);
    expect(tokens.accessToken).toMatch(/\S/);
    expect(tokens.refreshToken).toMatch(/\S/);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 60_000);
    expect(tokens.claims).toMatchObject({ iss: sb.url, aud: config.clientId, acr: '2', amr: ['vneid'] });

    const session = createTokenRefresher(config, tokens);
    const client = createClient({ baseUrl: config.issuer, token: session.token });
    const me = await client.request('auth.me');
    expect(me).toMatchObject({ kind: 'citizen' });
    expect(JSON.stringify(me)).toContain('Nguyễn Văn An');
  });

  it('refreshes before expiry (rotating the refresh token), once for concurrent calls', async () => {
    const { callback, pending } = await signIn('citizen-an');
    const tokens = await completeSignIn(config, callback, pending);
    const refreshed: string[] = [];
    // As if the access token were about to expire.
    const session = createTokenRefresher(
      config,
      { ...tokens, expiresAt: Date.now() + 1000 },
      { onRefresh: (next) => refreshed.push(next.accessToken) },
    );
    const client = createClient({ baseUrl: config.issuer, token: session.token });
    const [a, b] = await Promise.all([client.request('auth.me'), client.request('auth.me')]);
    expect(a).toEqual(b);
    expect(refreshed).toHaveLength(1);
    expect(session.current().accessToken).not.toBe(tokens.accessToken);
    expect(session.current().refreshToken).not.toBe(tokens.refreshToken);
    expect(session.current().expiresAt).toBeGreaterThan(Date.now() + 60_000);
  });

  it('refuses a callback whose state is not the one it sent', async () => {
    const { callback, pending } = await signIn('citizen-binh');
    await expect(completeSignIn(config, callback, { ...pending, state: 'forged' })).rejects.toThrow();
  });

  it('a code used twice revokes the sign-in', async () => {
    const { callback, pending } = await signIn('citizen-binh');
    const tokens = await completeSignIn(config, callback, pending);
    await expect(completeSignIn(config, callback, pending)).rejects.toThrow();
    const client = createClient({ baseUrl: config.issuer, token: tokens.accessToken });
    const error = await client.request('auth.me').catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('auth.invalidToken');
  });
});
