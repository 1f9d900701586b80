import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { DateInput } from './DateInput.js';
import { checkDateParts, datePartsFromValue, dateValueFromParts } from './useDateInput.js';

describe('date values', () => {
  it('normalises a real date and keeps partial text as typed', () => {
    expect(dateValueFromParts({ day: '7', month: '3', year: '2007' })).toBe('2007-03-07');
    expect(dateValueFromParts({ day: '31', month: '2', year: '' })).toBe('-2-31');
    expect(dateValueFromParts({ day: '30', month: '2', year: '2024' })).toBe('2024-2-30');
    expect(dateValueFromParts({ day: '', month: '', year: '' })).toBe('');
    expect(datePartsFromValue('2007-03-27')).toEqual({ day: '27', month: '03', year: '2007' });
    expect(datePartsFromValue('-2-31')).toEqual({ day: '31', month: '2', year: '' });
  });

  it('checks on demand: required, incomplete, not real', () => {
    expect(checkDateParts({ day: '', month: '', year: '' })?.key).toBe('validation.required');
    expect(checkDateParts({ day: '1', month: '', year: '2000' })).toEqual({
      key: 'dateInput.error.incomplete',
      fields: ['month'],
    });
    expect(checkDateParts({ day: '29', month: '2', year: '2023' })?.key).toBe('validation.date');
    expect(checkDateParts({ day: 'ab', month: '2', year: '2023' })).toEqual({
      key: 'validation.date',
      fields: ['day'],
    });
    expect(checkDateParts({ day: '29', month: '2', year: '2024' })).toBeNull();
  });
});

function Controlled() {
  const [value, setValue] = useState('');
  return (
    <>
      <DateInput
        id="c"
        label="Ngày"
        value={value}
        onChange={setValue}
        error={value === '' ? undefined : 'Sai'}
      />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('1990-04-12')}>
        Điền sẵn
      </button>
    </>
  );
}

describe('DateInput', () => {
  it('is a labelled group of three numeric boxes with a hint', () => {
    renderWithProvider(<DateInput id="birth-date" label="Ngày sinh" autoComplete="bday" />);
    const group = screen.getByRole('group', { name: 'Ngày sinh' });
    expect(group.getAttribute('aria-describedby')).toBe('birth-date-hint');
    expect(screen.getByText('Ví dụ: 27 3 2007').id).toBe('birth-date-hint');
    const day = screen.getByLabelText('Ngày');
    expect(day.id).toBe('birth-date');
    expect(day.getAttribute('inputmode')).toBe('numeric');
    expect(day.getAttribute('autocomplete')).toBe('bday-day');
    expect(screen.getByLabelText('Tháng').id).toBe('birth-date-month');
    expect(screen.getByLabelText('Năm').getAttribute('name')).toBe('birth-date-year');
  });

  it('reports YYYY-MM-DD when complete, partial text otherwise, using the keyboard only', async () => {
    const onChange = vi.fn();
    renderWithProvider(
      <>
        <button type="button">trước</button>
        <DateInput id="d" label="Ngày cấp" onChange={onChange} />
      </>,
    );
    screen.getByRole('button').focus();
    await userEvent.tab();
    await userEvent.keyboard('7');
    await userEvent.tab();
    await userEvent.keyboard('3');
    expect(onChange).toHaveBeenLastCalledWith('-3-7', { day: '7', month: '3', year: '' });
    await userEvent.tab();
    await userEvent.keyboard('2007');
    expect(onChange).toHaveBeenLastCalledWith('2007-03-07', { day: '7', month: '3', year: '2007' });
    expect((screen.getByLabelText('Ngày') as HTMLInputElement).value).toBe('7');
  });

  it('never rewrites or clears what was typed, even when controlled', async () => {
    renderWithProvider(<Controlled />);
    const [day, month, year] = screen.getAllByRole('textbox') as HTMLInputElement[];
    await userEvent.type(day as HTMLInputElement, '5x');
    await userEvent.type(month as HTMLInputElement, '13');
    await userEvent.type(year as HTMLInputElement, '2020');
    expect([day?.value, month?.value, year?.value]).toEqual(['5x', '13', '2020']);
    expect(screen.getByTestId('value').textContent).toBe('2020-13-5x');
    await userEvent.click(screen.getByRole('button', { name: 'Điền sẵn' }));
    expect([day?.value, month?.value, year?.value]).toEqual(['12', '04', '1990']);
  });

  it('ties the inline error to the group and marks only the named boxes', async () => {
    renderWithProvider(
      <DateInput id="e" label="Ngày sinh" error="Nhập đủ ngày, tháng và năm" errorFields={['month']} />,
    );
    const group = screen.getByRole('group', { name: 'Ngày sinh' });
    expect(group.getAttribute('aria-describedby')).toBe('e-hint e-error');
    expect(document.getElementById('e-error')?.textContent).toBe('Lỗi: Nhập đủ ngày, tháng và năm');
    expect(screen.getByLabelText('Tháng').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Ngày').hasAttribute('aria-invalid')).toBe(false);
    await expectNoAxeViolations();
  });

  it('speaks English and passes axe in dark', async () => {
    renderWithProvider(<DateInput id="en" label="Date of birth" error="Enter a real date" />, {
      locale: 'en',
      theme: 'dark',
    });
    expect(screen.getByLabelText('Day')).toBeTruthy();
    expect(screen.getByText('For example, 27 3 2007')).toBeTruthy();
    await expectNoAxeViolations();
  });
});
