import { formatVnd } from '@motcua/core';
import type { Dossier, MotcuaClient, Payment } from '@motcua/sdk';
import { screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { EXTRACT_COPY, fileExtractCopy, signIn, sandboxUrl as url } from '../test/sandbox.js';
import { FeeSummary } from './FeeSummary.js';
import { PayButton } from './PayButton.js';
import { feeTotals } from './useFeeSummary.js';
import { paymentIdFromUrl } from './usePaymentReturn.js';

const RETURN_URL = 'http://localhost:5173/ho-so/thanh-toan';
const rows = () =>
  [...document.querySelectorAll('.motcua-fee-summary tbody tr')].map((row) => [
    row.querySelector('th')?.firstChild?.textContent,
    row.querySelector('.motcua-fee-summary__amount')?.textContent,
  ]);

/** A portal's payment page: the dossier's fees as the platform has them, and a way to pay what is left. */
function PaymentPage({ code, navigate }: { code: string; navigate: (url: string) => void }) {
  const [dossier, setDossier] = useState<Dossier>();
  const [client, setClient] = useState<MotcuaClient>();
  useEffect(() => {
    void signIn(url, 'citizen-an').then(async (signedIn) => {
      setClient(signedIn);
      setDossier(await signedIn.dossiers.get(code));
    });
  }, [code]);
  const totals = dossier ? feeTotals(dossier.fees) : undefined;
  return (
    <FeeSummary
      fees={dossier?.fees}
      action={
        client && totals ? (
          <PayButton
            client={client}
            dossierCode={code}
            amount={totals.due}
            returnUrl={RETURN_URL}
            navigate={navigate}
            initialState={totals.state === 'paid' ? 'paid' : 'idle'}
          />
        ) : null
      }
    />
  );
}

/** The payer at the sandbox gateway's checkout page: opens it, pays by VietQR, is sent back to the portal. */
async function payAtCheckout(checkoutUrl: string, paymentId: string) {
  const page = await fetch(checkoutUrl);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<h1');
  const answer = await fetch(checkoutUrl, {
    method: 'POST',
    body: new URLSearchParams({ action: 'pay', channel: 'qr' }),
    redirect: 'manual',
  });
  // 303 back to the portal (a browser's fetch shows a manual redirect as opaque).
  expect(answer.type === 'opaqueredirect' || answer.status === 303).toBe(true);
  return paymentId;
}

/**
 * The payer's browser at the gateway: posts the checkout page's own form (pay by VietQR) in a frame, as the page's
 * button would, and follows the gateway's 303 back to the portal. Resolves with the address the payer lands on.
 */
function payInFrame(checkoutUrl: string, returnPrefix: string): Promise<string> {
  const frame = document.createElement('iframe');
  frame.name = `gateway-${Date.now()}`;
  frame.title = 'Cổng thanh toán';
  const form = document.createElement('form');
  form.method = 'post';
  form.action = checkoutUrl;
  form.target = frame.name;
  for (const [name, value] of [
    ['action', 'pay'],
    ['channel', 'qr'],
  ]) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name as string;
    input.value = value as string;
    form.append(input);
  }
  document.body.append(frame, form);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the gateway never sent the payer back')), 10_000);
    frame.addEventListener('load', () => {
      // Same origin as the test page once back at the portal; the gateway's own pages are not readable.
      let href = '';
      try {
        href = frame.contentWindow?.location.href ?? '';
      } catch {}
      if (!href.startsWith(returnPrefix)) return;
      clearTimeout(timer);
      frame.remove();
      form.remove();
      resolve(href);
    });
    form.submit();
  });
}

/**
 * The portal's return page: the dossier's fees, and under them the payment the gateway sent the payer back with
 * (beside the table, not its `action`: the dossier may already say everything is paid).
 */
