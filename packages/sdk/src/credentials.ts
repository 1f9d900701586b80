import type { NormalizedOptions } from './options.js';

/** Header name → value, as sent with a request. */
export type CredentialHeaders = Record<string, string>;

/** The credential headers of a client. */
export interface Credentials {
  /** The headers when they never change (no token function): set once on the client, not on each call. */
  readonly fixed?: CredentialHeaders;
  /** The headers for the next attempt: at once for a fixed or synchronous token, a `Promise` for an async one. */
  next(): CredentialHeaders | Promise<CredentialHeaders>;
}

/** A fixed token or API key becomes headers once; a token function is asked before every attempt (refresh). */
export function credentialsOf({ token, apiKey }: Pick<NormalizedOptions, 'token' | 'apiKey'>): Credentials {
  const headersOf = (bearer: string | undefined): CredentialHeaders => ({
    ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
    ...(apiKey ? { 'X-Api-Key': apiKey } : {}),
  });
  if (typeof token !== 'function') {
    const fixed = headersOf(token);
    return { fixed, next: () => fixed };
  }
  return {
    next() {
      const bearer = token();
      // Anything but a token (or none) is the promise of one; made a native promise for the caller's `instanceof`.
      return !bearer || typeof bearer === 'string'
        ? headersOf(bearer)
        : Promise.resolve(bearer).then(headersOf);
    },
  };
}
