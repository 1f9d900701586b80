/**
 * Generates the committed administrative-unit data modules of `@motcua/core`:
 *
 * - `src/units/data.generated.ts`: the current units (34 provinces, 3,321 communes), from thanglequoc's
 *   vietnamese-provinces-database, cross-checked against dvhcvn's 2025-07-01 list;
 * - `src/units/legacy/data.generated.ts`: the pre-2025 units (63 provinces, 10,047 communes and 5 island districts
 *   without communes) with the current unit(s) each went to, from dvhcvn's `splits.json` / `merges.json`.
 *
 * Usage (from packages/core): `node scripts/generate-units.ts [--data <dir>] [--out <package root>]`
 * or `pnpm generate:units`. The data folder defaults to `$MOTCUA_UNITS_DATA`, else `../shared/domain/data`
 * relative to the repository root. Output is deterministic (no dates, no absolute paths, stable order):
 * `scripts/generate-units.test.ts` re-runs it and fails if the committed files differ.
 *
 * The generator verifies what it writes: every record is decoded again with the runtime decoder
 * (`src/units/codec.ts`, `src/units/legacy/codec.ts`) and compared with the source.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

type AdministrativeUnitType = import('../src/schemas/administrative-unit').AdministrativeUnitType;
type UnitsCodec = typeof import('../src/units/codec');
type LegacyCodec = typeof import('../src/units/legacy/codec');
type LegacyRecord = import('../src/units/legacy/codec').LegacyRecord;
type LegacyUnitType = import('../src/units/legacy/codec').LegacyUnitType;

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = resolve(PACKAGE_ROOT, '../..');
/** Default data folder, relative to the repository root. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/domain/data');
export const UNITS_OUTPUT = 'src/units/data.generated.ts';
export const LEGACY_OUTPUT = 'src/units/legacy/data.generated.ts';
const COMMAND = 'pnpm --filter @motcua/core generate:units (node scripts/generate-units.ts)';

const THANGLEQUOC = {
  name: 'vietnamese-provinces-database',
  repository: 'https://github.com/thanglequoc/vietnamese-provinces-database',
  commit: 'cd580632',
  license: 'MIT',
  copyright: 'Copyright (c) 2021 Thang Le Quoc',
  folder: 'thanglequoc-vietnamese-provinces-database',
  filePattern: /^full_json_generated_data_vn_units_(\d{4}-\d{2}-\d{2})__[\d_]+\.json$/,
};
const DVHCVN = {
  name: 'dvhcvn/20250701',
  repository: 'https://github.com/dvhcvn/20250701',
  commit: 'dd94887c',
  license: 'MIT',
  copyright: 'Copyright (c) 2025 dvhcvn',
  folder: 'dvhcvn-20250701',
};
/** The two-tier reorganisation took effect on this date (Resolution 202/2025/QH15, Decision 19/2025/QĐ-TTg). */
const REORGANISATION_DATE = '2025-07-01';

/**
 * The two sources disagree on two commune codes. We ship one code and keep the other resolvable as an alias
 * (`findUnit(alias)` returns the shipped unit); legacy targets that use the alias are rewritten to the shipped code.
 *
 * Why these codes: in the 2025 list every new commune takes the code of one of the old units merged into it
 * (except the island special zones, which replace communeless districts, and Xã Ia Băng 23710 — both sources agree
 * there), and a unit that was not merged keeps its code.
 * - Xã Ba Chẽ (Quảng Ninh): 06970 is the code of the old Thị trấn Ba Chẽ, the seat merged into it, and the code the
 *   National Statistics Office registry (danhmuchanhchinh.nso.gov.vn) returns. 06978 is not an old code at all; it
 *   was a deliberate override in thanglequoc's generator, following a published copy of Decision 19/2025/QĐ-TTg,
 *   which thanglequoc reverted after the snapshot we ship (issue #197, PR #202: the stamped official list has 06970).
 * - Xã Ia Mơ (Gia Lai): the old Xã Ia Mơ 23938 was not merged, so it keeps 23938 (thanglequoc and the registry).
 *   dvhcvn's 23737 is the old code of Xã Ia Mơ Nông, which merged into Xã Ia Ly (23734).
 * The official letter 915/CTK-CSCL lists only the 34 province codes, so it cannot settle commune codes.
 */
