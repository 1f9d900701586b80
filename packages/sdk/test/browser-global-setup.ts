/**
 * Vitest `globalSetup` of the `sdk-browser` project: starts a real sandbox (in-memory SQLite, seeded) on a free
 * loopback port in Node and `provide()`s its URL, which browser tests read with `inject('sandboxUrl')`.
 */
import { createSandbox } from '@motcua/sandbox';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl?: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const sandbox = await createSandbox({ database: ':memory:', logger: false });
  const server = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  project.provide('sandboxUrl', server.url);
  return () => sandbox.close();
}
