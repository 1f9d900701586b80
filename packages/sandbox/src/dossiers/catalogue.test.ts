import { compileFormSpec, validate } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { isProblemError } from '../http/problem.js';
import {
  agencyForCommune,
  agencyForRole,
  policeForCommune,
  seedProcedureByCode,
} from '../seed-data/index.js';
import {
  appointmentFor,
  findProcedure,
  isOnlineCapable,
  requireReceivingAgency,
  resumedAppointment,
  routeDossier,
} from './catalogue.js';
import { answersFor } from './test-support.js';

/** The procedures the dossier suites file. */
const TEST_PROCEDURES = ['1.001193', '1.002755', '3.000333', '1.004873'];
const BA_DINH = agencyForCommune('00004');
const HOAN_KIEM = agencyForCommune('00070');
const SAI_GON = agencyForCommune('26740');
const procedure = (code: string) => {
  const found = seedProcedureByCode(code);
  if (!found) throw new Error(code);
  return found;
};

function problemCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isProblemError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('procedure lookups', () => {
  it('reads national, local and online-service codes', () => {
    expect(findProcedure('1.001193')?.code).toBe('1.001193');
    expect(findProcedure('1.001193.000.00.00.H26')?.code).toBe('1.001193');
    expect(findProcedure('9.999999')).toBeUndefined();
  });

  it('knows which procedures can be filed online', () => {
    expect(isOnlineCapable(procedure('1.001193'))).toBe(true);
    expect(isOnlineCapable(procedure('2.000884'))).toBe(false);
  });
});

describe('boundary-free routing', () => {
  it('routes a commune-level procedure to the commune of the applicant, wherever it was filed', () => {
    if (!BA_DINH || !HOAN_KIEM) throw new Error('seed');
    expect(routeDossier(procedure('1.001193'), HOAN_KIEM, '00004').code).toBe(BA_DINH.code);
    expect(routeDossier(procedure('1.001193'), BA_DINH, '00004').code).toBe(BA_DINH.code);
    // Residence is the commune police's.
    expect(routeDossier(procedure('1.002755'), HOAN_KIEM, '00004').code).toBe(
      policeForCommune('00004')?.code,
    );
  });

  it("falls back to the receiving commune when the applicant's address is unknown", () => {
    if (!HOAN_KIEM) throw new Error('seed');
    expect(routeDossier(procedure('1.001193'), HOAN_KIEM, undefined).code).toBe(HOAN_KIEM.code);
  });

  it("routes a province-level procedure to the receiving province's department", () => {
    if (!BA_DINH) throw new Error('seed');
    expect(routeDossier(procedure('3.000333'), BA_DINH, '00004').code).toBe(
      agencyForRole('police', { provinceCode: '01' })?.code,
    );
  });

  it('refuses an applicant of another province (boundary-free works within one province)', () => {
    if (!BA_DINH) throw new Error('seed');
    expect(problemCode(() => routeDossier(procedure('1.001193'), BA_DINH, '26740'))).toBe(
      'procedure.notAvailable',
    );
  });

  it('receives only at one-stop desks', () => {
    expect(requireReceivingAgency(SAI_GON?.code ?? '').kind).toBe('communeCommittee');
    const police = policeForCommune('00004')?.code ?? '';
    expect(problemCode(() => requireReceivingAgency(police))).toBe('procedure.notAvailable');
    expect(problemCode(() => requireReceivingAgency('999.99.99.H99'))).toBe('resource.notFound');
  });
});

describe('appointment dates', () => {
  it('counts working days across Tết', () => {
    // Friday 13 Feb 2026, 10:00 in Hà Nội: the last working day before Tết; 3 working days.
    expect(
      appointmentFor(new Date('2026-02-13T03:00:00Z'), { value: 3, unit: 'workingDays' }).toISOString(),
    ).toBe('2026-02-25T10:00:00.000Z');
  });

  it('rounds fractions of a working day up', () => {
    expect(
      appointmentFor(new Date('2026-03-02T02:00:00Z'), { value: 0.5, unit: 'workingDays' }).toISOString(),
    ).toBe('2026-03-03T10:00:00.000Z');
  });

  it('ends calendar-day periods on the next working day when the last day is off', () => {
    // Monday 2 Mar 2026 + 5 days = Saturday 7 Mar → Monday 9 Mar, 17:00.
    expect(appointmentFor(new Date('2026-03-02T02:00:00Z'), { value: 5, unit: 'days' }).toISOString()).toBe(
      '2026-03-09T10:00:00.000Z',
    );
  });

  it('adds clock hours', () => {
    expect(appointmentFor(new Date('2026-03-02T02:00:00Z'), { value: 4, unit: 'hours' }).toISOString()).toBe(
      '2026-03-02T06:00:00.000Z',
    );
  });

  it('grants the working days left at a supplement request again from the answer', () => {
    // Requested Monday 2 Mar 10:00 with the appointment Thursday 5 Mar 17:00: 3 working days left.
    const requested = new Date('2026-03-02T03:00:00Z');
    const previous = new Date('2026-03-05T10:00:00Z');
    // Answered Monday 9 Mar: due Thursday 12 Mar, 17:00.
    expect(resumedAppointment(requested, previous, new Date('2026-03-09T03:00:00Z')).toISOString()).toBe(
      '2026-03-12T10:00:00.000Z',
    );
    // Requested after the appointment had passed: nothing left, due the end of the answer's receipt day.
    expect(
      resumedAppointment(
        new Date('2026-03-06T03:00:00Z'),
        previous,
        new Date('2026-03-09T03:00:00Z'),
      ).toISOString(),
    ).toBe('2026-03-09T10:00:00.000Z');
  });
});

describe('test answers', () => {
  it.each(TEST_PROCEDURES)('answersFor(%s) passes its form, but for attachments', (code) => {
    const seed = procedure(code);
    if (!seed.formSpec) throw new Error(`${code} has no form`);
    const result = validate(compileFormSpec(seed.formSpec), answersFor(seed));
    const issues = result.ok ? [] : result.issues.filter((issue) => issue.code !== 'form.attachmentRequired');
    expect(issues).toEqual([]);
  });
});
