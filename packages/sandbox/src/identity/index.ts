/**
 * The identity provider: OpenID Connect authorization code with PKCE, standing in for the national e-ID
 * (VNeID) single sign-on. Its access tokens are ordinary sandbox tokens, accepted by every endpoint.
 */
import type { SandboxModule } from '../module.js';
import { identityMigration } from './migration.js';
import { identityRoutes } from './routes.js';

export { DEMO_OIDC_CLIENT, isLoopbackRedirect, seedOidcClients } from './clients.js';
export { jwkThumbprint, type PublicJwk, signJwt } from './keys.js';
export { CODE_TTL_SECONDS, ID_TOKEN_TTL_SECONDS, REFRESH_TOKEN_TTL_SECONDS, s256 } from './routes.js';

export const identityModule: SandboxModule = {
  name: 'identity',
  migrations: [identityMigration],
  routes: identityRoutes,
};
