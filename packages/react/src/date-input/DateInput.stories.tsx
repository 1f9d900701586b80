import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from './DateInput.js';

const meta = {
  title: 'Biểu mẫu/DateInput',
  component: DateInput,
  parameters: {
    docs: {
      description: {
        component:
          'Nhập ngày bằng ba ô ngày / tháng / năm (mẫu GOV.UK), bàn phím số trên điện thoại, không tự định dạng lại những gì người dùng đã gõ. Giá trị: `YYYY-MM-DD` khi là ngày có thật, nếu chưa thì giữ nguyên phần đã gõ.',
      },
    },
  },
  args: { id: 'birth-date', label: 'Ngày sinh', autoComplete: 'bday' },
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing typed yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('Ngày'));
    await userEvent.keyboard('27');
    await userEvent.tab();
    await userEvent.keyboard('3');
    await userEvent.tab();
    await userEvent.keyboard('2007');
    await expect((canvas.getByLabelText('Năm') as HTMLInputElement).value).toBe('2007');
  },
};

/** A real date, e.g. prefilled from the citizen's record. */
export const Success: Story = { args: { defaultValue: '1990-04-12' } };

export const WithError: Story = {
  args: {
    defaultValue: '2023-2-30',
    error: 'Ngày sinh phải là một ngày có thật',
    errorFields: ['day', 'month', 'year'],
  },
};

export const MissingMonth: Story = {
  args: { defaultValue: '2007--27', error: 'Nhập đủ ngày, tháng và năm', errorFields: ['month'] },
};

export const LongVietnameseText: Story = {
  args: {
    id: 'issue-date',
    label:
      'Ngày cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (ghi theo trang 1 của giấy chứng nhận)',
    hint: 'Nếu không nhớ chính xác ngày cấp, hãy nhập ngày ghi ở trang cuối của giấy chứng nhận, ví dụ: 15 8 2012',
    autoComplete: undefined,
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: {
    label: 'Date of birth',
    error: 'Enter a real date',
    defaultValue: '1990-13-12',
    errorFields: ['month'],
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { error: 'Nhập đủ ngày, tháng và năm', defaultValue: '-4-12', errorFields: ['year'] },
};

/** One question per page: the legend is the page heading. */
export const AsPageHeading: Story = { args: { legendAsHeading: true, label: 'Bé sinh ngày nào?' } };
