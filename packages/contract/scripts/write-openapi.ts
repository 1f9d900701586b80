/**
 * Writes `dist/openapi.json` (run after `tsup`), the document published as `@motcua/contract/openapi.json`
 * for integrators generating clients in Java, C# or anything else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The built package, since Node runs this file as is and cannot resolve the sources' extensionless imports.
const built = new URL('../dist/index.js', import.meta.url).href;
const { allEndpoints, buildOpenApiDocument } = (await import(built)) as typeof import('../src/index');

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const document = buildOpenApiDocument(allEndpoints, { version: pkg.version });
const target = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${target} (${Object.keys(document.paths).length} paths)`);
