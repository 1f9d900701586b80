import { TimeoutError } from './errors.js';
import type { NormalizedOptions } from './options.js';

/** Header name → value, as sent with a request. */
export type CredentialHeaders = Record<string, string>;

/**
 * The credential headers of a client. A fixed token or API key is turned into headers once; a token function is
 * asked before every attempt (so a refreshed token is used), and only an async one costs a wait.
 */
export class Credentials {
  /** The headers when they never change (no token function), else `undefined`. */
  readonly fixed: CredentialHeaders | undefined;
  readonly #token: NormalizedOptions['token'];
  readonly #apiKey: string | undefined;

  constructor({ token, apiKey }: Pick<NormalizedOptions, 'token' | 'apiKey'>) {
    this.#token = token;
    this.#apiKey = apiKey;
    this.fixed = typeof token === 'function' ? undefined : this.#headers(token);
  }

  /** The headers for the next attempt: at once for a fixed or synchronous token, a promise for an async one. */
  next(): CredentialHeaders | Promise<CredentialHeaders> {
    if (this.fixed) return this.fixed;
    const bearer = (this.#token as () => string | undefined | Promise<string | undefined>)();
    return isPromise(bearer) ? bearer.then((value) => this.#headers(value)) : this.#headers(bearer);
  }

  #headers(bearer: string | undefined): CredentialHeaders {
    const headers: CredentialHeaders = {};
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    if (this.#apiKey) headers['X-Api-Key'] = this.#apiKey;
    return headers;
  }
}

export const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as Promise<T> | undefined)?.then === 'function';

/** Waits for an async token no longer than `ms`, the call's total time limit, so a stuck refresh cannot hang it. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`No token within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
