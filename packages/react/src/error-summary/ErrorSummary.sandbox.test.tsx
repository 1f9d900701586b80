import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { RequestForm } from '../test/request-form.js';
import { draftExtractCopy, signIn, sandboxUrl as url } from '../test/sandbox.js';

const box = (id: string) => document.getElementById(id) as HTMLInputElement;

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
describe.skipIf(!url)('ErrorSummary against the sandbox', () => {
  it("lists the platform's field errors (a 422 problem), takes focus, and links each to its field", async () => {
    const client = await signIn(url, 'citizen-an');
    const draft = await draftExtractCopy(client);
    const onFiled = vi.fn();
    renderWithProvider(
      <RequestForm client={client} draftId={draft.id} checkCitizenId={false} onFiled={onFiled} />,
      {
        client,
      },
    );
    // Both pass the widgets (no check of its own for the ID here); the platform refuses both.
    await userEvent.type(box('applicantCitizenId'), '001 087 12345');
    await userEvent.type(box('subjectBirthDate'), '1');
    await userEvent.type(box('subjectBirthDate-month'), '1');
    await userEvent.type(box('subjectBirthDate-year'), '2099');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(within(alert).getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeTruthy();
    const summary = alert.closest('.motcua-error-summary') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(document.title.startsWith('Lỗi: ')).toBe(true);
    const links = within(alert).getAllByRole('link');
    // In the order of the fields, with the platform's words.
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#applicantCitizenId',
      '#subjectBirthDate',
    ]);
    expect(links[1]?.textContent).toBe('Ngày không được sau ngày hôm nay');
    // The same words beside each field.
    expect(document.getElementById('applicantCitizenId-error')?.textContent).toContain(
      links[0]?.textContent ?? '-',
    );
    expect(document.getElementById('subjectBirthDate-error')?.textContent).toContain(
      links[1]?.textContent ?? '-',
    );
    await expectNoAxeViolations();

    await userEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(box('subjectBirthDate'));
    await userEvent.click(within(alert).getByRole('link', { name: links[0]?.textContent ?? '' }));
    expect(document.activeElement).toBe(box('applicantCitizenId'));

    // Fixed one, not the other: the summary is focused again, with one error left.
    await userEvent.clear(box('applicantCitizenId'));
    await userEvent.type(box('applicantCitizenId'), '001 087 123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() => expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(summary));

    await userEvent.clear(box('subjectBirthDate-year'));
    await userEvent.type(box('subjectBirthDate-year'), '1987');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));
    await waitFor(() => expect(onFiled).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(screen.queryByRole('alert')).toBeNull();
    // The title is put back by an effect's cleanup, which React runs after the frame that removed the summary.
    await waitFor(() => expect(document.title.startsWith('Lỗi: ')).toBe(false));
  });
});
