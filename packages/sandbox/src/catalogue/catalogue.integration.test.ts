import {
  type Agency,
  compileFormSpec,
  type Procedure,
  ProcedureSchema,
  type ProcedureSummary,
  validate,
} from '@motcua/core';
import { findUnit } from '@motcua/core/units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { seedAgencies, seedProcedures } from '../seed-data/index.js';
import { agencyPartsIn, findAgency, findProcedure } from './repository.js';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const communeInProvince = (communeCode: string, provinceCode: string) => {
  const unit = findUnit(communeCode);
  return unit ? unit.provinceCode === provinceCode : undefined;
};

describe.each(testDatabases())('catalogue on $name', (engine) => {
  let sb: RunningSandbox;
  const getJson = async <T>(path: string) => {
    const response = await sb.request(path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
  const codes = async (query: string) =>
    (await getJson<Page<ProcedureSummary>>(`/procedures?limit=100&${query}`)).items.map((item) => item.code);
  /** Every item of a listing, page by page. */
  const allPages = async <T>(path: string, limit: number) => {
    const items: T[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page: Page<T> = await getJson<Page<T>>(
        `${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    return { items, pages };
  };

  beforeAll(async () => {
    sb = await startSandbox(engine);
  });
  afterAll(() => sb.stop());

  describe('procedures.search', () => {
    it('finds procedures by name without diacritics or case', async () => {
      for (const q of ['khai sinh', 'KHAI SINH', 'Khai Sinh', 'khai  sinh']) {
        const found = await codes(`q=${encodeURIComponent(q)}`);
        expect(found, q).toContain('1.001193');
        expect(found, q).toContain('1.004884'); // đăng ký lại khai sinh
        expect(found, q).not.toContain('1.000894'); // kết hôn
      }
      expect(await codes(`q=${encodeURIComponent('đăng ký kết hôn')}`)).toEqual(['1.000894']);
      expect(await codes(`q=${encodeURIComponent('dang ky ket hon')}`)).toEqual(['1.000894']);
      expect(await codes('q=ly%20lich%20tu%20phap')).toEqual(['3.000333']);
    });

    it('finds procedures by (part of) their code, and treats LIKE wildcards literally', async () => {
      expect(await codes('q=1.001193')).toEqual(['1.001193']);
      expect(await codes('q=9.0001')).toEqual(['9.000101', '9.000102']);
      expect(await codes('q=%25')).toEqual([]);
      expect(await codes('q=_')).toEqual([]);
    });

    it('filters by field, level, online level and agency', async () => {
      const civilStatus = seedProcedures.filter((p) => p.field.code === 'G09-TP05').map((p) => p.code);
      expect(await codes('fieldCode=G09-TP05')).toEqual(civilStatus);
      const provincial = await codes('level=province');
      expect(provincial).toEqual(
        seedProcedures.filter((p) => p.implementingLevel === 'province').map((p) => p.code),
      );
      expect(provincial).toContain('3.000333');
      expect(await codes('onlineLevel=none')).toEqual(['2.000884']);
      expect(await codes('level=commune&onlineLevel=full&fieldCode=G01-CA03')).toEqual([
        '1.004222',
        '1.004194',
        '1.002755',
      ]);
      // Ba Đình's committee carries out the commune committees' procedures, not the police's residence ones.
      const baDinh = await codes('agencyCode=001.00.00.H26');
      expect(baDinh).toContain('1.001193');
      expect(baDinh).not.toContain('1.004222');
      expect(baDinh).not.toContain('3.000333');
      // The commune police: residence registration, and a coordinating part in the linked birth procedure.
      expect(await codes('agencyCode=001.00.10.H26')).toEqual([
        '1.004222',
        '1.004194',
        '1.002755',
        '9.000301',
      ]);
      // Hà Nội's police and service centre share the judicial record certificate.
      expect(await codes('agencyCode=000.00.01.H26')).toEqual(['3.000333']);
      expect(await codes('agencyCode=000.00.10.H26')).toEqual(['3.000333', '3.000347']);
      expect(await codes('agencyCode=000.00.99.H26')).toEqual([]);
    });

    it('answers summaries in the catalogue’s order', async () => {
      const page = await getJson<Page<ProcedureSummary>>('/procedures?limit=2');
      expect(page.items).toEqual(
        seedProcedures.slice(0, 2).map((p) => ({
          code: p.code,
          name: p.name,
          implementingLevel: p.implementingLevel,
          field: p.field,
          onlineLevel: p.onlineLevel,
        })),
      );
      expect(page.nextCursor).toEqual(expect.any(String));
    });

    it('pages through every procedure with a stable order, without repeats or gaps', async () => {
      const { items, pages } = await allPages<ProcedureSummary>('/procedures', 7);
      expect(pages).toBe(Math.ceil(seedProcedures.length / 7));
      expect(items.map((item) => item.code)).toEqual(seedProcedures.map((p) => p.code));
      const filtered = await allPages<ProcedureSummary>('/procedures?level=commune', 4);
      expect(filtered.items.map((item) => item.code)).toEqual(await codes('level=commune'));
    });

    it('refuses a forged cursor and out-of-range limits with 422', async () => {
      expect((await sb.request('/procedures?cursor=forged')).status).toBe(422);
      expect((await sb.request('/procedures?limit=0')).status).toBe(422);
      expect((await sb.request('/procedures?limit=101')).status).toBe(422);
      expect((await sb.request('/procedures?level=district')).status).toBe(422);
    });
  });

  describe('procedures.get', () => {
    it('answers the full national record, with an e-form that compiles', async () => {
      const procedure = await getJson<Procedure>('/procedures/1.001193');
      expect(validate(ProcedureSchema, procedure).ok).toBe(true);
      expect(procedure).toEqual(seedProcedures.find((p) => p.code === '1.001193'));
      expect(procedure.documentComponents.map((c) => c.id)).toContain('giay-chung-sinh');
      expect(procedure.channels.map((c) => c.channel)).toEqual([1, 2, 3]);
      expect(procedure.agencies).toEqual([]);
      const spec = procedure.formSpec;
      if (!spec) throw new Error('no e-form');
      const validator = compileFormSpec(spec, { communeInProvince });
      expect(validator).toBeDefined();
    });

    it('keeps fees per channel', async () => {
      const procedure = await getJson<Procedure>('/procedures/1.004222');
      const total = (channel: number) =>
        procedure.channels.find((c) => c.channel === channel)?.fees.reduce((sum, fee) => sum + fee.amount, 0);
      expect(total(1)).toBe(20_000);
      expect(total(2)).toBe(10_000);
    });

    it('compiles the e-form of every procedure it serves', async () => {
      for (const { code } of seedProcedures) {
        const procedure = await getJson<Procedure>(`/procedures/${code}`);
        expect(() =>
          compileFormSpec(procedure.formSpec ?? ({ id: 'x', version: 1, fields: [] } as never)),
        ).not.toThrow();
      }
    });

    it('answers a local code with the agencies of that place', async () => {
      const local = await getJson<Procedure>('/procedures/1.001193.001.00.00.H26');
      expect(local.code).toBe('1.001193.001.00.00.H26');
      expect(local.agencies).toEqual([
        { code: '001.00.00.H26', name: 'Ủy ban nhân dân phường Ba Đình', role: 'implementing' },
        { code: '001.00.00.H26', name: 'Ủy ban nhân dân phường Ba Đình', role: 'deciding' },
      ]);
      const provincial = await getJson<Procedure>('/procedures/3.000333.000.00.00.H56');
      expect(provincial.agencies.map((a) => [a.code, a.role])).toEqual([
        ['000.00.10.H56', 'implementing'],
        ['000.00.10.H56', 'deciding'],
        ['000.00.01.H56', 'coordinating'],
      ]);
    });

    it('answers 404 problems for unknown procedures and places, 422 for malformed codes', async () => {
      for (const path of ['/procedures/9.999999', '/procedures/1.001193.000.00.00.H99']) {
        const response = await sb.request(path);
        expect(response.status, path).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(((await response.json()) as { code: string }).code).toBe('resource.notFound');
      }
      expect((await sb.request('/procedures/khai-sinh')).status).toBe(422);
    });
  });

  describe('agencies', () => {
    it('lists every seeded agency over pages, in seed order', async () => {
      const { items } = await allPages<Agency>('/agencies', 100);
      expect(items.map((agency) => agency.code)).toEqual(seedAgencies.map((agency) => agency.code));
      expect(items[0]).toEqual(seedAgencies[0]);
    });

    it('searches without diacritics and filters by province, kind and procedure', async () => {
      const baDinh = await getJson<Page<Agency>>('/agencies?q=phuong%20ba%20dinh');
      expect(baDinh.items.map((agency) => agency.name)).toEqual([
        'Ủy ban nhân dân phường Ba Đình',
        'Công an phường Ba Đình',
      ]);
      const english = await getJson<Page<Agency>>('/agencies?q=department%20of%20justice');
      expect(english.items.map((agency) => agency.code)).toEqual([
        '000.00.02.H26',
        '000.00.02.H29',
        '000.00.02.H56',
      ]);
      const lamDongDepartments = await getJson<Page<Agency>>(
        '/agencies?provinceCode=68&kind=department&limit=100',
      );
      expect(lamDongDepartments.items.length).toBe(9);
      expect(lamDongDepartments.items.every((agency) => agency.provinceCode === '68')).toBe(true);
      const receiving = await getJson<Page<Agency>>('/agencies?procedureCode=3.000333');
      expect(receiving.items.map((agency) => agency.code)).toEqual([
        '000.00.10.H26',
        '000.00.10.H29',
        '000.00.10.H56',
      ]);
      const communes = await getJson<Page<Agency>>(
        '/agencies?procedureCode=1.001193&provinceCode=01&limit=3',
      );
      expect(communes.items.every((agency) => agency.kind === 'communeCommittee')).toBe(true);
      expect(communes.nextCursor).not.toBeNull();
    });

    it('reads one agency, or answers 404', async () => {
      expect(await getJson<Agency>('/agencies/000.00.02.H26')).toMatchObject({
        name: 'Sở Tư pháp thành phố Hà Nội',
        kind: 'department',
        provinceCode: '01',
        parentCode: '000.00.00.H26',
      });
      const missing = await sb.request('/agencies/000.00.77.H26');
      expect(missing.status).toBe(404);
      expect((await sb.request('/agencies/not-a-code')).status).toBe(422);
    });
  });

  describe('repository', () => {
    it('finds procedures and agencies, and the parts agencies play', async () => {
      const db = sb.sandbox.db;
      expect((await findProcedure(db, '1.001193'))?.formSpec?.id).toBe('to-khai-dang-ky-khai-sinh');
      expect((await findProcedure(db, '1.001193.01'))?.code).toBe('1.001193');
      expect(await findProcedure(db, '9.999999')).toBeUndefined();
      expect(await findProcedure(db, 'nonsense')).toBeUndefined();
      expect((await findAgency(db, '001.00.00.H26'))?.communeCode).toBe('00004');
      expect(await findAgency(db, '000.00.77.H26')).toBeUndefined();
      expect(await agencyPartsIn(db, '1.001193', '001.00.00.H26')).toEqual(['deciding', 'implementing']);
      expect(await agencyPartsIn(db, '3.000333.000.00.00.H26', '000.00.01.H26')).toEqual(['coordinating']);
      expect(await agencyPartsIn(db, '1.001193', '000.00.02.H26')).toEqual([]);
    });
  });
});
