import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { createFixtureClient } from '../test/fixtures.js';
import { renderWithProvider } from '../test/render.js';
import { groupHex, sha256, toBase64, toHex } from './fingerprint.js';
import { ABC_SHA256, type SignaturePartsOptions, signatureParts, signer } from './fixtures.js';
import { SignaturePrompt, type SignaturePromptProps } from './SignaturePrompt.js';

const bytes = new TextEncoder().encode('abc');
const documentToSign = { name: 'to-khai-khai-sinh.pdf', bytes };

function setup(
  fixture: SignaturePartsOptions = {},
  props: Partial<SignaturePromptProps> = {},
  locale: 'vi' | 'en' = 'vi',
) {
  const sig = signatureParts(fixture);
  const client = createFixtureClient({ parts: sig.parts });
  const onSigned = vi.fn();
  const result = renderWithProvider(
    <main>
      <p>Trang hồ sơ</p>
      <SignaturePrompt
        document={documentToSign}
        signer={signer}
        providers={['vnpt-smartca', 'sandbox']}
        onSigned={onSigned}
        autoCloseMs={150}
        {...props}
      />
    </main>,
    { client, locale },
  );
  return { ...result, sig, onSigned };
}

/** Nothing a modal may leave behind is left on the page. */
function expectPageReleased() {
  expect(document.body.style.pointerEvents).toBe('');
  expect(document.documentElement.classList.contains('motcua-scroll-lock')).toBe(false);
  expect(getComputedStyle(document.body).overflow).not.toBe('hidden');
  expect(document.querySelector('[aria-hidden="true"]:not(.motcua-signature-prompt__overlay)')).toBeNull();
  expect(document.querySelector('[data-radix-focus-guard]')).toBeNull();
}

async function openAndStart(provider = 'VNPT SmartCA') {
  await userEvent.click(screen.getByRole('button', { name: 'Ký số tài liệu' }));
  const dialog = await screen.findByRole('dialog', { name: 'Ký số tài liệu' });
  await within(dialog).findByText('BA78');
  await userEvent.click(within(dialog).getByLabelText(provider));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu ký' }));
  return dialog;
}

describe('fingerprint', () => {
  it('hashes on the device and groups the hex for people', async () => {
    const digest = await sha256(bytes);
    expect(toHex(digest)).toBe(ABC_SHA256);
    expect(toBase64(digest)).toHaveLength(44);
    expect(groupHex(ABC_SHA256).slice(0, 3)).toEqual(['BA78', '16BF', '8F01']);
    expect(groupHex(ABC_SHA256)).toHaveLength(16);
  });
});

