import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RouteDefinition } from '../http/route.js';

/**
 * The OpenAPI document `@motcua/contract` ships (`@motcua/contract/openapi.json`), or `undefined` while the
 * contract does not generate one yet.
 */
export function loadContractOpenApi(): Record<string, unknown> | undefined {
  try {
    const require = createRequire(import.meta.url);
    const document: unknown = JSON.parse(
      readFileSync(require.resolve('@motcua/contract/openapi.json'), 'utf8'),
    );
    return typeof document === 'object' && document !== null && 'openapi' in document
      ? (document as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The document as this sandbox serves it: a copy whose `servers` and OpenID Connect discovery URL name the
 * sandbox's own address (`origin`), so "try it" buttons and code generators reach this instance.
 *
 * @example
 * forOrigin(document, 'http://127.0.0.1:53817').servers // [{ url: 'http://127.0.0.1:53817', … }]
 */
export function forOrigin(document: Record<string, unknown>, origin: string): Record<string, unknown> {
  const copy = structuredClone(document) as {
    servers?: { url: string; description?: string }[];
    components?: { securitySchemes?: Record<string, { type?: string; openIdConnectUrl?: string }> };
  };
  copy.servers = [{ url: origin, description: 'This sandbox' }];
  for (const scheme of Object.values(copy.components?.securitySchemes ?? {})) {
    if (scheme.type === 'openIdConnect')
      scheme.openIdConnectUrl = `${origin}/.well-known/openid-configuration`;
  }
  return copy as Record<string, unknown>;
}

/**
 * A minimal OpenAPI 3.1 document listing the operations this sandbox serves (no schemas), for as long as the
 * contract ships no generated document. Marked `x-motcua-placeholder: true`.
 *
 * @example
 * placeholderOpenApi(routes).paths['/units/provinces'].get.operationId // 'units.listProvinces'
 */
export function placeholderOpenApi(routes: readonly RouteDefinition[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { spec } of routes) {
    const operations = paths[spec.path] ?? {};
    paths[spec.path] = operations;
    operations[spec.method.toLowerCase()] = {
      operationId: spec.id,
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.sandboxOnly ? { 'x-sandbox-only': true } : {}),
      responses: { [String(spec.status ?? 200)]: { description: 'Success' } },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'motcua sandbox',
      version: '0.0.0',
      description: 'Placeholder until @motcua/contract ships its document.',
    },
    'x-motcua-placeholder': true,
    paths,
  };
}
