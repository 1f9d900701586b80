import { CitizenRecordSchema, isCitizenId, isPhoneNumber, parseCitizenId, validate } from '@motcua/core';
import { findUnit } from '@motcua/core/units';
import { resolveLegacyUnit } from '@motcua/core/units/legacy';
import { describe, expect, it } from 'vitest';
import { CITIZEN_IDS, citizenById, residence, seedPopulation, toCitizenRecord } from './population.js';
import { scenarioFor, scenarios } from './scenarios.js';

// A fixed "now" so the tests never depend on the machine's clock.
const NOW = new Date('2026-01-01T00:00:00Z');

describe('seedPopulation', () => {
  it('has about twenty citizens with unique IDs', () => {
    expect(seedPopulation.length).toBeGreaterThanOrEqual(20);
    expect(new Set(seedPopulation.map((citizen) => citizen.citizenId)).size).toBe(seedPopulation.length);
    expect(Object.values(CITIZEN_IDS).sort()).toEqual(
      seedPopulation.map((citizen) => citizen.citizenId).sort(),
    );
  });

  it('passes core CitizenRecordSchema', () => {
    for (const citizen of seedPopulation) {
      const result = validate(CitizenRecordSchema, toCitizenRecord(citizen));
      expect(result.ok, `${citizen.fullName}: ${JSON.stringify(result)}`).toBe(true);
    }
  });

  it('has citizen IDs whose digits agree with birth year, gender and birth-registration province', () => {
    for (const citizen of seedPopulation) {
      const info = parseCitizenId(citizen.citizenId, { now: NOW });
      expect(info, citizen.citizenId).not.toBeNull();
      expect(info?.birthYear, citizen.fullName).toBe(Number(citizen.birthDate.slice(0, 4)));
      expect(info?.gender, citizen.fullName).toBe(citizen.gender);
      // The first three digits name the pre-2025 province of birth registration; it now lies in the province
      // the record's birth place carries.
      const oldProvince = info?.provinceCode.slice(1) ?? '';
      const target = resolveLegacyUnit(oldProvince)?.matches[0]?.targets[0]?.unit.code;
      expect(target, `${citizen.fullName} (${oldProvince})`).toBe(citizen.birthPlace?.provinceCode);
    }
  });

  it('uses current unit codes, communes inside their province, and text that names them', () => {
    for (const citizen of seedPopulation) {
      for (const place of [
        citizen.birthPlace,
        citizen.hometown,
        citizen.permanentAddress,
        citizen.currentAddress,
      ]) {
        if (!place) continue;
        if (place.provinceCode) expect(findUnit(place.provinceCode)?.level, place.text).toBe('province');
        if (place.communeCode) {
          const commune = findUnit(place.communeCode);
          expect(commune?.provinceCode, place.text).toBe(place.provinceCode);
        }
      }
      for (const address of [citizen.permanentAddress, citizen.currentAddress]) {
        expect(address?.communeCode, citizen.fullName).toBeDefined();
        const commune = findUnit(address?.communeCode ?? '');
        expect(address?.text).toContain(commune?.fullName);
        expect(address?.text).toContain(address?.street);
      }
    }
  });

  it('links family relations both ways', () => {
    const inverse = { father: 'child', mother: 'child', spouse: 'spouse', child: undefined } as const;
    for (const citizen of seedPopulation) {
      for (const relation of citizen.relations) {
        const relative = citizenById(relation.citizenId);
        expect(relative, `${citizen.fullName} → ${relation.citizenId}`).toBeDefined();
        if (relation.kind === 'child') {
          const back = relative?.relations.find((r) => r.citizenId === citizen.citizenId);
          expect(back?.kind).toBe(citizen.gender === 'male' ? 'father' : 'mother');
        } else {
          expect(relative?.relations).toContainEqual({
            kind: inverse[relation.kind],
            citizenId: citizen.citizenId,
          });
        }
        if (relation.kind === 'spouse') expect(citizen.maritalStatus).toBe('married');
      }
    }
  });

  it('has valid contact phones', () => {
    for (const citizen of seedPopulation)
      if (citizen.phone) expect(isPhoneNumber(citizen.phone), citizen.phone).toBe(true);
  });

  it('composes addresses from the unit data', () => {
    expect(residence('Số 12 phố Đội Cấn', '00004')).toEqual({
      text: 'Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
      provinceCode: '01',
      communeCode: '00004',
      street: 'Số 12 phố Đội Cấn',
    });
    expect(() => residence('x', '99999')).toThrow();
  });
});

describe('scenarios', () => {
  it('uses values that pass format checks', () => {
    for (const [name, scenario] of Object.entries(scenarios)) {
      const triggers = [
        { trigger: scenario.trigger, value: scenario.value },
        ...('alsoTriggeredBy' in scenario ? scenario.alsoTriggeredBy : []),
      ];
      for (const { trigger, value } of triggers) {
        if (trigger === 'citizenId') expect(isCitizenId(value, { now: NOW }), name).toBe(true);
        if (trigger === 'phone') expect(isPhoneNumber(value), name).toBe(true);
        if (trigger === 'cardNumber') expect(luhn(value) && /^9704\d{12}$/.test(value), name).toBe(true);
      }
    }
  });

  it('names registry citizens, except the unknown and unavailable IDs', () => {
    expect(citizenById(scenarios.unknownCitizen.value)).toBeUndefined();
    expect(citizenById(scenarios.registryUnavailable.value)).toBeUndefined();
    for (const name of [
      'consentNeverGiven',
      'signerRejects',
      'signerLetsExpire',
      'signerWithoutCertificate',
      'payerDeclined',
      'payerTimesOut',
    ] as const) {
      const scenario = scenarios[name];
      const citizen = citizenById(scenario.value);
      expect(citizen, name).toBeDefined();
      for (const alt of 'alsoTriggeredBy' in scenario ? scenario.alsoTriggeredBy : [])
        expect(alt.value).toBe(citizen?.phone);
    }
  });

  it('has no value that triggers two outcomes for the same party', () => {
    const seen = new Set<string>();
    for (const scenario of Object.values(scenarios)) {
      const triggers = [
        { trigger: scenario.trigger, value: scenario.value },
        ...('alsoTriggeredBy' in scenario ? scenario.alsoTriggeredBy : []),
      ];
      for (const { trigger, value } of triggers) {
        const key = `${scenario.party}|${trigger}|${value}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('is looked up by party, trigger and value', () => {
    expect(scenarioFor('signing', 'citizenId', '001081006604')?.name).toBe('signerRejects');
    expect(scenarioFor('signing', 'phone', '0909000408')?.outcome).toBe('expired');
    expect(scenarioFor('payment', 'cardNumber', ' 9704000000000026 ')?.outcome).toBe('failed');
    expect(scenarioFor('payment', 'citizenId', CITIZEN_IDS.an)).toBeUndefined();
    expect(scenarioFor('signing', 'citizenId', CITIZEN_IDS.thu)).toBeUndefined();
  });
});

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
