// After tsup: writes dist/styles.css by inlining every `@import` of src/styles.css (tokens first, then one file per
// widget), so consumers load one stylesheet with no build step and no CSS-in-JS (strict CSP: no inline styles).
// It also fails the build when an emitted ESM module imports a relative path without an extension: the ESM build
// is not bundled, so `./useThing` would not resolve in Node or in a browser.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const IMPORT = /^@import\s+(?:url\()?['"]([^'"]+)['"]\)?\s*;\s*$/gm;

function inline(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  return css.replace(IMPORT, (_, target) => {
    if (!target.startsWith('.')) throw new Error(`${relative(root, file)}: only relative @import is allowed`);
    const path = resolve(dirname(file), target);
    return `/* ${relative(join(root, 'src'), path)} */\n${inline(path, seen).trim()}\n`;
  });
}

const css = inline(join(root, 'src', 'styles.css'));
if (/@import/.test(css.replace(/\/\*[\s\S]*?\*\//g, '')))
  throw new Error('dist/styles.css: an @import was left unresolved');
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'styles.css'), css);
// Types for `import '@motcua/react/styles.css'`: TypeScript checks side-effect imports (noUncheckedSideEffectImports).
const declaration = '// The stylesheet of @motcua/react: import it for its side effect.\nexport {};\n';
writeFileSync(join(root, 'dist', 'styles.d.css.ts'), declaration);
writeFileSync(join(root, 'dist', 'styles.d.css.cts'), declaration);
console.log(`dist/styles.css ${(Buffer.byteLength(css) / 1024).toFixed(1)} KB`);

const bad = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) {
      const text = readFileSync(path, 'utf8');
      for (const [, spec] of text.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g))
        if (!/\.(js|css|json)$/.test(spec)) bad.push(`${relative(root, path)} → ${spec}`);
    }
  }
}
walk(join(root, 'dist'));
if (bad.length) {
  console.error(
    `Relative imports need a .js extension (the ESM build is not bundled):\n  ${bad.join('\n  ')}`,
  );
  process.exit(1);
}
