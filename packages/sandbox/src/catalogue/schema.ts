/**
 * The catalogue's tables: the national procedure database (thủ tục hành chính) and the agencies (cơ quan) that
 * carry procedures out. Declared here, next to the migration, so any importer of the repository gets the types.
 */
import type { JsonText } from '../db/schema.js';

/** One published procedure: the filter columns, and the national record itself as JSON (core's `Procedure`). */
export interface ProcedureTable {
  /** National code, e.g. `1.001193`. */
  code: string;
  /** Catalogue order (by field, as the seed lists them): the stable order of every listing. */
  position: number;
  name: string;
  /** `foldText(name + ' ' + code)`: diacritic- and case-insensitive search. */
  search_text: string;
  field_code: string;
  field_name: string;
  implementing_level: 'ministry' | 'province' | 'commune';
  online_level: 'full' | 'partial' | 'none';
  /** `form_spec.id` of its e-form, when it has one. */
  form_spec_id: string | null;
  /** The national record (`Procedure`, `agencies: []`): a national record names tiers, not agencies. */
  document: JsonText;
}

/**
 * Which kind of agency plays which part in a procedure (`communeCommittee` implementing, `police` deciding…).
 * The concrete agencies depend on where a dossier is filed, so they are resolved through `agencies.role`
 * rather than listed: a commune-level procedure is carried out by each of the 418 seeded communes' committees.
 */
export interface ProcedureAgencyRoleTable {
  procedure_code: string;
  /** The sandbox's agency role (seed-data `AgencyRole`). */
  role: string;
  /** `implementing`, `deciding`, `coordinating`… (core's `ProcedureAgencyRole`). */
  part: string;
  /** The order the procedure names them in. */
  position: number;
}

/** One agency: filter columns, and core's `Agency` as JSON. */
export interface AgencyTable {
  /** QCVN 102:2016 code, e.g. `000.00.02.H26`. */
  code: string;
  position: number;
  name: string;
  /** `foldText(name + ' ' + nameEn + ' ' + code)`. */
  search_text: string;
  kind: string;
  /** The sandbox's agency role (`justice`, `communeCommittee`…), `null` for an agency playing none. */
  role: string | null;
  province_code: string;
  commune_code: string | null;
  parent_code: string | null;
  document: JsonText;
}

declare module '../db/schema.js' {
  interface Database {
    procedures: ProcedureTable;
    procedure_agency_roles: ProcedureAgencyRoleTable;
    agencies: AgencyTable;
  }
}
