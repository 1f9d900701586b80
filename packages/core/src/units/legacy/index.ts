/**
 * `@motcua/core/units/legacy`: the administrative units in place before 1 July 2025 — 63 provinces, 10,047 communes
 * and 5 island districts that had no communes — and the current unit(s) each one went to. Old addresses and ID cards
 * still name them daily; {@link resolveLegacyUnit} turns one into today's unit(s).
 *
 * The mapping comes from dvhcvn's 2025-07-01 list, drafted by machine from the merger resolutions and then checked by
 * its authors: treat it as derived data. See {@link legacyDataInfo} and `scripts/generate-units.ts`.
 *
 * @packageDocumentation
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit.js';
import { foldText } from '../../text.js';
import { spellingKey } from '../codec.js';
import { findUnit, provinces, type UnitsDataSource } from '../index.js';
import {
  decodeLegacyRecord,
  LEGACY_LEVEL,
  LEGACY_PREFIX,
  LEGACY_RECORD_SEPARATOR,
  type LegacyMergeType,
  type LegacyUnitLevel,
  type LegacyUnitType,
} from './codec.js';
import { FORMER_NAMES, LEGACY_DATA_INFO, OLD_PROVINCE_RECORDS, OLD_UNIT_RECORDS } from './data.generated.js';

export type { UnitsDataSource } from '../index.js';
export type { LegacyMergeType, LegacyUnitLevel, LegacyUnitType } from './codec.js';

/** A unit as it was before 1 July 2025. */
export interface LegacyUnit {
  /** Old code: 2 digits (province), 3 (district), 5 (commune). Not comparable with current codes. */
  readonly code: string;
  readonly level: LegacyUnitLevel;
  readonly type: LegacyUnitType;
  /** Short name, e.g. `Cống Vị`. */
  readonly name: string;
  /** Full name with the unit type, e.g. `Phường Cống Vị`. */
  readonly fullName: string;
  /** For districts and communes: the old province's code (e.g. `01`). */
  readonly provinceCode?: string;
}

/** A current unit an old unit went to. */
export interface LegacyTarget {
  /** The current unit. */
  readonly unit: AdministrativeUnit;
  /** `full`: the whole old unit went here; `partial`: only part of it (the rest went to the other targets). */
  readonly merge: LegacyMergeType;
}

/** One old unit and where it went. */
export interface LegacyMapping {
  /** The old unit. */
  readonly old: LegacyUnit;
  /** For districts and communes, the old province they belonged to (for display and disambiguation). */
  readonly oldProvince?: LegacyUnit;
  /** The current unit(s) it went to: one `full` target, or two or more `partial` ones. */
  readonly targets: readonly LegacyTarget[];
}

/** What {@link resolveLegacyUnit} found. */
export interface LegacyResolution {
  /** Whether the input was read as a code or as a name. */
  readonly matchedBy: 'code' | 'name';
  /**
   * The matching old units, at least one: provinces first, then districts, then communes; within a level, units
   * spelled exactly as typed (diacritics included) first, then by old code. More than one only for a name shared by
   * several old units: names match without diacritics, and many old communes share a name.
   */
  readonly matches: readonly LegacyMapping[];
  /** `matches.length > 1`: ask the user, or pass a `province` hint. */
  readonly ambiguous: boolean;
}

/** Options of {@link resolveLegacyUnit}. */
export interface ResolveLegacyOptions {
  /**
   * Keeps only old units of this province. Give the old province (code `'60'` or name `'Bình Thuận'`, `'Tỉnh Bình
   * Thuận'`) as written on the old address, or the current province (`'68'`, `'Lâm Đồng'`): a unit is kept when
   * either its old province or the province of one of its targets matches. Names are diacritic-insensitive.
   */
  province?: string;
  /** Keeps only old units of this level. */
  level?: LegacyUnitLevel;
}

/** Provenance of the legacy mapping. */
export interface LegacyDataInfo {
  /** Date (ISO 8601) the mapping took effect: `2025-07-01`. */
  readonly reorganisationDate: string;
  /** Old provinces (63). */
  readonly provinceCount: number;
  /** Old island districts without communes, mapped to today's special zones (5). */
  readonly districtCount: number;
  /** Old communes: wards, communes and townships (10,047). */
  readonly communeCount: number;
  /** Where the data comes from, with commits. */
  readonly sources: readonly UnitsDataSource[];
  /** Current codes on which the sources disagree, mapped to the code targets use (see `@motcua/core/units`). */
  readonly codeAliases: Readonly<Record<string, string>>;
  /** Command that regenerates the data. */
  readonly generatedBy: string;
}

