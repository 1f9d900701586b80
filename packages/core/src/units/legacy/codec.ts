/**
 * The compact record format of `legacy/data.generated.ts`, shared by the runtime and `scripts/generate-units.ts`.
 * Internal: not re-exported. No runtime imports, so the generator can load it with plain Node type stripping.
 *
 * A record is `<old code><tag><old short name>><target>[,<target>…]`, records joined with `|`;
 * a target is a current unit code, followed by `~` when only part of the old unit went there (`partial`).
 * Example: `00007wCống Vị>00008~,00025~` — old Phường Cống Vị was split between 00008 and 00025.
 */

/** Kinds of pre-2025 unit that appear in the mapping. */
export type LegacyUnitType = 'city' | 'province' | 'district' | 'ward' | 'commune' | 'township';
/** Level of a pre-2025 unit: the 63 provinces, 5 island districts without communes, the 10,047 communes. */
export type LegacyUnitLevel = 'province' | 'district' | 'commune';
/** Whether all of an old unit went to a current unit (`full`) or only part of it (`partial`). */
export type LegacyMergeType = 'full' | 'partial';

export const LEGACY_RECORD_SEPARATOR = '|';
export const TARGETS_MARK = '>';
export const TARGET_SEPARATOR = ',';
export const PARTIAL_MARK = '~';

/** One-letter type tags used in the legacy data strings. */
export const LEGACY_TYPE_BY_TAG: Readonly<Record<string, LegacyUnitType>> = {
  c: 'city',
  p: 'province',
  h: 'district',
  w: 'ward',
  x: 'commune',
  t: 'township',
};

/** Vietnamese prefix of the full name, by type (`Thị trấn` + ` ` + `Mường Chà`). */
export const LEGACY_PREFIX: Readonly<Record<LegacyUnitType, string>> = {
  city: 'Thành phố',
  province: 'Tỉnh',
  district: 'Huyện',
  ward: 'Phường',
  commune: 'Xã',
  township: 'Thị trấn',
};

/** Level of each legacy unit type. */
export const LEGACY_LEVEL: Readonly<Record<LegacyUnitType, LegacyUnitLevel>> = {
  city: 'province',
  province: 'province',
  district: 'district',
  ward: 'commune',
  commune: 'commune',
  township: 'commune',
};

/** A decoded legacy record, before target codes are resolved to current units. */
export interface LegacyRecord {
  code: string;
  type: LegacyUnitType;
  name: string;
  targets: ReadonlyArray<{ code: string; merge: LegacyMergeType }>;
}

/** Decodes one legacy record. */
export function decodeLegacyRecord(record: string): LegacyRecord {
  let i = 0;
  while (i < record.length && record.charCodeAt(i) >= 48 && record.charCodeAt(i) <= 57) i++;
  const type = LEGACY_TYPE_BY_TAG[record.charAt(i)];
  const arrow = record.lastIndexOf(TARGETS_MARK);
  if (type === undefined || arrow < 0) throw new Error(`Malformed legacy record '${record}'`);
  return {
    code: record.slice(0, i),
    type,
    name: record.slice(i + 1, arrow),
    targets: record
      .slice(arrow + 1)
      .split(TARGET_SEPARATOR)
      .map((target) =>
        target.endsWith(PARTIAL_MARK)
          ? { code: target.slice(0, -1), merge: 'partial' as const }
          : { code: target, merge: 'full' as const },
      ),
  };
}

/** Encodes one legacy record (the inverse of {@link decodeLegacyRecord}). */
export function encodeLegacyRecord(record: LegacyRecord): string {
  const tag = Object.keys(LEGACY_TYPE_BY_TAG).find((key) => LEGACY_TYPE_BY_TAG[key] === record.type);
  if (tag === undefined) throw new Error(`No tag for legacy unit type '${record.type}'`);
  const targets = record.targets.map((t) => (t.merge === 'partial' ? `${t.code}${PARTIAL_MARK}` : t.code));
  return `${record.code}${tag}${record.name}${TARGETS_MARK}${targets.join(TARGET_SEPARATOR)}`;
}
