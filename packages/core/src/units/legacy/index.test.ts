import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnit, provinces } from '../index.js';
import { decodeLegacyRecord, LEGACY_LEVEL, LEGACY_PREFIX } from './codec.js';
import { OLD_PROVINCE_RECORDS, OLD_UNIT_RECORDS } from './data.generated.js';
import { type LegacyMapping, legacyDataInfo, resolveLegacyUnit } from './index.js';

const oldProvinces = OLD_PROVINCE_RECORDS.split('|').map(decodeLegacyRecord);
const oldUnits = OLD_UNIT_RECORDS.flatMap((records) => records.split('|').map(decodeLegacyRecord));
const oldCommunes = oldUnits.filter((record) => LEGACY_LEVEL[record.type] === 'commune');

const only = (query: string, options?: Parameters<typeof resolveLegacyUnit>[1]): LegacyMapping => {
  const resolution = resolveLegacyUnit(query, options);
  expect(resolution?.matches, query).toHaveLength(1);
  return resolution?.matches[0] as LegacyMapping;
};
const targets = (mapping: LegacyMapping) => mapping.targets.map((t) => `${t.unit.code} ${t.merge}`);

describe('legacy data', () => {
  it('has 63 old provinces, 10,047 old communes and 5 island districts', () => {
    expect(oldProvinces).toHaveLength(63);
    expect(OLD_UNIT_RECORDS).toHaveLength(63);
    expect(oldCommunes).toHaveLength(10047);
    expect(oldUnits.filter((record) => record.type === 'district')).toHaveLength(5);
    expect(legacyDataInfo).toMatchObject({ provinceCount: 63, districtCount: 5, communeCount: 10047 });
    expect(legacyDataInfo.reorganisationDate).toBe('2025-07-01');
    expect(legacyDataInfo.sources[0]).toMatchObject({
      repository: 'https://github.com/dvhcvn/20250701',
      commit: 'dd94887c',
    });
    expect(Object.isFrozen(legacyDataInfo)).toBe(true);
  });

  it('has unique old codes', () => {
    const codes = [...oldProvinces, ...oldUnits].map((record) => record.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('maps every old unit to existing current units: one full target, or several partial ones', () => {
    for (const record of [...oldProvinces, ...oldUnits]) {
      expect(record.targets.length).toBeGreaterThan(0);
      for (const target of record.targets) expect(findUnit(target.code), record.code).toBeDefined();
      const merges = new Set(record.targets.map((target) => target.merge));
      expect([...merges]).toEqual(record.targets.length === 1 ? ['full'] : ['partial']);
    }
    for (const record of oldProvinces) {
      expect(record.targets).toHaveLength(1);
      expect(findUnit(record.targets[0]?.code ?? '')?.level).toBe('province');
    }
  });

  it('covers every current unit: each received at least one old unit', () => {
    const reached = new Set(
      [...oldProvinces, ...oldUnits].flatMap((record) => record.targets.map((t) => t.code)),
    );
    for (const province of provinces) expect(reached.has(province.code)).toBe(true);
    expect(reached.size).toBe(34 + 3321);
  });

  it('has 460 old communes split between several current units', () => {
    expect(oldCommunes.filter((record) => record.targets.length > 1)).toHaveLength(460);
  });
});

describe('resolveLegacyUnit by code', () => {
  it('resolves every old province, district and commune by its code', () => {
    for (const record of [...oldProvinces, ...oldUnits]) {
      const mapping = only(record.code);
      expect(mapping.old.code).toBe(record.code);
      expect(mapping.targets.map((t) => t.unit.code)).toEqual(record.targets.map((t) => t.code));
    }
    expect(resolveLegacyUnit('60')?.matchedBy).toBe('code');
  });

  it('resolves an old province merged in full: Bình Thuận → Lâm Đồng', () => {
    const mapping = only('60');
    expect(mapping.old).toEqual({
      code: '60',
      level: 'province',
      type: 'province',
      name: 'Bình Thuận',
      fullName: 'Tỉnh Bình Thuận',
    });
    expect(mapping.oldProvince).toBeUndefined();
    expect(mapping.targets).toEqual([{ unit: findUnit('68'), merge: 'full' }]);
    expect(mapping.targets[0]?.unit.fullName).toBe('Tỉnh Lâm Đồng');
  });

  it('resolves an old commune split in two: 00007 Phường Cống Vị → 00008 + 00025', () => {
    const mapping = only('00007');
    expect(mapping.old).toMatchObject({
      code: '00007',
      level: 'commune',
      type: 'ward',
      fullName: 'Phường Cống Vị',
    });
    expect(mapping.oldProvince?.fullName).toBe('Thành phố Hà Nội');
    expect(targets(mapping)).toEqual(['00008 partial', '00025 partial']);
    expect(mapping.targets.map((t) => t.unit.fullName)).toEqual(['Phường Ngọc Hà', 'Phường Giảng Võ']);
  });

  it('resolves an island district to its special zone', () => {
    const mapping = only('498');
    expect(mapping.old).toMatchObject({ level: 'district', type: 'district', fullName: 'Huyện Hoàng Sa' });
    expect(mapping.targets[0]?.unit).toMatchObject({ code: '20333', type: 'special-zone' });
  });

  it('targets the codes shipped for Ba Chẽ and Ia Mơ, and keeps the old codes apart', () => {
    // Old Thị trấn Ba Chẽ 06970 → current Xã Ba Chẽ, shipped as 06970 (thanglequoc: 06978).
    expect(only('06970').old.fullName).toBe('Thị trấn Ba Chẽ');
    expect(targets(only('06970'))).toEqual(['06970 full']);
    expect(only('06970').targets[0]?.unit).toBe(findUnit('06978'));
    // Old Xã Ia Mơ 23938 → current Xã Ia Mơ, shipped as 23938 (dvhcvn: 23737).
    expect(targets(only('23938'))).toEqual(['23938 full']);
    expect(only('23938').targets[0]?.unit).toBe(findUnit('23737'));
    // Old code 23737 is Xã Ia Mơ Nông, merged into Xã Ia Ly: legacy codes are their own namespace.
    expect(only('23737').old.fullName).toBe('Xã Ia Mơ Nông');
    expect(only('23737').targets[0]?.unit.fullName).toBe('Xã Ia Ly');
    expect(resolveLegacyUnit('06978')).toBeNull();
  });

  it('returns null for unknown codes', () => {
    for (const code of ['00', '99', '0', '1', '0000', '00002', '99999', '000001'])
      expect(resolveLegacyUnit(code)).toBeNull();
  });
});

describe('resolveLegacyUnit by name', () => {
  it('resolves every old unit by short and full name, among the matches', () => {
    for (const record of [...oldProvinces, ...oldUnits]) {
      const fullName = `${LEGACY_PREFIX[record.type]} ${record.name}`;
      // A short name of digits ('Phường 1' → '1') reads as a code: only the full name finds it.
      const queries = /^\d+$/.test(record.name) ? [fullName] : [record.name, fullName];
      for (const query of queries) {
        expect(
          resolveLegacyUnit(query)?.matches.map((m) => m.old.code),
          query,
        ).toContain(record.code);
      }
    }
    expect(resolveLegacyUnit('Phường 1', { province: 'Hồ Chí Minh' })?.matches.length).toBeGreaterThan(10);
  });

  it('ignores case, diacritics and punctuation, and accepts type words', () => {
    for (const query of [
      'Cống Vị',
      'cong vi',
      'CỐNG VỊ',
      'Phường Cống Vị',
      'phuong cong vi',
      'P. Cống Vị',
      'p.cong vi',
    ]) {
      expect(only(query).old.code, query).toBe('00007');
    }
    expect(resolveLegacyUnit('Xã Cống Vị')).toBeNull();
    expect(only('TP Hồ Chí Minh').old.code).toBe('79');
    expect(only('Thành phố Hồ Chí Minh').old.code).toBe('79');
    expect(only('TT. Mường Chà').old.fullName).toBe('Thị trấn Mường Chà');
    expect(only("Ea H'Leo").old.fullName).toBe("Xã Ea H'leo");
  });

  it('finds Thừa Thiên Huế, the name on most pre-2025 ID cards', () => {
    expect(only('Thừa Thiên Huế').old).toMatchObject({ code: '46', fullName: 'Thành phố Huế' });
    expect(only('Tỉnh Thừa Thiên Huế').old.code).toBe('46');
    expect(only('Phú Hội', { province: 'Thừa Thiên Huế' }).old).toMatchObject({
      code: '19786',
      provinceCode: '46',
    });
  });

  it('returns all candidates of a shared name, provinces first', () => {
    const resolution = resolveLegacyUnit('Bình Thuận');
    expect(resolution?.ambiguous).toBe(true);
    expect(resolution?.matchedBy).toBe('name');
    expect(resolution?.matches[0]?.old.fullName).toBe('Tỉnh Bình Thuận');
    expect(resolution?.matches[0]?.targets[0]?.unit.fullName).toBe('Tỉnh Lâm Đồng');
    expect(resolution?.matches.slice(1).every((m) => m.old.level === 'commune')).toBe(true);
    expect(only('Bình Thuận', { level: 'province' }).targets[0]?.unit.code).toBe('68');
  });

  it('lists units spelled as typed first', () => {
    const matches = resolveLegacyUnit('Tân Thành')?.matches ?? [];
    expect(matches).toHaveLength(51);
    const asTyped = matches.filter((m) => m.old.name === 'Tân Thành');
    expect(asTyped).toHaveLength(34);
    expect(matches.slice(0, 34)).toEqual(asTyped);
    expect(resolveLegacyUnit('Tân Thanh')?.matches[0]?.old.name).toBe('Tân Thanh');
  });

  it('narrows by old or current province, code or name', () => {
    expect(only('Tân Thành', { province: 'Hà Giang' }).old.code).toBe('01162');
    expect(only('Tân Thành', { province: 'tinh ha giang' }).old.code).toBe('01162');
    expect(only('Tân Thành', { province: '02' }).old.code).toBe('01162');
    // Old Hà Giang is now part of Tuyên Quang: the current province narrows to both old provinces' communes.
    const inTuyenQuang = resolveLegacyUnit('Tân Thành', { province: 'Tuyên Quang' })?.matches ?? [];
    expect(new Set(inTuyenQuang.map((m) => m.oldProvince?.name))).toEqual(
      new Set(['Hà Giang', 'Tuyên Quang']),
    );
    for (const m of inTuyenQuang) expect(m.targets.some((t) => t.unit.provinceCode === '08')).toBe(true);
    expect(resolveLegacyUnit('Tân Thành', { province: 'Lai Châu' })).toBeNull();
    expect(resolveLegacyUnit('Tân Thành', { province: '' })).toBeNull();
    expect(only('00007', { province: 'Hà Nội' }).old.code).toBe('00007');
    expect(resolveLegacyUnit('00007', { province: 'Huế' })).toBeNull();
  });

  it('never throws', () => {
    for (const garbage of [
      null,
      undefined,
      42,
      {},
      [],
      '',
      '   ',
      '-',
      '__proto__',
      'constructor',
      'x'.repeat(1000),
    ]) {
      expect(() => resolveLegacyUnit(garbage as unknown as string)).not.toThrow();
      expect(resolveLegacyUnit(garbage as unknown as string)).toBeNull();
    }
    expect(() => resolveLegacyUnit('Tân Thành', { province: 7 as unknown as string })).not.toThrow();
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.option(fc.string({ maxLength: 10 })),
        (q, p) => {
          const resolution = resolveLegacyUnit(q, p === null ? undefined : { province: p });
          if (resolution) expect(resolution.matches.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
