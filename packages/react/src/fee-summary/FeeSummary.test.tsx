import { formatVnd } from '@motcua/core';
import type { Payment } from '@motcua/sdk';
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { apiError } from '../dossier-form/fixtures.js';
import { expectNoAxeViolations } from '../test/axe.js';
import {
  createFixtureClient,
  DOSSIER_CODE,
  dossierReturned,
  type FixtureClient,
  fees,
  payment,
} from '../test/fixtures.js';
import { renderWithProvider } from '../test/render.js';
import { FeeSummary } from './FeeSummary.js';
import { PayButton } from './PayButton.js';
import { feeTotals, withPayment } from './useFeeSummary.js';
import { isSafeCheckoutUrl } from './usePayButton.js';
import { paymentIdFromUrl, waitForPayment } from './usePaymentReturn.js';

const NBSP = '\u00a0';

describe('feeTotals', () => {
  it('sums lines and what is left to pay', () => {
    expect(feeTotals(fees)).toEqual({ total: 24_000, due: 24_000, tracksPayment: true, state: 'unpaid' });
    expect(feeTotals(dossierReturned.fees).state).toBe('paid');
    expect(feeTotals([]).state).toBe('empty');
  });
});

describe('FeeSummary', () => {
  it('lists fee lines in đồng with the total and what is left to pay', async () => {
    renderWithProvider(<FeeSummary fees={fees} />);
    const table = screen.getByRole('table', { name: 'Phí, lệ phí' });
    expect(table).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: /Lệ phí đăng ký khai sinh quá hạn/ })).toBeTruthy();
    expect(table.querySelector('tbody td')?.textContent).toBe(formatVnd(8_000, 'vi'));
    expect(formatVnd(8_000, 'vi')).toBe(`8.000${NBSP}₫`);
    const total = screen.getByRole('row', { name: /Tổng cộng/ });
    expect(total.textContent).toContain(`24.000${NBSP}₫`);
    expect(screen.getByRole('row', { name: /Còn phải nộp/ }).textContent).toContain(`24.000${NBSP}₫`);
    expect(screen.getAllByText('Chưa nộp')).toHaveLength(2);
    expect(document.querySelector('.motcua-fee-summary')?.getAttribute('data-state')).toBe('unpaid');
    await expectNoAxeViolations();
  });

  it('has loading, error, empty and paid states', async () => {
    const { rerender } = renderWithProvider(<FeeSummary fees={undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Đang tải…');
    rerender(<FeeSummary fees={undefined} error="Không tải được phí, lệ phí" />);
    expect(screen.getByRole('alert').textContent).toBe('Không tải được phí, lệ phí');
    rerender(<FeeSummary fees={[]} />);
    expect(screen.getByText('Thủ tục này không thu phí, lệ phí.')).toBeTruthy();
    rerender(<FeeSummary fees={dossierReturned.fees} action={<button type="button">Trả</button>} />);
    expect(document.querySelector('.motcua-fee-summary')?.getAttribute('data-state')).toBe('paid');
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations();
  });

  it("renders the platform's line names as text, never as markup", () => {
    const hostile = '<img src=x onerror="window.pwned=1">Lệ phí <b>đăng ký</b>';
    renderWithProvider(
      <FeeSummary
        fees={[{ code: 'LP99', name: hostile, kind: '<script>x</script>', amount: 5_000, paid: false }]}
      />,
    );
    expect(document.querySelector('.motcua-fee-summary__name')?.firstChild?.textContent).toBe(hostile);
    expect(screen.getByText('<script>x</script>')).toBeTruthy();
    expect(
      document.querySelector('.motcua-fee-summary img, .motcua-fee-summary b, .motcua-fee-summary script'),
    ).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('speaks English with English amounts, in dark', async () => {
    renderWithProvider(<FeeSummary fees={fees} />, { locale: 'en', theme: 'dark' });
    expect(screen.getByRole('table', { name: 'Fees and charges' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Total/ }).textContent).toContain('₫24,000');
    await expectNoAxeViolations();
  });
});

describe('PayButton', () => {
  it('refuses anything but web addresses as checkout', () => {
    expect(isSafeCheckoutUrl('https://thanhtoan.example.vn/x')).toBe(true);
    expect(isSafeCheckoutUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeCheckoutUrl('not a url')).toBe(false);
  });

  it('creates a payment through the SDK and follows its checkout URL, once', async () => {
    const client = createFixtureClient({ latencyMs: 50 });
    const navigate = vi.fn();
    renderWithProvider(
      <FeeSummary
        fees={fees}
        action={<PayButton dossierCode={DOSSIER_CODE} amount={24_000} navigate={navigate} />}
      />,
      { client },
    );
    const button = screen.getByRole('button', { name: `Thanh toán trực tuyến 24.000${NBSP}₫` });
    expect(button.closest('[data-state]')?.getAttribute('data-state')).toBe('idle');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(button.closest('[data-state]')?.getAttribute('data-state')).toBe('pending');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Đang chuyển tới cổng thanh toán…')).toBeTruthy();
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith('https://thanhtoan.example.vn/checkout/PT250701000123'),
    );
    // On the way to the gateway, another press must not open a second payment.
    await userEvent.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledOnce();
    expect(client.calls.filter((call) => call.method === 'payments.create')).toEqual([
      { method: 'payments.create', args: [{ dossierCode: DOSSIER_CODE }] },
    ]);
    await expectNoAxeViolations();
  });

  it('announces a failure and offers to pay again', async () => {
    const client = createFixtureClient({ payment: 'fail' });
    renderWithProvider(<PayButton dossierCode={DOSSIER_CODE} navigate={vi.fn()} />, { client });
    await userEvent.click(screen.getByRole('button', { name: 'Thanh toán trực tuyến' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Thanh toán không thành công. Hãy thử lại.');
    const again = screen.getByRole('button', { name: 'Thanh toán lại' });
    expect(again.closest('[data-state]')?.getAttribute('data-state')).toBe('failed');
    await expectNoAxeViolations();
  });

  it('shows paid when the platform says so, in English', async () => {
    const client = createFixtureClient({ payment: 'paid' });
    renderWithProvider(<PayButton dossierCode={DOSSIER_CODE} amount={24_000} />, { client, locale: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Pay ₫24,000 online' }));
    expect((await screen.findByRole('status')).textContent).toBe('Paid');
    expect(document.querySelector('.motcua-pay-button')?.getAttribute('data-state')).toBe('paid');
  });
});

/** A portal's return page: the fees it loaded before the payer left, and the payment the payer comes back with. */
function ReturnPage({ onResult }: { onResult?: (payment: Payment) => void }) {
  const [paid, setPaid] = useState<Payment>();
  return (
    <FeeSummary
      fees={fees}
      payment={paid}
      action={
        <PayButton
          dossierCode={DOSSIER_CODE}
          amount={24_000}
          paymentId={paymentIdFromUrl('https://portal.example.vn/thanh-toan?paymentId=pay_01J2')}
          backoff={{ initialMs: 20, maxMs: 40 }}
          navigate={vi.fn()}
          onResult={(result) => {
            setPaid(result);
            onResult?.(result);
          }}
        />
      }
    />
  );
}

const reads = (client: FixtureClient) => client.calls.filter((call) => call.method === 'payments.get');
const payState = () => document.querySelector('.motcua-pay-button')?.getAttribute('data-state');

describe('PayButton on the return page', () => {
  it('reads the payment the gateway sent back', () => {
    expect(paymentIdFromUrl('https://portal.example.vn/thanh-toan?paymentId=pay_01J2')).toBe('pay_01J2');
    expect(paymentIdFromUrl('https://portal.example.vn/thanh-toan')).toBeUndefined();
    expect(paymentIdFromUrl('not a url')).toBeUndefined();
  });

  it('waits while the payment is pending, then shows it paid, with the lines it covered', async () => {
    const client = createFixtureClient({ latencyMs: 30, paymentStatuses: ['pending', 'pending', 'paid'] });
    const onResult = vi.fn();
    renderWithProvider(<ReturnPage onResult={onResult} />, { client });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Đang kiểm tra kết quả thanh toán…');
    expect(payState()).toBe('checking');
    expect(screen.queryByRole('button')).toBeNull();
    await waitFor(() => expect(payState()).toBe('pending'));
    expect(status.textContent).toBe('Cổng thanh toán chưa báo kết quả. Trang sẽ tự cập nhật khi có kết quả.');
    // No second payment while the gateway decides.
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations();

    await waitFor(() => expect(payState()).toBe('paid'));
    // The same live region, now saying how it ended.
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe(`Đã thanh toán 24.000${NBSP}₫. Mã tra cứu: PT250701000123.`);
    expect(document.querySelector('.motcua-fee-summary')?.getAttribute('data-state')).toBe('paid');
    expect(screen.getAllByText('Đã nộp')).toHaveLength(2);
    expect(screen.getByRole('row', { name: /Còn phải nộp/ }).textContent).toContain(`0${NBSP}₫`);
    expect(reads(client)).toHaveLength(3);
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0]?.[0]).toMatchObject({ id: 'pay_01J2', status: 'paid' });
    // Final: no more reads.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reads(client)).toHaveLength(3);
    await expectNoAxeViolations();
  });

  it('says why a payment failed, in English, and offers to pay again', async () => {
    const client = createFixtureClient({ paymentStatuses: ['failed'] });
    const navigate = vi.fn();
    renderWithProvider(
      <PayButton dossierCode={DOSSIER_CODE} amount={24_000} paymentId="pay_01J2" navigate={navigate} />,
      { client, locale: 'en', theme: 'dark' },
    );
    await waitFor(() => expect(payState()).toBe('failed'));
    expect(screen.getByRole('status').textContent).toBe(
      'The payment did not go through. Reason: Ngân hàng từ chối giao dịch',
    );
    const again = screen.getByRole('button', { name: 'Pay again' });
    expect(again.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);
    await expectNoAxeViolations();
    await userEvent.click(again);
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith('https://thanhtoan.example.vn/checkout/PT250701000123'),
    );
  });

  it('rides out a flaky read, gives up after three, and checks again on request', async () => {
    const client = createFixtureClient({
      failPaymentReads: { status: 503, times: 4 },
      paymentStatuses: ['paid'],
    });
    renderWithProvider(<ReturnPage />, { client });
    await waitFor(() => expect(payState()).toBe('error'));
    expect(screen.getByRole('status').textContent).toBe('Không kiểm tra được kết quả thanh toán.');
    expect(reads(client)).toHaveLength(3);
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    // The fourth read fails too, the fifth answers.
    await waitFor(() => expect(payState()).toBe('paid'));
    expect(reads(client)).toHaveLength(5);
  });

  it('stops asking when the page goes away', async () => {
    const client = createFixtureClient({ latencyMs: 10 });
    const { unmount } = renderWithProvider(<ReturnPage />, { client });
    await waitFor(() => expect(reads(client).length).toBeGreaterThanOrEqual(2));
    unmount();
    const count = reads(client).length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reads(client)).toHaveLength(count);
  });
});

describe('waitForPayment', () => {
  it('asks again with a growing delay until the status is final', async () => {
    const client = createFixtureClient({ paymentStatuses: ['pending', 'pending', 'pending', 'expired'] });
    const seen: string[] = [];
    const started = performance.now();
    const final = await waitForPayment(client, 'pay_01J2', {
      backoff: { initialMs: 20, maxMs: 60 },
      onUpdate: (update) => seen.push(update.status),
    });
    // 20 + 40 + 60 ms apart (capped), not 20 + 20 + 20.
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    expect(final.status).toBe('expired');
    expect(seen).toEqual(['pending', 'pending', 'pending', 'expired']);
  });

  it('stops when aborted, and at once when the platform refuses the read', async () => {
    const controller = new AbortController();
    const waiting = waitForPayment(createFixtureClient(), 'pay_01J2', { signal: controller.signal });
    controller.abort(new Error('left the page'));
    await expect(waiting).rejects.toThrow('left the page');

    const notFound = createFixtureClient({
      parts: {
        payments: {
          get: async () => {
            throw apiError(404, 'resource.notFound');
          },
        },
      },
    });
    await expect(waitForPayment(notFound, 'pay_x', { attempts: 5 })).rejects.toThrow('resource.notFound');
  });
});

describe('withPayment', () => {
  it('marks the lines a paid payment covered, and nothing for an unpaid one', () => {
    expect(withPayment(fees, payment)).toBe(fees);
    const paid = withPayment(fees, { ...payment, status: 'paid', lines: payment.lines.slice(0, 1) });
    expect(paid.map((line) => line.paid)).toEqual([true, false]);
  });
});
