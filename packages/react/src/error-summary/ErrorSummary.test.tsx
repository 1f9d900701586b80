import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { ErrorSummary } from './ErrorSummary.js';

const errors = [
  { fieldId: 'full-name', message: 'Nhập họ và tên' },
  { fieldId: 'birth-day', message: 'Ngày sinh phải là một ngày trong quá khứ' },
];

function Form({ initial = [] as typeof errors }) {
  const [shown, setShown] = useState(initial);
  const [submits, setSubmits] = useState(0);
  return (
    <>
      <ErrorSummary errors={shown} focusKey={submits} />
      <div className="motcua-form-group">
        <label className="motcua-label" htmlFor="full-name">
          Họ và tên
        </label>
        <input id="full-name" className="motcua-input" />
      </div>
      <fieldset className="motcua-fieldset">
        <legend className="motcua-legend">Ngày sinh</legend>
        <label htmlFor="birth-day">Ngày</label>
        <input id="birth-day" className="motcua-input" />
      </fieldset>
      <button
        type="button"
        onClick={() => {
          setShown(errors);
          setSubmits((n) => n + 1);
        }}
      >
        Nộp
      </button>
      <button type="button" onClick={() => setShown([])}>
        Sửa xong
      </button>
    </>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing without errors and leaves the title alone', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
    expect(document.title).toBe('motcua');
  });

  it('shows an alert with a heading and one link per error, and takes focus', async () => {
    renderWithProvider(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('h2')?.textContent).toBe('Có lỗi cần sửa');
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#full-name', '#birth-day']);
    expect(document.activeElement).toBe(alert.parentElement);
  });

  it('focuses the field when its link is clicked or activated with the keyboard, scrolling the label into view', async () => {
    renderWithProvider(<Form initial={errors} />);
    const label = document.querySelector('label[for="full-name"]') as HTMLElement;
    const scroll = vi.spyOn(label, 'scrollIntoView');
    await userEvent.click(screen.getByRole('link', { name: 'Nhập họ và tên' }));
    expect(document.activeElement?.id).toBe('full-name');
    expect(scroll).toHaveBeenCalled();
    expect(location.hash).toBe('');

    // Keyboard: from the summary, Tab to the second link and press Enter; the field in a fieldset scrolls its legend.
    const legend = document.querySelector('legend') as HTMLElement;
    const scrollLegend = vi.spyOn(legend, 'scrollIntoView');
    (screen.getByRole('alert').parentElement as HTMLElement).focus();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Ngày sinh phải là một ngày trong quá khứ');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.id).toBe('birth-day');
    expect(scrollLegend).toHaveBeenCalled();
  });

  it('prefixes the document title while errors exist and restores it after', async () => {
    renderWithProvider(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    expect(document.title).toBe('Lỗi: motcua');
    await userEvent.click(screen.getByRole('button', { name: 'Sửa xong' }));
    expect(document.title).toBe('motcua');
  });

  it('speaks English and re-focuses on each failed submit', async () => {
    renderWithProvider(<Form />, { locale: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    expect(document.title).toBe('Error: motcua');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('There is a problem');
    screen.getByRole('button', { name: 'Nộp' }).focus();
    await userEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    expect(document.activeElement?.classList.contains('motcua-error-summary')).toBe(true);
  });

  it('has no axe violations, light and dark', async () => {
    renderWithProvider(<Form initial={errors} />);
    await expectNoAxeViolations();
    renderWithProvider(<ErrorSummary errors={errors} autoFocus={false} prefixDocumentTitle={false} />, {
      theme: 'dark',
      locale: 'en',
    });
    await expectNoAxeViolations();
  });
});
