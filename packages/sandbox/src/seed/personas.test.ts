import { describe, expect, it } from 'vitest';
import { DEMO_AGENCY_CODE, PERSONAS } from './personas.js';

/** Structure of a 12-digit personal ID (no checksum exists): 0 + old province code, century/gender, year. */
function isPlausibleCitizenId(id: string): boolean {
  const match = /^0(\d{2})([0-9])(\d{2})\d{6}$/.exec(id);
  if (!match) return false;
  const [, province, centuryGender, yy] = match;
  const century = 1900 + Math.floor(Number(centuryGender) / 2) * 100;
  const year = century + Number(yy);
  return Number(province) >= 1 && Number(province) <= 96 && year >= 1900 && year <= 2026;
}

/** Tax code check digit: N10 = 10 − (Σ wᵢ·Nᵢ mod 11), weights 31 29 23 19 17 13 7 5 3. */
function isValidTaxCode(code: string): boolean {
  const match = /^(\d{10})(-\d{3})?$/.exec(code);
  if (!match?.[1]) return false;
  const digits = [...match[1]].map(Number);
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const remainder = weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0) % 11;
  if (remainder === 0) return false;
  return (remainder === 1 ? 0 : 10 - remainder) === digits[9];
}

describe('seeded personas', () => {
  it('have unique, URL-safe ids', () => {
    const ids = PERSONAS.map((persona) => persona.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  it('give two citizens structurally valid citizen IDs matching their birth year', () => {
    const citizens = PERSONAS.filter((persona) => persona.kind === 'citizen');
    expect(citizens).toHaveLength(2);
    for (const { claims } of citizens) {
      const id = String(claims.citizenId);
      expect(isPlausibleCitizenId(id), id).toBe(true);
      expect(String(claims.birthDate).slice(2, 4)).toBe(id.slice(4, 6));
    }
  });

  it('give the business a tax code with a valid check digit', () => {
    const business = PERSONAS.find((persona) => persona.kind === 'business');
    expect(business?.claims.taxCode).toBe('0100233488');
    expect(isValidTaxCode('0100233488')).toBe(true);
    expect(isValidTaxCode('0100233480')).toBe(false);
  });

  it('staff one agency with a desk officer and a specialist', () => {
    const officers = PERSONAS.filter((persona) => persona.kind === 'officer');
    expect(officers.map((officer) => officer.role).sort()).toEqual(['deskOfficer', 'specialist']);
    for (const officer of officers) expect(officer.agencyCode).toBe(DEMO_AGENCY_CODE);
    expect(DEMO_AGENCY_CODE).toMatch(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/);
  });
});
