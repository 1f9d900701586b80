import { formatVnd } from '@motcua/core';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { createFixtureClient, DOSSIER_CODE, dossierReturned, fees } from '../test/fixtures.js';
import { renderWithProvider } from '../test/render.js';
import { FeeSummary } from './FeeSummary.js';
import { PayButton } from './PayButton.js';
import { feeTotals } from './useFeeSummary.js';
import { isSafeCheckoutUrl } from './usePayButton.js';

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
