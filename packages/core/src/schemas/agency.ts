import * as z from 'zod/mini';
import { AgencyCodeSchema } from '../identifiers/schemas.js';
import { CommuneCodeSchema, ProvinceCodeSchema } from './administrative-unit.js';
import { openEnum } from './common.js';

/**
 * Kinds of agency. Open: ministries and provinces name their units in many ways, and a reorganisation can
 * add kinds overnight (2025 removed the district level).
 *
 * @example
 * z.parse(AgencyKindSchema, 'serviceCentre')
 */
export const AgencyKindSchema = openEnum([
  'ministry',
  'ministryDepartment',
  'provincialCommittee',
  'department',
  'communeCommittee',
  'serviceCentre',
  'police',
  'other',
]);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

/**
 * Cơ quan: an agency that receives, processes or decides on dossiers.
 *
 * @example
 * const agency: Agency = {
 *   code: '000.00.14.H56', name: 'Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng', kind: 'serviceCentre',
 *   provinceCode: '68',
 * };
 */
export const AgencySchema = z.object({
  code: AgencyCodeSchema,
  name: z.string().check(z.minLength(1)),
  nameEn: z.optional(z.string()),
  kind: AgencyKindSchema,
  provinceCode: ProvinceCodeSchema,
  /** For commune-level agencies. */
  communeCode: z.optional(CommuneCodeSchema),
  /** The agency this one belongs to (a department's provincial committee). */
  parentCode: z.optional(AgencyCodeSchema),
  address: z.optional(z.string()),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
});
export type Agency = z.infer<typeof AgencySchema>;

/**
 * How a dossier or procedure names an agency: its code and its name at the time, so a renamed or merged
 * agency does not rewrite history.
 *
 * @example
 * const ref: AgencyRef = { code: '000.00.14.H56', name: 'UBND phường Ba Đình' };
 */
export const AgencyRefSchema = z.object({ code: AgencyCodeSchema, name: z.string().check(z.minLength(1)) });
export type AgencyRef = z.infer<typeof AgencyRefSchema>;
