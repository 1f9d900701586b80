import { IdentityClaimsSchema, validate } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { scenarios, seedApiKeys, seedPersonas } from '../seed-data/index.js';
import {
  DEMO_AGENCY_API_KEY,
  DEMO_AGENCY_CODE,
  DEMO_OFFICER_ID,
  PERSONAS,
  personaSeed,
  REGISTRY_SCENARIO_PERSONAS,
} from './personas.js';

describe('seeded personas', () => {
  it('are seed-data’s personas plus the two registry-scenario citizens, with unique URL-safe ids', () => {
    expect(PERSONAS).toHaveLength(seedPersonas.length + 2);
    const ids = PERSONAS.map((persona) => persona.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    for (const persona of PERSONAS) expect(persona.description.length).toBeGreaterThan(0);
  });

  it('give the registry-scenario citizens valid e-ID claims carrying the magic citizen IDs', () => {
    expect(REGISTRY_SCENARIO_PERSONAS.map((persona) => persona.claims.citizenId)).toEqual([
      scenarios.unknownCitizen.value,
      scenarios.registryUnavailable.value,
    ]);
    for (const persona of REGISTRY_SCENARIO_PERSONAS)
      expect(validate(IdentityClaimsSchema, persona.claims).ok).toBe(true);
  });

  it('keep the demo names working: an agency with a seeded desk officer and a seeded API key', () => {
    expect(personaSeed(DEMO_OFFICER_ID)).toMatchObject({
      kind: 'officer',
      role: 'deskOfficer',
      agencyCode: DEMO_AGENCY_CODE,
    });
    expect(seedApiKeys.find((key) => key.key === DEMO_AGENCY_API_KEY.key)).toMatchObject({
      id: DEMO_AGENCY_API_KEY.id,
      agencyCode: DEMO_AGENCY_CODE,
    });
    expect(personaSeed('citizen-an')?.claims).toMatchObject({ citizenId: '001087123456', assuranceLevel: 2 });
    expect(personaSeed('nobody')).toBeUndefined();
  });
});
