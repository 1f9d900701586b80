import * as z from 'zod/mini';
import type { MessageKey } from '../messages/messages.js';
import { keyed } from './common.js';

/**
 * Kinds of administrative unit in the two-tier model (since 1 July 2025): province level is a
 * centrally-run city (thành phố trực thuộc trung ương) or a province (tỉnh); commune level is a
 * ward (phường), a commune (xã) or a special zone (đặc khu). There are no districts.
 */
export const AdministrativeUnitTypeSchema = z.enum(['city', 'province', 'ward', 'commune', 'special-zone']);
export type AdministrativeUnitType = z.infer<typeof AdministrativeUnitTypeSchema>;

const digitsCode = (pattern: RegExp, key: MessageKey) => z.string().check(z.regex(pattern, keyed(key)));

/** Province-level unit code: 2 digits (e.g. `01` Hà Nội). */
export const ProvinceCodeSchema = digitsCode(/^\d{2}$/, 'unit.provinceCode');
/** Commune-level unit code: 5 digits (e.g. `00004` Phường Ba Đình). */
export const CommuneCodeSchema = digitsCode(/^\d{5}$/, 'unit.communeCode');

/** Đơn vị hành chính: a current province- or commune-level unit. */
export const AdministrativeUnitSchema = z.object({
  /** 2 digits for a province, 5 for a commune (General Statistics Office codes). */
  code: digitsCode(/^(\d{2}|\d{5})$/, 'unit.code'),
  level: z.enum(['province', 'commune']),
  type: AdministrativeUnitTypeSchema,
  /** Short Vietnamese name, e.g. `Ba Đình`. */
  name: z.string(),
  /** Full Vietnamese name with the unit type, e.g. `Phường Ba Đình`. */
  fullName: z.string(),
  /** English name, e.g. `Ba Dinh Ward`. */
  fullNameEn: z.string(),
  /** For communes, the province they belong to. */
  provinceCode: z.optional(ProvinceCodeSchema),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnitSchema>;
