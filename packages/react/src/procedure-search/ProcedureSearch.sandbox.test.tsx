import { createClient } from '@motcua/sdk';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { ProcedureSearch } from './ProcedureSearch.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl?: string;
  }
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
const baseUrl = inject('sandboxUrl');

describe.skipIf(!baseUrl)('ProcedureSearch against the sandbox', () => {
  it("finds the civil-status procedures for 'ho tich' through the SDK, and chooses one with the keyboard", async () => {
    const client = createClient({ baseUrl: baseUrl as string, locale: 'vi' });
    const onSelect = vi.fn();
    renderWithProvider(<ProcedureSearch onSelect={onSelect} debounceMs={50} />, { client });
    const input = screen.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
    await userEvent.type(input, 'ho tich');
    const listbox = await screen.findByRole('listbox', {}, { timeout: 5000 });
    const names = within(listbox)
      .getAllByRole('option')
      .map((option) => option.querySelector('.motcua-procedure-search__name')?.textContent ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => /hộ tịch/i.test(name))).toBe(true);
    await expectNoAxeViolations();
    await userEvent.selectOptions(screen.getByLabelText('Cấp thực hiện'), 'commune');
    await userEvent.click(input);
    await waitFor(() => expect(screen.getByRole('listbox')).toBeTruthy());
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ implementingLevel: 'commune' }));
  });
});
