import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';

interface Unit {
  code: string;
  level: string;
  fullName: string;
  provinceCode?: string;
}

describe.each(testDatabases())('administrative-unit routes on $name', (engine) => {
  let sb: RunningSandbox;
  const items = async (path: string, init?: RequestInit) => {
    const response = await sb.request(path, init);
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: Unit[] }).items;
  };

  beforeAll(async () => {
    sb = await startSandbox(engine);
  });
  afterAll(() => sb.stop());

  it('lists the 34 provinces of the two-tier government', async () => {
    const provinces = await items('/units/provinces');
    expect(provinces).toHaveLength(34);
    expect(provinces.find((unit) => unit.code === '01')?.fullName).toBe('Thành phố Hà Nội');
  });

  it('lists the communes of a province', async () => {
    const communes = await items('/units/provinces/01/communes');
    expect(communes.length).toBeGreaterThan(100);
    expect(communes.every((unit) => unit.level === 'commune' && unit.provinceCode === '01')).toBe(true);
    expect(communes[0]?.fullName).toBe('Phường Ba Đình');
  });

  it('answers 404 for an unknown province and 422 for a malformed code', async () => {
    const missing = await sb.request('/units/provinces/99/communes', {
      headers: { 'accept-language': 'en' },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      code: 'resource.notFound',
      detail: 'There is no province with code 99',
    });
    const malformed = await sb.request('/units/provinces/1/communes');
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as { errors: { path: string[] }[] }).errors[0]?.path).toEqual([
      '$params',
      'provinceCode',
    ]);
  });

  it('searches without diacritics, with filters and a limit', async () => {
    expect((await items('/units/search?q=ha%20noi'))[0]?.fullName).toBe('Thành phố Hà Nội');
    const communes = await items('/units/search?q=ba%20dinh&provinceCode=01&level=commune&limit=3');
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.length).toBeLessThanOrEqual(3);
    expect(communes.every((unit) => unit.level === 'commune')).toBe(true);
  });

  it('validates the search query', async () => {
    for (const query of ['', '?q=', '?q=x&level=district', '?q=x&limit=0', `?q=${'a'.repeat(101)}`]) {
      expect((await sb.request(`/units/search${query}`)).status, query).toBe(422);
    }
  });
});
