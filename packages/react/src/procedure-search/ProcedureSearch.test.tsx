import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { createFixtureClient } from '../test/fixtures.js';
import { renderWithProvider } from '../test/render.js';
import { FIELDS, type procedures, type SearchPartsOptions, searchParts } from './fixtures.js';
import { ProcedureSearch } from './ProcedureSearch.js';

function setup(options: SearchPartsOptions = {}, locale: 'vi' | 'en' = 'vi') {
  const search = searchParts(options);
  const client = createFixtureClient({ parts: search.parts });
  const onSelect = vi.fn();
  renderWithProvider(<ProcedureSearch fields={FIELDS} onSelect={onSelect} debounceMs={120} />, {
    client,
    locale,
  });
  const input = screen.getByRole('combobox', {
    name: /^(Tìm thủ tục hành chính|Find an administrative procedure)$/,
  });
  return { search, onSelect, input };
}

const politeRegion = () =>
  [...document.querySelectorAll('[role="status"][aria-live="polite"]')].find((el) =>
    el.closest('.motcua-procedure-search'),
  ) as HTMLElement;

describe('ProcedureSearch', () => {
  it('is an APG combobox: labelled, described, collapsed until there are results', async () => {
    const { input } = setup();
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByLabelText('Tìm thủ tục hành chính')).toBe(input);
    expect(document.getElementById(input.getAttribute('aria-controls') as string)?.getAttribute('role')).toBe(
      'listbox',
    );
    await expectNoAxeViolations();
  });

  it("finds 'Hộ tịch' for 'ho tich', and announces how many politely", async () => {
    const { input, search } = setup();
    await userEvent.type(input, 'ho tich');
    const listbox = await screen.findByRole('listbox', { name: 'Kết quả tìm kiếm' });
    const options = within(listbox).getAllByRole('option');
    expect(
      options.map((option) => option.querySelector('.motcua-procedure-search__name')?.textContent),
    ).toEqual(['Thủ tục cấp bản sao trích lục hộ tịch', 'Thủ tục xác nhận thông tin hộ tịch']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() =>
      expect(politeRegion().textContent).toBe('Có 2 thủ tục phù hợp. Dùng phím mũi tên lên, xuống để chọn.'),
    );
    // Debounced: one request for the whole phrase, not one per keystroke.
    expect(search.calls.filter((call) => (call.args[0] as { q?: string }).q === 'ho tich')).toHaveLength(1);
    expect(search.calls.length).toBeLessThanOrEqual(2);
    await expectNoAxeViolations();
  });

  it('moves with the arrow keys through aria-activedescendant, chooses with Enter, closes and clears with Escape', async () => {
    const { input, onSelect } = setup();
    await userEvent.type(input, 'dang ky');
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 7 thủ tục phù hợp/));
    const listbox = screen.getByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(input);
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]?.id);
    await expectNoAxeViolations();

    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('dang ky');
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ code: '1.001193' }));
    expect((input as HTMLInputElement).value).toBe('Thủ tục đăng ký khai sinh');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(politeRegion().textContent).toBe('Đã chọn: Thủ tục đăng ký khai sinh');

    await userEvent.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('jumps with Home and End while the list is open, and leaves them to the caret while it is closed', async () => {
    const { input } = setup();
    await userEvent.type(input, 'dang ky');
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 7 thủ tục phù hợp/));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    await userEvent.keyboard('{End}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[6]?.id);
    await userEvent.keyboard('{Home}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await userEvent.keyboard('{Escape}');
    const prevented: boolean[] = [];
    const record = (event: KeyboardEvent) => prevented.push(event.defaultPrevented);
    document.addEventListener('keydown', record);
    await userEvent.keyboard('{Home}');
    document.removeEventListener('keydown', record);
    expect(prevented).toEqual([false]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens with Alt+↓ without highlighting, and closes with Alt+↑ without choosing', async () => {
    const { input, onSelect } = setup();
    await userEvent.type(input, 'dang ky');
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 7 thủ tục phù hợp/));
    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    await userEvent.keyboard('{ArrowDown}{Alt>}{ArrowUp}{/Alt}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onSelect).not.toHaveBeenCalled();
    expect((input as HTMLInputElement).value).toBe('dang ky');
  });

  it('chooses only on purpose: leaving the box closes the list and keeps what was typed', async () => {
    const { input, onSelect } = setup();
    await userEvent.type(input, 'dang ky');
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 7 thủ tục phù hợp/));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.click(screen.getByText(/^Gõ tên hoặc mã thủ tục/));
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('dang ky');
    expect(onSelect).not.toHaveBeenCalled();
    // A click back in the box opens the list again; another click (to place the caret) keeps it open.
    await userEvent.click(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('reports the same procedure again when it is chosen again', async () => {
    const { input, onSelect } = setup();
    await userEvent.type(input, 'khai sinh');
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 1 thủ tục phù hợp/));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 1 thủ tục phù hợp/));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect.mock.calls.map(([procedure]) => procedure.code)).toEqual(['1.001193', '1.001193']);
  });

  it('does not submit a surrounding form on Enter without a highlighted option', async () => {
    const client = createFixtureClient({ parts: searchParts().parts });
    const submit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    renderWithProvider(
      <form onSubmit={submit}>
        <ProcedureSearch debounceMs={0} showFilters={false} />
      </form>,
      { client },
    );
    const input = screen.getByRole('combobox');
    await userEvent.type(input, 'khai sinh');
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 1 thủ tục phù hợp/));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}{Enter}');
    expect(submit).not.toHaveBeenCalled();
  });

  it('chooses with a click, keeping focus in the box', async () => {
    const { input, onSelect } = setup();
    await userEvent.type(input, 'tam tru');
    await userEvent.click(
      within(await screen.findByRole('listbox')).getByRole('option', { name: /Đăng ký tạm trú/ }),
    );
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ code: '1.004222' }));
    expect(document.activeElement).toBe(input);
  });

  it('filters by field, level and online level', async () => {
    const { input, search } = setup();
    await userEvent.selectOptions(screen.getByLabelText('Cấp thực hiện'), 'province');
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 1 thủ tục phù hợp/));
    expect(search.calls.at(-1)?.args[0]).toMatchObject({ level: 'province' });
    await userEvent.selectOptions(screen.getByLabelText('Cấp thực hiện'), '');
    await userEvent.selectOptions(screen.getByLabelText('Lĩnh vực'), 'G09-TP05');
    await userEvent.selectOptions(screen.getByLabelText('Mức độ trực tuyến'), 'partial');
    await userEvent.click(input);
    await waitFor(() => expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(1));
    expect(within(screen.getByRole('listbox')).getByRole('option').textContent).toContain(
      'Thủ tục đăng ký kết hôn',
    );
    expect(search.calls.at(-1)?.args[0]).toMatchObject({ fieldCode: 'G09-TP05', onlineLevel: 'partial' });
  });

  it('says when nothing matches', async () => {
    const { input } = setup();
    await userEvent.type(input, 'xyzw');
    expect(
      await screen.findByText(
        'Không tìm thấy thủ tục nào phù hợp. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
        { selector: 'p:not([role])' },
      ),
    ).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations();
    // Nothing is shown, so one Escape clears the box.
    await userEvent.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('shows loading, then an error with a retry', async () => {
    const { input } = setup({ failOnce: true, latencyMs: 100 });
    await userEvent.type(input, 'khai');
    expect(await screen.findByText('Đang tìm…')).toBeTruthy();
    expect(
      await screen.findByText('Không tìm được do lỗi kết nối. Vui lòng thử lại.', {
        selector: 'p:not([role])',
      }),
    ).toBeTruthy();
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(politeRegion().textContent).toMatch(/^Có 2 thủ tục phù hợp/));
  });

  it("renders the catalogue's names as text, never as markup", async () => {
    const name = 'Thủ tục <img src=x onerror="window.pwned=1"> hộ tịch <b>đặc biệt</b>';
    const fieldName = '<script>window.pwned=1</script>Hộ tịch';
    const { input } = setup({
      items: [
        {
          code: '9.999999',
          name,
          implementingLevel: 'commune',
          field: { code: 'G09-TP05', name: fieldName },
          onlineLevel: 'full',
        } as (typeof procedures)[number],
      ],
    });
    await userEvent.type(input, 'ho tich');
    const listbox = await screen.findByRole('listbox');
    const option = within(listbox).getByRole('option');
    expect(option.querySelector('.motcua-procedure-search__name')?.textContent).toBe(name);
    expect(option.textContent).toContain(fieldName);
    expect(listbox.querySelector('img, b, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('speaks English', async () => {
    const { input } = setup({}, 'en');
    expect(screen.getByLabelText('Find an administrative procedure')).toBe(input);
    await userEvent.type(input, 'khai sinh');
    await waitFor(() =>
      expect(politeRegion().textContent).toBe(
        '1 procedures found. Use the up and down arrow keys to choose.',
      ),
    );
    expect(within(screen.getByRole('listbox')).getByRole('option').textContent).toContain(
      'Commune level · Fully online',
    );
  });
});
