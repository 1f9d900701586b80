import { agencies, procedures } from '@motcua/contract';
import { type Agency, foldText, type ProcedureSummary, parseProcedureCode } from '@motcua/core';
import { type Kysely, sql } from 'kysely';
import { fromJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { pageRequest, toPage } from '../http/pagination.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, route } from '../http/route.js';
import { findAgency, findProcedure } from './repository.js';
import './schema.js';

/** `%text%` for `LIKE`, with the wildcards of the text itself escaped (`\` is the escape character). */
function containing(text: string): string {
  return `%${foldText(text).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const likeFolded = (column: 'search_text', text: string) =>
  sql<boolean>`${sql.ref(column)} like ${containing(text)} escape '\\'`;

/** Procedure codes in which an agency plays any part, through its role. */
function proceduresOfAgency(db: Kysely<Database>, agencyCode: string) {
  return db
    .selectFrom('procedure_agency_roles')
    .innerJoin('agencies', 'agencies.role', 'procedure_agency_roles.role')
    .select('procedure_agency_roles.procedure_code')
    .where('agencies.code', '=', agencyCode);
}

const notFound = (what: 'procedure' | 'agency', code: string) =>
  new ProblemError('resource.notFound', {
    detail:
      what === 'procedure'
        ? { vi: `Không có thủ tục mã ${code}`, en: `There is no procedure ${code}` }
        : { vi: `Không có cơ quan mã ${code}`, en: `There is no agency ${code}` },
  });

/**
 * The catalogue's routes: procedure search and detail, agency search and detail. Listings keep the catalogue's
 * own order (`position`), identical on both engines, and page with an opaque cursor over it.
 */
export const catalogueRoutes: readonly RouteDefinition[] = [
  route(procedures.search, async ({ db, query, locale }) => {
    const { limit, after } = pageRequest(query, locale);
    let select = db
      .selectFrom('procedures')
      .select(['code', 'position', 'name', 'field_code', 'field_name', 'implementing_level', 'online_level'])
      .orderBy('position')
      .limit(limit + 1);
    if (query.q !== undefined) select = select.where(likeFolded('search_text', query.q));
    if (query.fieldCode !== undefined) select = select.where('field_code', '=', query.fieldCode);
    if (query.level !== undefined) select = select.where('implementing_level', '=', query.level);
    if (query.onlineLevel !== undefined) select = select.where('online_level', '=', query.onlineLevel);
    if (query.agencyCode !== undefined)
      select = select.where('code', 'in', proceduresOfAgency(db, query.agencyCode));
    if (after) select = select.where('position', '>', Number(after[0]));
    return toPage(
      await select.execute(),
      limit,
      (row) => [Number(row.position)],
      (row): ProcedureSummary => ({
        code: row.code,
        name: row.name,
        implementingLevel: row.implementing_level,
        field: { code: row.field_code, name: row.field_name },
        onlineLevel: row.online_level,
      }),
    );
  }),

  route(procedures.get, async ({ db, params }) => {
    const procedure = await findProcedure(db, params.code);
    if (!procedure) throw notFound('procedure', params.code);
    return procedure;
  }),

  route(agencies.list, async ({ db, query, locale }) => {
    const { limit, after } = pageRequest(query, locale);
    let select = db
      .selectFrom('agencies')
      .select(['position', 'document'])
      .orderBy('position')
      .limit(limit + 1);
    if (query.q !== undefined) select = select.where(likeFolded('search_text', query.q));
    if (query.provinceCode !== undefined) select = select.where('province_code', '=', query.provinceCode);
    if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
    if (query.procedureCode !== undefined) {
      // Agencies a dossier of the procedure is filed with: those implementing it.
      const nationalCode = parseProcedureCode(query.procedureCode)?.nationalCode ?? query.procedureCode;
      select = select.where(
        'role',
        'in',
        db
          .selectFrom('procedure_agency_roles')
          .select('role')
          .where('procedure_code', '=', nationalCode)
          .where('part', '=', 'implementing'),
      );
    }
    if (after) select = select.where('position', '>', Number(after[0]));
    return toPage(
      await select.execute(),
      limit,
      (row) => [Number(row.position)],
      (row) => fromJson<Agency>(row.document),
    );
  }),

  route(agencies.get, async ({ db, params }) => {
    const agency = await findAgency(db, params.code);
    if (!agency) throw notFound('agency', params.code);
    return agency;
  }),
];
