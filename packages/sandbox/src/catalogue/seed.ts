import { type Agency, foldText, type Procedure } from '@motcua/core';
import type { Kysely } from 'kysely';
import { toJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { batches } from '../seed/batch.js';
import type { Seeder } from '../seed/context.js';
import {
  type AgencyRole,
  PROVINCIAL_BODIES,
  provincialAgencyCode,
  type SeedProcedure,
  type SeedProvinceCode,
  seedAgencies,
  seedProcedureCatalogue,
  toProcedure,
} from '../seed-data/index.js';
import type { AgencyTable, ProcedureAgencyRoleTable, ProcedureTable } from './schema.js';

/**
 * The role a seeded agency plays (`justice`, `communeCommittee`…), worked out from its kind and code the way
 * seed-data builds them; `null` for one it does not know.
 *
 * @example
 * agencyRole(agencyByCode('000.00.02.H26')!) // 'justice'
 */
export function agencyRole(agency: Agency): AgencyRole | null {
  if (agency.kind === 'provincialCommittee') return 'provincialCommittee';
  if (agency.communeCode !== undefined)
    return agency.kind === 'police' ? 'communePolice' : 'communeCommittee';
  const body = PROVINCIAL_BODIES.find(
    (candidate) =>
      provincialAgencyCode(agency.provinceCode as SeedProvinceCode, candidate.role) === agency.code,
  );
  return body?.role ?? null;
}

/** The `agencies` row of an agency. */
export function agencyRow(agency: Agency, position: number): AgencyTable {
  return {
    code: agency.code,
    position,
    name: agency.name,
    search_text: foldText([agency.name, agency.nameEn ?? '', agency.code].join(' ')),
    kind: agency.kind,
    role: agencyRole(agency),
    province_code: agency.provinceCode,
    commune_code: agency.communeCode ?? null,
    parent_code: agency.parentCode ?? null,
    document: toJson(agency),
  };
}

/** The `procedures` row of a procedure (the national record). */
export function procedureRow(procedure: Procedure, position: number): ProcedureTable {
  return {
    code: procedure.code,
    position,
    name: procedure.name,
    search_text: foldText(`${procedure.name} ${procedure.code}`),
    field_code: procedure.field.code,
    field_name: procedure.field.name,
    implementing_level: procedure.implementingLevel,
    online_level: procedure.onlineLevel,
    form_spec_id: procedure.formSpec?.id ?? null,
    document: toJson(procedure),
  };
}

function roleRows(seed: SeedProcedure): ProcedureAgencyRoleTable[] {
  const seen = new Set<string>();
  const rows: ProcedureAgencyRoleTable[] = [];
  for (const { role, part } of seed.agencyRoles) {
    const key = `${role}\n${part}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ procedure_code: seed.code, role, part, position: rows.length });
  }
  return rows;
}

/**
 * Seeds the catalogue from seed-data: 875 agencies of three provinces, 31 procedures with their e-forms, and
 * which kind of agency plays which part in each. Batched, insert-if-absent.
 *
 * @example
 * await seedCatalogue(trx, context);
 */
export const seedCatalogue: Seeder = async (db: Kysely<Database>) => {
  const agencies = seedAgencies.map(agencyRow);
  for (const batch of batches(agencies)) {
    await db
      .insertInto('agencies')
      .values(batch)
      .onConflict((conflict) => conflict.column('code').doNothing())
      .execute();
  }
  const procedures = seedProcedureCatalogue.map((seed, index) => procedureRow(toProcedure(seed), index));
  for (const batch of batches(procedures, 50)) {
    await db
      .insertInto('procedures')
      .values(batch)
      .onConflict((conflict) => conflict.column('code').doNothing())
      .execute();
  }
  await db
    .insertInto('procedure_agency_roles')
    .values(seedProcedureCatalogue.flatMap(roleRows))
    .onConflict((conflict) => conflict.columns(['procedure_code', 'role', 'part']).doNothing())
    .execute();
};
