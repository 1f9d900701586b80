import { IdentityClaimsSchema, isTaxCode, validate } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { agencyByCode, agencyForRole, SEED_PROVINCE_CODES } from './agencies.js';
import { personaById, STAFFED_COMMUNES, seedApiKeys, seedPersonas } from './personas.js';
import { citizenById } from './population.js';

describe('seedPersonas', () => {
  it('has unique, slug-shaped ids', () => {
    const ids = seedPersonas.map((persona) => persona.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(citizen|business|officer)-[a-z0-9-]+$/);
  });

  it('links citizens to population records, with valid e-ID claims', () => {
    const citizens = seedPersonas.filter((persona) => persona.kind === 'citizen');
    expect(citizens.length).toBeGreaterThanOrEqual(10);
    for (const persona of citizens) {
      const result = validate(IdentityClaimsSchema, persona.claims);
      expect(result.ok, `${persona.id}: ${JSON.stringify(result)}`).toBe(true);
      const record = citizenById(persona.claims.citizenId);
      expect(record?.fullName, persona.id).toBe(persona.claims.name);
      expect(persona.displayName).toBe(record?.fullName);
      expect(persona.agencyCode).toBeNull();
    }
    expect(citizens.filter((persona) => persona.claims.assuranceLevel === 1)).toHaveLength(1);
    expect(citizens.find((persona) => persona.claims.assuranceLevel === 1)?.claims.addresses).toBeUndefined();
  });

  it('gives businesses valid tax codes and registry representatives', () => {
    const businesses = seedPersonas.filter((persona) => persona.kind === 'business');
    expect(businesses.map((persona) => persona.claims.taxCode)).toEqual(
      expect.arrayContaining(['0100233488', '0314409058', '0314409058-002']),
    );
    for (const persona of businesses) {
      expect(isTaxCode(persona.claims.taxCode), persona.claims.taxCode).toBe(true);
      expect(citizenById(persona.claims.representative.citizenId)?.fullName).toBe(
        persona.claims.representative.name,
      );
    }
  });

  it('puts officers in seeded agencies', () => {
    const officers = seedPersonas.filter((persona) => persona.kind === 'officer');
    for (const persona of officers) {
      expect(agencyByCode(persona.agencyCode), persona.id).toBeDefined();
      expect(persona.claims.agencyCode).toBe(persona.agencyCode);
      expect(['deskOfficer', 'specialist']).toContain(persona.role);
    }
  });

  it('staffs each province: service-centre desk, justice specialist, two communes with desk and specialist', () => {
    const staff = (agencyCode: string | undefined, role: string) =>
      seedPersonas.filter(
        (persona) => persona.kind === 'officer' && persona.agencyCode === agencyCode && persona.role === role,
      );
    for (const provinceCode of SEED_PROVINCE_CODES) {
      expect(staff(agencyForRole('serviceCentre', { provinceCode })?.code, 'deskOfficer')).toHaveLength(1);
      expect(staff(agencyForRole('justice', { provinceCode })?.code, 'specialist')).toHaveLength(1);
      expect(STAFFED_COMMUNES[provinceCode]).toHaveLength(2);
      for (const commune of STAFFED_COMMUNES[provinceCode]) {
        const committee = agencyForRole('communeCommittee', { communeCode: commune.code });
        expect(committee?.provinceCode).toBe(provinceCode);
        expect(staff(committee?.code, 'deskOfficer'), commune.slug).toHaveLength(1);
        expect(staff(committee?.code, 'specialist'), commune.slug).toHaveLength(1);
        expect(
          staff(agencyForRole('communePolice', { communeCode: commune.code })?.code, 'specialist'),
        ).toHaveLength(1);
      }
    }
  });

  it('is found by id', () => {
    expect(personaById('citizen-an')?.claims).toMatchObject({ citizenId: '001087123456', assuranceLevel: 2 });
    expect(personaById('officer-ba-dinh-desk')).toMatchObject({
      role: 'deskOfficer',
      agencyCode: '001.00.00.H26',
    });
    expect(personaById('nobody')).toBeUndefined();
  });
});

describe('seedApiKeys', () => {
  it('gives each provincial body one deterministic key', () => {
    const keys = seedApiKeys.map((key) => key.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(seedApiKeys.map((key) => key.id)).size).toBe(keys.length);
    expect(new Set(seedApiKeys.map((key) => key.agencyCode)).size).toBe(keys.length);
    for (const key of seedApiKeys) {
      expect(key.key).toMatch(/^sk_sandbox_h\d{2}_[a-z_]+$/);
      expect(agencyByCode(key.agencyCode), key.id).toBeDefined();
    }
    expect(seedApiKeys.find((key) => key.agencyCode === '000.00.02.H26')?.key).toBe('sk_sandbox_h26_justice');
  });
});
