import { createSandbox, type Sandbox, type SandboxOptions, type SandboxServer } from '../src/index';
import type { TestDatabase } from './databases';

/** A sandbox listening on a free port, on a fresh database of one engine. */
export interface RunningSandbox {
  readonly sandbox: Sandbox;
  readonly server: SandboxServer;
  readonly url: string;
  /** `fetch` against the server, with a JSON body and headers made easy. */
  request(path: string, init?: TestRequestInit): Promise<Response>;
  /** A fresh bearer token for a seeded persona. */
  token(personaId: string): Promise<string>;
  stop(): Promise<void>;
}

export interface TestRequestInit extends Omit<RequestInit, 'body'> {
  json?: unknown;
  body?: RequestInit['body'];
  token?: string;
}

/**
 * Starts a real server (port 0) for an integration suite.
 *
 * @example
 * const running = await startSandbox(engine, { modules: [notesModule] });
 */
export async function startSandbox(
  engine: TestDatabase,
  options: SandboxOptions = {},
): Promise<RunningSandbox> {
  const database = await engine.create();
  const sandbox = await createSandbox({ logger: false, ...options, database: database.url });
  const server = await sandbox.listen({ port: 0 });
  const request = (path: string, init: TestRequestInit = {}) => {
    const { json, token, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('content-type', 'application/json');
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(`${server.url}${path}`, {
      ...rest,
      headers,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  };
  return {
    sandbox,
    server,
    url: server.url,
    request,
    async token(personaId) {
      const response = await request(`/sandbox/personas/${personaId}/token`, { method: 'POST' });
      if (!response.ok) throw new Error(`token for ${personaId}: ${response.status}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    async stop() {
      await sandbox.close();
      await database.drop();
    },
  };
}
