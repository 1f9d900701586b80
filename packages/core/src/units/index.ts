/**
 * `@motcua/core/units`: Viet Nam's current administrative units — 34 provinces and 3,321 communes of the two-tier
 * government in place since 1 July 2025 — with lookup by code and a diacritic-insensitive search.
 *
 * Data is compiled into the bundle (no I/O) from the sources listed in {@link unitsDataInfo}; see
 * `scripts/generate-units.ts`. Importing is cheap: only the 34 provinces are decoded at import; communes are
 * decoded on first use and the search index is built on the first search. Every unit object is frozen and cached,
 * so the same code always yields the same object.
 *
 * For addresses that still name the 63 old provinces and their communes, see `@motcua/core/units/legacy`.
 *
 * @packageDocumentation
 */
import type { AdministrativeUnit } from '../schemas/administrative-unit.js';
import { compareVietnamese, foldText } from '../text.js';
import { decodeUnit, ENGLISH_TYPE, RECORD_SEPARATOR, spellingKey, VIETNAMESE_PREFIX } from './codec.js';
import { COMMUNE_RECORDS, PROVINCE_RECORDS, UNITS_DATA_INFO } from './data.generated.js';

export type { AdministrativeUnit, AdministrativeUnitType } from '../schemas/administrative-unit.js';

/** A data source the unit list was generated from. */
export interface UnitsDataSource {
  /** Project name, e.g. `vietnamese-provinces-database`. */
  readonly name: string;
  /** Repository URL. */
  readonly repository: string;
  /** Commit the data was taken from (abbreviated hash). */
  readonly commit: string;
  /** Licence of the source (both are MIT; credits in the package's NOTICE file). */
  readonly license: string;
  /** Copyright line of the source's licence. */
  readonly copyright: string;
  /** Files of the source that were read. */
  readonly files: readonly string[];
}

