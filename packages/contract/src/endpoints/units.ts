import { AdministrativeUnitSchema, ProvinceCodeSchema } from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';

const UnitListSchema = z.object({ items: z.array(AdministrativeUnitSchema) });

/** The 34 current provinces and centrally-run cities. */
export const listProvinces = endpoint({
  id: 'units.listProvinces',
  method: 'GET',
  path: '/units/provinces',
  tag: 'units',
  summary: 'List provinces',
  response: UnitListSchema,
  auth: [],
  errors: [],
});

/** The communes, wards and special zones of one province. */
export const listCommunes = endpoint({
  id: 'units.listCommunes',
  method: 'GET',
  path: '/units/provinces/{provinceCode}/communes',
  tag: 'units',
  summary: 'List the communes of a province',
  params: z.object({ provinceCode: ProvinceCodeSchema }),
  response: UnitListSchema,
  auth: [],
  errors: ['resource.notFound'],
});

/** Diacritic-insensitive search over current units, ranked exact → prefix → substring. */
export const searchUnits = endpoint({
  id: 'units.search',
  method: 'GET',
  path: '/units/search',
  tag: 'units',
  summary: 'Search administrative units',
  query: z.strictObject({
    q: z.string().check(z.minLength(1), z.maxLength(100)),
    provinceCode: z.optional(ProvinceCodeSchema),
    level: z.optional(z.enum(['province', 'commune'])),
    limit: z.optional(z.coerce.number<string | number>().check(z.int(), z.gte(1), z.lte(100))),
  }),
  response: UnitListSchema,
  auth: [],
  errors: [],
});