export const CODE_DECISIONS: ReadonlyArray<{
  readonly name: string;
  readonly province: string;
  readonly code: string;
  readonly alias: string;
  readonly why: string;
}> = [
  {
    name: 'Xã Ba Chẽ',
    province: '22',
    code: '06970',
    alias: '06978',
    why: 'code of the old Thị trấn Ba Chẽ merged into it, and the NSO registry code; 06978 was a thanglequoc override since reverted upstream (PR #202)',
  },
  {
    name: 'Xã Ia Mơ',
    province: '52',
    code: '23938',
    alias: '23737',
    why: 'the old Xã Ia Mơ 23938 was not merged and keeps its code (thanglequoc, NSO registry); 23737 is the old code of Xã Ia Mơ Nông, merged into Xã Ia Ly',
  },
];

/**
 * Other names an old province is still written with, matched by `resolveLegacyUnit` besides its name in the source.
 * Kept to well-known renamings: Thừa Thiên Huế became the centrally-run Thành phố Huế on 2025-01-01, six months
 * before the reorganisation, so most ID cards and old addresses still say Thừa Thiên Huế.
 */
export const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  '46': ['Thừa Thiên Huế', 'Tỉnh Thừa Thiên Huế'],
};

/** thanglequoc's AdministrativeUnitId → our unit type. */
const TYPE_BY_UNIT_ID: Readonly<Record<number, AdministrativeUnitType>> = {
  1: 'city',
  2: 'province',
  3: 'ward',
  4: 'commune',
  5: 'special-zone',
};
/** Old full-name prefixes (case-insensitive: the source has 12 × `Thị Trấn`). */
const LEGACY_PREFIXES: ReadonlyArray<readonly [string, LegacyUnitType]> = [
  ['Thành phố', 'city'],
  ['Tỉnh', 'province'],
  ['Huyện', 'district'],
  ['Phường', 'ward'],
  ['Xã', 'commune'],
  ['Thị trấn', 'township'],
];
const RESERVED = /[|~>,\n\r]/;

interface ThanglequocUnit {
  Code: string;
  Name: string;
  NameEn: string;
  FullName: string;
  FullNameEn: string;
  AdministrativeUnitId: number;
  ProvinceCode?: string;
}
interface ThanglequocProvince extends ThanglequocUnit {
  Wards: ThanglequocUnit[];
}
interface DvhcvnMerges {
  data: Array<{
    level1_id: string;
    name: string;
    merges: Array<{ old_id: string; name: string; type: string }>;
    level2s: Array<{
      level2_id: string;
      name: string;
      merges: Array<{ old_id: string; name: string; type: string }>;
    }>;
  }>;
}
interface DvhcvnSplits {
  data: Array<{
    level1_id: string;
    name: string;
    splits: Array<{ new_id: string; name: string }>;
    level2s?: Array<{ level2_id: string; name: string; splits: Array<{ new_id: string; name: string }> }>;
    level3s: Array<{ level3_id: string; name: string; splits: Array<{ new_id: string; name: string }> }>;
  }>;
}

