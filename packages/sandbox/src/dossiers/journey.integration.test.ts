import { DossierSchema } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { agencyForCommune, agencyForRole, seedProcedureByCode } from '../seed-data/index.js';
import { AN_APPLICANT, answersFor, client, fileDossier, uploadPdf } from './test-support.js';

const BIRTH = '1.001193';
const BA_DINH = agencyForCommune('00004')?.code ?? '';
const HOAN_KIEM = agencyForCommune('00070')?.code ?? '';
const CODE = /^(.+)-(\d{6})-(\d{4})$/;

describe.each(testDatabases())('the citizen journey on $name', (engine) => {
  let sb: RunningSandbox;
  let api: ReturnType<typeof client>;
  const tokens: Record<string, string> = {};
  const as = (persona: string) => {
    const token = tokens[persona];
    if (!token) throw new Error(`no token for ${persona}`);
    return token;
  };

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
    const { items } = (await (await sb.request('/sandbox/personas')).json()) as { items: { id: string }[] };
    const wanted = [
      'citizen-an',
      'citizen-binh',
      'officer-ba-dinh-desk',
      'officer-ba-dinh-specialist',
      'officer-hoan-kiem-desk',
      'officer-hoan-kiem-specialist',
    ];
    for (const id of wanted) {
      expect(items.map((item) => item.id)).toContain(id);
      tokens[id] = await sb.token(id);
    }
  });
  afterAll(() => sb.stop());

  it('goes from draft to returned result: submit → accept → assign → supplement → answer → finish → return', async () => {
    const an = as('citizen-an');
    const procedure = seedProcedureByCode(BIRTH);
    if (!procedure) throw new Error('seed');

    // A draft: no code; the receiving agency defaults to the committee of the applicant's commune.
    const created = await api.post('/dossiers', {
      token: an,
      json: { procedureCode: BIRTH, applicant: AN_APPLICANT },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/dossiers/${created.body.id}`);
    expect(created.body).toMatchObject({
      status: 0,
      code: null,
      channel: 2,
      receivingAgency: { code: BA_DINH },
    });
    const id: string = created.body.id;

    // Missing the birth certificate: incomplete, naming the component.
    const incomplete = await api.post(`/dossiers/${id}/submit`, {
      token: an,
      json: { formData: answersFor(procedure), declaration: true },
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('dossier.incomplete');
    expect(incomplete.body.detail).toContain('Giấy chứng sinh');
    expect(incomplete.body.errors).toEqual([
      expect.objectContaining({ path: ['documents', 'giay-chung-sinh'], code: 'dossier.componentMissing' }),
    ]);

    const fileId = await uploadPdf(sb, an, 'giay-chung-sinh.pdf');
    const attached = await api.post(`/dossiers/${id}/documents`, {
      token: an,
      json: { componentId: 'giay-chung-sinh', fileIds: [fileId] },
    });
    expect(attached.status).toBe(200);
    expect(attached.body.documents).toEqual([
      expect.objectContaining({
        componentId: 'giay-chung-sinh',
        files: [expect.objectContaining({ fileId, mediaType: 'application/pdf' })],
        reused: false,
      }),
    ]);

    // Answers are checked on submission, with paths under formData.
    const invalid = await api.post(`/dossiers/${id}/submit`, {
      token: an,
      json: {
        formData: answersFor(procedure, { childFullName: 'Bé 123', childBirthDate: 'hôm qua' }),
        declaration: true,
      },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('request.invalid');
    const paths = (invalid.body.errors as { path: unknown[] }[]).map((error) => error.path);
    expect(paths).toContainEqual(['formData', 'childFullName']);
    expect(paths).toContainEqual(['formData', 'childBirthDate']);

    // Without the declaration the procedure's sworn statement is missing.
    const unconfirmed = await api.post(`/dossiers/${id}/submit`, {
      token: an,
      json: { formData: answersFor(procedure, { declaration: undefined }) },
    });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.code).toBe('dossier.notConfirmed');

    // Submitted, with an Idempotency-Key: the official code from the receiving agency and today's date.
    const key = `submit-${id}`;
    const submit = () =>
      api.post(`/dossiers/${id}/submit`, {
        token: an,
        headers: { 'Idempotency-Key': key },
        json: { formData: answersFor(procedure), declaration: true },
      });
    const submitted = await submit();
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe(1);
    const code: string = submitted.body.code;
    expect(code).toMatch(CODE);
    expect(CODE.exec(code)?.[1]).toBe(BA_DINH);
    expect(submitted.body).toMatchObject({
      receivingAgency: { code: BA_DINH },
      processingAgency: { code: BA_DINH },
      fees: [expect.objectContaining({ code: 'LPHT-KS', amount: 0, paid: true })],
      history: [expect.objectContaining({ actor: 'applicant', status: 1 })],
    });
    expect(submitted.body.history[0].officer).toBeUndefined();
    expect(submitted.body.dates.submittedAt).toBeDefined();

    // The replay answers the same dossier, once; a second submission without the key is an illegal move.
    const replay = await submit();
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.code).toBe(code);
    const again = await api.post(`/dossiers/${code}/submit`, { token: an });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('dossier.illegalTransition');
    const events = await api.get(`/dossiers/${code}/events`, {
      token: an,
      headers: { Accept: 'application/json' },
    });
    expect(
      events.body.items.filter((item: { data: { type: string } }) => item.data.type === 'dossier.submitted'),
    ).toHaveLength(1);

    // Submitted dossiers are no longer drafts.
    const edit = await api.patch(`/dossiers/${code}`, { token: an, json: { summary: 'Đổi trích yếu' } });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('dossier.notEditable');

    const desk = as('officer-ba-dinh-desk');
    const specialist = as('officer-ba-dinh-specialist');
    const accepted = await api.post(`/dossiers/${code}/accept`, {
      token: desk,
      json: { note: 'Đủ giấy tờ' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe(2);
    const appointment: string = accepted.body.dates.appointmentAt;
    expect(appointment).toMatch(/T10:00:00\.000Z$/); // 17:00 in Hà Nội
    expect(accepted.body.history.at(-1)).toMatchObject({
      actor: 'deskOfficer',
      status: 2,
      officer: { id: 'officer-ba-dinh-desk', name: 'Phạm Thị Hồng Nhung', title: 'Cán bộ tiếp nhận' },
      legalDeadline: appointment,
    });
    expect(accepted.body.history.at(-1).officer.department).toContain('Ba Đình');

    const assigned = await api.post(`/dossiers/${code}/assign`, {
      token: desk,
      json: { officerId: 'officer-ba-dinh-specialist' },
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.status).toBe(4);
    const wrongOfficer = await api.post(`/dossiers/${code}/assign`, {
      token: desk,
      json: { officerId: 'officer-hoan-kiem-specialist' },
    });
    expect(wrongOfficer.status).toBe(409); // already processing: the move itself is illegal now

    const supplement = await api.post(`/dossiers/${code}/request-supplement`, {
      token: specialist,
      json: {
        items: [{ componentId: 'giay-chung-sinh', description: 'Ảnh chụp bị mờ, vui lòng chụp lại' }],
        reason: 'Giấy tờ không rõ nét',
      },
    });
    expect(supplement.status).toBe(200);
    expect(supplement.body.status).toBe(5);
    expect(supplement.body.supplementRequests).toEqual([
      expect.objectContaining({
        requestedBy: expect.objectContaining({ id: 'officer-ba-dinh-specialist' }),
        previousAppointmentAt: appointment,
        items: [{ componentId: 'giay-chung-sinh', description: 'Ảnh chụp bị mờ, vui lòng chụp lại' }],
      }),
    ]);
    const unknownComponent = await api.post(`/dossiers/${code}/request-supplement`, {
      token: specialist,
      json: { items: [{ componentId: 'khong-co', description: 'x' }], reason: 'x' },
    });
    expect(unknownComponent.status).toBe(409); // status 5 cannot be asked again

    // While supplementing, documents and the form can change; where it was filed cannot.
    const clearer = await uploadPdf(sb, an, 'giay-chung-sinh-ro.pdf');
    const reattached = await api.post(`/dossiers/${code}/documents`, {
      token: an,
      json: { componentId: 'giay-chung-sinh', fileIds: [clearer] },
    });
    expect(reattached.status).toBe(200);
    const moved = await api.patch(`/dossiers/${code}`, {
      token: an,
      json: { receivingAgencyCode: HOAN_KIEM },
    });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('dossier.notEditable');

    const answered = await api.post(`/dossiers/${code}/supplement`, {
      token: an,
      json: { message: 'Đã chụp lại giấy chứng sinh' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe(4); // back where the request found it
    const [request] = answered.body.supplementRequests;
    expect(request.answeredAt).toBeDefined();
    expect(request.newAppointmentAt).toBe(answered.body.dates.appointmentAt);
    expect(answered.body.documents[0].files[0].fileId).toBe(clearer);

    const finished = await api.post(`/dossiers/${code}/finish`, {
      token: specialist,
      json: { results: [{ code: 'KQ-KS', name: 'Giấy khai sinh' }] },
    });
    expect(finished.status).toBe(200);
    expect(finished.body).toMatchObject({ status: 9, results: [{ code: 'KQ-KS', name: 'Giấy khai sinh' }] });

    const returned = await api.post(`/dossiers/${code}/return-result`, {
      token: desk,
      json: { method: 'online' },
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe(10);
    expect(returned.body.dates.returnedAt).toBeDefined();
    expect(z.safeParse(DossierSchema, returned.body).success).toBe(true);

    const history = await api.get(`/dossiers/${code}/history`, { token: an });
    expect(history.body.items.map((step: { status: number }) => step.status)).toEqual([1, 2, 4, 5, 4, 9, 10]);
    expect(history.body.items.map((step: { actor: string }) => step.actor)).toEqual([
      'applicant',
      'deskOfficer',
      'deskOfficer',
      'specialist',
      'applicant',
      'specialist',
      'deskOfficer',
    ]);

    // The same story as events (the JSON polling form of the stream).
    const polled = await api.get(`/dossiers/${code}/events`, {
      token: an,
      headers: { Accept: 'application/json' },
    });
    expect(polled.status).toBe(200);
    expect(polled.body.nextCursor).toBeNull();
    const types = polled.body.items.map((item: { data: { type: string } }) => item.data.type);
    expect(types).toEqual([
      'dossier.submitted',
      'dossier.accepted',
      'dossier.assigned',
      'dossier.supplementRequested',
      'dossier.supplementAnswered',
      'dossier.finished',
      'dossier.resultReturned',
    ]);
    const [first, second] = polled.body.items;
    expect(first.id).toBe(first.data.id);
    expect(second.data).toMatchObject({
      dossierCode: code,
      agencyCode: BA_DINH,
      status: 2,
      previousStatus: 1,
      actor: { role: 'deskOfficer', id: 'officer-ba-dinh-desk', name: 'Phạm Thị Hồng Nhung' },
    });
    expect(first.data.actor).toEqual({ role: 'applicant' }); // applicants are not named in events
    const after = await api.get(`/dossiers/${code}/events?after=${second.id}`, {
      token: desk,
      headers: { Accept: 'application/json' },
    });
    expect(after.body.items.map((item: { id: string }) => item.id)).toEqual(
      polled.body.items.slice(2).map((item: { id: string }) => item.id),
    );
  });

  it('withdraws and refuses with reasons, and lets a submitted dossier be read by id or code', async () => {
    const an = as('citizen-an');
    const desk = as('officer-ba-dinh-desk');
    const one = await fileDossier(sb, an);
    const withdrawn = await api.post(`/dossiers/${one.id}/withdraw`, {
      token: an,
      json: { reason: 'Nộp nhầm' },
    });
    expect(withdrawn.body).toMatchObject({ status: 7, code: one.code });
    expect(withdrawn.body.history.at(-1).content).toContain('Nộp nhầm');
    expect((await api.get(`/dossiers/${one.code}`, { token: desk })).body.status).toBe(7);

    const two = await fileDossier(sb, an);
    const refused = await api.post(`/dossiers/${two.code}/refuse`, {
      token: desk,
      json: { reason: 'Sai thẩm quyền' },
    });
    expect(refused.body.status).toBe(3);
    const events = await api.get(`/dossiers/${two.code}/events`, {
      token: an,
      headers: { Accept: 'application/json' },
    });
    expect(events.body.items.at(-1).data).toMatchObject({
      type: 'dossier.refused',
      status: 3,
      previousStatus: 1,
      data: { reason: 'Sai thẩm quyền' },
    });
  });

  it('takes fees during processing and resumes once paid at the desk', async () => {
    const an = as('citizen-an');
    const desk = as('officer-ba-dinh-desk');
    const specialist = as('officer-ba-dinh-specialist');
    const { code } = await fileDossier(sb, an);
    await api.post(`/dossiers/${code}/accept`, { token: desk });
    await api.post(`/dossiers/${code}/assign`, {
      token: desk,
      json: { officerId: 'officer-ba-dinh-specialist' },
    });
    const fees = await api.post(`/dossiers/${code}/request-fees`, {
      token: specialist,
      json: { lines: [{ code: 'LP-QH', name: 'Lệ phí đăng ký quá hạn', kind: 'fee', amount: 10_000 }] },
    });
    expect(fees.status).toBe(200);
    expect(fees.body.status).toBe(6);
    expect(fees.body.fees.at(-1)).toMatchObject({ code: 'LP-QH', amount: 10_000, paid: false });
    const paid = await api.post(`/dossiers/${code}/record-payment`, {
      token: desk,
      json: { receiptNumber: 'BL-001' },
    });
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe(4);
    expect(paid.body.fees.every((fee: { paid: boolean }) => fee.paid)).toBe(true);
    expect(paid.body.fees.at(-1).paidOnline).toBe(false);
    const stopped = await api.post(`/dossiers/${code}/stop`, {
      token: specialist,
      json: { reason: 'Không đủ điều kiện' },
    });
    expect(stopped.body.status).toBe(8);
  });

  it('resumes processing once the fees are paid online through the payments module', async () => {
    const an = as('citizen-an');
    const desk = as('officer-ba-dinh-desk');
    const specialist = as('officer-ba-dinh-specialist');
    const { code } = await fileDossier(sb, an);
    await api.post(`/dossiers/${code}/accept`, { token: desk });
    await api.post(`/dossiers/${code}/assign`, {
      token: desk,
      json: { officerId: 'officer-ba-dinh-specialist' },
    });
    await api.post(`/dossiers/${code}/request-fees`, {
      token: specialist,
      json: { lines: [{ code: 'LP-QH', name: 'Lệ phí đăng ký quá hạn', kind: 'fee', amount: 10_000 }] },
    });
    const payment = await api.post('/payments', { token: an, json: { dossierCode: code } });
    expect(payment.status).toBe(201);
    const completed = await sb.request(`/sandbox/payments/${payment.body.id}/complete`, {
      method: 'POST',
      json: {},
    });
    expect(completed.status).toBeLessThan(300);
    let status = 6;
    for (let i = 0; i < 100 && status !== 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await api.get(`/dossiers/${code}`, { token: an })).body.status;
    }
    expect(status).toBe(4);
    const { body } = await api.get(`/dossiers/${code}`, { token: an });
    expect(body.fees.at(-1)).toMatchObject({ paid: true, paidOnline: true, paymentId: payment.body.id });
    expect(body.history.at(-1)).toMatchObject({ actor: 'system', status: 4 });
    const events = await api.get(`/dossiers/${code}/events`, {
      token: an,
      headers: { Accept: 'application/json' },
    });
    expect(events.body.items.at(-1).data).toMatchObject({
      type: 'dossier.feesPaid',
      status: 4,
      previousStatus: 6,
      actor: { role: 'system' },
    });
  });

  it('refuses illegal moves with 409, naming both statuses in the language asked', async () => {
    const an = as('citizen-an');
    const desk = as('officer-ba-dinh-desk');
    const specialist = as('officer-ba-dinh-specialist');
    const { code } = await fileDossier(sb, an);

    // 1 → 9 is not a move of the lifecycle.
    const finish = await api.post(`/dossiers/${code}/finish`, {
      token: desk,
      json: { results: [{ name: 'Giấy khai sinh' }] },
    });
    expect(finish.status).toBe(409);
    expect(finish.body.code).toBe('dossier.illegalTransition');
    expect(finish.body.detail).toContain('“Mới đăng ký”');
    expect(finish.body.detail).toContain('“Đã xử lý xong”');
    const english = await api.post(`/dossiers/${code}/request-fees`, {
      token: specialist,
      headers: { 'Accept-Language': 'en' },
      json: { lines: [{ code: 'X', name: 'Phí', kind: 'fee', amount: 1 }] },
    });
    expect(english.status).toBe(409);
    expect(english.body.detail).toMatch(
      new RegExp(`^Dossier ${code.replace(/\./g, '\\.')} cannot move from “Submitted” to “[^”]+”`),
    );
    expect(english.body.detail).toContain('“Submitted”');

    // Answering a supplement nobody asked for, returning a result not yet processed.
    expect((await api.post(`/dossiers/${code}/supplement`, { token: an })).status).toBe(409);
    expect(
      (await api.post(`/dossiers/${code}/return-result`, { token: desk, json: { method: 'desk' } })).status,
    ).toBe(409);

    await api.post(`/dossiers/${code}/refuse`, { token: desk, json: { reason: 'Hồ sơ giả mạo' } });
    // Final: nothing moves a refused dossier.
    const withdraw = await api.post(`/dossiers/${code}/withdraw`, { token: an, json: { reason: 'Thôi' } });
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.detail).toContain('“Không được tiếp nhận”');
    expect((await api.post(`/dossiers/${code}/accept`, { token: desk })).status).toBe(409);
    const transfer = await api.post(`/dossiers/${code}/transfer`, {
      token: desk,
      json: { agencyCode: HOAN_KIEM, purpose: 'processing', reason: 'x' },
    });
    expect(transfer.status).toBe(409);
    expect(transfer.body.code).toBe('dossier.notEditable');
  });

  describe('authorisation', () => {
    let code: string;
    let draftId: string;

    beforeAll(async () => {
      code = (await fileDossier(sb, as('citizen-an'))).code;
      draftId = (await fileDossier(sb, as('citizen-an'), { submit: false })).id;
    });

    it("answers 404 for another citizen's dossier, as if it did not exist", async () => {
      const binh = as('citizen-binh');
      for (const ref of [code, draftId]) {
        const read = await api.get(`/dossiers/${ref}`, { token: binh });
        expect(read.status).toBe(404);
        expect(read.body.code).toBe('resource.notFound');
        expect((await api.get(`/dossiers/${ref}/history`, { token: binh })).status).toBe(404);
        expect(
          (await api.get(`/dossiers/${ref}/events`, { token: binh, headers: { Accept: 'application/json' } }))
            .status,
        ).toBe(404);
        expect(
          (await api.post(`/dossiers/${ref}/withdraw`, { token: binh, json: { reason: 'x' } })).status,
        ).toBe(404);
      }
      expect((await api.post(`/dossiers/${draftId}/submit`, { token: binh })).status).toBe(404);
      expect((await api.patch(`/dossiers/${draftId}`, { token: binh, json: { note: 'x' } })).status).toBe(
        404,
      );
      expect(
        (await api.delete(`/dossiers/${draftId}/documents/giay-chung-sinh`, { token: binh })).status,
      ).toBe(404);
      const unknown = await api.get('/dossiers/d_0000000000', { token: binh });
      expect(unknown.status).toBe(404);
      const mine = await api.get('/dossiers', { token: binh });
      expect(mine.body.items.map((item: { id: string }) => item.id)).not.toContain(draftId);
    });

    it('hides drafts from officers (404)', async () => {
      const read = await api.get(`/dossiers/${draftId}`, { token: as('officer-ba-dinh-desk') });
      expect(read.status).toBe(404);
    });

    it('answers 403 to officers of another agency, reading or acting', async () => {
      const other = as('officer-hoan-kiem-desk');
      const read = await api.get(`/dossiers/${code}`, { token: other });
      expect(read.status).toBe(403);
      expect(read.body.code).toBe('auth.forbidden');
      expect((await api.get(`/dossiers/${code}/history`, { token: other })).status).toBe(403);
      expect((await api.post(`/dossiers/${code}/accept`, { token: other })).status).toBe(403);
      const queue = await api.get(`/dossiers?agencyCode=${BA_DINH}`, { token: other });
      expect(queue.status).toBe(403);
      const own = await api.get('/dossiers', { token: other });
      expect(own.body.items.map((item: { code: string }) => item.code)).not.toContain(code);
    });

    it('keeps each role to its own steps', async () => {
      // A specialist cannot accept (the desk's), a desk officer cannot finish processing (the specialist's).
      const specialist = as('officer-ba-dinh-specialist');
      const accept = await api.post(`/dossiers/${code}/accept`, { token: specialist });
      expect(accept.status).toBe(403);
      expect(accept.body.code).toBe('auth.forbidden');
      expect(accept.body.detail).toContain('Cán bộ tiếp nhận');
      const desk = as('officer-ba-dinh-desk');
      await api.post(`/dossiers/${code}/accept`, { token: desk });
      await api.post(`/dossiers/${code}/assign`, {
        token: desk,
        json: { officerId: 'officer-ba-dinh-specialist' },
      });
      const finish = await api.post(`/dossiers/${code}/finish`, {
        token: desk,
        json: { results: [{ name: 'X' }] },
      });
      expect(finish.status).toBe(403);
      expect(finish.body.code).toBe('auth.forbidden');
      const transfer = await api.post(`/dossiers/${code}/transfer`, {
        token: specialist,
        json: { agencyCode: HOAN_KIEM, purpose: 'processing', reason: 'x' },
      });
      expect(transfer.status).toBe(403);
    });

    it('scopes agency keys to their agency', async () => {
      const justice = 'sk_sandbox_h26_justice';
      const read = await api.get(`/dossiers/${code}`, { apiKey: justice });
      expect(read.status).toBe(403);
      expect(
        (await api.post(`/dossiers/${code}/stop`, { apiKey: justice, json: { reason: 'x' } })).status,
      ).toBe(403);
      const queue = await api.get('/dossiers', { apiKey: justice });
      expect(queue.status).toBe(200);
      expect(queue.body.items.map((item: { code: string }) => item.code)).not.toContain(code);
      const stream = await api.get(`/agencies/${BA_DINH}/events`, {
        apiKey: justice,
        headers: { Accept: 'application/json' },
      });
      expect(stream.status).toBe(403);
    });

    it('keeps principals to their endpoints (401 without credentials, 403 for the wrong kind)', async () => {
      expect((await api.get(`/dossiers/${code}`)).status).toBe(401);
      const citizenAccepting = await api.post(`/dossiers/${code}/accept`, { token: as('citizen-an') });
      expect(citizenAccepting.status).toBe(403);
      const officerFiling = await api.post('/dossiers', {
        token: as('officer-ba-dinh-desk'),
        json: { procedureCode: BIRTH, applicant: AN_APPLICANT },
      });
      expect(officerFiling.status).toBe(403);
      const citizenStream = await api.get(`/agencies/${BA_DINH}/events`, {
        token: as('citizen-an'),
        headers: { Accept: 'application/json' },
      });
      expect(citizenStream.status).toBe(403);
      const unknownAgency = await api.get('/agencies/999.00.00.H26/events', {
        token: as('officer-ba-dinh-desk'),
        headers: { Accept: 'application/json' },
      });
      expect(unknownAgency.status).toBe(404);
    });
  });

  describe('drafts', () => {
    it('refuses unknown and offline procedures, unknown components and foreign files', async () => {
      const an = as('citizen-an');
      const unknown = await api.post('/dossiers', {
        token: an,
        json: { procedureCode: '9.999999', applicant: AN_APPLICANT },
      });
      expect(unknown.status).toBe(404);
      const offline = await api.post('/dossiers', {
        token: an,
        json: { procedureCode: '2.000884', applicant: AN_APPLICANT },
      });
      expect(offline.status).toBe(422);
      expect(offline.body.code).toBe('procedure.notOnline');
      const police = agencyForRole('communePolice', { communeCode: '00004' })?.code;
      const notADesk = await api.post('/dossiers', {
        token: an,
        json: { procedureCode: BIRTH, applicant: AN_APPLICANT, receivingAgencyCode: police },
      });
      expect(notADesk.status).toBe(422);
      expect(notADesk.body.code).toBe('procedure.notAvailable');

      const draft = await fileDossier(sb, an, { submit: false });
      const component = await api.post(`/dossiers/${draft.id}/documents`, {
        token: an,
        json: { componentId: 'khong-co', fileIds: ['file_x'] },
      });
      expect(component.status).toBe(422);
      expect(component.body.code).toBe('dossier.unknownComponent');
      const binhsFile = await uploadPdf(sb, as('citizen-binh'), 'cua-binh.pdf');
      const foreign = await api.post(`/dossiers/${draft.id}/documents`, {
        token: an,
        json: { componentId: 'giay-chung-sinh', fileIds: [binhsFile] },
      });
      expect(foreign.status).toBe(422);
      expect(foreign.body.errors).toEqual([
        expect.objectContaining({ path: ['fileIds', 0], code: 'file.unknown' }),
      ]);

      const detached = await api.delete(`/dossiers/${draft.id}/documents/giay-chung-sinh`, { token: an });
      expect(detached.status).toBe(200);
      expect(detached.body.documents).toEqual([]);
      const updated = await api.patch(`/dossiers/${draft.id}`, {
        token: an,
        json: { receivingAgencyCode: HOAN_KIEM, summary: 'Khai sinh cho bé Nhiên' },
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        receivingAgency: { code: HOAN_KIEM },
        summary: 'Khai sinh cho bé Nhiên',
      });
      const empty = await api.patch(`/dossiers/${draft.id}`, { token: an, json: {} });
      expect(empty.status).toBe(422);
    });
  });

  it("attaches documents of the citizen's data store, and only theirs", async () => {
    const an = as('citizen-an');
    const store = await api.get('/citizen-data/documents', { token: an });
    expect(store.status).toBe(200);
    const document = store.body.items.find(
      (item: { file: { mediaType: string } }) => item.file.mediaType === 'application/pdf',
    );
    expect(document).toBeDefined();
    const draft = await fileDossier(sb, an, { submit: false });
    const attached = await api.post(`/dossiers/${draft.id}/documents`, {
      token: an,
      json: { componentId: 'to-khai-khai-sinh', fileIds: [document.id], fromDataStore: true },
    });
    expect(attached.status).toBe(200);
    expect(attached.body.documents).toContainEqual(
      expect.objectContaining({
        componentId: 'to-khai-khai-sinh',
        fromDataStore: true,
        files: [document.file],
      }),
    );
    const binhs = await api.get('/citizen-data/documents', { token: as('citizen-binh') });
    const foreign = binhs.body.items.find((item: { id: string }) => item.id !== document.id);
    if (foreign) {
      const refused = await api.post(`/dossiers/${draft.id}/documents`, {
        token: an,
        json: { componentId: 'to-khai-khai-sinh', fileIds: [foreign.id], fromDataStore: true },
      });
      expect(refused.status).toBe(422);
    }
  });

  describe('lists', () => {
    it("pages the applicant's dossiers and the agency queue, newest first, with filters", async () => {
      const an = as('citizen-an');
      const mine = await api.get('/dossiers?limit=2', { token: an });
      expect(mine.status).toBe(200);
      expect(mine.body.items).toHaveLength(2);
      expect(mine.body.nextCursor).toEqual(expect.any(String));
      const all: { id: string; dates: { createdAt: string } }[] = [];
      for (let cursor: string | null = null, pages = 0; pages < 50; pages++) {
        const page: { body: { items: typeof all; nextCursor: string | null } } = await api.get(
          `/dossiers?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          { token: an },
        );
        all.push(...page.body.items);
        cursor = page.body.nextCursor;
        if (!cursor) break;
      }
      expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
      const created = all.map((item) => item.dates.createdAt);
      expect([...created].sort().reverse()).toEqual(created);

      const queue = await api.get('/dossiers?limit=100', { token: as('officer-ba-dinh-desk') });
      expect(queue.body.items.length).toBeGreaterThan(0);
      expect(queue.body.items.every((item: { status: number }) => item.status !== 0)).toBe(true);

      const returned = await api.get('/dossiers?status=10', { token: an });
      expect(returned.body.items.every((item: { status: number }) => item.status === 10)).toBe(true);
      expect(returned.body.items.length).toBeGreaterThan(0);
      const searched = await api.get(
        `/dossiers?q=${encodeURIComponent('KHAI SINH')}&procedureCode=${BIRTH}`,
        {
          token: an,
        },
      );
      expect(searched.body.items.length).toBeGreaterThan(0);
      const byCode = await api.get(`/dossiers?q=${encodeURIComponent(returned.body.items[0].code)}`, {
        token: an,
      });
      expect(byCode.body.items.map((item: { code: string }) => item.code)).toEqual([
        returned.body.items[0].code,
      ]);
      const none = await api.get(`/dossiers?q=${encodeURIComponent('100%_')}`, { token: an });
      expect(none.body.items).toEqual([]);
      const today = returned.body.items[0].dates.submittedAt as string;
      const local = new Date(Date.parse(today) + 7 * 3_600_000).toISOString().slice(0, 10);
      const inRange = await api.get(`/dossiers?submittedFrom=${local}&submittedTo=${local}&status=10`, {
        token: an,
      });
      expect(inRange.body.items.length).toBe(returned.body.items.length);
      const before = await api.get(`/dossiers?submittedTo=2020-01-01`, { token: an });
      expect(before.body.items).toEqual([]);
      const forged = await api.get('/dossiers?cursor=bm9wZQ', { token: an });
      expect(forged.status).toBe(422);
    });
  });
});
