/**
 * What the end-to-end tests stand on: the portal built by Vite into a temporary folder, a real sandbox
 * (in-memory SQLite, seeded) on a free port, the portal's own server in front of the build, and headless
 * Chromium with an axe check that fails on any WCAG 2.2 A/AA violation.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSandbox } from '@motcua/sandbox';
import { type Browser, chromium, type Page } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startPortalServer } from '../server.ts';

const appRoot = resolve(import.meta.dirname, '..');

export interface Harness {
  portalUrl: string;
  apiUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const outDir = await mkdtemp(join(tmpdir(), 'motcua-portal-'));
  const [sandbox] = await Promise.all([
    createSandbox({ database: ':memory:', logger: false }),
    build({ root: appRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
  ]);
  const api = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const portal = await startPortalServer({ root: outDir, apiUrl: api.url, port: 0 });
  const browser = await chromium.launch(chromiumLaunchOptions);
  return {
    portalUrl: portal.url,
    apiUrl: api.url,
    browser,
    async close() {
      await browser.close();
      await portal.close();
      await sandbox.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page as it is now; throws listing every violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the portal's strict CSP does not stand in the way.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  if (violations.length > 0) {
    const lines = violations.flatMap((v) =>
      v.nodes.map((n) => `  ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary ?? ''}`),
    );
    throw new Error(`axe found ${violations.length} violation(s) on ${where}:\n${lines.join('\n')}`);
  }
}
