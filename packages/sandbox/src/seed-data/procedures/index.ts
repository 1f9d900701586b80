/**
 * The seed procedure catalogue: 31 common procedures, one file per field (lĩnh vực), spread over commune and
 * province levels. See each file's header for what is real and what is illustrative.
 */
import type { Procedure, ProcedureAgency } from '@motcua/core';
import { findUnit } from '@motcua/core/units';
import { agencyForRole, PROVINCE_LEVEL1_CODES, type SeedProvinceCode } from '../agencies.js';
import { businessProcedures } from './business.js';
import type { SeedProcedure } from './catalogue.js';
import { civilStatusProcedures } from './civil-status.js';
import { educationProcedures } from './education.js';
import { healthProcedures } from './health.js';
import { justiceProcedures } from './justice.js';
import { landConstructionProcedures } from './land-construction.js';
import { residenceProcedures } from './residence.js';
import { roadTrafficProcedures } from './road-traffic.js';
import { socialProcedures } from './social.js';

export {
  ACCEPTED_TYPES,
  type CodeProvenance,
  FIELDS,
  LAW,
  MAX_FILE_BYTES,
  type SeedProcedure,
  TEMPLATE_BASE_URL,
} from './catalogue.js';

/** Every seed procedure with its seed-only annotations (agency roles, provenance). */
export const seedProcedureCatalogue: readonly SeedProcedure[] = Object.freeze([
  ...civilStatusProcedures,
  ...residenceProcedures,
  ...justiceProcedures,
  ...businessProcedures,
  ...landConstructionProcedures,
  ...socialProcedures,
  ...educationProcedures,
  ...healthProcedures,
  ...roadTrafficProcedures,
]);

/** The national record alone, as core's `Procedure` (the seed-only annotations removed). */
export function toProcedure(seed: SeedProcedure): Procedure {
  const { agencyRoles: _roles, codeProvenance: _code, provenance: _provenance, ...procedure } = seed;
  return procedure;
}

/**
 * The catalogue as the national procedure database publishes it. `agencies` is empty: a national record names
 * tiers, not agencies; {@link localProcedure} fills them in for a place.
 */
export const seedProcedures: readonly Procedure[] = Object.freeze(seedProcedureCatalogue.map(toProcedure));

const byCode = new Map(seedProcedureCatalogue.map((procedure) => [procedure.code, procedure]));

/**
 * A seed procedure by national code.
 *
 * @example
 * seedProcedureByCode('1.001193')?.name // 'Thủ tục đăng ký khai sinh'
 */
export function seedProcedureByCode(code: string): SeedProcedure | undefined {
  return byCode.get(code);
}

/**
 * The agencies that carry a procedure out for a dossier filed about a place: the commune's committee or police
 * for commune-level roles, the province's bodies otherwise. Needs a commune for commune-level roles; roles that
 * cannot be resolved are left out.
 *
 * @example
 * procedureAgencies(seedProcedureByCode('1.001193')!, { communeCode: '00004' })
 * // [{ code: '001.00.00.H26', name: 'Ủy ban nhân dân phường Ba Đình', role: 'implementing' }, …]
 */
export function procedureAgencies(
  procedure: SeedProcedure,
  where: { provinceCode?: string; communeCode?: string },
): ProcedureAgency[] {
  const agencies: ProcedureAgency[] = [];
  for (const { role, part } of procedure.agencyRoles) {
    const agency = agencyForRole(role, where);
    if (agency) agencies.push({ code: agency.code, name: agency.name, role: part });
  }
  return agencies;
}

/**
 * A province's published version of a national procedure: the local code (`<national>.<committee code>`, as
 * in `1.000494.000.00.00.H29`) and the agencies resolved for the place. `undefined` for an unknown procedure
 * or a place outside the seeded provinces.
 *
 * @example
 * localProcedure('2.000815', { communeCode: '26740' })?.code // '2.000815.000.00.00.H29'
 */
export function localProcedure(
  code: string,
  where: { provinceCode?: string; communeCode?: string },
): Procedure | undefined {
  const seed = byCode.get(code);
  const provinceCode =
    where.provinceCode ?? (where.communeCode ? findUnit(where.communeCode)?.provinceCode : undefined);
  const level1 = provinceCode ? PROVINCE_LEVEL1_CODES[provinceCode as SeedProvinceCode] : undefined;
  if (!seed || !level1) return undefined;
  return {
    ...toProcedure(seed),
    code: `${seed.code}.000.00.00.${level1}`,
    agencies: procedureAgencies(seed, { ...where, provinceCode }),
  };
}
