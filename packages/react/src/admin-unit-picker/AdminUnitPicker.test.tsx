import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { AdminUnitPicker } from './AdminUnitPicker.js';
import { LegacyAddressHelper } from './LegacyAddressHelper.js';
import { loadLegacyUnits, loadUnits } from './load-units.js';
import { resolveOldAddress } from './useLegacyAddress.js';

function Picker(props: {
  onChange?: (value: { provinceCode: string; communeCode: string }) => void;
  loadUnits?: typeof loadUnits;
  locale?: 'vi' | 'en';
}) {
  const [value, setValue] = useState({ provinceCode: '', communeCode: '' });
  return (
    <AdminUnitPicker
      id="noi-sinh"
      label="Nơi sinh"
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onChange?.(next);
      }}
      loadUnits={props.loadUnits}
    />
  );
}

const province = () => screen.getByLabelText('Tỉnh, thành phố') as HTMLSelectElement;
const commune = () => screen.getByLabelText('Xã, phường, đặc khu') as HTMLSelectElement;

describe('AdminUnitPicker', () => {
  it('loads the units lazily, then offers the 34 provinces and the communes of the chosen one', async () => {
    const onChange = vi.fn();
    renderWithProvider(<Picker onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'Nơi sinh' })).toBeTruthy();
    await waitFor(() => expect(province().disabled).toBe(false));
    expect(province().options).toHaveLength(35);
    expect(commune().disabled).toBe(true);
    expect(commune().options[0]?.textContent).toBe('Chọn tỉnh, thành phố trước');
    await expectNoAxeViolations();

    await userEvent.selectOptions(province(), '01');
    expect(commune().disabled).toBe(false);
    expect(commune().options.length).toBe(127);
    await userEvent.selectOptions(commune(), '00004');
    expect(onChange).toHaveBeenLastCalledWith({ provinceCode: '01', communeCode: '00004' });
    expect(commune().selectedOptions[0]?.textContent).toBe('Phường Ba Đình');
    // Another province: the commune of the first cannot stay chosen.
    await userEvent.selectOptions(province(), '79');
    expect(onChange).toHaveBeenLastCalledWith({ provinceCode: '79', communeCode: '' });
  });

  it('filters long commune lists ignoring diacritics, and says how many remain', async () => {
    renderWithProvider(<Picker />);
    await waitFor(() => expect(province().disabled).toBe(false));
    await userEvent.selectOptions(province(), '01');
    const filter = screen.getByLabelText('Tìm xã, phường, đặc khu trong danh sách');
    await userEvent.type(filter, 'ba dinh');
    expect([...commune().options].map((option) => option.textContent)).toEqual([
      'Chọn xã, phường, đặc khu',
      'Phường Ba Đình',
    ]);
    await waitFor(() => expect(screen.getByText('Danh sách còn 1 đơn vị phù hợp')).toBeTruthy());
    // Enter moves on to the list instead of submitting a surrounding form.
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(commune());
    await expectNoAxeViolations();
  });

  it('can be used with the keyboard alone', async () => {
    const onChange = vi.fn();
    renderWithProvider(<Picker onChange={onChange} />);
    await waitFor(() => expect(province().disabled).toBe(false));
    await userEvent.tab();
    expect(document.activeElement).toBe(province());
    await userEvent.keyboard('{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith({ provinceCode: '01', communeCode: '' });
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Tìm xã, phường, đặc khu trong danh sách'));
    await userEvent.keyboard('hoan kiem{Enter}');
    await userEvent.keyboard('{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith({ provinceCode: '01', communeCode: '00070' });
  });

  it('shows a loading state, then an error with a retry when the data cannot load', async () => {
    let fail = true;
    const flaky = vi.fn(() => (fail ? Promise.reject(new Error('chunk failed')) : loadUnits()));
    renderWithProvider(<Picker loadUnits={flaky} />);
    expect(screen.getByText('Đang tải danh sách đơn vị hành chính…')).toBeTruthy();
    expect(await screen.findByText('Không tải được danh sách đơn vị hành chính.')).toBeTruthy();
    await expectNoAxeViolations();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(province().disabled).toBe(false));
  });

  it('names units in English when asked', async () => {
    renderWithProvider(<Picker />, { locale: 'en' });
    const select = screen.getByLabelText('Province or city') as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.options[1]?.textContent).toBe('Hanoi City');
  });
});