export interface GenerateOptions {
  /** Folder holding `thanglequoc-vietnamese-provinces-database/` and `dvhcvn-20250701/`. */
  dataDir: string;
  /** Package root to write `src/units/**` into. */
  outDir: string;
}
export interface GenerateResult {
  files: string[];
  /** Human-readable findings (cross-checks, normalisations, counts). */
  report: string[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function fail(message: string): never {
  throw new Error(`generate-units: ${message}`);
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}

function splitLegacyName(fullName: string): { type: LegacyUnitType; name: string } {
  for (const [prefix, type] of LEGACY_PREFIXES) {
    if (fullName.toLowerCase().startsWith(`${prefix.toLowerCase()} `)) {
      return { type, name: fullName.slice(prefix.length + 1) };
    }
  }
  return fail(`unrecognised old unit type in '${fullName}'`);
}

function jsString(value: string): string {
  return JSON.stringify(value);
}

/** Runs the generator. Pure apart from reading `dataDir` and writing the two files under `outDir`. */
export async function generateUnits({ dataDir, outDir }: GenerateOptions): Promise<GenerateResult> {
  const codec = (await import(new URL('../src/units/codec.ts', import.meta.url).href)) as UnitsCodec;
  const legacyCodec = (await import(
    new URL('../src/units/legacy/codec.ts', import.meta.url).href
  )) as LegacyCodec;
  const current: string[] = [];
  const legacy: string[] = [];
  /** Same spelling up to tone-mark placement (`Hòa`/`Hoà`); case still counts. */
  const toneStyleKey = (text: string): string =>
    `${codec.spellingKey(text)}/${[...text.normalize('NFC')].map((c) => (c === c.toLowerCase() ? 'l' : 'U')).join('')}`;

  // ── Sources ────────────────────────────────────────────────────────────────────────────────────
  const tqDir = join(dataDir, THANGLEQUOC.folder);
  const tqFiles = readdirSync(tqDir)
    .filter((file) => THANGLEQUOC.filePattern.test(file))
    .sort();
  const tqFile = tqFiles.at(-1) ?? fail(`no full_json_generated_data_vn_units_*.json in ${tqDir}`);
  const asOf = THANGLEQUOC.filePattern.exec(tqFile)?.[1] ?? fail('no date in the thanglequoc file name');
  const tq = readJson<ThanglequocProvince[]>(join(tqDir, tqFile));
  const merges = readJson<DvhcvnMerges>(join(dataDir, DVHCVN.folder, 'merges.json'));
  const splits = readJson<DvhcvnSplits>(join(dataDir, DVHCVN.folder, 'splits.json'));
  const ctk = readFileSync(join(dataDir, DVHCVN.folder, '915_CTK-CSCL.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));

  const aliasToCode = new Map(CODE_DECISIONS.map((d) => [d.alias, d.code]));
  const canonical = (code: string): string => aliasToCode.get(code) ?? code;

  // ── Current units (thanglequoc) ───────────────────────────────────────────────────────────────
  interface Unit {
    code: string;
    type: AdministrativeUnitType;
    name: string;
    nameEn: string;
    fullName: string;
    fullNameEn: string;
    provinceCode?: string;
  }
  const normalisations: string[] = [];
  const toUnit = (source: ThanglequocUnit, provinceCode?: string): Unit => {
    const type = TYPE_BY_UNIT_ID[source.AdministrativeUnitId] ?? fail(`unknown unit id in ${source.Code}`);
    const code = canonical(source.Code);
    check(/^(\d{2}|\d{5})$/.test(code), `bad code ${code}`);
    check(
      !RESERVED.test(source.Name) && !RESERVED.test(source.NameEn),
      `reserved character in ${source.Code}`,
    );
    check(source.Name === source.Name.normalize('NFC').trim(), `name of ${source.Code} is not NFC/trimmed`);
    const fullName = `${codec.VIETNAMESE_PREFIX[type]} ${source.Name}`;
    if (fullName !== source.FullName) {
      check(
        fullName.toLowerCase() === source.FullName.toLowerCase(),
        `full name of ${source.Code}: '${source.FullName}'`,
      );
      normalisations.push(`${source.Code} '${source.FullName}' → '${fullName}'`);
    }
    if (code !== source.Code)
      current.push(`code decision: ${source.FullName} ${source.Code} (thanglequoc) shipped as ${code}`);
    const unit: Unit = {
      code,
      type,
      name: source.Name,
      nameEn: source.NameEn,
      fullName,
      fullNameEn: source.FullNameEn,
    };
    if (provinceCode !== undefined) unit.provinceCode = provinceCode;
    return unit;
  };
  const provinces = tq.map((p) => toUnit(p)).sort((a, b) => (a.code < b.code ? -1 : 1));
  const communesByProvince = new Map<string, Unit[]>();
  for (const p of tq) {
    const list = p.Wards.map((w) => {
      check(w.ProvinceCode === p.Code, `${w.Code} has province ${w.ProvinceCode} under ${p.Code}`);
      return toUnit(w, p.Code);
    }).sort((a, b) => (a.code < b.code ? -1 : 1));
    communesByProvince.set(p.Code, list);
  }
  const communes = provinces.flatMap((p) => communesByProvince.get(p.code) ?? []);
  const allCodes = new Set<string>();
  for (const unit of [...provinces, ...communes]) {
    check(!allCodes.has(unit.code), `duplicate code ${unit.code}`);
    check(unit.code.length === (unit.provinceCode === undefined ? 2 : 5), `code length of ${unit.code}`);
    allCodes.add(unit.code);
  }
  for (const alias of aliasToCode.keys()) check(!allCodes.has(alias), `alias ${alias} is also a unit code`);

  // Encode, then decode with the runtime decoder and compare with the source.
  const provinceRecords = provinces.map((u) => codec.encodeUnit(u.code, u.type, u.name, u.nameEn));
  const communeRecords = provinces.map((p) =>
    (communesByProvince.get(p.code) ?? []).map((u) => codec.encodeUnit(u.code, u.type, u.name, u.nameEn)),
  );
  const decoded = [
    ...provinceRecords.map((r) => codec.decodeUnit(r)),
    ...provinces.flatMap((p, i) => (communeRecords[i] ?? []).map((r) => codec.decodeUnit(r, p.code))),
  ];
  [...provinces, ...communes].forEach((unit, i) => {
    const got = decoded[i];
    check(
      got !== undefined &&
        got.code === unit.code &&
        got.type === unit.type &&
        got.name === unit.name &&
        got.fullName === unit.fullName &&
        got.fullNameEn === unit.fullNameEn &&
        got.provinceCode === unit.provinceCode &&
        got.level === (unit.provinceCode === undefined ? 'province' : 'commune'),
      `round trip of ${unit.code}: ${JSON.stringify(got)} ≠ ${JSON.stringify(unit)}`,
    );
  });
  const englishExceptions = [...provinces, ...communes].filter((u) => u.nameEn !== codec.latinName(u.name));
  current.push(
    `current: ${provinces.length} provinces, ${communes.length} communes; English short name derivable for ` +
      `${provinces.length + communes.length - englishExceptions.length}, stored for ${englishExceptions.length} ` +
      `(${englishExceptions.map((u) => `${u.name} → ${u.nameEn}`).join(', ')})`,
  );

  // ── Cross-check with dvhcvn (2025-07-01) and 915/CTK-CSCL ─────────────────────────────────────
  const dvNew = new Map<string, { name: string; province: string }>();
  for (const p of merges.data) {
    for (const c of p.level2s) {
      const code = canonical(c.level2_id);
      if (code !== c.level2_id)
        current.push(`code decision: ${c.name} ${c.level2_id} (dvhcvn) shipped as ${code}`);
      dvNew.set(code, { name: c.name, province: p.level1_id });
    }
  }
  const dvProvinces = new Map(merges.data.map((p) => [p.level1_id, p.name]));
  const onlyTq = communes.filter((u) => !dvNew.has(u.code)).map((u) => u.code);
  const onlyDv = [...dvNew.keys()].filter((code) => !allCodes.has(code));
  check(
    onlyTq.length === 0 && onlyDv.length === 0,
    `code sets differ beyond CODE_DECISIONS: only thanglequoc ${onlyTq}, only dvhcvn ${onlyDv}`,
  );
  check(
    dvProvinces.size === provinces.length && provinces.every((p) => dvProvinces.has(p.code)),
    'province codes differ',
  );
  const toneOnly: string[] = [];
  const caseOnly: string[] = [];
  const typeChanged: string[] = [];
  const otherNames: string[] = [];
  const tqFullName = new Map(tq.flatMap((p) => [p, ...p.Wards]).map((u) => [canonical(u.Code), u.FullName]));
  for (const unit of [...provinces, ...communes]) {
    const dv = unit.provinceCode === undefined ? dvProvinces.get(unit.code) : dvNew.get(unit.code)?.name;
    const ours = tqFullName.get(unit.code) ?? unit.fullName;
    if (dv === undefined || dv === ours) continue;
    if (unit.provinceCode !== undefined && dvNew.get(unit.code)?.province !== unit.provinceCode) {
      otherNames.push(`${unit.code} province ${dvNew.get(unit.code)?.province} ≠ ${unit.provinceCode}`);
    }
    const dvShort = dv.replace(/^(Thành phố|Tỉnh|Phường|Xã|Đặc khu) /, '');
    if (toneStyleKey(dv) === toneStyleKey(ours)) toneOnly.push(unit.code);
    else if (dv.toLowerCase() === ours.toLowerCase()) caseOnly.push(unit.code);
    else if (toneStyleKey(dvShort) === toneStyleKey(unit.name))
      typeChanged.push(`${unit.code} ${dv} → ${ours}`);
    else otherNames.push(`${unit.code} ${dv} ≠ ${ours}`);
  }
  current.push(
    `cross-check with dvhcvn: same ${provinces.length} + ${communes.length} codes once the ${CODE_DECISIONS.length} code decisions are applied; ` +
      `${toneOnly.length} names differ only in tone-mark placement (thanglequoc 'Hoà', dvhcvn 'Hòa'); ` +
      `${caseOnly.length} only in case; ${typeChanged.length} units changed type after 2025-07-01 ` +
      `(${typeChanged.join('; ')}); other differences: ${otherNames.length ? otherNames.join('; ') : 'none'}`,
  );
  const ctkMismatches = ctk.filter(([, code, name]) => {
    const unit = provinces.find((p) => p.code === code);
    const key = toneStyleKey(name ?? '');
    return unit === undefined || (key !== toneStyleKey(unit.name) && key !== toneStyleKey(unit.fullName));
  });
  check(ctk.length === provinces.length, `915/CTK-CSCL lists ${ctk.length} provinces`);
  current.push(
    `cross-check with 915/CTK-CSCL: ${ctk.length} province codes, ` +
      `${ctkMismatches.length ? `names differ: ${ctkMismatches.map((r) => r.join(' ')).join('; ')}` : 'same codes and names (up to tone-mark placement and the type prefix)'}`,
  );
  if (normalisations.length) current.push(`normalised full names: ${normalisations.join('; ')}`);

  // ── Legacy units (dvhcvn splits.json; merge types from merges.json) ───────────────────────────
  const mergeType = new Map<string, string>();
  for (const p of merges.data) {
    for (const m of p.merges) mergeType.set(`${m.old_id}>${p.level1_id}`, m.type);
    for (const c of p.level2s)
      for (const m of c.merges) mergeType.set(`${m.old_id}>${canonical(c.level2_id)}`, m.type);
  }
  const legacyNormalisations: string[] = [];
  const toLegacy = (
    code: string,
    fullName: string,
    targets: Array<{ new_id: string }>,
    level: 'province' | 'district' | 'commune',
  ): LegacyRecord => {
    // 18 old names carry doubled or trailing spaces, 12 spell the prefix `Thị Trấn`: rebuilt canonically.
    const { type, name } = splitLegacyName(fullName.normalize('NFC').trim().replace(/\s+/g, ' '));
    check(legacyCodec.LEGACY_LEVEL[type] === level, `${code} '${fullName}' is not a ${level}`);
    check(!RESERVED.test(name), `reserved character in old name '${fullName}'`);
    if (`${legacyCodec.LEGACY_PREFIX[type]} ${name}` !== fullName)
      legacyNormalisations.push(`${code} '${fullName}'`);
    check(targets.length > 0, `${code} has no target`);
    return {
      code,
      type,
      name,
      targets: targets.map((t) => {
        const target = canonical(t.new_id);
        check(allCodes.has(target), `${code} → unknown current unit ${t.new_id}`);
        const merge = mergeType.get(`${code}>${target}`) ?? fail(`no merge type for ${code} → ${target}`);
        check(merge === 'full' || merge === 'partial', `merge type '${merge}'`);
        return { code: target, merge };
      }),
    };
  };
  const oldProvinces = splits.data
    .map((p) => toLegacy(p.level1_id, p.name, p.splits, 'province'))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const oldUnitsByProvince = new Map<string, LegacyRecord[]>();
  for (const p of splits.data) {
    const list = [
      ...(p.level2s ?? []).map((d) => toLegacy(d.level2_id, d.name, d.splits, 'district')),
      ...p.level3s.map((c) => toLegacy(c.level3_id, c.name, c.splits, 'commune')),
    ].sort((a, b) => (a.code < b.code ? -1 : 1));
    oldUnitsByProvince.set(p.level1_id, list);
  }
  for (const code of Object.keys(FORMER_NAMES)) {
    check(
      oldProvinces.some((p) => p.code === code),
      `FORMER_NAMES names unknown old province ${code}`,
    );
  }
  const oldCodes = new Set<string>();
  for (const record of [...oldProvinces, ...[...oldUnitsByProvince.values()].flat()]) {
    check(!oldCodes.has(record.code), `duplicate old code ${record.code}`);
    check(/^(\d{2}|\d{3}|\d{5})$/.test(record.code), `bad old code ${record.code}`);
    oldCodes.add(record.code);
  }
  // Every link of merges.json (new → old) must appear in splits.json (old → new), and vice versa.
  const splitLinks = new Set(
    [...oldProvinces, ...[...oldUnitsByProvince.values()].flat()].flatMap((r) =>
      r.targets.map((t) => `${r.code}>${t.code}`),
    ),
  );
  check(
    splitLinks.size === mergeType.size,
    `merges.json has ${mergeType.size} links, splits.json ${splitLinks.size}`,
  );
  for (const link of mergeType.keys()) check(splitLinks.has(link), `link ${link} missing from splits.json`);

  const oldProvinceRecords = oldProvinces.map((r) => legacyCodec.encodeLegacyRecord(r));
  const oldUnitRecords = oldProvinces.map((p) =>
    (oldUnitsByProvince.get(p.code) ?? []).map((r) => legacyCodec.encodeLegacyRecord(r)),
  );
  [...oldProvinceRecords, ...oldUnitRecords.flat()].forEach((encoded, i) => {
    const original = [...oldProvinces, ...oldProvinces.flatMap((p) => oldUnitsByProvince.get(p.code) ?? [])][
      i
    ];
    check(
      JSON.stringify(legacyCodec.decodeLegacyRecord(encoded)) === JSON.stringify(original),
      `legacy round trip of ${encoded}`,
    );
  });
  const oldUnits = [...oldUnitsByProvince.values()].flat();
  const oldCommunes = oldUnits.filter((r) => legacyCodec.LEGACY_LEVEL[r.type] === 'commune');
  const oldDistricts = oldUnits.filter((r) => r.type === 'district');
  const partial = oldCommunes.filter((r) => r.targets.some((t) => t.merge === 'partial'));
  legacy.push(
    `legacy: ${oldProvinces.length} old provinces, ${oldCommunes.length} old communes, ${oldDistricts.length} old ` +
      `island districts without communes (${oldDistricts.map((d) => `${d.code} ${d.name}`).join(', ')}); ` +
      `${partial.length} old communes were split between several current units (all their links 'partial'), ` +
      `${mergeType.size} links in all`,
  );
  if (legacyNormalisations.length) {
    legacy.push(
      `legacy: normalised spacing or type prefix of ${legacyNormalisations.length} old names (${legacyNormalisations.join(', ')})`,
    );
  }

  // ── Write ─────────────────────────────────────────────────────────────────────────────────────
  const codeAliases = Object.fromEntries(CODE_DECISIONS.map((d) => [d.alias, d.code]));
  const source = (s: typeof THANGLEQUOC | typeof DVHCVN, files: string[]) => ({
    name: s.name,
    repository: s.repository,
    commit: s.commit,
    license: s.license,
    copyright: s.copyright,
    files,
  });
  const banner = [
    `// @generated by ${COMMAND}. Do not edit by hand: scripts/generate-units.test.ts`,
    '// fails when this file differs from a fresh run. Licences and credits: packages/core/NOTICE.',
  ];
  const decisionsComment = [
    '// Code decisions (the sources disagree on two commune codes; the other code stays resolvable as an alias):',
    ...CODE_DECISIONS.map(
      (d) => `//   - ${d.name} (${d.province}): ship ${d.code}, alias ${d.alias}: ${d.why}.`,
    ),
    '//   See CODE_DECISIONS in scripts/generate-units.ts for the full reasoning.',
  ];
  const unitsInfo = {
    effectiveDate: asOf,
    reorganisationDate: REORGANISATION_DATE,
    provinceCount: provinces.length,
    communeCount: communes.length,
    sources: [source(THANGLEQUOC, [tqFile]), source(DVHCVN, ['merges.json', '915_CTK-CSCL.csv'])],
    codeAliases,
    generatedBy: COMMAND,
  };
  const unitsFile = [
    ...banner,
    '//',
    `// Current administrative units of Viet Nam: ${provinces.length} provinces and ${communes.length} communes (wards, communes,`,
    `// special zones) of the two-tier government in place since ${REORGANISATION_DATE}, as of ${asOf}`,
    '// (so including later changes, e.g. Resolution 30/2026/QH16 and 237/NQ-UBTVQH16 in force 2026-04-30: see the cross-check).',
    '// Sources:',
    `//   - ${THANGLEQUOC.repository} @ ${THANGLEQUOC.commit}, ${tqFile}: codes, names, English names, types.`,
    `//   - ${DVHCVN.repository} @ ${DVHCVN.commit}, merges.json and 915_CTK-CSCL.csv: cross-check (the 2025-07-01 list).`,
    ...decisionsComment,
    '// Findings of the cross-check:',
    ...current.map((line) => `//   - ${line}`),
    '// Encoding (see src/units/codec.ts): one string per province, records `<code><tag><name>[~<English name>]`',
    "// joined by '|'; tags c city, p province, w ward, x commune, s special zone; the full names are rebuilt from the",
    '// type; the English name is stored only when it is not the Vietnamese name without marks.',
    '',
    `export const UNITS_DATA_INFO = ${JSON.stringify(unitsInfo)} as const;`,
    '',
    '/** The provinces, sorted by code. */',
    `export const PROVINCE_RECORDS = ${jsString(provinceRecords.join('|'))};`,
    '',
    '/** The communes of each province (same order as PROVINCE_RECORDS), sorted by code. */',
    'export const COMMUNE_RECORDS: readonly string[] = [',
    ...communeRecords.map((records) => `  ${jsString(records.join('|'))},`),
    '];',
    '',
  ].join('\n');

  const legacyInfo = {
    reorganisationDate: REORGANISATION_DATE,
    provinceCount: oldProvinces.length,
    districtCount: oldDistricts.length,
    communeCount: oldCommunes.length,
    sources: [source(DVHCVN, ['splits.json', 'merges.json'])],
    codeAliases,
    generatedBy: COMMAND,
  };
  const legacyFile = [
    ...banner,
    '//',
    `// Pre-${REORGANISATION_DATE} administrative units and the current unit(s) each went to: ${oldProvinces.length} old provinces,`,
    `// ${oldCommunes.length} old communes and ${oldDistricts.length} old island districts that had no communes.`,
    `// Source: ${DVHCVN.repository} @ ${DVHCVN.commit}, splits.json (old → new) with the 'full' | 'partial' merge type of each`,
    '// link from merges.json (new → old). Its authors drafted the mapping by machine from the merger resolutions, then',
    '// checked it: treat it as derived data.',
    ...decisionsComment,
    '// Findings:',
    ...legacy.map((line) => `//   - ${line}`),
    '// Encoding (see src/units/legacy/codec.ts): records `<old code><tag><old name>><target>[,<target>]`, a target being',
    "// a current code with '~' when partial; tags c city, p province, h district, w ward, x commune, t township (thị trấn).",
    '',
    `export const LEGACY_DATA_INFO = ${JSON.stringify(legacyInfo)} as const;`,
    '',
    '/** Other names of old provinces, by old code (see FORMER_NAMES in scripts/generate-units.ts). */',
    `export const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(FORMER_NAMES)};`,
    '',
    '/** The old provinces, sorted by code. */',
    `export const OLD_PROVINCE_RECORDS = ${jsString(oldProvinceRecords.join('|'))};`,
    '',
    '/** The old districts and communes of each old province (same order as OLD_PROVINCE_RECORDS), sorted by code. */',
    'export const OLD_UNIT_RECORDS: readonly string[] = [',
    ...oldUnitRecords.map((records) => `  ${jsString(records.join('|'))},`),
    '];',
    '',
  ].join('\n');

  const files = [join(outDir, UNITS_OUTPUT), join(outDir, LEGACY_OUTPUT)];
  writeFileSync(files[0] as string, unitsFile);
  writeFileSync(files[1] as string, legacyFile);
  return { files, report: [...current, ...legacy] };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = resolve(values.data ?? process.env.MOTCUA_UNITS_DATA ?? DEFAULT_DATA_DIR);
  const outDir = resolve(values.out ?? PACKAGE_ROOT);
  const { files, report } = await generateUnits({ dataDir, outDir });
  for (const line of report) console.log(`• ${line}`);
  for (const file of files) console.log(`wrote ${relative(process.cwd(), file)}`);
}
