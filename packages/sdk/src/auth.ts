/**
 * `@motcua/sdk/auth`: signing citizens in through the e-ID-style OpenID Connect flow (authorization code + PKCE,
 * state and nonce checked), on `oauth4webapi`, and keeping their access token fresh for the client.
 */
import * as oauth from 'oauth4webapi';

export interface SignInConfig {
  /** The platform's issuer URL (the sandbox's base URL). */
  issuer: string;
  clientId: string;
  redirectUri: string;
  /** Default `openid profile`. */
  scope?: string;
  /** Allow `http://` issuers: for the local sandbox only. Default: true when the issuer is on localhost. */
  allowInsecure?: boolean;
}

/** What must survive the redirect (keep it in `sessionStorage`, never in a URL). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Tokens of a signed-in citizen. */
export interface SignInTokens {
  accessToken: string;
  refreshToken: string | undefined;
  idToken: string | undefined;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
  /** The validated ID token's claims (`sub`, `acr` = e-ID level…). */
  claims: Record<string, unknown> | undefined;
}

const isLocal = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

async function discover(config: SignInConfig) {
  const issuer = new URL(config.issuer);
  const insecure = config.allowInsecure ?? isLocal(issuer);
  const options = { [oauth.allowInsecureRequests]: insecure };
  const server = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
  return { server, client: { client_id: config.clientId } as oauth.Client, options };
}

function tokensOf(response: oauth.TokenEndpointResponse, now = Date.now()): SignInTokens {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    idToken: response.id_token,
    expiresAt: now + (response.expires_in ?? 300) * 1000,
    claims: oauth.getValidatedIdTokenClaims(response) as Record<string, unknown> | undefined,
  };
}

/**
 * Builds the authorization URL to send the user to, and what to keep until they come back.
 *
 * @example
 * const { url, pending } = await startSignIn({ issuer, clientId: 'portal', redirectUri: `${origin}/callback` });
 * sessionStorage.setItem('motcua.signin', JSON.stringify(pending));
 * location.assign(url);
 */
export async function startSignIn(config: SignInConfig): Promise<{ url: URL; pending: PendingSignIn }> {
  const { server } = await discover(config);
  if (!server.authorization_endpoint) throw new Error('The issuer has no authorization endpoint');
  const pending = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
  };
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: config.scope ?? 'openid profile',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  return { url, pending };
}

/**
 * Finishes sign-in on the redirect URI: checks state, exchanges the code with the PKCE verifier, validates the
 * ID token (signature, issuer, audience, nonce) and returns the tokens.
 *
 * @example
 * const pending = JSON.parse(sessionStorage.getItem('motcua.signin')!);
 * const tokens = await completeSignIn(config, new URL(location.href), pending);
 */
export async function completeSignIn(
  config: SignInConfig,
  callbackUrl: URL,
  pending: PendingSignIn,
): Promise<SignInTokens> {
  const { server, client, options } = await discover(config);
  const params = oauth.validateAuthResponse(server, client, callbackUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    params,
    config.redirectUri,
    pending.codeVerifier,
    options,
  );
  return tokensOf(
    await oauth.processAuthorizationCodeResponse(server, client, response, { expectedNonce: pending.nonce }),
  );
}

/**
 * Keeps an access token fresh: returns a `token` function for `createClient` that refreshes (rotating the
 * refresh token) a minute before expiry, once even when many requests ask at the same time.
 *
 * @example
 * const session = createTokenRefresher(config, tokens, { onRefresh: (t) => save(t) });
 * const client = createClient({ baseUrl: config.issuer, token: session.token });
 */
export function createTokenRefresher(
  config: SignInConfig,
  initial: SignInTokens,
  hooks: { onRefresh?: (tokens: SignInTokens) => void } = {},
) {
  let tokens = initial;
  let refreshing: Promise<SignInTokens> | undefined;
  const refresh = async (): Promise<SignInTokens> => {
    if (!tokens.refreshToken) return tokens;
    const { server, client, options } = await discover(config);
    const response = await oauth.refreshTokenGrantRequest(
      server,
      client,
      oauth.None(),
      tokens.refreshToken,
      options,
    );
    tokens = tokensOf(await oauth.processRefreshTokenResponse(server, client, response));
    hooks.onRefresh?.(tokens);
    return tokens;
  };
  return {
    /** The current tokens. */
    current: () => tokens,
    /** A `TokenSource` for `createClient`. */
    token: async (): Promise<string> => {
      if (tokens.expiresAt - Date.now() < 60_000 && tokens.refreshToken) {
        refreshing ??= refresh().finally(() => {
          refreshing = undefined;
        });
        await refreshing;
      }
      return tokens.accessToken;
    },
  };
}
