import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { agencyForCommune, agencyForRole, seedAgencies } from '../seed-data/index.js';
import { AN_APPLICANT, client, fileDossier } from './test-support.js';

const BA_DINH = agencyForCommune('00004')?.code ?? '';
const HOAN_KIEM = agencyForCommune('00070')?.code ?? '';
const SAI_GON = agencyForCommune('26740')?.code ?? '';
const HA_NOI_POLICE = agencyForRole('police', { provinceCode: '01' })?.code ?? '';
const HA_NOI_CENTRE = agencyForRole('serviceCentre', { provinceCode: '01' })?.code ?? '';
/** A Hà Nội commune no other test files at: the concurrency test owns its daily sequence. */
const QUIET_COMMUNE =
  seedAgencies.find(
    (agency) =>
      agency.kind === 'communeCommittee' &&
      agency.provinceCode === '01' &&
      ![BA_DINH, HOAN_KIEM].includes(agency.code),
  )?.code ?? '';
const CODE = /^(.+)-(\d{6})-(\d{4})$/;

describe.each(testDatabases())('routing and codes on $name', (engine) => {
  let sb: RunningSandbox;
  let api: ReturnType<typeof client>;
  const tokens: Record<string, string> = {};
  const as = (persona: string) => tokens[persona] ?? '';

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
    for (const id of [
      'citizen-an',
      'officer-ba-dinh-desk',
      'officer-ba-dinh-specialist',
      'officer-hoan-kiem-desk',
      'officer-hoan-kiem-specialist',
      'officer-sai-gon-desk',
    ]) {
      tokens[id] = await sb.token(id);
    }
  });
  afterAll(() => sb.stop());

  it('gives 50 concurrent submissions at one agency the codes 0001…0050, without gaps or duplicates', async () => {
    const an = as('citizen-an');
    const drafts: { id: string }[] = [];
    for (let i = 0; i < 50; i++) {
      drafts.push(await fileDossier(sb, an, { receivingAgencyCode: QUIET_COMMUNE, submit: false }));
    }
    const answers = await Promise.all(
      drafts.map((draft) =>
        api.post(`/dossiers/${draft.id}/submit`, { token: an, json: { declaration: true } }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const codes = answers.map((answer) => answer.body.code as string);
    const parts = codes.map((code) => CODE.exec(code));
    expect(new Set(parts.map((match) => match?.[1]))).toEqual(new Set([QUIET_COMMUNE]));
    expect(new Set(parts.map((match) => match?.[2])).size).toBe(1);
    const sequences = parts.map((match) => Number(match?.[3])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await sb.sandbox.db
      .selectFrom('dossier_code_sequences')
      .selectAll()
      .where('agency_code', '=', QUIET_COMMUNE)
      .execute();
    expect(stored.map((row) => Number(row.last_sequence))).toEqual([50]);
  });

  it('files anywhere in the province: processed by the competent commune, code and result where filed', async () => {
    // An lives in Ba Đình and files his child's birth at Hoàn Kiếm's centre, collecting the result there too.
    const filed = await fileDossier(sb, as('citizen-an'), { receivingAgencyCode: HOAN_KIEM });
    const code: string = filed.code;
    expect(CODE.exec(code)?.[1]).toBe(HOAN_KIEM);
    expect(filed).toMatchObject({
      receivingAgency: { code: HOAN_KIEM },
      processingAgency: { code: BA_DINH },
    });

    // Both agencies see it in their queues; each does its part.
    for (const officer of ['officer-hoan-kiem-desk', 'officer-ba-dinh-desk']) {
      const queue = await api.get('/dossiers?limit=100', { token: as(officer) });
      expect(queue.body.items.map((item: { code: string }) => item.code)).toContain(code);
    }
    expect(
      (await api.post(`/dossiers/${code}/accept`, { token: as('officer-hoan-kiem-desk') })).body.status,
    ).toBe(2);
    const foreignSpecialist = await api.post(`/dossiers/${code}/assign`, {
      token: as('officer-hoan-kiem-desk'),
      json: { officerId: 'officer-hoan-kiem-specialist' },
    });
    expect(foreignSpecialist.status).toBe(422);
    expect(foreignSpecialist.body.code).toBe('officer.notInAgency');
    const assigned = await api.post(`/dossiers/${code}/assign`, {
      token: as('officer-hoan-kiem-desk'),
      json: { officerId: 'officer-ba-dinh-specialist' },
    });
    expect(assigned.body.status).toBe(4);
    // A specialist of the receiving commune does not process another commune's dossier.
    const wrongSpecialist = await api.post(`/dossiers/${code}/finish`, {
      token: as('officer-hoan-kiem-specialist'),
      json: { results: [{ name: 'Giấy khai sinh' }] },
    });
    expect(wrongSpecialist.status).toBe(403);
    expect(wrongSpecialist.body.detail).toContain(BA_DINH);
    const finished = await api.post(`/dossiers/${code}/finish`, {
      token: as('officer-ba-dinh-specialist'),
      json: { results: [{ name: 'Giấy khai sinh' }] },
    });
    expect(finished.body.status).toBe(9);
    // The result is handed over where it was filed, not by the processing commune's desk.
    const wrongDesk = await api.post(`/dossiers/${code}/return-result`, {
      token: as('officer-ba-dinh-desk'),
      json: { method: 'desk' },
    });
    expect(wrongDesk.status).toBe(403);
    const returned = await api.post(`/dossiers/${code}/return-result`, {
      token: as('officer-hoan-kiem-desk'),
      json: { method: 'desk' },
    });
    expect(returned.body).toMatchObject({ status: 10, code });
  });

  it('transfers processing and result delivery, keeping the status and the code', async () => {
    const filed = await fileDossier(sb, as('citizen-an'));
    const code: string = filed.code;
    const desk = as('officer-ba-dinh-desk');
    await api.post(`/dossiers/${code}/accept`, { token: desk });

    const same = await api.post(`/dossiers/${code}/transfer`, {
      token: desk,
      json: { agencyCode: BA_DINH, purpose: 'processing', reason: 'x' },
    });
    expect(same.status).toBe(409);
    expect(same.body.code).toBe('transfer.sameAgency');
    const otherProvince = await api.post(`/dossiers/${code}/transfer`, {
      token: desk,
      json: { agencyCode: SAI_GON, purpose: 'processing', reason: 'x' },
    });
    expect(otherProvince.status).toBe(422);
    expect(otherProvince.body.code).toBe('procedure.notAvailable');
    const unknown = await api.post(`/dossiers/${code}/transfer`, {
      token: desk,
      json: { agencyCode: '999.00.00.H26', purpose: 'processing', reason: 'x' },
    });
    expect(unknown.status).toBe(404);

    const transferred = await api.post(`/dossiers/${code}/transfer`, {
      token: desk,
      json: { agencyCode: HOAN_KIEM, purpose: 'processing', reason: 'Liên thông theo thẩm quyền' },
    });
    expect(transferred.status).toBe(200);
    expect(transferred.body).toMatchObject({ code, status: 2, processingAgency: { code: HOAN_KIEM } });
    expect(transferred.body.history.at(-1)).toMatchObject({ status: 2, actor: 'deskOfficer' });
    expect(transferred.body.history.at(-1).content).toContain('Liên thông');

    const delivery = await api.post(`/dossiers/${code}/transfer`, {
      token: as('officer-hoan-kiem-desk'),
      json: { agencyCode: HA_NOI_CENTRE, purpose: 'resultDelivery', reason: 'Công dân nhận tại Trung tâm' },
    });
    expect(delivery.status).toBe(200);
    expect(delivery.body.resultDeliveryAgency).toMatchObject({ code: HA_NOI_CENTRE });

    // The new processing agency's events and queue carry it.
    const stream = await api.get(`/agencies/${HOAN_KIEM}/events`, {
      token: as('officer-hoan-kiem-desk'),
      headers: { Accept: 'application/json' },
    });
    const event = stream.body.items.find(
      (item: { data: { type: string; dossierCode: string } }) =>
        item.data.type === 'dossier.transferred' && item.data.dossierCode === code,
    );
    expect(event.data).toMatchObject({
      agencyCode: HOAN_KIEM,
      status: 2,
      previousStatus: null,
      data: { purpose: 'processing', fromAgencyCode: BA_DINH, toAgencyCode: HOAN_KIEM },
    });
    const assigned = await api.post(`/dossiers/${code}/assign`, {
      token: as('officer-hoan-kiem-desk'),
      json: { officerId: 'officer-hoan-kiem-specialist' },
    });
    expect(assigned.body).toMatchObject({ status: 4, code });
  });

  it('routes province-level procedures to the department, whose back-office key acts as its desk', async () => {
    const filed = await fileDossier(sb, as('citizen-an'), { procedureCode: '3.000333' });
    expect(filed).toMatchObject({
      receivingAgency: { code: BA_DINH },
      processingAgency: { code: HA_NOI_POLICE },
    });
    expect(CODE.exec(filed.code)?.[1]).toBe(BA_DINH);
    expect(filed.fees[0]).toMatchObject({ amount: 200_000, paid: false });
    const police = 'sk_sandbox_h26_police';
    const queue = await api.get('/dossiers', { apiKey: police });
    expect(queue.body.items.map((item: { code: string }) => item.code)).toContain(filed.code);
    const accepted = await api.post(`/dossiers/${filed.code}/accept`, { apiKey: police });
    expect(accepted.status).toBe(200);
    expect(accepted.body.history.at(-1)).toMatchObject({
      actor: 'deskOfficer',
      officer: { id: 'key-h26-police' },
    });
    // Ten working days.
    expect(Date.parse(accepted.body.dates.appointmentAt)).toBeGreaterThan(Date.now() + 11 * 86_400_000);
    const specialistStep = await api.post(`/dossiers/${filed.code}/stop`, {
      apiKey: police,
      json: { reason: 'x' },
    });
    expect(specialistStep.status).toBe(409); // 2 → 8 is no move at all
  });

  it("refuses an applicant from another province, and a desk outside the applicant's province", async () => {
    const hcm = {
      ...AN_APPLICANT,
      address: { provinceCode: '79', communeCode: '26740', street: '45 Lê Lợi' },
    };
    const draft = await fileDossier(sb, as('citizen-an'), {
      applicant: hcm,
      receivingAgencyCode: BA_DINH,
      submit: false,
    });
    const submitted = await api.post(`/dossiers/${draft.id}/submit`, {
      token: as('citizen-an'),
      json: { declaration: true },
    });
    expect(submitted.status).toBe(422);
    expect(submitted.body.code).toBe('procedure.notAvailable');
    const unchanged = await api.get(`/dossiers/${draft.id}`, { token: as('citizen-an') });
    expect(unchanged.body).toMatchObject({ status: 0, code: null });
  });

  it("pages an agency's queue newest first: each dossier it receives, processes or returns, once", async () => {
    // By now Ba Đình processes what it received and what other communes received for it, and still holds as
    // receiver one it transferred away: the queue's columns overlap, and a page must not repeat or skip.
    const seen: string[] = [];
    for (let cursor: string | null = null, pages = 0; pages < 100; pages++) {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await api.get(`/dossiers?limit=7${cursor ? `&cursor=${cursor}` : ''}`, {
          token: as('officer-ba-dinh-desk'),
        });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      if (!cursor) break;
    }
    const held = await sb.sandbox.db
      .selectFrom('dossiers')
      .select('id')
      .where('status', '<>', 0)
      .where((eb) =>
        eb.or([
          eb('receiving_agency_code', '=', BA_DINH),
          eb('processing_agency_code', '=', BA_DINH),
          eb('result_delivery_agency_code', '=', BA_DINH),
        ]),
      )
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(held.length).toBeGreaterThan(50);
    expect(seen).toEqual(held.map((row) => row.id));
  });
});
