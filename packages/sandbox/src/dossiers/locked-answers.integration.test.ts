import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { seedProcedureByCode } from '../seed-data/index.js';
import { AN_APPLICANT, answersFor, client, fileDossier, type Loose } from './test-support.js';

const BIRTH = '1.001193';
const CITIZEN_IDS: Record<string, string> = {
  'citizen-an': '001087123456',
  'citizen-binh': '036190004512',
  'citizen-mai': '083168002456',
  'citizen-registry-down': '001199999999',
};
const procedure = seedProcedureByCode(BIRTH);
if (!procedure) throw new Error('no birth registration procedure');

/** What the population registry holds for citizen An (`citizen-an`). */
const AN_REGISTRY = {
  applicantFullName: 'Nguyễn Văn An',
  applicantCitizenId: '001087123456',
  applicantBirthDate: '1987-03-15',
};

describe.each(testDatabases())('locked prefilled answers on $name', (engine) => {
  let sb: RunningSandbox;
  let api: ReturnType<typeof client>;
  const tokens = new Map<string, string>();
  const as = async (persona: string) => {
    const token = tokens.get(persona) ?? (await sb.token(persona));
    tokens.set(persona, token);
    return token;
  };
  const consent = async (persona: string, scopes: string[]) => {
    const granted = await api.post('/citizen-data/consents', {
      token: await as(persona),
      json: { purpose: 'Đăng ký khai sinh cho con', procedureCode: BIRTH, scopes },
    });
    expect(granted.status).toBe(201);
  };
  /** A complete draft of a birth registration with the persona's own ID, ready to submit. */
  const draft = async (persona: string) =>
    (await fileDossier(sb, await as(persona), {
      submit: false,
      formData: { ...AN_REGISTRY, applicantCitizenId: CITIZEN_IDS[persona] },
    })) as Loose;
  const submit = async (persona: string, id: string, formData: Record<string, unknown>, locale = 'vi') =>
    api.post(`/dossiers/${id}/submit`, {
      token: await as(persona),
      json: { formData, declaration: true },
      headers: { 'Accept-Language': locale },
    });
  const answers = (overrides: Record<string, unknown> = {}) =>
    answersFor(procedure, { ...AN_REGISTRY, ...overrides });

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
  });
  afterAll(() => sb.stop());

  describe('with consent, the registry vouches for every locked answer it prefilled', () => {
    beforeAll(() => consent('citizen-an', ['fullName', 'citizenId', 'birthDate', 'permanentAddress']));

    it('refuses a changed citizen ID with a field error on that field', async () => {
      const { id } = await draft('citizen-an');
      const refused = await submit('citizen-an', id, answers({ applicantCitizenId: '001087123457' }));
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('dossier.prefillMismatch');
      expect(refused.body.title).toBe('Thông tin điền sẵn từ dữ liệu của Nhà nước không được sửa');
      expect(refused.body.errors).toEqual([
        {
          path: ['formData', 'applicantCitizenId'],
          code: 'dossier.prefillMismatch',
          message: 'Số định danh cá nhân phải đúng như Cơ sở dữ liệu quốc gia về dân cư (không được sửa)',
        },
      ]);
      const unchanged = await api.get(`/dossiers/${id}`, { token: await as('citizen-an') });
      expect(unchanged.body.status).toBe(0);
    });

    it('refuses changed registry data other than the ID, in English too', async () => {
      const { id } = await draft('citizen-an');
      const refused = await submit(
        'citizen-an',
        id,
        answers({ applicantBirthDate: '1990-01-01', applicantFullName: 'Nguyễn Văn Ân' }),
        'en',
      );
      expect(refused.status).toBe(422);
      expect(refused.body.title).toBe('Prefilled government data may not be changed');
      expect(refused.body.errors).toEqual([
        {
          path: ['formData', 'applicantFullName'],
          code: 'dossier.prefillMismatch',
          message: "Applicant's full name must be as the National Population Database records it (locked)",
        },
        {
          path: ['formData', 'applicantBirthDate'],
          code: 'dossier.prefillMismatch',
          message: 'Date of birth must be as the National Population Database records it (locked)',
        },
      ]);
    });

    it('accepts the prefilled values, and changes to the editable ones', async () => {
      const { id } = await draft('citizen-an');
      const filed = await submit(
        'citizen-an',
        id,
        answers({
          applicantFullName: '  Nguyễn  Văn An ',
          applicantResidence: { provinceCode: '01', communeCode: '00004', street: 'Số 99 phố Kim Mã' },
        }),
      );
      expect(filed.status).toBe(200);
      expect(filed.body.status).toBe(1);
    });

    it('refuses a changed locked answer when a draft is created or updated', async () => {
      const token = await as('citizen-an');
      const created = await api.post('/dossiers', {
        token,
        json: {
          procedureCode: BIRTH,
          applicant: AN_APPLICANT,
          formData: { applicantCitizenId: '001087123457' },
        },
      });
      expect(created.status).toBe(422);
      expect(created.body.errors[0].path).toEqual(['formData', 'applicantCitizenId']);

      const { id } = await draft('citizen-an');
      const updated = await api.patch(`/dossiers/${id}`, {
        token,
        json: { formData: { applicantBirthDate: '1987-03-16' } },
      });
      expect(updated.status).toBe(422);
      expect(updated.body.code).toBe('dossier.prefillMismatch');
      expect(updated.body.errors[0].path).toEqual(['formData', 'applicantBirthDate']);
      // A partial draft is fine: only the answers given are compared.
      const partial = await api.patch(`/dossiers/${id}`, {
        token,
        json: { formData: { applicantBirthDate: '1987-03-15' } },
      });
      expect(partial.status).toBe(200);
    });
  });

  describe('without consent nothing was prefilled from the registry', () => {
    it('still checks the applicant’s own ID against the signed-in identity', async () => {
      const { id } = await draft('citizen-binh');
      const refused = await submit('citizen-binh', id, answers({ applicantCitizenId: '001087123456' }));
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        {
          path: ['formData', 'applicantCitizenId'],
          code: 'dossier.prefillMismatch',
          message: 'Số định danh cá nhân phải là số của người đã đăng nhập (không được sửa)',
        },
      ]);
    });

    it('accepts typed name and birth date unchecked', async () => {
      const { id } = await draft('citizen-binh');
      const filed = await submit(
        'citizen-binh',
        id,
        answers({
          applicantCitizenId: '036190004512',
          applicantFullName: 'Trần Thị Bình',
          applicantBirthDate: '1990-01-01',
        }),
      );
      expect(filed.status).toBe(200);
    });

    it('also when the consent does not cover the claim, or the registry is down', async () => {
      await consent('citizen-mai', ['permanentAddress']);
      const mai = await draft('citizen-mai');
      const maiFiled = await submit(
        'citizen-mai',
        mai.id,
        answers({ applicantCitizenId: '083168002456', applicantBirthDate: '1990-01-01' }),
      );
      expect(maiFiled.status).toBe(200);

      await consent('citizen-registry-down', ['fullName', 'citizenId', 'birthDate']);
      const down = await draft('citizen-registry-down');
      const downFiled = await submit(
        'citizen-registry-down',
        down.id,
        answers({ applicantCitizenId: '001199999999', applicantFullName: 'Phạm Văn Tạm' }),
      );
      expect(downFiled.status).toBe(200);
    });
  });
});