describe('old-address helper', () => {
  it('reads an old address, explains a split, and lets the citizen choose the current unit', async () => {
    const onChange = vi.fn();
    renderWithProvider(<Picker onChange={onChange} />);
    await waitFor(() => expect(province().disabled).toBe(false));
    await userEvent.click(screen.getByText('Chỉ biết địa chỉ cũ (trước ngày 01/07/2025)?'));
    const input = screen.getByLabelText('Địa chỉ cũ');
    await userEvent.type(input, 'Phường Cống Vị, Quận Ba Đình, Hà Nội{Enter}');
    expect(
      await screen.findByText(/Phường Cống Vị \(Thành phố Hà Nội cũ\) đã được chia cho 2 đơn vị mới/),
    ).toBeTruthy();
    const choices = screen.getByRole('group', { name: 'Đơn vị hiện nay' });
    const radios = within(choices).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Dùng đơn vị này' }));
    expect(within(choices).getByText('Chọn một đơn vị hiện nay')).toBeTruthy();
    await userEvent.click(radios[1] as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Dùng đơn vị này' }));
    expect(onChange).toHaveBeenLastCalledWith({ provinceCode: '01', communeCode: '00025' });
    await waitFor(() => expect(document.activeElement).toBe(commune()));
    expect(screen.queryByLabelText('Địa chỉ cũ')).toBeNull();
  });

  it('resolves a whole merger, and says when nothing matches', async () => {
    const onPick = vi.fn();
    renderWithProvider(<LegacyAddressHelper id="cu" onPick={onPick} />);
    const input = screen.getByLabelText('Địa chỉ cũ');
    await userEvent.type(input, 'Tỉnh Bình Thuận');
    await userEvent.click(screen.getByRole('button', { name: 'Tìm đơn vị hiện nay' }));
    expect(await screen.findByText('Toàn bộ Tỉnh Bình Thuận nay thuộc Tỉnh Lâm Đồng.')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dùng đơn vị này' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ code: '68', fullName: 'Tỉnh Lâm Đồng' }));

    await userEvent.clear(input);
    await userEvent.type(input, 'Xã Không Có Thật{Enter}');
    expect(await screen.findByText(/Không tìm thấy đơn vị cũ này/)).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('narrows shared names with the old province after a comma', async () => {
    const legacy = await loadLegacyUnits();
    const all = resolveOldAddress(legacy, 'Tân Thành');
    const narrowed = resolveOldAddress(legacy, 'Tân Thành, Hà Giang');
    expect(all?.ambiguous).toBe(true);
    expect(narrowed?.matches).toHaveLength(1);
    expect(narrowed?.matches[0]?.targets[0]?.unit.fullName).toBe('Xã Tân Quang');
  });
});

describe('lazy loading', () => {
  it('no module of the package imports the unit data statically', () => {
    const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.*', '!../test/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const statics =
      /^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s*['"]@motcua\/core\/units(?:\/legacy)?['"]/gm;
    const offenders = Object.entries(sources)
      .filter(([, text]) => [...text.matchAll(statics)].some((match) => !match[1]))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
    // The only way in is the dynamic import() of the loader.
    const dynamic = Object.entries(sources).filter(([, text]) =>
      /import\(\s*['"]@motcua\/core\/units/.test(text),
    );
    expect(dynamic.map(([path]) => path)).toEqual(['./load-units.ts']);
  });
});
