import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from './endpoints/index.js';
import { routes } from './routes.generated.js';
import { renderRoutesModule, routeTableOf } from './routes.js';

describe('the generated route table', () => {
  it('is up to date (rewrite it with `vitest run -u src/routes.test.ts` or `node scripts/write-routes.ts`)', async () => {
    await expect(renderRoutesModule(allEndpoints)).toMatchFileSnapshot('./routes.generated.ts');
    expect(routes).toEqual(routeTableOf(allEndpoints));
  });

  it('carries what a client needs to call an endpoint', () => {
    expect(routes['dossiers.submit']).toEqual({
      method: 'POST',
      path: '/dossiers/{ref}/submit',
      idempotent: true,
    });
    expect(routes['auth.token'].requestKind).toBe('form');
    expect(routes['dossiers.get']).toEqual({ method: 'GET', path: '/dossiers/{ref}' });
    expect(routes['files.append'].requestKind).toBe('binary');
  });

  it('imports nothing, so it pulls no zod into a bundle', () => {
    const source = readFileSync(new URL('./routes.generated.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
