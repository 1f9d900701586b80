import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CitizenIdInput } from './CitizenIdInput.js';

const meta = {
  title: 'Biểu mẫu/CitizenIdInput',
  component: CitizenIdInput,
  parameters: {
    docs: {
      description: {
        component:
          'Ô nhập số định danh cá nhân (CCCD): 12 chữ số, bàn phím số, tắt tự động điền, chấp nhận dấu cách giữa các nhóm số; kiểm tra bằng `CitizenIdSchema` của core khi gửi biểu mẫu (không kiểm tra khi rời ô).',
      },
    },
  },
  args: { id: 'cccd' },
  render: (args) => (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <CitizenIdInput {...args} />
      <button type="submit" className="motcua-button">
        Tiếp tục
      </button>
    </form>
  ),
} satisfies Meta<typeof CitizenIdInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Checked on submit: a number with 10 digits gets core's message; what was typed stays. */
export const WithError: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox');
    await userEvent.type(input, '0010871234');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('Số CCCD phải gồm 12 chữ số')).toBeInTheDocument();
    await expect(input).toHaveValue('0010871234');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Grouping spaces are fine. */
export const Success: Story = {
  args: { defaultValue: '001 087 123 456' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Tiếp tục' }));
    await expect(canvas.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
  },
};

export const LongVietnameseText: Story = {
  args: {
    label:
      'Số định danh cá nhân của người đi đăng ký khai sinh (cha, mẹ hoặc người thân thích khác được ủy quyền)',
    hint: 'Gồm 12 chữ số in ở mặt trước thẻ căn cước hoặc căn cước công dân gắn chíp; nếu chỉ có chứng minh nhân dân 9 số, hãy mang theo bản chính khi đến nhận kết quả.',
    error: 'Không có tỉnh nào mang mã 099 (3 chữ số đầu của số CCCD)',
    defaultValue: '099087123456',
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { error: 'A citizen ID number has 12 digits', defaultValue: '12345' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { error: 'Số CCCD chỉ gồm các chữ số', defaultValue: '001O87123456' },
};
