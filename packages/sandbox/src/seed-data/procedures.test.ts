import {
  compileFormSpec,
  type FieldSpec,
  FormSpecSchema,
  ProcedureSchema,
  parseProcedureCode,
  validate,
} from '@motcua/core';
import { findUnit } from '@motcua/core/units';
import { describe, expect, it } from 'vitest';
import { agencyByCode } from './agencies.js';
import {
  ACCEPTED_TYPES,
  localProcedure,
  procedureAgencies,
  seedProcedureByCode,
  seedProcedureCatalogue,
  seedProcedures,
} from './procedures/index.js';

function* walk(fields: readonly FieldSpec[]): Generator<FieldSpec> {
  for (const field of fields) {
    yield field;
    if (field.type === 'group' || field.type === 'section') yield* walk(field.fields);
  }
}

const communeInProvince = (communeCode: string, provinceCode: string) => {
  const unit = findUnit(communeCode);
  return unit ? unit.provinceCode === provinceCode : undefined;
};

describe('seedProcedures', () => {
  it('has at least 25 procedures with unique, well-formed national codes', () => {
    expect(seedProcedures.length).toBeGreaterThanOrEqual(25);
    const codes = seedProcedures.map((procedure) => procedure.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const seed of seedProcedureCatalogue) {
      expect(parseProcedureCode(seed.code)?.kind, seed.code).toBe('national');
      // Illustrative codes live in the 9. range, which the national database does not issue.
      expect(seed.code.startsWith('9.'), seed.code).toBe(seed.codeProvenance === 'illustrative');
    }
  });

  it('spreads over commune and province levels', () => {
    const count = (level: string) =>
      seedProcedures.filter((procedure) => procedure.implementingLevel === level).length;
    expect(count('commune')).toBeGreaterThanOrEqual(15);
    expect(count('province')).toBeGreaterThanOrEqual(6);
  });

  it.each(seedProcedures.map((procedure) => [procedure.code, procedure] as const))(
    '%s passes ProcedureSchema',
    (_, procedure) => {
      const result = validate(ProcedureSchema, procedure);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    },
  );

  it.each(seedProcedures.map((procedure) => [procedure.code, procedure] as const))(
    '%s has an e-form that passes FormSpecSchema and compiles',
    (_, procedure) => {
      const spec = procedure.formSpec;
      if (!spec) throw new Error(`${procedure.code} has no e-form`);
      const result = validate(FormSpecSchema, spec);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(() => compileFormSpec(spec, { communeInProvince })).not.toThrow();
    },
  );

  it('binds every attachment field to a component of its procedure, with the component’s limits', () => {
    for (const procedure of seedProcedures) {
      const components = new Map(procedure.documentComponents.map((component) => [component.id, component]));
      for (const field of walk(procedure.formSpec?.fields ?? [])) {
        if (field.type !== 'attachment') continue;
        const component = components.get(field.componentId);
        expect(component, `${procedure.code} ${field.name} → ${field.componentId}`).toBeDefined();
        expect(field.acceptedTypes).toEqual(component?.acceptedTypes);
        expect(field.maxSizeBytes).toBe(component?.maxSizeBytes);
      }
    }
  });

  it('accepts PDF, JPEG and PNG in every component and has unique e-form ids', () => {
    for (const procedure of seedProcedures)
      for (const component of procedure.documentComponents)
        expect(component.acceptedTypes).toEqual(ACCEPTED_TYPES);
    const ids = seedProcedures.map((procedure) => procedure.formSpec?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offers online channels only when the procedure is online, with processing times', () => {
    for (const procedure of seedProcedures) {
      const online = procedure.channels.some((channel) => channel.channel === 2);
      expect(online, procedure.code).toBe(procedure.onlineLevel !== 'none');
      for (const channel of procedure.channels) expect(channel.processingTime.value).toBeGreaterThan(0);
      expect(procedure.legalBasis.length, procedure.code).toBeGreaterThan(0);
      expect(procedure.steps.length, procedure.code).toBeGreaterThan(1);
    }
  });

  it('keeps the real fees the seed claims', () => {
    const feeOf = (code: string, channel = 1) =>
      seedProcedureByCode(code)
        ?.channels.find((c) => c.channel === channel)
        ?.fees.reduce((sum, fee) => sum + fee.amount, 0);
    expect(feeOf('1.001193')).toBe(0); // on-time birth registration is free
    expect(feeOf('1.000894')).toBe(0); // domestic marriage is free
    expect(feeOf('3.000333')).toBe(200_000); // judicial record certificate
    expect(feeOf('1.001612')).toBe(100_000); // household business registration
    expect(feeOf('1.004222')).toBe(20_000);
    expect(feeOf('1.004222', 2)).toBe(10_000);
    expect(feeOf('2.000884')).toBe(10_000);
  });
});

describe('procedure agencies', () => {
  it('resolves every procedure’s agency roles in each seeded province', () => {
    const places = [{ communeCode: '00004' }, { communeCode: '26740' }, { communeCode: '24958' }];
    for (const seed of seedProcedureCatalogue) {
      for (const where of places) {
        const agencies = procedureAgencies(seed, where);
        expect(agencies.length, `${seed.code} @ ${where.communeCode}`).toBe(seed.agencyRoles.length);
        expect(agencies.some((agency) => agency.role === 'implementing')).toBe(true);
        for (const agency of agencies) expect(agencyByCode(agency.code)?.name).toBe(agency.name);
      }
    }
  });

  it('publishes local versions with the province’s code and concrete agencies', () => {
    const local = localProcedure('1.001193', { communeCode: '00004' });
    expect(local?.code).toBe('1.001193.000.00.00.H26');
    expect(parseProcedureCode(local?.code ?? '')).toMatchObject({
      kind: 'local',
      agencyCode: '000.00.00.H26',
    });
    expect(local?.agencies[0]).toEqual({
      code: '001.00.00.H26',
      name: 'Ủy ban nhân dân phường Ba Đình',
      role: 'implementing',
    });
    expect(validate(ProcedureSchema, local).ok).toBe(true);
    expect(localProcedure('3.000333', { provinceCode: '68' })?.agencies[0]?.name).toBe(
      'Công an tỉnh Lâm Đồng',
    );
    expect(localProcedure('1.001193', { provinceCode: '04' })).toBeUndefined();
  });
});

describe('birth registration e-form', () => {
  it('accepts a complete submission and strips hidden answers', () => {
    const spec = seedProcedureByCode('1.001193')?.formSpec;
    if (!spec) throw new Error('birth registration has no e-form');
    const validator = compileFormSpec(spec, {
      communeInProvince,
      now: () => new Date('2026-01-10T03:00:00Z'),
    });
    const answers = {
      applicantFullName: 'Trần Thị Bình',
      applicantCitizenId: '036190004512',
      applicantBirthDate: '1990-08-22',
      applicantResidence: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
      applicantPhone: '0987654321',
      applicantRelation: 'mother',
      registrationType: 'onTime',
      lateReason: 'typed, then hidden',
      childFullName: 'Nguyễn Ngọc Hân',
      childBirthDate: '2026-01-02',
      childGender: 'female',
      childBirthPlace: { provinceCode: '01', communeCode: '00235' },
      childEthnicity: 'kinh',
      childHometown: 'Xã Phù Đổng, thành phố Hà Nội',
      motherFullName: 'Trần Thị Bình',
      motherCitizenId: '036190004512',
      fatherFullName: 'Nguyễn Văn An',
      fatherCitizenId: '001087123456',
      birthCertificate: [
        { fileId: 'file_01', name: 'giay-chung-sinh.pdf', mediaType: 'application/pdf', size: 120_000 },
      ],
      resultDelivery: 'electronic',
      declaration: true,
    };
    const result = validate(validator, answers);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) expect(result.value).not.toHaveProperty('lateReason');
    const wrongCommune = validate(validator, {
      ...answers,
      childBirthPlace: { provinceCode: '79', communeCode: '00235' },
    });
    expect(wrongCommune.ok).toBe(false);
  });
});
