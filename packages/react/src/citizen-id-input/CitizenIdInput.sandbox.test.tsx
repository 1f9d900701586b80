import type { Dossier, MotcuaClient } from '@motcua/sdk';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithProvider } from '../test/render.js';
import { RequestForm } from '../test/request-form.js';
import { draftExtractCopy, signIn, sandboxUrl as url } from '../test/sandbox.js';
import { checkCitizenId } from './useCitizenIdInput.js';

const box = (id: string) => document.getElementById(id) as HTMLInputElement;
const error = () => document.getElementById('applicantCitizenId-error')?.textContent ?? '';
/** What the widget's own check says of a number (core's words). */
function ownWords(raw: string): string {
  const result = checkCitizenId(raw);
  if (result.ok) throw new Error(`${raw} is a valid number`);
  return result.message;
}

/** An's client, counting the submissions that reach the platform. */
async function counted(): Promise<{ client: MotcuaClient; submits: () => number }> {
  const client = await signIn(url, 'citizen-an');
  let count = 0;
  const submit: MotcuaClient['dossiers']['submit'] = (...args) => {
    count += 1;
    return client.dossiers.submit(...args);
  };
  return { client: { ...client, dossiers: { ...client.dossiers, submit } }, submits: () => count };
}

async function fill(citizenId: string) {
  await userEvent.clear(box('applicantCitizenId'));
  await userEvent.type(box('applicantCitizenId'), citizenId);
  await userEvent.type(box('subjectBirthDate'), '12');
  await userEvent.type(box('subjectBirthDate-month'), '5');
  await userEvent.type(box('subjectBirthDate-year'), '1987');
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
describe.skipIf(!url)('CitizenIdInput against the sandbox', () => {
  it('stops a wrong number before the platform, and the number it normalizes is the one the platform stores', async () => {
    const { client, submits } = await counted();
    const draft = await draftExtractCopy(client);
    const onFiled = vi.fn<(dossier: Dossier) => void>();
    renderWithProvider(<RequestForm client={client} draftId={draft.id} onFiled={onFiled} />, { client });
    await fill('001 087 12345');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    expect(error()).toContain(ownWords('001 087 12345'));
    expect(submits()).toBe(0);

    await userEvent.clear(box('applicantCitizenId'));
    await userEvent.type(box('applicantCitizenId'), '001.087.123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() => expect(onFiled).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(submits()).toBe(1);
    expect(box('applicantCitizenId').value).toBe('001.087.123 456'); // what was typed stays as typed
    const stored = await client.dossiers.get(onFiled.mock.calls[0]?.[0].code ?? '');
    expect(stored.formData.applicantCitizenId).toBe('001087123456');
  });

  it("shows the platform's refusal on the field, in the same words as its own check", async () => {
    const { client, submits } = await counted();
    const draft = await draftExtractCopy(client);
    renderWithProvider(
      <RequestForm client={client} draftId={draft.id} checkCitizenId={false} onFiled={() => {}} />,
      { client },
    );
    // 13 digits: the platform's schema refuses it.
    await fill('0010871234567');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() => expect(error()).not.toBe(''), { timeout: 5000 });
    expect(submits()).toBe(1);
    expect(error()).toContain(ownWords('0010871234567'));
    const input = box('applicantCitizenId');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('applicantCitizenId-error');
    expect(input.closest('.motcua-citizen-id-input')?.getAttribute('data-state')).toBe('invalid');
  });
});
