/**
 * Reading the catalogue, for this module's routes and for other modules (dossiers look procedures up, check
 * that an agency carries one out, and name agencies).
 */
import { type Agency, type Procedure, type ProcedureAgency, parseProcedureCode } from '@motcua/core';
import type { Kysely } from 'kysely';
import { fromJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import './schema.js';

const COMMUNE_ROLES = new Set(['communeCommittee', 'communePolice']);

/**
 * An agency by its code, or `undefined`.
 *
 * @example
 * (await findAgency(db, '000.00.02.H26'))?.name // 'Sở Tư pháp thành phố Hà Nội'
 */
export async function findAgency(db: Kysely<Database>, code: string): Promise<Agency | undefined> {
  const row = await db
    .selectFrom('agencies')
    .select('document')
    .where('code', '=', code.trim())
    .executeTakeFirst();
  return row ? fromJson<Agency>(row.document) : undefined;
}

/**
 * A procedure by code, or `undefined`:
 * - a national code (`1.001193`) gives the national record (`agencies: []`: it names tiers, not agencies);
 * - a local code (`1.001193.000.00.00.H26`, national code + a seeded agency's code) gives that place's version,
 *   `agencies` resolved: provincial roles in the agency's province, commune roles in its commune when it is a
 *   commune agency;
 * - an online-service suffix (`….01`) is ignored: it names the same procedure.
 *
 * @example
 * (await findProcedure(db, '1.001193'))?.formSpec?.id // 'to-khai-dang-ky-khai-sinh'
 * (await findProcedure(db, '1.001193.001.00.00.H26'))?.agencies[0]?.name // 'Ủy ban nhân dân phường Ba Đình'
 */
export async function findProcedure(db: Kysely<Database>, code: string): Promise<Procedure | undefined> {
  const info = parseProcedureCode(code);
  if (!info) return undefined;
  const row = await db
    .selectFrom('procedures')
    .select('document')
    .where('code', '=', info.nationalCode)
    .executeTakeFirst();
  if (!row) return undefined;
  const procedure = fromJson<Procedure>(row.document);
  if (info.agencyCode === null) return procedure;
  const agencies = await localAgencies(db, info.nationalCode, info.agencyCode);
  if (agencies === undefined) return undefined;
  return { ...procedure, code: `${info.nationalCode}.${info.agencyCode}`, agencies };
}

/** The agencies carrying a procedure out where `placeCode`'s agency sits; `undefined` for an unknown agency. */
async function localAgencies(
  db: Kysely<Database>,
  procedureCode: string,
  placeCode: string,
): Promise<ProcedureAgency[] | undefined> {
  const place = await db
    .selectFrom('agencies')
    .select(['province_code', 'commune_code'])
    .where('code', '=', placeCode)
    .executeTakeFirst();
  if (!place) return undefined;
  const roles = await db
    .selectFrom('procedure_agency_roles')
    .select(['role', 'part'])
    .where('procedure_code', '=', procedureCode)
    .orderBy('position')
    .execute();
  const agencies: ProcedureAgency[] = [];
  for (const { role, part } of roles) {
    let query = db.selectFrom('agencies').select(['code', 'name']).where('role', '=', role);
    if (COMMUNE_ROLES.has(role)) {
      if (place.commune_code === null) continue;
      query = query.where('commune_code', '=', place.commune_code);
    } else {
      query = query.where('province_code', '=', place.province_code);
    }
    const agency = await query.orderBy('position').executeTakeFirst();
    if (agency) agencies.push({ code: agency.code, name: agency.name, role: part });
  }
  return agencies;
}

/**
 * The parts an agency plays in a procedure (`implementing`, `deciding`, `coordinating`…), by its role: empty
 * when it plays none, or when either is unknown. Dossiers use it to refuse a dossier filed with an agency that
 * does not receive the procedure.
 *
 * @example
 * await agencyPartsIn(db, '1.001193', '001.00.00.H26') // ['deciding', 'implementing']
 */
export async function agencyPartsIn(
  db: Kysely<Database>,
  procedureCode: string,
  agencyCode: string,
): Promise<string[]> {
  const nationalCode = parseProcedureCode(procedureCode)?.nationalCode;
  if (!nationalCode) return [];
  const rows = await db
    .selectFrom('procedure_agency_roles')
    .innerJoin('agencies', 'agencies.role', 'procedure_agency_roles.role')
    .select('procedure_agency_roles.part')
    .where('procedure_agency_roles.procedure_code', '=', nationalCode)
    .where('agencies.code', '=', agencyCode.trim())
    .orderBy('procedure_agency_roles.part')
    .execute();
  return [...new Set(rows.map((row) => row.part))];
}
