import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { CITIZEN_IDS, scenarios } from '../seed-data/index.js';
import { citizenDocumentContent } from './documents.js';
import { populationRecordId } from './registry.js';

interface Consent {
  id: string;
  purpose: string;
  procedureCode: string;
  scopes: string[];
  status: 'active' | 'revoked' | 'expired';
  grantedAt: string;
  expiresAt?: string;
  revokedAt?: string;
}

interface Prefilled {
  value: unknown;
  source: 'population' | 'profile';
  claim: string;
  editable: boolean;
  retrievedAt: string;
  consentId?: string;
  recordId?: string;
}

interface PrefillResult {
  procedureCode: string;
  formSpec: { id: string; version: number };
  values: Record<string, Prefilled>;
}

interface CitizenDocument {
  id: string;
  title: string;
  documentType: string;
  issuer?: string;
  issuedOn?: string;
  validUntil?: string;
  fromDossierCode?: string;
  file: { fileId: string; name: string; mediaType: string; size: number; sha256: string };
}

const BIRTH = '1.001193';
const IDENTITY_SCOPES = ['fullName', 'citizenId', 'birthDate', 'permanentAddress'];

describe.each(testDatabases())('citizen data on $name', (engine) => {
  let sb: RunningSandbox;
  const tokens = new Map<string, string>();
  const tokenOf = async (persona: string) => {
    const cached = tokens.get(persona);
    if (cached) return cached;
    const fresh = await sb.token(persona);
    tokens.set(persona, fresh);
    return fresh;
  };
  const consent = async (
    persona: string,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    sb.request('/citizen-data/consents', {
      method: 'POST',
      json: body,
      token: await tokenOf(persona),
      headers,
    });
  const grant = async (persona: string, procedureCode = BIRTH, scopes = IDENTITY_SCOPES) => {
    const response = await consent(persona, { purpose: 'Đăng ký khai sinh cho con', procedureCode, scopes });
    expect(response.status).toBe(201);
    return (await response.json()) as Consent;
  };
  const prefill = async (persona: string, procedureCode = BIRTH) =>
    sb.request(`/citizen-data/prefill?procedureCode=${procedureCode}`, { token: await tokenOf(persona) });
  const problemOf = async (response: Response) =>
    (await response.json()) as { code: string; detail?: string };

  beforeAll(async () => {
    sb = await startSandbox(engine);
  });
  afterAll(() => sb.stop());

  describe('consent and prefill', () => {
    it('refuses registry prefill without consent (403 auth.consentRequired)', async () => {
      const response = await prefill('citizen-an');
      expect(response.status).toBe(403);
      const problem = await problemOf(response);
      expect(problem.code).toBe('auth.consentRequired');
      expect(problem.detail).toContain('fullName');
    });

    it('prefills registry values with provenance once consent is given, profile values always', async () => {
      const given = await grant('citizen-an');
      expect(given).toMatchObject({ procedureCode: BIRTH, scopes: IDENTITY_SCOPES, status: 'active' });
      expect(Date.parse(given.expiresAt ?? '') - Date.parse(given.grantedAt)).toBe(30 * 86_400_000);

      const response = await prefill('citizen-an');
      expect(response.status).toBe(200);
      const result = (await response.json()) as PrefillResult;
      expect(result.procedureCode).toBe(BIRTH);
      expect(result.formSpec).toEqual({ id: 'to-khai-dang-ky-khai-sinh', version: 1 });
      const recordId = populationRecordId(CITIZEN_IDS.an);
      expect(result.values.applicantFullName).toEqual({
        value: 'Nguyễn Văn An',
        source: 'population',
        claim: 'fullName',
        editable: false,
        retrievedAt: expect.any(String),
        consentId: given.id,
        recordId,
      });
      expect(result.values.applicantCitizenId?.value).toBe(CITIZEN_IDS.an);
      expect(result.values.applicantBirthDate?.value).toBe('1987-03-15');
      expect(result.values.applicantResidence).toMatchObject({
        value: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
        source: 'population',
        editable: true,
      });
      expect(result.values.applicantPhone).toMatchObject({
        value: '0912345678',
        source: 'profile',
        claim: 'phone',
        recordId: `vneid|${CITIZEN_IDS.an}`,
      });
      expect(result.values.applicantPhone?.consentId).toBeUndefined();
      const retrievedAt = Date.parse(result.values.applicantFullName?.retrievedAt ?? '');
      expect(Math.abs(retrievedAt - (await sb.sandbox.now()).getTime())).toBeLessThan(5000);
    });

    it('shares only the claims the consent covers', async () => {
      await grant('citizen-binh', BIRTH, ['fullName']);
      const result = (await (await prefill('citizen-binh')).json()) as PrefillResult;
      expect(result.values.applicantFullName?.value).toBe('Trần Thị Bình');
      expect(result.values.applicantCitizenId).toBeUndefined();
      expect(result.values.applicantResidence).toBeUndefined();
      expect(result.values.applicantPhone?.source).toBe('profile');
    });

    it('covers one procedure: another needs its own consent', async () => {
      const other = await prefill('citizen-an', '1.004194');
      expect(other.status).toBe(403);
      await grant('citizen-an', '1.004194.001.00.10.H26', ['fullName', 'citizenId', 'currentAddress']);
      const result = (await (await prefill('citizen-an', '1.004194')).json()) as PrefillResult;
      expect(result.values.temporaryAddress).toMatchObject({
        value: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
        source: 'population',
        claim: 'currentAddress',
      });
    });

    it('stops prefilling once revoked; revoking twice is 409, someone else’s consent 404', async () => {
      const { items } = (await (
        await sb.request('/citizen-data/consents', { token: await tokenOf('citizen-an') })
      ).json()) as { items: Consent[] };
      const birth = items.find((item) => item.procedureCode === BIRTH);
      if (!birth) throw new Error('no consent');
      expect(birth.status).toBe('active');

      const foreign = await sb.request(`/citizen-data/consents/${birth.id}/revoke`, {
        method: 'POST',
        token: await tokenOf('citizen-binh'),
      });
      expect(foreign.status).toBe(404);

      const revoke = () =>
        sb.request(`/citizen-data/consents/${birth.id}/revoke`, {
          method: 'POST',
          token: tokens.get('citizen-an'),
        });
      const revoked = await revoke();
      expect(revoked.status).toBe(200);
      expect(await revoked.json()).toMatchObject({
        id: birth.id,
        status: 'revoked',
        revokedAt: expect.any(String),
      });
      expect((await prefill('citizen-an')).status).toBe(403);
      const again = await revoke();
      expect(again.status).toBe(409);
      expect((await problemOf(again)).code).toBe('consent.notActive');

      const listed = (await (
        await sb.request('/citizen-data/consents', { token: await tokenOf('citizen-an') })
      ).json()) as { items: Consent[] };
      expect(listed.items.find((item) => item.id === birth.id)?.status).toBe('revoked');
    });

    it('replays createConsent with the same Idempotency-Key', async () => {
      const body = { purpose: 'Đăng ký kết hôn', procedureCode: '1.000894', scopes: ['fullName'] };
      const first = await consent('citizen-phuc', body, { 'idempotency-key': 'consent-1' });
      const second = await consent('citizen-phuc', body, { 'idempotency-key': 'consent-1' });
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(await second.json()).toEqual(await first.json());
    });

    it('refuses consents for unknown procedures and unknown claims', async () => {
      const unknown = await consent('citizen-phuc', {
        purpose: 'x',
        procedureCode: '9.999999',
        scopes: ['fullName'],
      });
      expect(unknown.status).toBe(404);
      const badScope = await consent('citizen-phuc', {
        purpose: 'x',
        procedureCode: BIRTH,
        scopes: ['salary'],
      });
      expect(badScope.status).toBe(422);
      const empty = await consent('citizen-phuc', { purpose: 'x', procedureCode: BIRTH, scopes: [] });
      expect(empty.status).toBe(422);
    });

    it('answers 404 for a procedure it does not know', async () => {
      const response = await prefill('citizen-an', '9.999999');
      expect(response.status).toBe(404);
      expect((await prefill('citizen-an', 'khai-sinh')).status).toBe(422);
    });

    it('prefills a business’s form from its representative', async () => {
      await grant('business-an-phat', '1.001612', ['fullName', 'citizenId', 'birthDate']);
      const result = (await (await prefill('business-an-phat', '1.001612')).json()) as PrefillResult;
      const population = Object.values(result.values).filter((value) => value.source === 'population');
      expect(population.map((value) => value.value)).toContain('Hoàng Minh Tuấn');
      expect(population.map((value) => value.value)).toContain(CITIZEN_IDS.tuan);
    });

    it('lets consents expire after 30 days of test-clock time', async () => {
      await grant('citizen-mai', '1.001776', ['fullName']);
      expect((await prefill('citizen-mai', '1.001776')).status).toBe(200);
      await sb.request('/sandbox/clock/advance', { method: 'POST', json: { days: 30, minutes: 1 } });
      tokens.clear(); // tokens expired too
      expect((await prefill('citizen-mai', '1.001776')).status).toBe(403);
      const { items } = (await (
        await sb.request('/citizen-data/consents', { token: await tokenOf('citizen-mai') })
      ).json()) as { items: Consent[] };
      expect(items[0]?.status).toBe('expired');
      const revoke = await sb.request(`/citizen-data/consents/${items[0]?.id}/revoke`, {
        method: 'POST',
        token: await tokenOf('citizen-mai'),
      });
      expect(revoke.status).toBe(409);
    });
  });

  describe('registry scenarios', () => {
    it('Đỗ Thị Hạnh never consents: nothing is recorded and prefill stays refused', async () => {
      const response = await consent('citizen-hanh', {
        purpose: 'Đăng ký khai sinh',
        procedureCode: BIRTH,
        scopes: ['fullName'],
      });
      expect(response.status).toBe(403);
      expect((await problemOf(response)).code).toBe('auth.consentRequired');
      const { items } = (await (
        await sb.request('/citizen-data/consents', { token: await tokenOf('citizen-hanh') })
      ).json()) as { items: Consent[] };
      expect(items).toEqual([]);
      expect((await prefill('citizen-hanh')).status).toBe(403);
      expect(scenarios.consentNeverGiven.value).toBe(CITIZEN_IDS.hanh);
    });

    it('an ID the registry does not know answers a clear 404', async () => {
      await grant('citizen-unregistered');
      const response = await prefill('citizen-unregistered');
      expect(response.status).toBe(404);
      const problem = await problemOf(response);
      expect(problem.code).toBe('resource.notFound');
      expect(problem.detail).toContain('*********999');
      expect(problem.detail).not.toContain(scenarios.unknownCitizen.value);
    });

    it('an unavailable registry answers 503 server.unavailable with Retry-After', async () => {
      await grant('citizen-registry-down');
      const response = await prefill('citizen-registry-down');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect((await problemOf(response)).code).toBe('server.unavailable');
    });

    it('consults the registry only under consent: without one the answer is 403, not 503', async () => {
      const response = await prefill('citizen-registry-down', '1.004222');
      expect(response.status).toBe(403);
    });
  });

  describe('data-store documents', () => {
    const documents = async (persona: string, query = '') => {
      const response = await sb.request(`/citizen-data/documents${query}`, { token: await tokenOf(persona) });
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: CitizenDocument[] }).items;
    };

    it('lists a citizen’s earlier results with files', async () => {
      const items = await documents('citizen-an');
      expect(items.map((item) => item.documentType)).toEqual([
        'Giấy khai sinh',
        'Phiếu lý lịch tư pháp',
        'Giấy chứng nhận kết hôn',
        'Giấy phép lái xe',
      ]);
      const judicial = items[1];
      expect(judicial).toMatchObject({
        issuer: 'Công an thành phố Hà Nội',
        issuedOn: '2025-08-20',
        fromDossierCode: '000.00.10.H26-250812-0042',
        file: { mediaType: 'application/pdf' },
      });
      for (const item of items) {
        const bytes = citizenDocumentContent(item.file.fileId);
        expect(bytes?.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
        expect(bytes?.byteLength).toBe(item.file.size);
        expect(
          createHash('sha256')
            .update(bytes ?? '')
            .digest('hex'),
        ).toBe(item.file.sha256);
      }
    });

    it('filters by procedure (its components) and by document type, ignoring diacritics', async () => {
      expect(
        (await documents('citizen-an', '?procedureCode=3.000347')).map((item) => item.documentType),
      ).toEqual(['Giấy phép lái xe']);
      expect(
        (await documents('citizen-phuc', '?procedureCode=1.000894')).map((item) => item.documentType),
      ).toEqual(['Giấy xác nhận tình trạng hôn nhân']);
      expect(
        (await documents('citizen-an', '?documentType=giay%20khai%20sinh')).map((item) => item.title),
      ).toEqual(['Giấy khai sinh của Nguyễn Văn An']);
      expect(await documents('citizen-an', '?procedureCode=9.999999')).toEqual([]);
    });

    it('keeps each store private, and has none for a business', async () => {
      const binh = await documents('citizen-binh');
      const an = await documents('citizen-an');
      expect(binh.some((item) => an.some((other) => other.id === item.id))).toBe(false);
      expect(await documents('business-an-phat')).toEqual([]);
      expect((await sb.request('/citizen-data/documents')).status).toBe(401);
      const officer = await sb.request('/citizen-data/documents', {
        token: await tokenOf('officer-ba-dinh-desk'),
      });
      expect(officer.status).toBe(403);
    });
  });
});
