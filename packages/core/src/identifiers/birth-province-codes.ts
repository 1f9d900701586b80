/**
 * The 63 province codes that open a citizen ID number (mã tỉnh nơi đăng ký khai sinh, Circular 07/2016/TT-BCA,
 * annex I): `0` + the 2-digit code of a province as it was BEFORE the 2025 reorganisation. The 34 current
 * province codes are all among these, so the table holds whichever of the two schemes a new number uses.
 *
 * Open: Decree 137/2015/NĐ-CP also lets the first 3 digits be a "mã quốc gia" for citizens whose birth was
 * registered abroad; that country table was not found, so such numbers are refused until it is added here.
 */
const OLD_PROVINCE_CODES =
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 ' +
  '56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96';

/** 3-digit codes as they appear in a citizen ID number, e.g. `'001'` for Hà Nội. */
export const BIRTH_PROVINCE_CODES: ReadonlySet<string> = new Set(
  OLD_PROVINCE_CODES.split(' ').map((code) => `0${code}`),
);
