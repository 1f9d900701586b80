/**
 * Vitest global setup: when `MOTCUA_TEST_POSTGRES=1` (CI sets it) and no `MOTCUA_TEST_POSTGRES_URL` is given,
 * starts a throwaway PostgreSQL cluster for the run, hands its URL to the tests, and stops it at teardown.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test PostgreSQL cluster; empty when the PostgreSQL runs are off. */
    motcuaPostgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.MOTCUA_TEST_POSTGRES_URL;
  if (given || process.env.MOTCUA_TEST_POSTGRES !== '1') {
    project.provide('motcuaPostgresUrl', given ?? '');
    return undefined;
  }
  const cluster = await startPostgres();
  process.env.MOTCUA_TEST_POSTGRES_URL = cluster.url;
  project.provide('motcuaPostgresUrl', cluster.url);
  return async () => {
    delete process.env.MOTCUA_TEST_POSTGRES_URL;
    await cluster.stop();
  };
}