function ReturnPage({ client, code, href }: { client: MotcuaClient; code: string; href: string }) {
  const [dossier, setDossier] = useState<Dossier>();
  const [payment, setPayment] = useState<Payment>();
  useEffect(() => {
    void client.dossiers.get(code).then(setDossier);
  }, [client, code]);
  return (
    <>
      <FeeSummary fees={dossier?.fees} payment={payment} />
      <PayButton
        client={client}
        dossierCode={code}
        paymentId={paymentIdFromUrl(href)}
        backoff={{ initialMs: 100, maxMs: 400 }}
        onResult={setPayment}
      />
    </>
  );
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
describe.skipIf(!url)('FeeSummary and PayButton against the sandbox', () => {
  it("lists a procedure's real fees from the catalogue, without a paid column", async () => {
    const client = await signIn(url);
    const procedure = await client.procedures.get(EXTRACT_COPY);
    const online = procedure.channels.find((channel) => channel.channel === 2);
    renderWithProvider(<FeeSummary fees={online?.fees} title="Phí khi nộp trực tuyến" />, { client });
    expect(rows()).toEqual([['Phí cấp bản sao trích lục hộ tịch', formatVnd(8000, 'vi')]]);
    expect(screen.getByRole('table', { name: 'Phí khi nộp trực tuyến' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Tình trạng' })).toBeNull();
    await expectNoAxeViolations();
  });

  it("pays a dossier's fees through the sandbox's checkout and shows them paid", async () => {
    const an = await signIn(url, 'citizen-an');
    const [desk, specialist] = await Promise.all([
      signIn(url, 'officer-ba-dinh-desk'),
      signIn(url, 'officer-ba-dinh-specialist'),
    ]);
    const { code } = await fileExtractCopy(an);
    if (!code) throw new Error('not filed');
    await desk.officer.accept(code, {});
    await desk.officer.assign(code, { officerId: 'officer-ba-dinh-specialist' });
    // An officer's line: its name is the platform's text, shown as text.
    const hostile = '<img src=x onerror="window.pwned=1">Phí sao y bản chính';
    await specialist.officer.requestFees(code, {
      lines: [{ code: 'PHI-SAOY', name: hostile, kind: 'fee', amount: 10_000 }],
    });

    const navigate = vi.fn();
    const { unmount } = renderWithProvider(<PaymentPage code={code} navigate={navigate} />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()).toEqual([
      ['Phí cấp bản sao trích lục hộ tịch', formatVnd(8000, 'vi')],
      [hostile, formatVnd(10_000, 'vi')],
    ]);
    expect(document.querySelector('.motcua-fee-summary img')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    const section = document.querySelector<HTMLElement>('.motcua-fee-summary');
    expect(section?.dataset.state).toBe('unpaid');
    expect(within(section as HTMLElement).getAllByText('Chưa nộp')).toHaveLength(2);
    await expectNoAxeViolations();

    const pay = await screen.findByRole('button', {
      name: `Thanh toán trực tuyến ${formatVnd(18_000, 'vi')}`,
    });
    await userEvent.dblClick(pay);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const checkoutUrl = navigate.mock.calls[0]?.[0] as string;
    expect(checkoutUrl.startsWith(`${url}/sandbox/payments/`)).toBe(true);
    // One payment for the double click.
    const paymentId = checkoutUrl.split('/').at(-2) ?? '';
    const payment = await an.payments.get(paymentId);
    expect(payment).toMatchObject({ status: 'pending', total: 18_000, dossierCode: code });

    await payAtCheckout(checkoutUrl, paymentId);
    expect(await an.payments.get(paymentId)).toMatchObject({ status: 'paid' });

    // Back on the portal: the page reads the dossier again.
    unmount();
    renderWithProvider(<PaymentPage code={code} navigate={navigate} />);
    await waitFor(() =>
      expect(document.querySelector('.motcua-fee-summary')?.getAttribute('data-state')).toBe('paid'),
    );
    expect(screen.getAllByText('Đã nộp').length).toBeGreaterThanOrEqual(2);
    expect(screen.queryByRole('button', { name: /Thanh toán/ })).toBeNull();
    expect((await an.dossiers.get(code)).status).toBe(4); // processing resumed
    await expectNoAxeViolations();
  });

  it('takes the payer through the checkout and back, and the return page shows the payment paid', async () => {
    const an = await signIn(url, 'citizen-an');
    const [desk, specialist] = await Promise.all([
      signIn(url, 'officer-ba-dinh-desk'),
      signIn(url, 'officer-ba-dinh-specialist'),
    ]);
    const { code } = await fileExtractCopy(an);
    if (!code) throw new Error('not filed');
    await desk.officer.accept(code, {});
    await desk.officer.assign(code, { officerId: 'officer-ba-dinh-specialist' });
    await specialist.officer.requestFees(code, {
      lines: [{ code: 'PHI-SAOY', name: 'Phí sao y bản chính', kind: 'fee', amount: 10_000 }],
    });
    // The portal's own page is where the gateway sends the payer back.
    const returnUrl = new URL('/ho-so/thanh-toan', location.href).href;
    const navigate = vi.fn();
    const { unmount } = renderWithProvider(
      <PayButton client={an} dossierCode={code} amount={18_000} returnUrl={returnUrl} navigate={navigate} />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Thanh toán trực tuyến/ }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const checkoutUrl = navigate.mock.calls[0]?.[0] as string;
    unmount();

    const back = await payInFrame(checkoutUrl, returnUrl);
    const paymentId = paymentIdFromUrl(back);
    expect(paymentId).toBe(checkoutUrl.split('/').at(-2));

    renderWithProvider(<ReturnPage client={an} code={code} href={back} />);
    await waitFor(() =>
      expect(document.querySelector('.motcua-pay-button')?.getAttribute('data-state')).toBe('paid'),
    );
    const payment = await an.payments.get(paymentId ?? '');
    // The fee summary beside it may still be loading (its own status): read the button's.
    expect(document.querySelector('.motcua-pay-button [role="status"]')?.textContent).toBe(
      `Đã thanh toán ${formatVnd(18_000, 'vi')}. Mã tra cứu: ${payment.lookupCode}.`,
    );
    await waitFor(() =>
      expect(document.querySelector('.motcua-fee-summary')?.getAttribute('data-state')).toBe('paid'),
    );
    expect(
      within(document.querySelector('.motcua-fee-summary') as HTMLElement).getAllByText('Đã nộp'),
    ).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations();
  });
});
