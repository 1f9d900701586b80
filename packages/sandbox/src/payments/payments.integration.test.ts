import { payments } from '@motcua/contract';
import type { DossierFee } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { fromJson } from '../db/portable.js';
import { DEMO_AGENCY_API_KEY, DEMO_AGENCY_CODE } from '../seed/index.js';
import { scenarios } from '../seed-data/scenarios.js';
import { gatewaySignature } from './gateway.js';
import {
  dossierFixtureModule,
  fee,
  insertTestApiKey,
  insertTestDossier,
  officerOf,
} from './test-fixtures.js';

type Payment = payments.PaymentWithCheckout;

const OTHER_AGENCY = '000.00.02.H26';
const OTHER_KEY = 'sk_test_payments_other_agency_key';

describe.each(testDatabases())('payments on $name', (engine) => {
  let sb: RunningSandbox;
  let officer: string;

  beforeAll(async () => {
    sb = await startSandbox(engine, { modules: [dossierFixtureModule] });
    await insertTestApiKey(sb.sandbox.db, OTHER_AGENCY, OTHER_KEY);
    officer = await officerOf(sb.sandbox.db, DEMO_AGENCY_CODE);
  });
  afterAll(() => sb.stop());

  const dossier = (extra: Partial<Parameters<typeof insertTestDossier>[1]> = {}) =>
    insertTestDossier(sb.sandbox.db, {
      ownerPersonaId: 'citizen-an',
      agencyCode: DEMO_AGENCY_CODE,
      ...extra,
    });

  /** Tokens are fetched per call: some tests advance the clock past their hour. */
  const as = async (persona: string) => ({ token: await sb.token(persona) });

  async function createPayment(dossierCode: string, init: { key?: string; returnUrl?: string } = {}) {
    return sb.request('/payments', {
      method: 'POST',
      ...(await as('citizen-an')),
      json: { dossierCode, ...(init.returnUrl ? { returnUrl: init.returnUrl } : {}) },
      headers: init.key ? { 'Idempotency-Key': init.key } : {},
    });
  }

  async function newPayment(extra: Parameters<typeof dossier>[0] = {}, returnUrl?: string): Promise<Payment> {
    const response = await createPayment(await dossier(extra), { returnUrl });
    expect(response.status).toBe(201);
    return (await response.json()) as Payment;
  }

  async function read(id: string): Promise<Payment> {
    const response = await sb.request(`/payments/${id}`, await as('citizen-an'));
    expect(response.status).toBe(200);
    return (await response.json()) as Payment;
  }

  function callback(body: unknown, signature?: string) {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    return sb.request('/payments/gateway/callback', {
      method: 'POST',
      body: raw,
      headers: {
        'content-type': 'application/json',
        [payments.GATEWAY_SIGNATURE_HEADER]: signature ?? gatewaySignature(raw),
      },
    });
  }

  /** Submits the checkout page's form the way a browser does. */
  function checkout(id: string, fields: Record<string, string>) {
    return sb.request(`/sandbox/payments/${id}/checkout`, {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
  }

  async function eventsOf(dossierCode: string) {
    return sb.sandbox.db
      .selectFrom('events')
      .selectAll()
      .where('dossier_code', '=', dossierCode)
      .orderBy('id')
      .execute();
  }

  async function statusOf(dossierCode: string): Promise<number> {
    const row = await sb.sandbox.db
      .selectFrom('dossiers')
      .select('status')
      .where('code', '=', dossierCode)
      .executeTakeFirstOrThrow();
    return Number(row.status);
  }

  async function feesOf(dossierCode: string): Promise<DossierFee[]> {
    const row = await sb.sandbox.db
      .selectFrom('dossiers')
      .select('fees')
      .where('code', '=', dossierCode)
      .executeTakeFirstOrThrow();
    return fromJson<DossierFee[]>(row.fees);
  }

  it('creates a payment for the unpaid fee lines, with a lookup code, a treasury account and a checkout page', async () => {
    const code = await dossier({
      fees: [
        fee('LP01', 8_000),
        fee('LP02', 50_000, { kind: 'charge', name: 'Phí sao y' }),
        fee('LP03', 20_000, { paid: true }),
        fee('LP04', 0),
      ],
    });
    const response = await createPayment(code);
    expect(response.status).toBe(201);
    const payment = (await response.json()) as Payment;
    expect(response.headers.get('location')).toBe(`/payments/${payment.id}`);
    expect(payment).toMatchObject({
      dossierCode: code,
      status: 'pending',
      currency: 'VND',
      total: 58_000,
      lines: [
        { kind: 'fee', code: 'LP01', name: 'Lệ phí LP01', amount: 8_000 },
        { kind: 'charge', code: 'LP02', name: 'Phí sao y', amount: 50_000 },
      ],
      beneficiary: { bank: 'Kho bạc Nhà nước' },
      payer: { name: 'Nguyễn Văn An', phone: '0912345678' },
    });
    expect(payment.lookupCode).toMatch(/^PT\d{6}\d{6}$/);
    expect(payment.beneficiary.accountNumber).toMatch(/^3511\d{8}$/);
    expect(Date.parse(payment.expiresAt as string) - Date.parse(payment.createdAt)).toBe(15 * 60 * 1000);
    expect(payment.checkoutUrl).toBe(`${sb.url}/sandbox/payments/${payment.id}/checkout`);
    expect(payment).not.toHaveProperty('payerCitizenId');

    const page = await fetch(payment.checkoutUrl as string);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(payment.lookupCode);
    expect(html).toMatch(/<label for="cardNumber">/);
    expect(html).toContain('<caption>Các khoản phải nộp</caption>');
    expect(html).toContain('name="action" value="pay"');
    expect(html).toContain('name="action" value="fail"');
  });

  it('numbers lookup codes in sequence and never twice', async () => {
    const first = await newPayment();
    const second = await newPayment();
    expect(Number(second.lookupCode.slice(-6))).toBe(Number(first.lookupCode.slice(-6)) + 1);
  });

  it('returns the pending payment instead of creating another, and replays an idempotent create', async () => {
    const code = await dossier();
    const first = (await (await createPayment(code, { key: `pay-${code}` })).json()) as Payment;
    const again = await createPayment(code);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Payment).id).toBe(first.id);
    const replay = await createPayment(code, { key: `pay-${code}` });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as Payment).id).toBe(first.id);
    expect(
      await sb.sandbox.db.selectFrom('payments').select('id').where('dossier_code', '=', code).execute(),
    ).toHaveLength(1);
  });

  it('marks a payment paid on a correctly signed gateway callback, records it on the dossier, and acknowledges repeats', async () => {
    const payment = await newPayment();
    const body = {
      lookupCode: payment.lookupCode,
      transactionId: 'GW-0001',
      status: 'paid',
      amount: payment.total,
      channel: 'qr',
      paidAt: '2026-02-13T10:15:00+07:00',
      payer: { name: 'Nguyễn Văn An', phone: '0912345678' },
    };
    const response = await callback(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });

    const paid = await read(payment.id);
    expect(paid).toMatchObject({ status: 'paid', channel: 'qr', paidAt: '2026-02-13T03:15:00.000Z' });
    expect(paid.checkoutUrl).toBeUndefined();
    expect(await feesOf(payment.dossierCode)).toEqual([
      expect.objectContaining({ code: 'LP01', paid: true, paidOnline: true, paymentId: payment.id }),
    ]);
    // The payment says "fees paid" without moving the dossier; the dossier module then resumes processing (6 → 4).
    await expect.poll(() => statusOf(payment.dossierCode)).toBe(4);
    const events = await eventsOf(payment.dossierCode);
    expect(events.map((event) => event.type)).toEqual(['dossier.feesPaid', 'dossier.feesPaid']);
    expect(events[0]?.agency_code).toBe(DEMO_AGENCY_CODE);
    expect(fromJson(events[0]?.payload ?? null)).toMatchObject({
      status: 6,
      previousStatus: null,
      actor: { role: 'applicant' },
      data: { paymentId: payment.id, lookupCode: payment.lookupCode, paidOnline: true, total: 8_000 },
    });
    expect(fromJson(events[1]?.payload ?? null)).toMatchObject({ status: 4, previousStatus: 6 });

    // The gateway retries until acknowledged: the same transaction again changes nothing.
    expect((await callback(body)).status).toBe(200);
    expect(await eventsOf(payment.dossierCode)).toHaveLength(2);
    // Another transaction for an ended payment is refused.
    const other = await callback({ ...body, transactionId: 'GW-0002' });
    expect(other.status).toBe(409);
    expect(((await other.json()) as { code: string }).code).toBe('payment.notPending');
    // Nothing left to pay.
    const nothing = await createPayment(payment.dossierCode);
    expect(nothing.status).toBe(409);
    expect(((await nothing.json()) as { code: string }).code).toBe('payment.notPayable');
  });

  it('refuses callbacks whose signature does not cover the exact bytes received', async () => {
    const payment = await newPayment();
    const body = JSON.stringify({
      lookupCode: payment.lookupCode,
      transactionId: 'GW-X',
      status: 'paid',
      amount: payment.total,
    });
    for (const signature of [
      gatewaySignature(body, 'not-the-gateway-secret'),
      '0'.repeat(64),
      'not hex',
      gatewaySignature(JSON.stringify(JSON.parse(body), null, 2)),
    ]) {
      const response = await callback(body, signature);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { code: string }).code).toBe('gateway.invalidSignature');
    }
    const unsigned = await sb.request('/payments/gateway/callback', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.status).toBe(401);
    // Re-serialised with spaces, it is other bytes: it verifies only when signed as sent.
    const spaced = JSON.stringify(JSON.parse(body), null, 2);
    expect((await callback(spaced)).status).toBe(200);
    expect((await read(payment.id)).status).toBe('paid');
  });

  it('checks the callback: schema (422), unknown lookup code (404), amount (422), failure', async () => {
    const payment = await newPayment();
    const invalid = await callback({ lookupCode: payment.lookupCode, status: 'maybe' });
    expect(invalid.status).toBe(422);
    const problem = (await invalid.json()) as { code: string; errors: { path: string[] }[] };
    expect(problem.code).toBe('request.invalid');
    expect(problem.errors.map((error) => error.path.join('.'))).toEqual(
      expect.arrayContaining(['transactionId', 'status', 'amount']),
    );
    const unknown = await callback({
      lookupCode: 'PT000000999999',
      transactionId: 'GW',
      status: 'paid',
      amount: 1,
    });
    expect(unknown.status).toBe(404);
    const short = await callback({
      lookupCode: payment.lookupCode,
      transactionId: 'GW',
      status: 'paid',
      amount: 7_999,
    });
    expect(short.status).toBe(422);
    expect(((await short.json()) as { code: string }).code).toBe('payment.amountMismatch');
    expect((await read(payment.id)).status).toBe('pending');

    const failed = await callback({
      lookupCode: payment.lookupCode,
      transactionId: 'GW-F',
      status: 'failed',
      amount: payment.total,
      failureReason: 'Khách hàng hủy giao dịch',
    });
    expect(failed.status).toBe(200);
    expect(await read(payment.id)).toMatchObject({
      status: 'failed',
      failureReason: 'Khách hàng hủy giao dịch',
    });
    expect((await eventsOf(payment.dossierCode)).map((event) => event.type)).toEqual([
      'dossier.paymentFailed',
    ]);
    // After a failure the fees are still due: a new payment, with a new lookup code.
    const retry = await newPaymentFor(payment.dossierCode);
    expect(retry.lookupCode).not.toBe(payment.lookupCode);
  });

  async function newPaymentFor(dossierCode: string): Promise<Payment> {
    const response = await createPayment(dossierCode);
    expect(response.status).toBe(201);
    return (await response.json()) as Payment;
  }

  it('pays from the checkout page with the default card, then goes back to the service', async () => {
    const payment = await newPayment({}, 'https://portal.example.vn/thanh-toan?step=2');
    const response = await checkout(payment.id, {
      action: 'pay',
      channel: 'card',
      cardNumber: '9704 0000 0000 0018',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `https://portal.example.vn/thanh-toan?step=2&paymentId=${payment.id}`,
    );
    expect(await read(payment.id)).toMatchObject({ status: 'paid', channel: 'card' });
    const page = await (await fetch(payment.checkoutUrl as string)).text();
    expect(page).toContain('Thanh toán thành công');
    expect(page).not.toContain('<form');
  });

  it('declines the card 9704000000000026 and the payer Trịnh Thị Thu', async () => {
    const card = await newPayment();
    const declined = await checkout(card.id, {
      action: 'pay',
      channel: 'card',
      cardNumber: scenarios.cardDeclined.value,
    });
    expect(declined.status).toBe(303);
    expect(declined.headers.get('location')).toBe(`/sandbox/payments/${card.id}/checkout`);
    const failedCard = await read(card.id);
    expect(failedCard.status).toBe('failed');
    expect(failedCard.failureReason).toMatch(/không đủ số dư/);

    const payer = await newPayment({
      applicant: { fullName: 'Trịnh Thị Thu', citizenId: scenarios.payerDeclined.value, phone: '0394000402' },
    });
    expect((await checkout(payer.id, { action: 'pay', channel: 'qr' })).status).toBe(303);
    const failedPayer = await read(payer.id);
    expect(failedPayer.status).toBe('failed');
    expect(failedPayer.failureReason).toMatch(/^Giao dịch không thành công/);
    expect((await eventsOf(payer.dossierCode)).map((event) => event.type)).toEqual(['dossier.paymentFailed']);
  });

  it('lets the payer play a failure', async () => {
    const payment = await newPayment();
    expect((await checkout(payment.id, { action: 'fail', channel: 'qr' })).status).toBe(303);
    expect((await read(payment.id)).status).toBe('failed');
  });

  it('shows the form again with an error summary for a bad card number', async () => {
    const payment = await newPayment();
    const response = await checkout(payment.id, {
      action: 'pay',
      channel: 'card',
      cardNumber: '9704 0000 0000 0019',
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<title>Lỗi: ');
    expect(html).toMatch(/class="error-summary" role="alert"/);
    expect(html).toContain('href="#cardNumber"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="9704 0000 0000 0019"');
    expect((await read(payment.id)).status).toBe('pending');
  });

  it('leaves time-out scenarios pending, then expires them 15 minutes later on the test clock', async () => {
    const card = await newPayment();
    const waiting = await checkout(card.id, {
      action: 'pay',
      channel: 'card',
      cardNumber: scenarios.cardTimesOut.value,
    });
    expect(waiting.headers.get('location')).toBe(`/sandbox/payments/${card.id}/checkout?waiting=1`);
    const page = await (await fetch(`${sb.url}${waiting.headers.get('location')}`)).text();
    expect(page).toContain('Ngân hàng chưa phản hồi');
    const payer = await newPayment({
      applicant: { fullName: 'Lý Minh Đức', citizenId: scenarios.payerTimesOut.value, phone: '0868000504' },
    });
    await checkout(payer.id, { action: 'pay', channel: 'qr' });
    expect((await read(card.id)).status).toBe('pending');
    expect((await read(payer.id)).status).toBe('pending');

    await sb.request('/sandbox/clock/advance', { method: 'POST', json: { minutes: 14 } });
    expect((await read(card.id)).status).toBe('pending');
    await sb.request('/sandbox/clock/advance', { method: 'POST', json: { minutes: 1 } });
    const expired = await read(card.id);
    expect(expired.status).toBe('expired');
    expect(expired.checkoutUrl).toBeUndefined();
    expect((await read(payer.id)).status).toBe('expired');
    expect((await eventsOf(card.dossierCode)).map((event) => event.type)).toEqual(['dossier.paymentFailed']);
    expect(fromJson((await eventsOf(card.dossierCode))[0]?.payload ?? null)).toMatchObject({
      actor: { role: 'system' },
      data: { paymentStatus: 'expired' },
    });

    // Too late for the gateway, and a new payment gets a new lookup code.
    const late = await callback({
      lookupCode: card.lookupCode,
      transactionId: 'GW-L',
      status: 'paid',
      amount: card.total,
    });
    expect(late.status).toBe(409);
    const again = await newPaymentFor(card.dossierCode);
    expect(again.status).toBe('pending');
    expect(again.lookupCode).not.toBe(card.lookupCode);
  });

  it('expires a pending payment found by create, and creates a new one', async () => {
    const payment = await newPayment();
    await sb.request('/sandbox/clock/advance', { method: 'POST', json: { minutes: 15 } });
    const next = await newPaymentFor(payment.dossierCode);
    expect(next.id).not.toBe(payment.id);
    expect((await read(payment.id)).status).toBe('expired');
  });

  it('completes and fails payments through the sandbox controls', async () => {
    const payment = await newPayment();
    const completed = await sb.request(`/sandbox/payments/${payment.id}/complete`, {
      method: 'POST',
      json: { channel: 'bankTransfer', payerName: 'Nguyễn Văn An' },
    });
    expect(completed.status).toBe(200);
    expect(await completed.json()).toMatchObject({
      status: 'paid',
      channel: 'bankTransfer',
      payer: { name: 'Nguyễn Văn An' },
    });
    const again = await sb.request(`/sandbox/payments/${payment.id}/complete`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('payment.notPending');

    const other = await newPayment();
    const failed = await sb.request(`/sandbox/payments/${other.id}/fail`, {
      method: 'POST',
      json: { reason: 'Hết hạn mức' },
    });
    expect(await failed.json()).toMatchObject({ status: 'failed', failureReason: 'Hết hạn mức' });
    expect((await sb.request('/sandbox/payments/pay_unknown/fail', { method: 'POST' })).status).toBe(404);
  });

  it('shows payments to the applicant and the agency only', async () => {
    const payment = await newPayment();
    expect((await sb.request(`/payments/${payment.id}`, await as('citizen-binh'))).status).toBe(404);
    expect((await sb.request(`/payments/${payment.id}`, await as(officer))).status).toBe(200);
    const system = await sb.request(`/payments/${payment.id}`, {
      headers: { 'X-Api-Key': DEMO_AGENCY_API_KEY.key },
    });
    expect(system.status).toBe(200);
    expect(
      (await sb.request(`/payments/${payment.id}`, { headers: { 'X-Api-Key': OTHER_KEY } })).status,
    ).toBe(404);
    expect((await sb.request(`/payments/${payment.id}`)).status).toBe(401);

    // Another citizen cannot pay for it; the agency's back office can start a payment.
    const code = await dossier();
    const stranger = await sb.request('/payments', {
      method: 'POST',
      ...(await as('citizen-binh')),
      json: { dossierCode: code },
    });
    expect(stranger.status).toBe(404);
    const byAgency = await sb.request('/payments', {
      method: 'POST',
      headers: { 'X-Api-Key': DEMO_AGENCY_API_KEY.key },
      json: { dossierCode: code },
    });
    expect(byAgency.status).toBe(201);
    expect((await sb.request('/payments/pay_nope', await as('citizen-an'))).status).toBe(404);
  });

  it('refuses dossiers with nothing to pay, closed dossiers, unknown dossiers and odd return URLs', async () => {
    const exempt = await dossier({ fees: [fee('LP00', 0)] });
    expect((await createPayment(exempt)).status).toBe(409);
    const withdrawn = await dossier({ status: 7 });
    expect((await createPayment(withdrawn)).status).toBe(409);
    expect((await createPayment(`${DEMO_AGENCY_CODE}-260213-9999`)).status).toBe(404);
    const code = await dossier();
    const js = await createPayment(code, { returnUrl: 'javascript:alert(1)' });
    expect(js.status).toBe(422);
  });

  it('answers an unknown checkout page with an HTML 404', async () => {
    const response = await sb.request('/sandbox/payments/pay_missing/checkout');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy giao dịch');
  });
});
