import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldText } from '../text.js';
import {
  type AdministrativeUnit,
  communesOf,
  findUnit,
  provinces,
  searchUnits,
  unitsDataInfo,
} from './index.js';

const allCommunes = provinces.flatMap((province) => communesOf(province.code));
const all = [...provinces, ...allCommunes];
const codes = (units: readonly AdministrativeUnit[]) => units.map((unit) => unit.code);

describe('data', () => {
  it('has 34 provinces sorted by code and 3,321 communes', () => {
    expect(provinces).toHaveLength(34);
    expect(codes(provinces)).toEqual([...codes(provinces)].sort());
    expect(allCommunes).toHaveLength(3321);
    expect(unitsDataInfo.provinceCount).toBe(34);
    expect(unitsDataInfo.communeCount).toBe(3321);
  });

  it('has unique, well-formed codes', () => {
    expect(new Set(codes(all)).size).toBe(all.length);
    for (const province of provinces) expect(province.code).toMatch(/^\d{2}$/);
    for (const commune of allCommunes) expect(commune.code).toMatch(/^\d{5}$/);
  });

  it('puts every commune in an existing province, sorted by code', () => {
    const provinceCodes = new Set(codes(provinces));
    for (const province of provinces) {
      const communes = communesOf(province.code);
      expect(communes.length).toBeGreaterThan(0);
      expect(codes(communes)).toEqual([...codes(communes)].sort());
      for (const commune of communes) expect(commune.provinceCode).toBe(province.code);
    }
    for (const commune of allCommunes) expect(provinceCodes.has(commune.provinceCode ?? '')).toBe(true);
  });

  it('has consistent levels, types and names', () => {
    const count = (type: string) => all.filter((unit) => unit.type === type).length;
    expect([
      count('city'),
      count('province'),
      count('ward'),
      count('commune'),
      count('special-zone'),
    ]).toEqual([7, 27, 697, 2611, 13]);
    for (const province of provinces) {
      expect(province.level).toBe('province');
      expect(province).not.toHaveProperty('provinceCode');
    }
    for (const unit of all) {
      expect(unit.fullName.endsWith(` ${unit.name}`)).toBe(true);
      expect(unit.name).toBe(unit.name.normalize('NFC').trim());
      expect(unit.fullNameEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('decodes full and English names', () => {
    expect(provinces[0]).toEqual({
      code: '01',
      level: 'province',
      type: 'city',
      name: 'Hà Nội',
      fullName: 'Thành phố Hà Nội',
      fullNameEn: 'Hanoi City',
    });
    expect(findUnit('00004')).toEqual({
      code: '00004',
      level: 'commune',
      type: 'ward',
      name: 'Ba Đình',
      fullName: 'Phường Ba Đình',
      fullNameEn: 'Ba Dinh Ward',
      provinceCode: '01',
    });
    expect(findUnit('96')?.fullNameEn).toBe('Ca Mau Province');
    expect(findUnit('00694')?.fullNameEn).toBe('Ward Ha Giang 1');
    expect(findUnit('20333')?.fullNameEn).toBe('Paracel Special administrative region');
    expect(findUnit('06325')?.fullName).toBe('Xã Bắc Sơn'); // 'xã Bắc Sơn' in the source
  });

  it('reflects changes after 2025-07-01: Đồng Nai is a city', () => {
    expect(findUnit('75')).toMatchObject({ type: 'city', fullName: 'Thành phố Đồng Nai' });
    expect(findUnit('26248')).toMatchObject({ type: 'ward', fullName: 'Phường Trảng Bom' });
  });

  it('freezes and caches everything', () => {
    expect(Object.isFrozen(provinces)).toBe(true);
    expect(Object.isFrozen(communesOf('01'))).toBe(true);
    expect(Object.isFrozen(communesOf('99'))).toBe(true);
    expect(Object.isFrozen(unitsDataInfo)).toBe(true);
    expect(Object.isFrozen(unitsDataInfo.sources[0])).toBe(true);
    for (const unit of all) expect(Object.isFrozen(unit)).toBe(true);
    expect(communesOf('01')).toBe(communesOf('01'));
    expect(findUnit('00004')).toBe(communesOf('01')[0]);
    expect(findUnit('01')).toBe(provinces[0]);
  });

  it('records sources, commits and dates', () => {
    expect(unitsDataInfo.effectiveDate).toBe('2026-07-25');
    expect(unitsDataInfo.reorganisationDate).toBe('2025-07-01');
    expect(unitsDataInfo.sources.map((source) => [source.repository, source.commit, source.license])).toEqual(
      [
        ['https://github.com/thanglequoc/vietnamese-provinces-database', 'cd580632', 'MIT'],
        ['https://github.com/dvhcvn/20250701', 'dd94887c', 'MIT'],
      ],
    );
    expect(unitsDataInfo.codeAliases).toEqual({ '06978': '06970', '23737': '23938' });
  });
});

describe('communesOf', () => {
  it('lists the communes of a province', () => {
    expect(communesOf('01')).toHaveLength(126);
    expect(communesOf(' 79 ').some((unit) => unit.fullName === 'Phường Thủ Đức')).toBe(true);
  });

  it('returns an empty array for unknown codes and garbage', () => {
    for (const code of ['99', '1', '001', '', 'ha noi', '__proto__', 'constructor'])
      expect(communesOf(code)).toEqual([]);
    expect(communesOf(undefined as unknown as string)).toEqual([]);
    expect(communesOf(1 as unknown as string)).toEqual([]);
  });
});

describe('findUnit', () => {
  it('finds provinces and communes', () => {
    expect(findUnit('79')?.fullName).toBe('Thành phố Hồ Chí Minh');
    expect(findUnit(' 26824 ')?.fullName).toBe('Phường Thủ Đức');
    for (const unit of all) expect(findUnit(unit.code)).toBe(unit);
  });

  it('accepts the codes the sources disagree on, returning the shipped unit', () => {
    expect(findUnit('06970')).toMatchObject({ fullName: 'Xã Ba Chẽ', provinceCode: '22' });
    expect(findUnit('06978')).toBe(findUnit('06970'));
    expect(findUnit('23938')).toMatchObject({ fullName: 'Xã Ia Mơ', provinceCode: '52' });
    expect(findUnit('23737')).toBe(findUnit('23938'));
  });

  it('returns undefined for unknown codes and garbage', () => {
    for (const code of [
      '',
      '0',
      '4',
      '00',
      '99',
      '00001',
      '123',
      '0000004',
      'abcde',
      '__proto__',
      'toString',
    ]) {
      expect(findUnit(code)).toBeUndefined();
    }
    expect(findUnit(null as unknown as string)).toBeUndefined();
    expect(findUnit({} as unknown as string)).toBeUndefined();
  });
});

describe('searchUnits', () => {
  const names = (query: string, options?: Parameters<typeof searchUnits>[1]) =>
    searchUnits(query, options).map((unit) => unit.fullName);

  it('ignores case and diacritics, đ included', () => {
    for (const query of [
      'ha noi',
      'HÀ NỘI',
      'Hà Nội',
      'Hà Nội'.normalize('NFD'),
      '  hà   nội ',
      'hanoi',
      'Hanoi City',
    ]) {
      expect(searchUnits(query)[0]?.code, query).toBe('01');
    }
    expect(searchUnits('da nang')[0]?.code).toBe('48');
    expect(searchUnits('Đà Nẵng')[0]?.code).toBe('48');
    expect(searchUnits('dong nai')[0]?.code).toBe('75');
  });

  it('matches short, full and English names', () => {
    expect(searchUnits('thu duc')[0]).toMatchObject({ fullName: 'Phường Thủ Đức', provinceCode: '79' });
    expect(searchUnits('phường ba đình')[0]?.code).toBe('00004');
    expect(searchUnits('ba dinh ward')[0]?.code).toBe('00004');
    expect(searchUnits('thanh pho ho chi minh')[0]?.code).toBe('79');
    expect(searchUnits('paracel')[0]?.code).toBe('20333');
  });

  it('ignores punctuation and apostrophes', () => {
    expect(searchUnits('van mieu quoc tu giam')[0]?.fullName).toBe('Phường Văn Miếu - Quốc Tử Giám');
    expect(searchUnits('ea hleo')[0]?.fullName).toBe("Xã Ea H'Leo");
    expect(searchUnits("Ea H'Leo")[0]?.fullName).toBe("Xã Ea H'Leo");
  });

  it('ranks exact, then prefix, then word prefix, then substring', () => {
    // Exact 'An Phú', prefix 'An Phú Đông', word prefix 'Bắc An Phụ', substring 'Tân Phú'.
    const results = searchUnits('an phu', { limit: Number.POSITIVE_INFINITY });
    const kinds = results.map((unit) => rank(unit, 'an phu'));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(new Set(kinds)).toEqual(new Set([1, 2, 3, 4]));
    expect(results[0]?.name).toBe('An Phú');
  });

  it('puts exact matches before prefix matches', () => {
    const results = searchUnits('an phu', { limit: 50 });
    const exact = results.filter((unit) => foldText(unit.name) === 'an phu');
    expect(results.slice(0, exact.length)).toEqual(exact);
    expect(exact.length).toBeGreaterThan(1);
    expect(results.length).toBeGreaterThan(exact.length);
  });

  it('puts units spelled as typed first among exact matches', () => {
    expect(names('Ba Đình').slice(0, 3)).toEqual(['Phường Ba Đình', 'Xã Ba Đình', 'Xã Ba Dinh']);
    expect(names('Ba Dinh').slice(0, 3)).toEqual(['Xã Ba Dinh', 'Phường Ba Đình', 'Xã Ba Đình']);
    // Either tone-mark placement counts as typed: 'Hòa' and 'Hoà'.
    expect(names('Phường Yên Hòa')[0]).toBe('Phường Yên Hoà');
  });

  it('orders ties provinces first, then in Vietnamese collation order', () => {
    for (const query of ['an', 'binh', 'long', 'son', 'a', 'thanh']) {
      const results = searchUnits(query, { limit: Number.POSITIVE_INFINITY });
      for (let i = 1; i < results.length; i++) {
        const a = results[i - 1] as AdministrativeUnit;
        const b = results[i] as AdministrativeUnit;
        const byRank = rank(a, query) - rank(b, query);
        expect(byRank, `${query}: ${a.fullName} / ${b.fullName}`).toBeLessThanOrEqual(0);
        if (byRank === 0 && a.level !== b.level) expect(a.level).toBe('province');
        if (byRank === 0 && a.level === b.level)
          expect(compareVietnamese(a.name, b.name)).toBeLessThanOrEqual(0);
      }
    }
    expect(names('quang', { limit: 4 })).toEqual([
      'Tỉnh Quảng Ngãi',
      'Tỉnh Quảng Ninh',
      'Tỉnh Quảng Trị',
      'Xã Quảng Bạch',
    ]);
  });

  it('finds every unit by its own full name, first', () => {
    for (const unit of all) {
      const results = searchUnits(unit.fullName, { provinceCode: unit.provinceCode ?? unit.code });
      expect(results[0], unit.fullName).toBe(unit);
    }
  });

  it('filters by province and level', () => {
    const inHanoi = searchUnits('a', { provinceCode: '01', limit: 1000 });
    expect(inHanoi.length).toBeGreaterThan(50);
    for (const unit of inHanoi) expect(unit.provinceCode ?? unit.code).toBe('01');
    expect(codes(searchUnits('ha noi', { level: 'commune' }))).not.toContain('01');
    for (const unit of searchUnits('an', { level: 'province' })) expect(unit.level).toBe('province');
    for (const unit of searchUnits('an', { level: 'commune' })) expect(unit.level).toBe('commune');
    expect(codes(searchUnits('ha noi', { provinceCode: '01', level: 'province' }))).toEqual(['01']);
    expect(searchUnits('thu duc', { provinceCode: '01' })).toEqual([]);
    expect(searchUnits('ha noi', { provinceCode: '99' })).toEqual([]);
  });

  it('limits results, 20 by default', () => {
    expect(searchUnits('a')).toHaveLength(20);
    expect(searchUnits('a', { limit: 3 })).toHaveLength(3);
    expect(searchUnits('a', { limit: 2.9 })).toHaveLength(2);
    expect(searchUnits('a', { limit: Number.POSITIVE_INFINITY }).length).toBeGreaterThan(2000);
    expect(searchUnits('a', { limit: 0 })).toEqual([]);
    expect(searchUnits('a', { limit: -1 })).toEqual([]);
    expect(searchUnits('a', { limit: Number.NaN })).toEqual([]);
  });

  it('returns a fresh array of frozen units', () => {
    const first = searchUnits('ha noi');
    first.length = 0;
    expect(searchUnits('ha noi')[0]).toBe(provinces[0]);
  });

  it('returns [] for empty, blank and punctuation-only queries', () => {
    for (const query of ['', ' ', '\t\n', '   ', '-', "'", '|', '...'])
      expect(searchUnits(query)).toEqual([]);
    expect(searchUnits('zzzzzz')).toEqual([]);
    expect(searchUnits('a'.repeat(10_000))).toEqual([]);
  });

  it('never throws', () => {
    for (const garbage of [null, undefined, 42, {}, [], Symbol.iterator.toString()]) {
      expect(() => searchUnits(garbage as unknown as string)).not.toThrow();
    }
    expect(searchUnits('ha noi', null as unknown as undefined)[0]?.code).toBe('01');
    expect(searchUnits('ha noi', { level: 'district' as 'province' })).toEqual([]);
    expect(searchUnits('ha noi', { provinceCode: 1 as unknown as string })).toEqual([]);
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: -1, max: 50 }),
        (query, limit) => {
          const results = searchUnits(query, { limit });
          expect(results.length).toBeLessThanOrEqual(Math.max(0, limit));
        },
      ),
    );
  });
});

/** Independent re-implementation of the rank, for checking the order: 1 exact, 2 prefix, 3 word prefix, 4 substring. */
function rank(unit: AdministrativeUnit, query: string): number {
  const key = (text: string) =>
    foldText(text)
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const q = key(query);
  const types = '(City|Province|Ward|Commune|Special administrative region)';
  const english = unit.fullNameEn.replace(new RegExp(` ${types}$`), '').replace(new RegExp(`^${types} `), '');
  const keys = [unit.name, unit.fullName, unit.fullNameEn, english].map(key);
  if (keys.includes(q)) return 1;
  if (keys.some((k) => k.startsWith(q))) return 2;
  if (keys.some((k) => ` ${k}`.includes(` ${q}`))) return 3;
  return keys.some((k) => k.includes(q)) ? 4 : 5;
}
