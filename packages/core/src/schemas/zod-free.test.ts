import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Bundle budget: the package ships unbundled ESM with `sideEffects: false`, so a module reaches zod only if
// something it imports does. These helpers are used by pages that validate nothing (a fee shown, a date
// formatted, a file picker, a form rendered): they and everything they import must stay zod-free.
const src = new URL('../', import.meta.url);
const zodFree = [
  'schemas/calendar.ts',
  'schemas/format-vnd.ts',
  'schemas/media-type.ts',
  'form-spec/visibility.ts',
  'form-spec/scope.ts',
  // The domain rules, which checks generated without zod call.
  'schemas/rules.ts',
  'form-spec/check.ts',
];

function imports(file: string): string[] {
  const source = readFileSync(new URL(file, src), 'utf8');
  return [...source.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from '([^']+)'/gm)].map((m) => m[1] ?? '');
}

function resolve(from: string, target: string): string {
  return new URL(target.replace(/\.js$/, '.ts'), new URL(from, src)).pathname.slice(src.pathname.length);
}

describe('zod-free helpers', () => {
  it.each(zodFree)('%s does not import zod, directly or indirectly', (start) => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of imports(file)) {
        expect(target, `${file} imports ${target}`).not.toMatch(/zod/);
        if (target.startsWith('.')) visit(resolve(file, target));
      }
    };
    visit(start);
  });
});
