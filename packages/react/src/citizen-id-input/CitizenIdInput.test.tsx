import { screen } from '@testing-library/react';
import { type FormEvent, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { CitizenIdInput } from './CitizenIdInput.js';
import { checkCitizenId, normalizeCitizenId } from './useCitizenIdInput.js';

describe('checkCitizenId', () => {
  it("uses core's rules and messages, tolerating grouping spaces", () => {
    expect(normalizeCitizenId(' 001 087.123-456 ')).toBe('001087123456');
    expect(checkCitizenId('001 087 123 456')).toEqual({ ok: true, value: '001087123456' });
    expect(checkCitizenId('0010871234')).toMatchObject({
      ok: false,
      code: 'citizenId.length',
      message: 'Số CCCD phải gồm 12 chữ số',
    });
    expect(checkCitizenId('0010871234', 'en')).toMatchObject({
      message: 'A citizen ID number has 12 digits',
    });
    expect(checkCitizenId('001O87123456')).toMatchObject({ code: 'citizenId.digits' });
    expect(checkCitizenId('  ')).toMatchObject({
      code: 'citizenIdInput.required',
      message: 'Nhập số định danh cá nhân',
    });
  });
});

function Form({ onSend }: { onSend: (id: string) => void }) {
  const [id, setId] = useState('');
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        const blocked = event.defaultPrevented; // set by CitizenIdInput when the number is wrong
        event.preventDefault();
        if (!blocked) onSend(id);
      }}
    >
      <CitizenIdInput id="cccd" onChange={(_, normalized) => setId(normalized)} />
      <button type="submit">Tiếp tục</button>
    </form>
  );
}

describe('CitizenIdInput', () => {
  it('is a labelled numeric box with autocomplete off and a hint', () => {
    renderWithProvider(<CitizenIdInput id="cccd" />);
    const input = screen.getByLabelText('Số định danh cá nhân (số CCCD)');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('aria-describedby')).toBe('cccd-hint');
  });

  it('does not validate while typing or on blur, only on submit', async () => {
    const onSend = vi.fn();
    const onCheck = vi.fn();
    renderWithProvider(
      <form
        noValidate
        onSubmit={(event) => {
          const blocked = event.defaultPrevented;
          event.preventDefault();
          if (!blocked) onSend();
        }}
      >
        <CitizenIdInput id="cccd" onCheck={onCheck} />
        <button type="submit">Tiếp tục</button>
      </form>,
    );
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '0010871234');
    await userEvent.tab();
    expect(screen.queryByText(/12 chữ số$/)).toBeNull();
    expect(input.hasAttribute('aria-invalid')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(onCheck).toHaveBeenLastCalledWith(
      expect.objectContaining({ ok: false, code: 'citizenId.length' }),
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('cccd-hint cccd-error');
    expect(document.getElementById('cccd-error')?.textContent).toBe('Lỗi: Số CCCD phải gồm 12 chữ số');
    // What was typed stays.
    expect((input as HTMLInputElement).value).toBe('0010871234');
    await expectNoAxeViolations();

    await userEvent.type(input, '56');
    await userEvent.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('accepts a number typed with grouping spaces', async () => {
    const onSend = vi.fn();
    renderWithProvider(<Form onSend={onSend} />);
    await userEvent.type(screen.getByRole('textbox'), '001 087 123 456');
    await userEvent.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('001087123456');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('001 087 123 456');
  });

  it('shows an error given by the form, in English, without axe violations in dark', async () => {
    renderWithProvider(<CitizenIdInput id="x" error="This number is already registered" />, {
      locale: 'en',
      theme: 'dark',
    });
    expect(
      screen.getByLabelText('Personal identification number (citizen ID)').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(screen.getByText('This number is already registered')).toBeTruthy();
    await expectNoAxeViolations();
  });
});
