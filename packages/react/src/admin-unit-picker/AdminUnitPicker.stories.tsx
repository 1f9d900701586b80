import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { AdminUnitPicker, type AdminUnitPickerProps } from './AdminUnitPicker.js';

function Controlled(props: AdminUnitPickerProps) {
  const [value, setValue] = useState(props.defaultValue ?? { provinceCode: '', communeCode: '' });
  return <AdminUnitPicker {...props} value={value} onChange={setValue} />;
}

const meta = {
  title: 'Biểu mẫu/AdminUnitPicker',
  component: AdminUnitPicker,
  parameters: {
    docs: {
      description: {
        component:
          'Chọn tỉnh → xã theo mô hình chính quyền hai cấp (từ 01/07/2025): ô chọn gốc của trình duyệt, ô lọc không phân biệt dấu cho danh sách xã dài, và trợ giúp “Địa chỉ cũ” (`resolveLegacyUnit`) cho người chỉ biết địa chỉ trước sáp nhập. Dữ liệu đơn vị hành chính chỉ được tải (import động) khi ô chọn xuất hiện.',
      },
    },
  },
  args: { id: 'noi-sinh', label: 'Nơi sinh', hint: 'Nơi sinh theo giấy chứng sinh, đến cấp xã' },
  render: (args) => <Controlled {...args} />,
} satisfies Meta<typeof AdminUnitPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Chosen: Story = { args: { defaultValue: { provinceCode: '01', communeCode: '00004' } } };

/** The unit data is still loading. */
export const Loading: Story = { args: { loadUnits: () => new Promise(() => undefined) } };

export const LoadFailed: Story = { args: { loadUnits: () => Promise.reject(new Error('offline')) } };

/** An error from the form (submitted without a commune). */
export const WithError: Story = {
  args: {
    defaultValue: { provinceCode: '79', communeCode: '' },
    error: 'Vui lòng chọn xã, phường, đặc khu',
    errorParts: ['communeCode'],
  },
};

/** The old-address helper: a ward split between two new ones. */
export const OldAddress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('option', { name: 'Thành phố Hà Nội' });
    await userEvent.click(canvas.getByText('Chỉ biết địa chỉ cũ (trước ngày 01/07/2025)?'));
    await userEvent.type(canvas.getByLabelText('Địa chỉ cũ'), 'Phường Cống Vị, Hà Nội{Enter}');
    await expect(await canvas.findByRole('group', { name: 'Đơn vị hiện nay' })).toBeInTheDocument();
  },
};

export const LongVietnameseText: Story = {
  args: {
    label: 'Nơi đăng ký thường trú của người được đề nghị cấp phiếu lý lịch tư pháp tại thời điểm nộp hồ sơ',
    hint: 'Ghi theo thông tin trên Cơ sở dữ liệu quốc gia về dân cư; nếu đã chuyển nơi thường trú sau ngày 01/07/2025 thì ghi nơi thường trú hiện tại',
    defaultValue: { provinceCode: '66', communeCode: '' },
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { label: 'Place of birth', hint: undefined },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: { provinceCode: '48', communeCode: '' } },
};
