import * as z from 'zod/mini';
import { CommuneCodeSchema, ProvinceCodeSchema } from './administrative-unit.js';
import { lineText } from './common.js';

const addressShape = {
  /** Current (post-2025) province code, 2 digits. */
  provinceCode: ProvinceCodeSchema,
  /** Current commune, ward or special-zone code, 5 digits. */
  communeCode: CommuneCodeSchema,
  /** House number, street, hamlet (số nhà, đường, thôn/tổ): what the unit codes do not say. */
  street: lineText(300),
};

/**
 * A Vietnamese address in the two-tier units: province, commune, then the street part. Only the code
 * formats are checked here: whether the commune lies in the province needs the unit data, which lives behind
 * `@motcua/core/units` so this entry stays small.
 *
 * @example
 * const home: Address = { provinceCode: '01', communeCode: '00004', street: 'Số 1 phố Điện Biên Phủ' };
 */
export const AddressSchema = z.object(addressShape);
export type Address = z.infer<typeof AddressSchema>;

/**
 * An address as a client sends it: unknown fields refused, text normalised.
 *
 * @example
 * z.parse(AddressInputSchema, { provinceCode: '01', communeCode: '00004', street: ' Số 1  phố Điện Biên Phủ ' })
 */
export const AddressInputSchema = z.strictObject(addressShape);
export type AddressInput = z.infer<typeof AddressInputSchema>;
