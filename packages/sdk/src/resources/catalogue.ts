import type { agencies, procedures, QueryOf, ResponseOf, units } from '@motcua/contract';
import { type PageIterator, paginate } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';

type Procedures = typeof procedures;
type Agencies = typeof agencies;
type Units = typeof units;
export type ProcedureSummary = ResponseOf<Procedures['search']>['items'][number];
export type AgencySummary = ResponseOf<Agencies['list']>['items'][number];

/**
 * The procedure catalogue (thủ tục hành chính).
 *
 * @example
 * for await (const p of client.procedures.search({ q: 'khai sinh' })) console.log(p.code, p.name);
 * const procedure = await client.procedures.get('1.001193');
 */
export function proceduresResource(t: Transport) {
  return {
    /** Searches procedures, diacritics ignored. @example client.procedures.search({ q: 'ho tich' }).toArray({ limit: 10 }) */
    search: (
      query: QueryOf<Procedures['search']> = {},
      options?: CallOptions,
    ): PageIterator<ProcedureSummary> =>
      paginate((cursor) =>
        t.invoke('procedures.search', { query: { ...query, cursor } as never, ...options }),
      ),
    /** One procedure with its components, fees and e-form. @example await client.procedures.get('1.001193') */
    get: (code: string, options?: CallOptions) =>
      t.invoke('procedures.get', { params: { code }, ...options }),
  };
}

/**
 * Agencies (cơ quan) receiving and processing dossiers.
 *
 * @example
 * const agency = await client.agencies.get('000.00.00.H26');
 */
export function agenciesResource(t: Transport) {
  return {
    /** @example client.agencies.list({ provinceCode: '01' }).toArray({ limit: 50 }) */
    list: (query: QueryOf<Agencies['list']> = {}, options?: CallOptions): PageIterator<AgencySummary> =>
      paginate((cursor) => t.invoke('agencies.list', { query: { ...query, cursor } as never, ...options })),
    /** @example await client.agencies.get('000.00.00.H26') */
    get: (code: string, options?: CallOptions) => t.invoke('agencies.get', { params: { code }, ...options }),
  };
}

/**
 * Administrative units served by the platform (the same data as `@motcua/core/units`, without shipping it).
 *
 * @example
 * const { items } = await client.units.search({ q: 'ba dinh' });
 */
export function unitsResource(t: Transport) {
  return {
    /** @example const { items } = await client.units.provinces() */
    provinces: (options?: CallOptions) => t.invoke('units.listProvinces', options),
    /** @example const { items } = await client.units.communes('01') */
    communes: (provinceCode: string, options?: CallOptions) =>
      t.invoke('units.listCommunes', { params: { provinceCode }, ...options }),
    /** @example const { items } = await client.units.search({ q: 'thu duc', provinceCode: '79' }) */
    search: (query: QueryOf<Units['searchUnits']>, options?: CallOptions) =>
      t.invoke('units.search', { query: query as never, ...options }),
  };
}
