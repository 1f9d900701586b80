/**
 * Writes `src/routes.generated.ts` from the built endpoints (run after `tsup`): the schema-free route table
 * the SDK imports at run time. A test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The built package, since Node runs this file as is and cannot resolve the sources' extensionless imports.
const built = new URL('../dist/index.js', import.meta.url).href;
const { allEndpoints, renderRoutesModule } = (await import(built)) as typeof import('../src/index');

const target = fileURLToPath(new URL('../src/routes.generated.ts', import.meta.url));
writeFileSync(target, renderRoutesModule(allEndpoints));
console.log(`wrote ${target} (${allEndpoints.length} routes)`);
