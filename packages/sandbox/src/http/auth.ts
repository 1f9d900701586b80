import type { Principal } from '@motcua/contract';
import type { Credentials } from '../auth/credentials.js';
import type { AuthenticatedPrincipal } from '../auth/principal.js';
import { detail } from './details.js';
import { ProblemError } from './problem.js';

const REALM = 'Bearer realm="motcua-sandbox"';

/**
 * Applies an endpoint's `auth` list to a request's credentials.
 *
 * - Public endpoints (empty list) never refuse: a valid credential still identifies the caller, a wrong or
 *   expired one is ignored (a stale token in a browser must not break a public page).
 * - Otherwise: no credential → 401 `auth.required`; a wrong, expired or malformed one → 401 `auth.invalidToken`
 *   (both with `WWW-Authenticate`); a valid one of a kind the endpoint does not accept → 403 `auth.forbidden`.
 *
 * @example
 * const principal = authorize(['officer'], credentials); // throws unless an officer's token was sent
 */
export function authorize(
  allowed: readonly Principal[],
  credentials: Credentials,
): AuthenticatedPrincipal | null {
  if (allowed.length === 0) return credentials.status === 'valid' ? credentials.principal : null;
  if (credentials.status === 'none') {
    throw new ProblemError('auth.required', {
      detail: detail('auth.required'),
      headers: { 'WWW-Authenticate': REALM },
    });
  }
  if (credentials.status === 'invalid') {
    throw new ProblemError('auth.invalidToken', {
      detail: detail('auth.invalid'),
      headers: { 'WWW-Authenticate': `${REALM}, error="invalid_token"` },
    });
  }
  if (!allowed.includes(credentials.principal.kind)) {
    throw new ProblemError('auth.forbidden', {
      detail: detail('auth.forbidden', { allowed: allowed.join(', ') }),
    });
  }
  return credentials.principal;
}
