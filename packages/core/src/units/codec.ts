/**
 * The compact record format of `data.generated.ts`, shared by the runtime (decoding) and by
 * `scripts/generate-units.ts` (encoding, then decoding again to prove the round trip). Internal: not re-exported.
 *
 * This module has no runtime imports on purpose, so the generator can load it with plain Node type stripping.
 *
 * A record is `<code><tag><name>[~<English short name>]`; records are joined with `|`.
 * - `code`: 2 digits (province) or 5 digits (commune).
 * - `tag`: one letter for the unit type, see {@link TYPE_BY_TAG}.
 * - `name`: the short Vietnamese name (`Ba Đình`); the full name is the type prefix plus the name.
 * - `~English`: only when the English short name is not {@link latinName} of the Vietnamese name
 *   (4 units in the 2026-07 data: Hanoi, Haiphong, Paracel, Spratly).
 */
import type { AdministrativeUnit, AdministrativeUnitType } from '../schemas/administrative-unit.js';

/** Record separator inside a province string. */
export const RECORD_SEPARATOR = '|';
/** Marks an English short name that cannot be derived from the Vietnamese one. */
export const ENGLISH_MARK = '~';

/** One-letter type tags used in the data strings. */
export const TYPE_BY_TAG: Readonly<Record<string, AdministrativeUnitType>> = {
  c: 'city',
  p: 'province',
  w: 'ward',
  x: 'commune',
  s: 'special-zone',
};

/** Vietnamese prefix of the full name, by type (`Phường` + ` ` + `Ba Đình`). */
export const VIETNAMESE_PREFIX: Readonly<Record<AdministrativeUnitType, string>> = {
  city: 'Thành phố',
  province: 'Tỉnh',
  ward: 'Phường',
  commune: 'Xã',
  'special-zone': 'Đặc khu',
};

/** English type word of the full English name, as the source spells it. */
export const ENGLISH_TYPE: Readonly<Record<AdministrativeUnitType, string>> = {
  city: 'City',
  province: 'Province',
  ward: 'Ward',
  commune: 'Commune',
  'special-zone': 'Special administrative region',
};

const MARKS = /[\u0300-\u036f]/g;

/**
 * The Latin-alphabet spelling of a Vietnamese name, case preserved: tone and vowel marks dropped, `đ`/`Đ` → `d`/`D`.
 * This is how the source derives English names (`Ba Đình` → `Ba Dinh`).
 */
export function latinName(name: string): string {
  return name.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * The full English name: `<name> <Type>` (`Ba Dinh Ward`), but `<Type> <name>` when the name holds a number
 * (`Ward Ha Giang 1`, `Commune A Luoi 2`), as the source does.
 */
export function englishFullName(nameEn: string, type: AdministrativeUnitType): string {
  return /\d/.test(nameEn) ? `${ENGLISH_TYPE[type]} ${nameEn}` : `${nameEn} ${ENGLISH_TYPE[type]}`;
}

const OLD_STYLE_OA_OE = /([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g;
const OLD_STYLE_UY = /([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g;

/**
 * Spelling as written, for "exactly as typed" comparisons: NFC, lower case, single spaces, and one tone-mark
 * placement for `oa`/`oe`/`uy` (`Hòa` and `Hoà`, `Thủy` and `Thuỷ` are the same spelling in two styles).
 */
export function spellingKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_STYLE_OA_OE, '$1$3$2')
    .replace(OLD_STYLE_UY, '$1$3$2')
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/** Splits a record into code, tag and the rest; the code is the leading run of digits. */
function splitRecord(record: string): { code: string; tag: string; rest: string } {
  let i = 0;
  while (i < record.length && record.charCodeAt(i) >= 48 && record.charCodeAt(i) <= 57) i++;
  return { code: record.slice(0, i), tag: record.charAt(i), rest: record.slice(i + 1) };
}

/** Decodes one current-unit record into a frozen {@link AdministrativeUnit}. */
export function decodeUnit(record: string, provinceCode?: string): AdministrativeUnit {
  const { code, tag, rest } = splitRecord(record);
  const type = TYPE_BY_TAG[tag];
  if (type === undefined) throw new Error(`Unknown unit tag '${tag}' in record '${record}'`);
  const mark = rest.indexOf(ENGLISH_MARK);
  const name = mark < 0 ? rest : rest.slice(0, mark);
  const nameEn = mark < 0 ? latinName(name) : rest.slice(mark + 1);
  const unit: AdministrativeUnit = {
    code,
    level: provinceCode === undefined ? 'province' : 'commune',
    type,
    name,
    fullName: `${VIETNAMESE_PREFIX[type]} ${name}`,
    fullNameEn: englishFullName(nameEn, type),
  };
  if (provinceCode !== undefined) unit.provinceCode = provinceCode;
  return Object.freeze(unit);
}

/** Encodes one unit as a record (the inverse of {@link decodeUnit}). */
export function encodeUnit(code: string, type: AdministrativeUnitType, name: string, nameEn: string): string {
  const tag = Object.keys(TYPE_BY_TAG).find((key) => TYPE_BY_TAG[key] === type);
  if (tag === undefined) throw new Error(`No tag for unit type '${type}'`);
  return `${code}${tag}${name}${nameEn === latinName(name) ? '' : `${ENGLISH_MARK}${nameEn}`}`;
}
