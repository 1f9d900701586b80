/**
 * Bundle sizes (min+gzip), built the same way in one run: ky alone, axios alone, and the SDK's typical import
 * (createClient + dossiers.create/submit/watch), without and with validation of the dossier endpoints it calls
 * (core's generic words, then with the identifiers' own).
 * Run: pnpm bench (after pnpm build). Prints a table; not a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries: Record<string, string> = {
  'ky alone': `import ky from 'ky'; export default ky.create({ prefixUrl: 'http://x' });`,
  'axios alone': `import axios from 'axios'; export default axios.create({ baseURL: 'http://x' });`,
  'sdk: createClient + dossiers': `import { createClient } from '@motcua/sdk';
    const c = createClient({ baseUrl: 'http://x' });
    export default [c.dossiers.create, c.dossiers.submit, c.dossiers.watch];`,
  'sdk: + validation (the dossier endpoints called)': `import { createClient } from '@motcua/sdk';
    import { createValidation } from '@motcua/sdk/validation';
    import { dossiersCreate, dossiersEvents, dossiersSubmit } from '@motcua/contract/checks';
    const validation = createValidation([dossiersCreate, dossiersSubmit, dossiersEvents]);
    const c = createClient({ baseUrl: 'http://x', validation });
    export default [c.dossiers.create, c.dossiers.submit, c.dossiers.watch];`,
  'sdk: + validation in the domain wording': `import { createClient } from '@motcua/sdk';
    import { createValidation } from '@motcua/sdk/validation';
    import { dossiersCreate, dossiersEvents, dossiersSubmit } from '@motcua/contract/checks';
    import { identifierMessages, validationMessages } from '@motcua/core';
    const validation = createValidation([dossiersCreate, dossiersSubmit, dossiersEvents], {
      messages: [validationMessages, identifierMessages],
    });
    const c = createClient({ baseUrl: 'http://x', validation });
    export default [c.dossiers.create, c.dossiers.submit, c.dossiers.watch];`,
};

const dir = mkdtempSync(join(import.meta.dirname, '.size-'));
try {
  const rows = [];
  for (const [name, source] of Object.entries(entries)) {
    const file = join(dir, `${rows.length}.js`);
    writeFileSync(file, source);
    const result = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external: ['tus-js-client'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    rows.push({
      bundle: name,
      'min (KB)': (code.length / 1024).toFixed(1),
      'min+gzip (KB)': (gzipSync(code, { level: 9 }).length / 1024).toFixed(2),
    });
  }
  console.table(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