/**
 * Provenance of the legacy mapping: source, commit, counts.
 *
 * @example
 * legacyDataInfo.communeCount // 10047
 * legacyDataInfo.sources[0]?.repository // 'https://github.com/dvhcvn/20250701'
 */
export const legacyDataInfo: LegacyDataInfo = /* @__PURE__ */ Object.freeze({
  ...LEGACY_DATA_INFO,
  sources: Object.freeze(
    LEGACY_DATA_INFO.sources.map((source) =>
      Object.freeze({ ...source, files: Object.freeze([...source.files]) }),
    ),
  ),
  codeAliases: Object.freeze({ ...LEGACY_DATA_INFO.codeAliases }),
});

interface LegacyEntry {
  readonly mapping: LegacyMapping;
  /** Folded names of the old province (with former names), for the `province` hint. */
  readonly provinceKeys: readonly string[];
}

interface LegacyIndex {
  readonly byCode: ReadonlyMap<string, LegacyEntry>;
  /** Folded short name → entries (a name may be shared). */
  readonly byName: ReadonlyMap<string, readonly LegacyEntry[]>;
}

const LEVEL_RANK: Readonly<Record<LegacyUnitLevel, number>> = { province: 0, district: 1, commune: 2 };

/**
 * Type words an old address may start with, folded, and the types they denote. Abbreviations are the usual ones on
 * forms (`TP.`, `P.`, `X.`, `TT.`).
 */
const TYPE_WORDS: ReadonlyArray<readonly [string, readonly LegacyUnitType[]]> = [
  ['thanh pho', ['city']],
  ['tp', ['city']],
  ['tinh', ['province']],
  ['huyen', ['district']],
  ['phuong', ['ward']],
  ['p', ['ward']],
  ['xa', ['commune']],
  ['x', ['commune']],
  ['thi tran', ['township']],
  ['tt', ['township']],
];