describe('SignaturePrompt', () => {
  it('shows the document, its fingerprint and the signer, and asks for a provider', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Ký số tài liệu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ký số tài liệu' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByText('to-khai-khai-sinh.pdf')).toBeTruthy();
    await within(dialog).findByText('BA78');
    expect(dialog.querySelector('.motcua-signature-prompt__fingerprint')?.textContent).toBe(
      groupHex(ABC_SHA256).join(''),
    );
    expect(within(dialog).getByText('Nguyễn Văn An')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu ký' }));
    expect(within(dialog).getByText('Chọn dịch vụ ký số')).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('signs: sends the hash (never the document), waits with a silent countdown, then closes and returns focus', async () => {
    const { sig, onSigned } = setup({ afterMs: 250 });
    const trigger = screen.getByRole('button', { name: 'Ký số tài liệu' });
    const dialog = await openAndStart();
    await within(dialog).findByRole('heading', { name: 'Xác nhận trên điện thoại' });
    const countdown = dialog.querySelector('.motcua-signature-prompt__countdown');
    expect(countdown?.getAttribute('aria-hidden')).toBe('true');
    expect(countdown?.textContent).toMatch(/0[45]:\d\d/);
    const region = within(dialog).getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(region.textContent).toContain('Mở ứng dụng VNPT SmartCA'));
    await expectNoAxeViolations();

    expect(sig.calls[0]?.args[0]).toEqual({
      documentHash: { algorithm: 'SHA-256', value: toBase64(await sha256(bytes)) },
      documentName: 'to-khai-khai-sinh.pdf',
      signer,
      provider: 'vnpt-smartca',
    });
    await within(dialog).findByText('Đã ký số thành công');
    expect(onSigned).toHaveBeenCalledWith(
      expect.objectContaining({ requestId: 'sig_1' }),
      expect.objectContaining({ status: 'signed' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    await waitFor(expectPageReleased);
  });

  it.each([
    ['rejected', 'Bạn đã từ chối ký trên ứng dụng. Tài liệu chưa được ký.'],
    ['expired', 'Đã hết thời gian xác nhận. Tài liệu chưa được ký. Bạn có thể gửi lại yêu cầu ký.'],
    ['failed', 'Dịch vụ ký số gặp lỗi nên tài liệu chưa được ký. Vui lòng thử lại sau ít phút.'],
    ['authorisationFailed', /Không xác thực được chứng thư số của bạn/],
    ['network', 'Không kết nối được dịch vụ ký số. Tài liệu chưa được ký. Vui lòng thử lại.'],
  ] as const)('explains %s and offers a new request', async (outcome, text) => {
    const { sig } = setup({ outcome });
    const dialog = await openAndStart();
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(text);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    await expectNoAxeViolations();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gửi lại yêu cầu ký' }));
    await waitFor(() =>
      expect(sig.calls.filter((call) => call.method === 'signatures.create')).toHaveLength(2),
    );
  });

  it('announces the wait at most every 15 seconds while the countdown runs', async () => {
    // Each poll reports 10 s less remaining than the last: 20 polls simulate 200 s of waiting in under a second.
    setup({ outcome: 'never', acceleration: 500 });
    const dialog = await openAndStart();
    const region = within(dialog).getByRole('status');
    await waitFor(() => expect(region.textContent).toContain('Mở ứng dụng'));
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await new Promise((resolve) => setTimeout(resolve, 800));
    observer.disconnect();
    // Simulated minutes went by, but the region spoke no more than once in under 15 real seconds.
    expect(changes.length).toBeLessThanOrEqual(0);
    expect(dialog.querySelector('.motcua-signature-prompt__countdown-value')?.textContent).toMatch(
      /^0[0-4]:\d\d$/,
    );
    await userEvent.keyboard('{Escape}');
  });

  describe('leaves nothing on <body> however it closes', () => {
    it('Escape', async () => {
      setup({ outcome: 'never' });
      const trigger = screen.getByRole('button', { name: 'Ký số tài liệu' });
      await openAndStart();
      expect(document.documentElement.classList.contains('motcua-scroll-lock')).toBe(true);
      expect(document.body.style.pointerEvents).toBe('none');
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(document.activeElement).toBe(trigger);
      await waitFor(expectPageReleased);
    });

    it('the cancel button', async () => {
      const { sig } = setup({ outcome: 'never' });
      const trigger = screen.getByRole('button', { name: 'Ký số tài liệu' });
      const dialog = await openAndStart();
      await within(dialog).findByRole('heading', { name: 'Xác nhận trên điện thoại' });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy ký' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(document.activeElement).toBe(trigger);
      await waitFor(expectPageReleased);
      // Polling stopped with the dialog.
      const polls = sig.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sig.calls.length).toBe(polls);
      // The page is usable again: a click goes through.
      await userEvent.click(trigger);
      expect(await screen.findByRole('dialog')).toBeTruthy();
      await userEvent.keyboard('{Escape}');
    });

    it('success auto-close', async () => {
      setup({ afterMs: 30 });
      await openAndStart();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
      await waitFor(expectPageReleased);
    });

    it('a controlled open={false}, returning focus to the button that opened it', async () => {
      const sig = signatureParts({ outcome: 'never' });
      const client = createFixtureClient({ parts: sig.parts });
      renderWithProvider(<ControlledPage />, { client });
      const opener = screen.getByRole('button', { name: 'Ký tờ khai' });
      await userEvent.click(opener);
      expect(await screen.findByRole('dialog')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Ký số tài liệu' })).toBeNull();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
      await waitFor(() => expect(document.activeElement).toBe(opener));
      await waitFor(expectPageReleased);
      await userEvent.click(opener);
      expect(await screen.findByRole('dialog')).toBeTruthy();
    });
  });

  it('renders a hostile document name as text, and speaks English', async () => {
    setup({}, { document: { name: '<img src=x onerror=alert(1)>.pdf', sha256: ABC_SHA256 } }, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Sign the document' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign the document' });
    expect(within(dialog).getByText('<img src=x onerror=alert(1)>.pdf')).toBeTruthy();
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).getByText('SHA-256 fingerprint')).toBeTruthy();
    await expectNoAxeViolations();
    await userEvent.keyboard('{Escape}');
  });
});

function CloseSoon({ onClose }: { onClose: () => void }) {
  useState(() => setTimeout(onClose, 400));
  return null;
}

/** An app that opens the prompt from its own button and closes it itself (a timer, a route change…). */
function ControlledPage() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Ký tờ khai
      </button>
      <SignaturePrompt
        open={open}
        onOpenChange={setOpen}
        document={documentToSign}
        signer={signer}
        providers={['sandbox']}
      />
      {open ? (
        <p>
          {/* The app closes it itself (its own timer, a route change…). */}
          <CloseSoon onClose={() => setOpen(false)} />
        </p>
      ) : null}
    </>
  );
}
