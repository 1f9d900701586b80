import type { DossierEvent } from '@motcua/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, type MotcuaClient } from '../src/index.js';
import { BIRTH, prepareDraft, startSandbox, type TestSandbox } from './support.js';

describe('payments, citizen data and feedback against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  let desk: MotcuaClient;
  let specialist: MotcuaClient;

  beforeAll(async () => {
    sb = await startSandbox();
    [citizen, desk, specialist] = await Promise.all([
      sb.client('citizen-an'),
      sb.client('officer-ba-dinh-desk'),
      sb.client('officer-ba-dinh-specialist'),
    ]);
  });
  afterAll(() => sb?.close());

  it('fees requested by the specialist are paid online; the watch sees processing resume', async () => {
    const { draft, formData } = await prepareDraft(citizen);
    const code = (await citizen.dossiers.submit(draft.id, { formData, declaration: true })).code as string;
    await desk.officer.accept(code, {});
    await desk.officer.assign(code, { officerId: 'officer-ba-dinh-specialist' });
    const owed = await specialist.officer.requestFees(code, {
      lines: [{ code: 'LP-QH', name: 'Lệ phí đăng ký quá hạn', kind: 'fee', amount: 10_000 }],
    });
    expect(owed.status).toBe(6);

    const payment = await citizen.payments.create({
      dossierCode: code,
      returnUrl: 'http://localhost:5173/paid',
    });
    expect(payment).toMatchObject({ status: 'pending', total: 10_000, currency: 'VND', dossierCode: code });
    expect(payment.checkoutUrl).toMatch(/^http/);
    // The payer pays at the gateway (the sandbox plays it).
    await sb.payAtGateway(payment.id, 'qr');
    expect((await citizen.payments.get(payment.id)).status).toBe('paid');

    const events: DossierEvent[] = [];
    for await (const event of citizen.dossiers.watch(code)) {
      events.push(event);
      if (event.status === 4 && event.previousStatus === 6) break;
    }
    expect(events.map((e) => e.type).slice(0, 4)).toEqual([
      'dossier.submitted',
      'dossier.accepted',
      'dossier.assigned',
      'dossier.feesRequested',
    ]);
    // The payment platform reports the payment (status still 6), then processing resumes (6 → 4). Both are
    // published as `dossier.feesPaid` by the sandbox (payments module, then the dossier's own step).
    expect(events.slice(4).map((e) => [e.type, e.status])).toEqual([
      ['dossier.feesPaid', 6],
      ['dossier.feesPaid', 4],
    ]);
    expect(events.at(-1)?.actor.role).toBe('system');
    expect((await citizen.dossiers.get(code)).fees.every((line) => line.paid)).toBe(true);
  });

  it('prefills the e-form from the registry under consent, and not without it', async () => {
    const binh = await sb.client('citizen-binh');
    const refused = await binh.citizenData.prefill(BIRTH).catch((e: unknown) => e);
    expect(isApiError(refused) && refused.code).toBe('auth.consentRequired');

    const consent = await binh.citizenData.createConsent({
      purpose: 'Đăng ký khai sinh cho con',
      procedureCode: BIRTH,
      scopes: ['fullName', 'citizenId', 'birthDate', 'permanentAddress'],
    });
    expect(consent.status).toBe('active');
    expect((await binh.citizenData.consents()).items.map((c) => c.id)).toContain(consent.id);
    const prefill = await binh.citizenData.prefill(BIRTH);
    expect(JSON.stringify(prefill)).toContain('applicantFullName');

    const revoked = await binh.citizenData.revokeConsent(consent.id);
    expect(revoked.status).toBe('revoked');
    expect(await binh.citizenData.prefill(BIRTH).catch((e: unknown) => isApiError(e) && e.code)).toBe(
      'auth.consentRequired',
    );
    const documents = await citizen.citizenData.documents();
    expect(Array.isArray(documents.items)).toBe(true);
  });

  it('feedback from a citizen is answered by the agency', async () => {
    const { draft, formData } = await prepareDraft(citizen);
    const dossier = await citizen.dossiers.submit(draft.id, { formData, declaration: true });
    const sent = await citizen.feedback.create({
      subject: 'Chậm trả kết quả',
      content: 'Hồ sơ của tôi chưa được tiếp nhận.',
      category: 'dossier',
      submitter: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
      agencyCode: dossier.receivingAgency?.code ?? '',
    });
    expect(sent.status).toBe('received');
    const queue = await desk.feedback.list().toArray({ limit: 20 });
    expect(queue.map((f) => f.id)).toContain(sent.id);
    const answered = await desk.feedback.answer(sent.id, { content: 'Hồ sơ đã được tiếp nhận hôm nay.' });
    expect(answered.status).toBe('answered');
    expect((await citizen.feedback.get(sent.id)).status).toBe('answered');
  });

  it('feedback outside the agency’s competence is rejected with a reason, once', async () => {
    const sent = await citizen.feedback.create({
      subject: 'Đường hỏng',
      content: 'Đường trước nhà tôi bị hỏng nhiều tháng nay.',
      category: 'other',
      submitter: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
      agencyCode: '001.00.00.H26', // Ủy ban nhân dân phường Ba Đình
    });
    const agency = desk;
    const reason = 'Nội dung thuộc thẩm quyền của Sở Xây dựng, đề nghị gửi phản ánh đến Sở';
    const elsewhere = await sb.client('officer-hoan-kiem-desk');
    const foreign = await elsewhere.feedback.reject(sent.id, { reason }).catch((e: unknown) => e);
    expect(isApiError(foreign) && foreign.status).toBe(404);

    const rejected = await agency.feedback.reject(sent.id, { reason }, { idempotencyKey: 'reject-road' });
    expect(rejected).toMatchObject({ status: 'rejected', answer: { content: reason } });
    // The same logical call again (a retry after a lost answer) gets the same answer, not a 409.
    expect(await agency.feedback.reject(sent.id, { reason }, { idempotencyKey: 'reject-road' })).toEqual(
      rejected,
    );
    const again = await agency.feedback.reject(sent.id, { reason }).catch((e: unknown) => e);
    expect(isApiError(again) && again.code).toBe('feedback.alreadyAnswered');
    const seen = await citizen.feedback.get(sent.id);
    expect(seen).toMatchObject({ status: 'rejected', answer: { content: reason } });
  });
});