/** Folds for matching: no case, marks, `đ`; apostrophes dropped; other punctuation → space. */
function nameKey(text: string): string {
  return foldText(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

let legacyIndex: LegacyIndex | undefined;

/** A unit's name and, for the few old provinces that have some, its former names. */
function namesOf(unit: LegacyUnit): string[] {
  return [unit.name, ...(Object.hasOwn(FORMER_NAMES, unit.code) ? (FORMER_NAMES[unit.code] ?? []) : [])];
}

function buildLegacyIndex(): LegacyIndex {
  const byCode = new Map<string, LegacyEntry>();
  const byName = new Map<string, LegacyEntry[]>();
  const add = (record: string, province?: LegacyUnit): LegacyUnit => {
    const decoded = decodeLegacyRecord(record);
    const old: LegacyUnit = Object.freeze({
      code: decoded.code,
      level: LEGACY_LEVEL[decoded.type],
      type: decoded.type,
      name: decoded.name,
      fullName: `${LEGACY_PREFIX[decoded.type]} ${decoded.name}`,
      ...(province ? { provinceCode: province.code } : {}),
    });
    const targets = Object.freeze(
      decoded.targets.map((target) => {
        const unit = findUnit(target.code);
        if (unit === undefined) throw new Error(`Legacy data names unknown unit ${target.code}`);
        return Object.freeze({ unit, merge: target.merge });
      }),
    );
    const mapping: LegacyMapping = Object.freeze(
      province ? { old, oldProvince: province, targets } : { old, targets },
    );
    const provinceKeys = namesOf(province ?? old).map(nameKey);
    const entry: LegacyEntry = { mapping, provinceKeys };
    byCode.set(old.code, entry);
    for (const name of province ? [old.name] : namesOf(old)) {
      const key = nameKey(name);
      const list = byName.get(key);
      if (list) list.push(entry);
      else byName.set(key, [entry]);
    }
    return old;
  };
  OLD_PROVINCE_RECORDS.split(LEGACY_RECORD_SEPARATOR).forEach((provinceRecord, index) => {
    const province = add(provinceRecord);
    const records = OLD_UNIT_RECORDS[index];
    if (records) for (const record of records.split(LEGACY_RECORD_SEPARATOR)) add(record, province);
  });
  return { byCode, byName };
}

/** Does the hint name this entry's old province, or the current province of one of its targets? */
function matchesProvince(entry: LegacyEntry, hint: string, hintKey: string): boolean {
  const { mapping } = entry;
  const oldProvince = mapping.oldProvince ?? mapping.old;
  if (oldProvince.code === hint || entry.provinceKeys.includes(hintKey)) return true;
  return mapping.targets.some((target) => {
    const code = target.unit.provinceCode ?? target.unit.code;
    if (code === hint) return true;
    const current = provinces.find((province) => province.code === code);
    return (
      current !== undefined && (nameKey(current.name) === hintKey || nameKey(current.fullName) === hintKey)
    );
  });
}

/**
 * Resolves a pre-2025 province, district or commune — by old code or by name — to the current unit(s) it went to.
 *
 * - By code (any input made of digits): 2 digits for an old province, 5 for an old commune (3 for the 5 island
 *   districts). Old codes are their own namespace: `'00007'` here is the old Phường Cống Vị, whatever
 *   `findUnit('00007')` says. Numbered wards are found by full name: `'Phường 1'`, not `'1'`.
 * - By name, ignoring case, diacritics and punctuation: the short name (`'Cống Vị'`) or the full name
 *   (`'Phường Cống Vị'`, also `'P. Cống Vị'`, `'TP Hồ Chí Minh'`, `'TT. Mường Chà'`); a type word restricts the match
 *   to that type. `'Thừa Thiên Huế'`, the name on most pre-2025 ID cards, finds the old Thành phố Huế. Many old
 *   communes share a name: then every one is returned, provinces first, and `ambiguous` is true — narrow with
 *   `options.province` (old or current province, code or name) or `options.level`.
 *
 * Each match lists its targets: one `full` target when the whole old unit went to one current unit, or several
 * `partial` ones when it was split. Never throws; returns `null` when nothing matches (including when a `province`
 * hint rules out every match).
 *
 * @param codeOrName - old code or name.
 * @param options - `province` hint and `level` filter.
 * @example
 * resolveLegacyUnit('Bình Thuận', { level: 'province' })?.matches[0]?.targets[0]?.unit.fullName // 'Tỉnh Lâm Đồng'
 * resolveLegacyUnit('00007')?.matches[0]?.targets.map((t) => `${t.unit.code} ${t.merge}`) // ['00008 partial', '00025 partial']
 * resolveLegacyUnit('Tân Thành')?.matches.length // 51 (34 Tân Thành first, then 17 Tân Thanh): ambiguous
 * resolveLegacyUnit('Tân Thành', { province: 'Hà Giang' })?.matches[0]?.targets[0]?.unit.fullName // 'Xã Tân Quang'
 */
export function resolveLegacyUnit(
  codeOrName: string,
  options?: ResolveLegacyOptions,
): LegacyResolution | null {
  if (typeof codeOrName !== 'string' || codeOrName.length > 200) return null;
  const input = codeOrName.trim();
  if (input === '') return null;
  const { province, level } = options ?? {};
  legacyIndex ??= buildLegacyIndex();
  const index = legacyIndex;

  let matchedBy: LegacyResolution['matchedBy'];
  let entries: readonly LegacyEntry[];
  if (/^\d+$/.test(input)) {
    matchedBy = 'code';
    const entry = index.byCode.get(input);
    entries = entry ? [entry] : [];
  } else {
    matchedBy = 'name';
    const key = nameKey(input);
    const found = new Set(index.byName.get(key));
    for (const [word, types] of TYPE_WORDS) {
      if (!key.startsWith(`${word} `)) continue;
      for (const entry of index.byName.get(key.slice(word.length + 1)) ?? []) {
        if (types.includes(entry.mapping.old.type)) found.add(entry);
      }
    }
    entries = [...found];
  }

  if (level !== undefined) entries = entries.filter((entry) => entry.mapping.old.level === level);
  if (province !== undefined) {
    const hint = typeof province === 'string' ? province.trim() : '';
    const hintKey = nameKey(hint);
    const hintName = TYPE_WORDS.reduce(
      (name, [word]) => (name.startsWith(`${word} `) ? name.slice(word.length + 1) : name),
      hintKey,
    );
    entries = entries.filter((entry) => hint !== '' && matchesProvince(entry, hint, hintName));
  }
  if (entries.length === 0) return null;

  // Units spelled exactly as typed (diacritics included) first within a level: 'Tân Thành' before 'Tân Thanh'.
  const typed = spellingKey(input);
  const matches = entries
    .map(({ mapping: { old } }, i) => ({
      i,
      old,
      asTyped: spellingKey(old.name) === typed || spellingKey(old.fullName) === typed ? 0 : 1,
    }))
    .sort(
      (x, y) =>
        LEVEL_RANK[x.old.level] - LEVEL_RANK[y.old.level] ||
        x.asTyped - y.asTyped ||
        (x.old.code < y.old.code ? -1 : x.old.code > y.old.code ? 1 : 0),
    )
    .map(({ i }) => (entries[i] as LegacyEntry).mapping);
  return Object.freeze({ matchedBy, matches: Object.freeze(matches), ambiguous: matches.length > 1 });
}
