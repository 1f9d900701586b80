/**
 * Vitest `globalSetup` for the widgets' integration tests (`*.sandbox.test.tsx`): starts the real sandbox (its built
 * dist, in-memory SQLite, seeded) on a free loopback port in Node, and `provide()`s its URL; browser tests read it with
 * `inject('sandboxUrl')` and talk to it through the SDK. Without this setup those tests skip. A second one
 * (`timeTravelSandboxUrl`) is for tests that move its test clock or run its officer autopilot: time only goes forward,
 * and the other tests (a signature's countdown, a birth date "last week") need the platform on real time.
 *
 *   pnpm exec vitest run --project react --globalSetup packages/react/bench/sandbox-global-setup.ts sandbox.test
 *
 * It lives outside `src/` so tsup never ships it. `@motcua/sandbox` is not a dependency of this package (yet), so the
 * built dist is imported by path; build it first (`pnpm --filter @motcua/sandbox build`).
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl?: string;
    timeTravelSandboxUrl?: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { createSandbox } = (await import('@motcua/sandbox')) as {
    createSandbox: (options: { database?: string; logger?: false }) => Promise<{
      listen: (options: { port: number; host: string }) => Promise<{ url: string }>;
      close: () => Promise<void>;
    }>;
  };
  const sandboxes = await Promise.all(
    [1, 2].map(() => createSandbox({ database: ':memory:', logger: false })),
  );
  const [server, timeTravel] = await Promise.all(
    sandboxes.map((sandbox) => sandbox.listen({ port: 0, host: '127.0.0.1' })),
  );
  project.provide('sandboxUrl', server?.url);
  project.provide('timeTravelSandboxUrl', timeTravel?.url);
  return async () => {
    await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  };
}
