import type { Dossier } from '@motcua/sdk';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithProvider } from '../test/render.js';
import { RequestForm } from '../test/request-form.js';
import { AN, draftExtractCopy, signIn, sandboxUrl as url } from '../test/sandbox.js';

const box = (id: string) => document.getElementById(id) as HTMLInputElement;

async function typeDate(day: string, month: string, year: string) {
  for (const [id, text] of [
    ['subjectBirthDate', day],
    ['subjectBirthDate-month', month],
    ['subjectBirthDate-year', year],
  ] as const) {
    await userEvent.clear(box(id));
    await userEvent.type(box(id), text);
  }
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
describe.skipIf(!url)('DateInput against the sandbox', () => {
  it('produces dates the platform reads: an unreal one and a future one refused on the field, a real one stored', async () => {
    const client = await signIn(url, 'citizen-an');
    const draft = await draftExtractCopy(client);
    const onFiled = vi.fn<(dossier: Dossier) => void>();
    renderWithProvider(<RequestForm client={client} draftId={draft.id} onFiled={onFiled} />, { client });
    await userEvent.type(box('applicantCitizenId'), AN.citizenId);
    const group = () => box('subjectBirthDate').closest('.motcua-date-input') as HTMLElement;
    const error = () => document.getElementById('subjectBirthDate-error')?.textContent ?? '';

    // 31/2 is kept as typed ('1987-2-31'): the platform says it is not a date, and the boxes show it.
    await typeDate('31', '2', '1987');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() => expect(group().dataset.invalid).toBe('true'), { timeout: 5000 });
    const unreal = error();
    expect(unreal.length).toBeGreaterThan(0);
    expect(box('subjectBirthDate').getAttribute('aria-invalid')).toBe('true');
    expect(box('subjectBirthDate').value).toBe('31');

    await typeDate('12', '5', '2099');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() => expect(error()).toContain('Ngày không được sau ngày hôm nay'), { timeout: 5000 });
    expect(error()).not.toBe(unreal);

    await typeDate('12', '5', '1987');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() => expect(onFiled).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(group().dataset.invalid).toBeUndefined();
    const stored = await client.dossiers.get(onFiled.mock.calls[0]?.[0].code ?? '');
    expect(stored.formData.subjectBirthDate).toBe('1987-05-12');
  });
});
