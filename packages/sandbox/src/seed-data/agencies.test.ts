import { AgencySchema, parseAgencyCode, validate } from '@motcua/core';
import { communesOf, findUnit } from '@motcua/core/units';
import { describe, expect, it } from 'vitest';
import {
  agencyByCode,
  agencyForCommune,
  agencyForRole,
  PROVINCE_LEVEL1_CODES,
  PROVINCIAL_BODIES,
  policeForCommune,
  SEED_PROVINCE_CODES,
  seedAgencies,
} from './agencies.js';

describe('seedAgencies', () => {
  it('passes core AgencySchema', () => {
    for (const agency of seedAgencies) {
      const result = validate(AgencySchema, agency);
      expect(result.ok, `${agency.code}: ${JSON.stringify(result)}`).toBe(true);
    }
  });

  it('has unique codes that parse, with the province level-1 code and a consistent parent', () => {
    const codes = new Set<string>();
    for (const agency of seedAgencies) {
      expect(codes.has(agency.code), agency.code).toBe(false);
      codes.add(agency.code);
      const info = parseAgencyCode(agency.code);
      expect(info, agency.code).not.toBeNull();
      expect(info?.level1).toBe(
        PROVINCE_LEVEL1_CODES[agency.provinceCode as keyof typeof PROVINCE_LEVEL1_CODES],
      );
      expect(info?.level1Kind).toBe('province');
      expect(agency.parentCode ?? null).toBe(info?.parentCode ?? null);
      if (agency.parentCode) expect(agencyByCode(agency.parentCode), agency.parentCode).toBeDefined();
    }
  });

  it('seeds a committee, a service centre and the provincial bodies in each province', () => {
    for (const provinceCode of SEED_PROVINCE_CODES) {
      const committee = agencyForRole('provincialCommittee', { provinceCode });
      expect(committee?.kind).toBe('provincialCommittee');
      expect(committee?.name).toMatch(/^Ủy ban nhân dân (thành phố|Thành phố|tỉnh) /);
      for (const body of PROVINCIAL_BODIES) {
        const agency = agencyForRole(body.role, { provinceCode });
        expect(agency?.kind, `${provinceCode} ${body.role}`).toBe(body.kind);
        expect(agency?.parentCode).toBe(committee?.code);
      }
    }
    const departments = seedAgencies.filter(
      (agency) => agency.kind === 'department' && agency.provinceCode === '68',
    );
    expect(departments.length).toBeGreaterThanOrEqual(6);
  });

  it('gives every commune of the seeded provinces its People’s Committee and police', () => {
    for (const provinceCode of SEED_PROVINCE_CODES) {
      const communes = communesOf(provinceCode);
      expect(communes.length).toBeGreaterThan(100);
      for (const commune of communes) {
        const committee = agencyForCommune(commune.code);
        expect(committee?.kind, commune.code).toBe('communeCommittee');
        expect(committee?.communeCode).toBe(commune.code);
        expect(committee?.provinceCode).toBe(provinceCode);
        expect(committee?.name).toBe(
          `Ủy ban nhân dân ${commune.fullName.charAt(0).toLowerCase()}${commune.fullName.slice(1)}`,
        );
        expect(policeForCommune(commune.code)?.kind).toBe('police');
      }
    }
    expect(seedAgencies.filter((agency) => agency.kind === 'communeCommittee')).toHaveLength(126 + 168 + 124);
  });

  it('uses existing unit codes only', () => {
    for (const agency of seedAgencies) {
      expect(findUnit(agency.provinceCode)?.level).toBe('province');
      if (agency.communeCode) expect(findUnit(agency.communeCode)?.provinceCode).toBe(agency.provinceCode);
    }
  });

  it('is deterministic and documented by example', () => {
    expect(agencyForCommune('00004')).toMatchObject({
      code: '001.00.00.H26',
      name: 'Ủy ban nhân dân phường Ba Đình',
      nameEn: "People's Committee of Ba Dinh Ward",
    });
    expect(agencyByCode('000.00.02.H26')?.name).toBe('Sở Tư pháp thành phố Hà Nội');
    expect(agencyForRole('justice', { provinceCode: '68' })?.code).toBe('000.00.02.H56');
    expect(agencyForRole('communeCommittee', { communeCode: '26732' })?.name).toBe(
      'Ủy ban nhân dân đặc khu Côn Đảo',
    );
    expect(agencyForCommune('99999')).toBeUndefined();
    expect(agencyForCommune('04000')).toBeUndefined(); // a commune outside the seeded provinces
  });
});
