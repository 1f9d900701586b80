import { createClient, type MotcuaClient } from '@motcua/sdk';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { SignaturePrompt } from './SignaturePrompt.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl?: string;
  }
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
const baseUrl = inject('sandboxUrl') as string;

async function citizenClient(): Promise<{ client: MotcuaClient; created: string[] }> {
  const response = await fetch(`${baseUrl}/sandbox/personas/citizen-an/token`, { method: 'POST' });
  const { accessToken } = (await response.json()) as { accessToken: string };
  const client = createClient({ baseUrl, token: accessToken, locale: 'vi' });
  const created: string[] = [];
  // Remember the transaction ids, so the test can play the signer's phone through the sandbox's controls.
  const create: MotcuaClient['signatures']['create'] = async (...args) => {
    const request = await client.signatures.create(...args);
    created.push(request.id);
    return request;
  };
  return { client: { ...client, signatures: { ...client.signatures, create } }, created };
}

async function phone(id: string, action: 'confirm' | 'reject') {
  const response = await fetch(`${baseUrl}/sandbox/signatures/${id}/${action}`, { method: 'POST' });
  expect(response.status).toBe(200);
}

const signer = { citizenId: '001087123456', name: 'Nguyễn Văn An' };
const pdf = new TextEncoder().encode('%PDF-1.7\n% tờ khai đăng ký khai sinh\n');

describe.skipIf(!baseUrl)('SignaturePrompt against the sandbox', () => {
  it('signs remotely: the signer confirms on the phone, the CMS signature comes back, the page is left clean', async () => {
    const { client, created } = await citizenClient();
    const onSigned = vi.fn();
    renderWithProvider(
      <SignaturePrompt
        document={{ name: 'to-khai.pdf', bytes: pdf }}
        signer={signer}
        providers={['sandbox']}
        pollInterval={150}
        autoCloseMs={200}
        onSigned={onSigned}
      />,
      { client },
    );
    const trigger = screen.getByRole('button', { name: 'Ký số tài liệu' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('.motcua-signature-prompt__fingerprint')).toBeTruthy());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu ký' }));
    await within(dialog).findByRole('heading', { name: 'Xác nhận trên điện thoại' }, { timeout: 5000 });
    expect(dialog.querySelector('.motcua-signature-prompt__countdown-value')?.textContent).toMatch(
      /^0[45]:\d\d$/,
    );
    await expectNoAxeViolations();
    await waitFor(() => expect(created).toHaveLength(1));
    await phone(created[0] as string, 'confirm');
    await waitFor(() => expect(onSigned).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const [result] = onSigned.mock.calls[0] as [
      { signature: { format: string; certificate: string }; certificateChain: string[] },
    ];
    expect(result.signature.format).toBe('cms');
    expect(result.signature.certificate).toMatch(/BEGIN CERTIFICATE/);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    await waitFor(() => expect(document.body.style.pointerEvents).toBe(''));
  });

  it('explains a refusal on the phone and signs on a new request', async () => {
    const { client, created } = await citizenClient();
    renderWithProvider(
      <SignaturePrompt
        document={{ name: 'to-khai.pdf', bytes: pdf }}
        signer={signer}
        providers={['sandbox']}
        pollInterval={150}
        defaultOpen
      />,
      { client },
    );
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('.motcua-signature-prompt__fingerprint')).toBeTruthy());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gửi yêu cầu ký' }));
    await waitFor(() => expect(created).toHaveLength(1));
    await within(dialog).findByRole('heading', { name: 'Xác nhận trên điện thoại' });
    await phone(created[0] as string, 'reject');
    expect((await within(dialog).findByRole('alert', {}, { timeout: 5000 })).textContent).toContain(
      'Bạn đã từ chối ký',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gửi lại yêu cầu ký' }));
    await waitFor(() => expect(created).toHaveLength(2));
    await within(dialog).findByRole('heading', { name: 'Xác nhận trên điện thoại' });
    await phone(created[1] as string, 'confirm');
    expect(await within(dialog).findByText('Đã ký số thành công', {}, { timeout: 5000 })).toBeTruthy();
  });
});
