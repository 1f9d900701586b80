import * as z from 'zod/mini';
import { CitizenIdSchema, PhoneNumberSchema } from '../identifiers/schemas.js';
import { CommuneCodeSchema, ProvinceCodeSchema } from './administrative-unit.js';
import { PartialDateSchema } from './dates.js';

/**
 * Gender as the population registry and VNeID record it.
 *
 * @example
 * z.parse(GenderSchema, 'female')
 */
export const GenderSchema = z.enum(['male', 'female']);
export type Gender = z.infer<typeof GenderSchema>;

/**
 * A place or address as a registry holds it: always its text, with unit codes when the registry has them.
 * Codes are optional because old records (birth places, hometowns) name the 63 pre-2025 provinces or places
 * abroad, which have no current code; when present they may be old codes — map them with
 * `@motcua/core/units/legacy`.
 *
 * @example
 * const hometown: RegisteredPlace = { text: 'Xã Phù Đổng, huyện Gia Lâm, Hà Nội', provinceCode: '01' };
 */
export const RegisteredPlaceSchema = z.object({
  text: z.string().check(z.minLength(1)),
  provinceCode: z.optional(ProvinceCodeSchema),
  communeCode: z.optional(CommuneCodeSchema),
  /** House number, street, hamlet, when the registry splits it out. */
  street: z.optional(z.string()),
});
export type RegisteredPlace = z.infer<typeof RegisteredPlaceSchema>;

/**
 * A National Population Database answer about one citizen, as the provincial data-sharing platform relays
 * it (queried by ID number, name and birth year). Data the State holds is prefilled, never asked again.
 *
 * @example
 * const record: CitizenRecord = {
 *   citizenId: '001087123456', fullName: 'Nguyễn Văn An', birthDate: '1987-03-15', gender: 'male',
 *   birthPlace: { text: 'Hà Nội', provinceCode: '01' }, hometown: { text: 'Gia Lâm, Hà Nội', provinceCode: '01' },
 *   permanentAddress: { text: 'Số 1 phố Điện Biên Phủ, phường Ba Đình, Hà Nội', provinceCode: '01', communeCode: '00004' },
 * };
 */
export const CitizenRecordSchema = z.object({
  citizenId: CitizenIdSchema,
  fullName: z.string().check(z.minLength(1)),
  /** Partial for citizens whose day or month of birth was never recorded. */
  birthDate: PartialDateSchema,
  gender: GenderSchema,
  birthPlace: z.optional(RegisteredPlaceSchema),
  /** Quê quán. */
  hometown: z.optional(RegisteredPlaceSchema),
  /** Nơi thường trú. */
  permanentAddress: z.optional(RegisteredPlaceSchema),
  /** Nơi ở hiện tại. */
  currentAddress: z.optional(RegisteredPlaceSchema),
  ethnicity: z.optional(z.string()),
  religion: z.optional(z.string()),
  nationality: z.optional(z.string()),
});
export type CitizenRecord = z.infer<typeof CitizenRecordSchema>;

/**
 * The claims a citizen's e-ID login (VNeID through the national portal's OpenID Connect) yields, in our
 * names. `assuranceLevel` 2 means a level-2 account (identity verified in person, chip card).
 *
 * @example
 * const claims: IdentityClaims = {
 *   sub: 'vneid|8f14e45f', citizenId: '001087123456', name: 'Nguyễn Văn An', birthdate: '1987-03-15',
 *   gender: 'male', phone: '0912345678', assuranceLevel: 2,
 * };
 */
export const IdentityClaimsSchema = z.object({
  /** The identity provider's subject: stable per citizen, opaque. */
  sub: z.string().check(z.minLength(1)),
  citizenId: CitizenIdSchema,
  name: z.string().check(z.minLength(1)),
  birthdate: z.optional(PartialDateSchema),
  gender: z.optional(GenderSchema),
  phone: z.optional(PhoneNumberSchema),
  email: z.optional(z.email()),
  addresses: z.optional(
    z.object({
      permanent: z.optional(RegisteredPlaceSchema),
      current: z.optional(RegisteredPlaceSchema),
    }),
  ),
  assuranceLevel: z.literal([1, 2]),
});
export type IdentityClaims = z.infer<typeof IdentityClaimsSchema>;
