import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Bundle budget: only `schemas.ts` (and the index re-exporting it) may reach zod. Anything imported by a plain
// validator, however indirectly, must not, or a form using `isTaxCode` alone would ship zod.
const folder = new URL('.', import.meta.url);
const modules = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

function imports(name: string): string[] {
  const source = readFileSync(new URL(name, folder), 'utf8');
  return [...source.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from '([^']+)'/gm)].map((m) => m[1] ?? '');
}

describe('plain identifier modules', () => {
  it.each(modules.filter((name) => name !== 'schemas.ts' && name !== 'index.ts'))(
    '%s does not import zod',
    (name) => {
      const seen = new Set<string>();
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const target of imports(file)) {
          expect(target, `${file} imports ${target}`).not.toMatch(/zod/);
          if (target.startsWith('./')) visit(target.slice(2).replace(/\.js$/, '.ts'));
        }
      };
      visit(name);
    },
  );
});
