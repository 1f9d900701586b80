import type { Locale } from '@motcua/core';
import { createClient, type MotcuaClient } from '@motcua/sdk';
import {
  completeSignIn,
  createTokenRefresher,
  type PendingSignIn,
  type SignInConfig,
  type SignInTokens,
  startSignIn,
} from '@motcua/sdk/auth';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** Who is signed in, as the e-ID's userinfo describes them: what the forms and the signature need. */
export interface Citizen {
  sub: string;
  name: string;
  citizenId?: string;
  /** Where they live: the default receiving office is found from it. */
  provinceCode?: string;
  communeCode?: string;
}

interface StoredSession {
  tokens: SignInTokens;
  citizen: Citizen;
}

/** The public client id of the portal: the sandbox accepts any id with a loopback redirect URI (PKCE, no secret). */
export const CLIENT_ID = 'motcua-reference-portal';
const SESSION_KEY = 'motcua.portal.session';
const PENDING_KEY = 'motcua.portal.signin';

export function signInConfig(apiUrl: string): SignInConfig {
  return { issuer: apiUrl, clientId: CLIENT_ID, redirectUri: `${location.origin}/auth/callback` };
}

/** Sends the browser to the e-ID sign-in page; `returnTo` is where the portal goes back afterwards. */
export async function signIn(apiUrl: string, returnTo: string): Promise<void> {
  const { url, pending } = await startSignIn(signInConfig(apiUrl));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ pending, returnTo }));
  location.assign(url);
}

// The authorization code is single-use, and a second exchange revokes the sign-in: finish each callback once,
// however many times React mounts the page.
const completions = new Map<string, Promise<{ session: StoredSession; returnTo: string }>>();

/** On the redirect URI: exchanges the code, asks who signed in, and stores the session. */
export function finishSignIn(
  apiUrl: string,
  callback: URL,
): Promise<{ session: StoredSession; returnTo: string }> {
  const existing = completions.get(callback.href);
  if (existing) return existing;
  const run = (async () => {
    const saved = sessionStorage.getItem(PENDING_KEY);
    if (!saved) throw new Error('no sign-in in progress');
    const { pending, returnTo } = JSON.parse(saved) as { pending: PendingSignIn; returnTo: string };
    const config = signInConfig(apiUrl);
    const tokens = await completeSignIn(config, callback, pending);
    sessionStorage.removeItem(PENDING_KEY);
    const client = createClient({ baseUrl: apiUrl, token: tokens.accessToken });
    const claims = await client.request('auth.userinfo');
    const address = claims.addresses?.current ?? claims.addresses?.permanent;
    const citizen: Citizen = {
      sub: claims.sub,
      name: claims.name,
      ...(claims.citizenId ? { citizenId: claims.citizenId } : {}),
      ...(address?.provinceCode ? { provinceCode: address.provinceCode } : {}),
      ...(address?.communeCode ? { communeCode: address.communeCode } : {}),
    };
    const session = { tokens, citizen };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    return { session, returnTo: returnTo.startsWith('/') ? returnTo : '/' };
  })();
  completions.set(callback.href, run);
  return run;
}

function readSession(): StoredSession | undefined {
  try {
    const saved = sessionStorage.getItem(SESSION_KEY);
    return saved ? (JSON.parse(saved) as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}

interface SessionValue {
  apiUrl: string;
  /** Signed in: a client with the citizen's refreshed token; else an anonymous one (the catalogue is public). */
  client: MotcuaClient;
  citizen: Citizen | undefined;
  setSession(session: StoredSession | undefined): void;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

export function SessionProvider({
  apiUrl,
  locale,
  children,
}: {
  apiUrl: string;
  locale: Locale;
  children: ReactNode;
}) {
  const [session, setState] = useState(readSession);
  const setSession = useCallback((next: StoredSession | undefined) => {
    if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(SESSION_KEY);
    setState(next);
  }, []);
  const client = useMemo(() => {
    if (!session) return createClient({ baseUrl: apiUrl, locale });
    const refresher = createTokenRefresher(signInConfig(apiUrl), session.tokens, {
      onRefresh: (tokens) =>
        sessionStorage.setItem(SESSION_KEY, JSON.stringify({ tokens, citizen: session.citizen })),
    });
    return createClient({ baseUrl: apiUrl, token: refresher.token, locale });
  }, [apiUrl, locale, session]);
  const value = useMemo<SessionValue>(
    () => ({ apiUrl, client, citizen: session?.citizen, setSession, signOut: () => setSession(undefined) }),
    [apiUrl, client, session, setSession],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