/** Provenance of the bundled unit list. */
export interface UnitsDataInfo {
  /** Date (ISO 8601) the list is valid for: the date of the source snapshot, e.g. `2026-07-25`. */
  readonly effectiveDate: string;
  /** Date (ISO 8601) the two-tier reorganisation took effect: `2025-07-01`. */
  readonly reorganisationDate: string;
  /** Number of provinces (34). */
  readonly provinceCount: number;
  /** Number of communes: wards, communes and special zones (3,321). */
  readonly communeCount: number;
  /** Where the data comes from, with commits. */
  readonly sources: readonly UnitsDataSource[];
  /**
   * Codes on which the sources disagree, mapped to the code shipped: `{ '06978': '06970', '23737': '23938' }`.
   * {@link findUnit} accepts them. Why each code was chosen is documented in `data.generated.ts`.
   */
  readonly codeAliases: Readonly<Record<string, string>>;
  /** Command that regenerates the data. */
  readonly generatedBy: string;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Provenance of the bundled data: sources, commits, the date the list is valid for, and code aliases.
 *
 * @example
 * unitsDataInfo.effectiveDate // '2026-07-25'
 * unitsDataInfo.sources.map((s) => `${s.repository}@${s.commit}`)
 * // ['https://github.com/thanglequoc/vietnamese-provinces-database@cd580632', 'https://github.com/dvhcvn/20250701@dd94887c']
 */
export const unitsDataInfo: UnitsDataInfo = /* @__PURE__ */ deepFreeze(UNITS_DATA_INFO);

const CODE_ALIASES: Readonly<Record<string, string>> = UNITS_DATA_INFO.codeAliases;

function decodeProvinces(): readonly AdministrativeUnit[] {
  return Object.freeze(PROVINCE_RECORDS.split(RECORD_SEPARATOR).map((record) => decodeUnit(record)));
}

/**
 * The 34 provinces and centrally-run cities, sorted by code.
 *
 * @example
 * provinces.length // 34
 * provinces[0] // { code: '01', level: 'province', type: 'city', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', fullNameEn: 'Hanoi City' }
 */
export const provinces: readonly AdministrativeUnit[] = /* @__PURE__ */ decodeProvinces();

const EMPTY: readonly AdministrativeUnit[] = Object.freeze([]);
const communeCache: Array<readonly AdministrativeUnit[] | undefined> = [];
let provinceIndexByCode: Map<string, number> | undefined;
let unitByCode: Map<string, AdministrativeUnit> | undefined;

function provinceIndex(code: string): number | undefined {
  provinceIndexByCode ??= new Map(provinces.map((province, index) => [province.code, index]));
  return provinceIndexByCode.get(code);
}

function communesAt(index: number): readonly AdministrativeUnit[] {
  let communes = communeCache[index];
  if (communes === undefined) {
    const province = provinces[index];
    const records = COMMUNE_RECORDS[index];
    communes =
      province === undefined || !records
        ? EMPTY
        : Object.freeze(records.split(RECORD_SEPARATOR).map((record) => decodeUnit(record, province.code)));
    communeCache[index] = communes;
  }
  return communes;
}

/**
 * The communes (wards, communes and special zones) of a province, sorted by code; an empty array for an unknown code.
 * The array and its units are frozen and cached.
 *
 * @param provinceCode - 2-digit province code, e.g. `'01'` (surrounding whitespace is ignored).
 * @example
 * communesOf('01').length // 126
 * communesOf('01')[0]?.fullName // 'Phường Ba Đình'
 * communesOf('99') // []
 */
export function communesOf(provinceCode: string): readonly AdministrativeUnit[] {
  if (typeof provinceCode !== 'string') return EMPTY;
  const index = provinceIndex(provinceCode.trim());
  return index === undefined ? EMPTY : communesAt(index);
}

/**
 * Finds a province (2-digit code) or commune (5-digit code). Also accepts the codes on which the sources disagree
 * ({@link UnitsDataInfo.codeAliases}), returning the unit under the code we ship: `findUnit('06978')` is Xã Ba Chẽ
 * `06970`. Codes are not padded: `'4'` is not `'04'`. Pre-2025 codes are a different namespace: resolve them with
 * `resolveLegacyUnit` from `@motcua/core/units/legacy`.
 *
 * @param code - 2- or 5-digit code (surrounding whitespace is ignored).
 * @returns the frozen unit, or `undefined` when no current unit has this code.
 * @example
 * findUnit('79')?.fullName // 'Thành phố Hồ Chí Minh'
 * findUnit('00004')?.fullName // 'Phường Ba Đình'
 * findUnit('23737')?.code // '23938' (Xã Ia Mơ, alias)
 * findUnit('xyz') // undefined
 */
export function findUnit(code: string): AdministrativeUnit | undefined {
  if (typeof code !== 'string') return undefined;
  let key = code.trim();
  if (Object.hasOwn(CODE_ALIASES, key)) key = CODE_ALIASES[key] as string;
  if (key.length === 2) {
    const index = provinceIndex(key);
    return index === undefined ? undefined : provinces[index];
  }
  if (key.length !== 5) return undefined;
  if (unitByCode === undefined) {
    unitByCode = new Map();
    for (let index = 0; index < provinces.length; index++) {
      for (const commune of communesAt(index)) unitByCode.set(commune.code, commune);
    }
  }
  return unitByCode.get(key);
}

// ── Search ─────────────────────────────────────────────────────────────────────────────────────────

/** Options of {@link searchUnits}. */
export interface SearchUnitsOptions {
  /** Only this province and its communes (2-digit code). An unknown code gives no result. */
  provinceCode?: string;
  /** Only provinces, or only communes (wards, communes, special zones). */
  level?: 'province' | 'commune';
  /** Maximum number of results; default 20. `Infinity` for all; zero, negative or `NaN` give no result. */
  limit?: number;
}

/** Match quality, best first. */
const EXACT_AS_TYPED = 0;
const EXACT = 1;
const PREFIX = 2;
const WORD_PREFIX = 3;
const SUBSTRING = 4;
const NO_MATCH = 5;
/** Key separator in the haystack; never produced by {@link searchKey}. */
const SEPARATOR = '|';
const SEPARATOR_CODE = 124;
const SPACE_CODE = 32;
/** No key is longer than this; longer queries cannot match. */
const MAX_QUERY_LENGTH = 200;

interface SearchIndex {
  /** Provinces first (by code), then the communes of each province (by province, then code). */
  readonly units: readonly AdministrativeUnit[];
  /** `|key|key|…|` of each unit: folded name, full name, English names. */
  readonly segments: readonly string[];
  /** `|key|key…` of every unit, concatenated, then `|`: short queries scan it with `indexOf`. */
  readonly haystack: string;
  /** Offset of each unit's segment in the haystack (length units + 1). */
  readonly starts: Int32Array;
  /** Units holding each trigram of their keys (by {@link trigramCode}), ascending: candidates for longer queries. */
  readonly trigrams: ReadonlyArray<readonly number[] | undefined>;
  /** Position of each unit in the tie-break order: provinces first, then Vietnamese collation. */
  readonly order: Int32Array;
  /** Inverse of `order`. */
  readonly unitAtOrder: Int32Array;
  /** Per province (by index in `provinces`): unit index range of its communes. */
  readonly communeRange: ReadonlyArray<readonly [number, number]>;
  /** Scratch: best rank of each unit in the current search (searches are synchronous). */
  readonly best: Uint8Array;
  /** Scratch: positions in the tie-break order picked from a large bucket; all 0 between searches. */
  readonly marked: Uint8Array;
}

/** Folds for matching: no case, marks, `đ`; apostrophes dropped (`Ea H'Leo` → `ea hleo`); other punctuation → space. */
function searchKey(text: string): string {
  return foldText(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** 0–36 for the characters of a search key (space, digits, letters). */
function symbol(code: number): number {
  return code === SPACE_CODE ? 0 : code <= 57 ? code - 47 : code - 86;
}

/** Number of the trigram of `key` at `i`, below 37³. */
function trigramCode(key: string, i: number): number {
  return (
    (symbol(key.charCodeAt(i)) * 37 + symbol(key.charCodeAt(i + 1))) * 37 + symbol(key.charCodeAt(i + 2))
  );
}

let searchIndexCache: SearchIndex | undefined;

function buildSearchIndex(): SearchIndex {
  const units: AdministrativeUnit[] = [...provinces];
  const communeRange: Array<readonly [number, number]> = [];
  for (let index = 0; index < provinces.length; index++) {
    const start = units.length;
    units.push(...communesAt(index));
    communeRange.push([start, units.length]);
  }
  const prefixKeys = new Map<string, string>();
  const keys = units.map((unit) => {
    const name = searchKey(unit.name);
    const prefix = VIETNAMESE_PREFIX[unit.type];
    let prefixKey = prefixKeys.get(prefix);
    if (prefixKey === undefined) {
      prefixKey = searchKey(prefix);
      prefixKeys.set(prefix, prefixKey);
    }
    // The English short name too, so that 'hanoi' is an exact match for Hà Nội ('Hanoi City').
    const word = ENGLISH_TYPE[unit.type];
    const en = unit.fullNameEn;
    const enShort = en.startsWith(`${word} `)
      ? en.slice(word.length + 1)
      : en.endsWith(` ${word}`)
        ? en.slice(0, -word.length - 1)
        : en;
    return [...new Set([name, `${prefixKey} ${name}`, searchKey(enShort), searchKey(en)])];
  });

  const starts = new Int32Array(units.length + 1);
  const segments: string[] = [];
  const trigrams: Array<number[] | undefined> = [];
  const lastUnit = new Int32Array(37 * 37 * 37).fill(-1);
  let length = 0;
  keys.forEach((unitKeys, u) => {
    starts[u] = length;
    const segment = `${SEPARATOR}${unitKeys.join(SEPARATOR)}`;
    segments.push(`${segment}${SEPARATOR}`);
    length += segment.length;
    for (const key of unitKeys) {
      for (let i = 0; i + 3 <= key.length; i++) {
        const code = trigramCode(key, i);
        if (lastUnit[code] === u) continue;
        lastUnit[code] = u;
        const list = trigrams[code];
        if (list) list.push(u);
        else trigrams[code] = [u];
      }
    }
  });
  starts[units.length] = length;

  const byOrder = units.map((_, index) => index);
  byOrder.sort((a, b) => {
    const x = units[a] as AdministrativeUnit;
    const y = units[b] as AdministrativeUnit;
    if (x.level !== y.level) return x.level === 'province' ? -1 : 1;
    return (
      compareVietnamese(x.name, y.name) ||
      compareVietnamese(x.fullName, y.fullName) ||
      (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)
    );
  });
  const order = new Int32Array(units.length);
  byOrder.forEach((unitIndex, position) => {
    order[unitIndex] = position;
  });
  return {
    units,
    segments,
    // Each segment minus its closing `|`, which is the next one's opening `|`; the last one keeps it.
    haystack: `${segments.map((segment) => segment.slice(0, -1)).join('')}${SEPARATOR}`,
    starts,
    trigrams,
    order,
    unitAtOrder: Int32Array.from(byOrder),
    communeRange,
    best: new Uint8Array(units.length).fill(NO_MATCH),
    marked: new Uint8Array(units.length),
  };
}

/** Rank of the occurrence of `query` at `position` of `text` (`|key|key|…`), from the characters around it. */
function rankAt(text: string, position: number, query: string): number {
  const before = text.charCodeAt(position - 1);
  if (before === SEPARATOR_CODE) {
    return text.charCodeAt(position + query.length) === SEPARATOR_CODE ? EXACT : PREFIX;
  }
  return before === SPACE_CODE ? WORD_PREFIX : SUBSTRING;
}

/** Best rank of a query in a unit's segment ({@link NO_MATCH} if no key contains it). */
function rankIn(segment: string, query: string): number {
  let best = NO_MATCH;
  for (
    let position = segment.indexOf(query);
    position !== -1;
    position = segment.indexOf(query, position + 1)
  ) {
    const rank = rankAt(segment, position, query);
    if (rank < best) {
      best = rank;
      if (rank === EXACT) break;
    }
  }
  return best;
}

/**
 * Searches current provinces and communes by name, ignoring case and diacritics (`'ha noi'`, `'HÀ NỘI'` and
 * `'Hà Nội'` are the same query; `d` matches `đ`) and punctuation. Matches the short name (`Ba Đình`), the full
 * name (`Phường Ba Đình`) and the English name (`Ba Dinh Ward`, `Hanoi`).
 *
 * Ranking: exact matches first (those spelled exactly as typed, diacritics included, before the others), then names
 * starting with the query, then names with a word starting with it, then names containing it; ties go provinces
 * first, then in Vietnamese alphabetical order. The index is built on the first call (30–40 ms in Node); later
 * calls take microseconds. Never throws: an empty, blank or non-string query gives `[]`.
 *
 * @param query - what the user typed.
 * @param options - restrict to one province (`provinceCode`) or one `level`; `limit` (default 20).
 * @returns matching units (frozen), best first.
 * @example
 * searchUnits('ha noi')[0]?.fullName // 'Thành phố Hà Nội'
 * searchUnits('thu duc')[0] // Phường Thủ Đức (79)
 * searchUnits('ba dinh', { provinceCode: '01', level: 'commune', limit: 5 })
 * searchUnits('   ') // []
 */
export function searchUnits(query: string, options?: SearchUnitsOptions): AdministrativeUnit[] {
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return [];
  const { provinceCode, level, limit: rawLimit } = options ?? {};
  const limit = rawLimit === undefined ? 20 : rawLimit > 0 ? Math.floor(rawLimit) : 0;
  if (limit === 0 || (level !== undefined && level !== 'province' && level !== 'commune')) return [];
  const q = searchKey(query);
  if (q === '') return [];

  searchIndexCache ??= buildSearchIndex();
  const index = searchIndexCache;
  const { units, segments, haystack, starts, trigrams, order, best } = index;
  // Unit index ranges to search: provinces are [0, 34), the communes of each province are contiguous.
  const ranges: Array<readonly [number, number]> = [];
  if (provinceCode !== undefined) {
    const p = typeof provinceCode === 'string' ? provinceIndex(provinceCode.trim()) : undefined;
    if (p === undefined) return [];
    if (level !== 'commune') ranges.push([p, p + 1]);
    if (level !== 'province') ranges.push(index.communeRange[p] as readonly [number, number]);
  } else if (level === 'province') ranges.push([0, provinces.length]);
  else if (level === 'commune') ranges.push([provinces.length, units.length]);
  else ranges.push([0, units.length]);

  const touched: number[] = [];
  if (q.length >= 3) {
    // Candidates: the units holding the query's rarest trigram; then check each.
    let candidates: readonly number[] | undefined;
    for (let i = 0; i + 3 <= q.length; i++) {
      const list = trigrams[trigramCode(q, i)];
      if (list === undefined) return [];
      if (candidates === undefined || list.length < candidates.length) candidates = list;
    }
    const [first, second] = ranges as [readonly [number, number], (readonly [number, number])?];
    for (const u of candidates ?? []) {
      if (!((u >= first[0] && u < first[1]) || (second !== undefined && u >= second[0] && u < second[1])))
        continue;
      const rank = rankIn(segments[u] as string, q);
      if (rank !== NO_MATCH) {
        best[u] = rank;
        touched.push(u);
      }
    }
  } else {
    // One or two characters: scan every occurrence; the characters around it give the rank.
    for (const [from, to] of ranges) {
      const end = starts[to] as number;
      let u = from;
      let position = haystack.indexOf(q, starts[from]);
      while (position !== -1 && position < end) {
        while ((starts[u + 1] as number) <= position) u++;
        const rank = rankAt(haystack, position, q);
        const previous = best[u] as number;
        if (previous === NO_MATCH) touched.push(u);
        if (rank < previous) best[u] = rank;
        position = haystack.indexOf(q, position + 1);
      }
    }
  }

  // Bucket by rank, then sort each bucket by tie-break order, best buckets first, until the limit.
  const buckets: number[][] = [[], [], [], [], []];
  let typed: string | undefined;
  for (const u of touched) {
    let rank = best[u] as number;
    best[u] = NO_MATCH;
    if (rank === EXACT) {
      // Among exact matches, the ones spelled as typed (diacritics included) come first: 'Ba Đình' before 'Ba Dinh'.
      typed ??= spellingKey(query);
      const unit = units[u] as AdministrativeUnit;
      if (spellingKey(unit.name) === typed || spellingKey(unit.fullName) === typed) rank = EXACT_AS_TYPED;
    }
    (buckets[rank] as number[]).push(order[u] as number);
  }
  const results: AdministrativeUnit[] = [];
  const { unitAtOrder, marked } = index;
  for (const bucket of buckets) {
    const wanted = limit - results.length;
    if (wanted <= 0) break;
    if (bucket.length <= 64 || wanted >= bucket.length) {
      const sorted = Int32Array.from(bucket).sort();
      for (let i = 0; i < sorted.length && results.length < limit; i++) {
        results.push(units[unitAtOrder[sorted[i] as number] as number] as AdministrativeUnit);
      }
    } else {
      // A large bucket of which only the first few are wanted (typing 'ph'): mark, then walk the order once.
      for (const position of bucket) marked[position] = 1;
      for (let position = 0; position < units.length; position++) {
        if (marked[position] === 0) continue;
        marked[position] = 0;
        if (results.length < limit)
          results.push(units[unitAtOrder[position] as number] as AdministrativeUnit);
      }
    }
  }
  return results;
}
