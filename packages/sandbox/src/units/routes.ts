import { units } from '@motcua/contract';
import { communesOf, provinces, searchUnits } from '@motcua/core/units';
import { detail } from '../http/details.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, route } from '../http/route.js';

/**
 * Administrative units (two-tier, since 1 July 2025), served from `@motcua/core/units`: the data is compiled
 * into core, so these routes read no table.
 */
export const unitRoutes: readonly RouteDefinition[] = [
  route(units.listProvinces, () => ({ items: [...provinces] })),

  route(units.listCommunes, ({ params }) => {
    if (!provinces.some((province) => province.code === params.provinceCode)) {
      throw new ProblemError('resource.notFound', {
        detail: detail('province.notFound', { code: params.provinceCode }),
      });
    }
    return { items: [...communesOf(params.provinceCode)] };
  }),

  route(units.searchUnits, ({ query }) => ({
    items: searchUnits(query.q, { provinceCode: query.provinceCode, level: query.level, limit: query.limit }),
  })),
];
