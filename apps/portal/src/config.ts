/** Where the platform is, as the server that serves the portal says (`/config.json`). */
export interface PortalConfig {
  /** The platform's base URL: the API and the e-ID sign-in issuer. */
  apiUrl: string;
}

/** In development (`vite`), without the portal's server, a sandbox on its default port. */
const DEVELOPMENT_DEFAULT: PortalConfig = { apiUrl: 'http://127.0.0.1:8080' };

export async function loadConfig(): Promise<PortalConfig> {
  try {
    const response = await fetch('/config.json', { cache: 'no-store' });
    if (response.ok && response.headers.get('content-type')?.includes('json')) {
      const config = (await response.json()) as Partial<PortalConfig>;
      if (typeof config.apiUrl === 'string') return { apiUrl: config.apiUrl };
    }
  } catch {
    // fall through to the development default
  }
  return DEVELOPMENT_DEFAULT;
}
