import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFixtureClient } from '../test/fixtures.js';
import { FIELDS, type SearchPartsOptions, searchParts } from './fixtures.js';
import { ProcedureSearch } from './ProcedureSearch.js';

const client = (options: SearchPartsOptions = {}) =>
  createFixtureClient({ parts: searchParts(options).parts });

const meta = {
  title: 'Tra cứu/ProcedureSearch',
  component: ProcedureSearch,
  parameters: {
    docs: {
      description: {
        component:
          'Tìm thủ tục hành chính qua `client.procedures.search` (không phân biệt dấu: “ho tich” tìm được “Hộ tịch”), lọc theo lĩnh vực, cấp thực hiện, mức độ trực tuyến; kết quả là combobox/listbox theo mẫu WAI-ARIA APG: mũi tên lên/xuống, Home/End, Enter để chọn, Esc để đóng (lần nữa để xoá ô); số kết quả được đọc lịch sự.',
      },
    },
    motcua: { client: client({ latencyMs: 150 }) },
  },
  args: { fields: FIELDS },
} satisfies Meta<typeof ProcedureSearch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Loading: Story = {
  parameters: { motcua: { client: client({ latencyMs: 600_000 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }), 'khai sinh');
    await expect(await canvas.findByText('Đang tìm…')).toBeInTheDocument();
  },
};

/** Results open, the second one highlighted with the arrow keys. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
    await userEvent.type(input, 'dang ky');
    await canvas.findByRole('listbox');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  },
};

export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }), 'xyzw');
    await expect(
      await canvas.findByText(/Không tìm thấy thủ tục nào phù hợp/, { selector: 'p:not([role])' }),
    ).toBeInTheDocument();
  },
};

export const WithError: Story = {
  parameters: { motcua: { client: client({ fail: true }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }), 'khai sinh');
    await expect(await canvas.findByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  },
};

/** A very long procedure name in the list. */
export const LongVietnameseText: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }), 'bien dong');
    await canvas.findByRole('listbox');
  },
};

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }), 'ho tich');
    await canvas.findByRole('listbox');
    await userEvent.keyboard('{ArrowDown}');
  },
};
