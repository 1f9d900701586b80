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
