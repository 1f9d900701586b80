import { createClient } from '@motcua/sdk';
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderWithProvider } from '../test/render.js';
import { AdminUnitPicker } from './AdminUnitPicker.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl?: string;
  }
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
const baseUrl = inject('sandboxUrl') as string;

function Picker() {
  const [value, setValue] = useState({ provinceCode: '', communeCode: '' });
  return <AdminUnitPicker id="dia-chi" label="Địa chỉ" value={value} onChange={setValue} />;
}

describe.skipIf(!baseUrl)('AdminUnitPicker against the sandbox', () => {
  it('offers exactly the provinces and communes the platform serves (same data, not shipped twice)', async () => {
    const client = createClient({ baseUrl, locale: 'vi' });
    const [{ items: provinces }, { items: communes }] = await Promise.all([
      client.units.provinces(),
      client.units.communes('79'),
    ]);
    renderWithProvider(<Picker />, { client });
    const province = screen.getByLabelText('Tỉnh, thành phố') as HTMLSelectElement;
    await waitFor(() => expect(province.disabled).toBe(false));
    const offered = [...province.options].slice(1).map((option) => option.value);
    expect(new Set(offered)).toEqual(new Set(provinces.map((unit) => unit.code)));
    await userEvent.selectOptions(province, '79');
    const commune = screen.getByLabelText('Xã, phường, đặc khu') as HTMLSelectElement;
    const communeCodes = [...commune.options].slice(1).map((option) => option.value);
    expect(new Set(communeCodes)).toEqual(new Set(communes.map((unit) => unit.code)));
    // The platform's search and the picker's filter agree on a diacritic-free query.
    const { items: found } = await client.units.search({ q: 'thu duc', provinceCode: '79' });
    await userEvent.type(screen.getByLabelText('Tìm xã, phường, đặc khu trong danh sách'), 'thu duc');
    const filtered = [...commune.options].slice(1).map((option) => option.value);
    expect(filtered).toContain(found.find((unit) => unit.level === 'commune')?.code);
  });
});
