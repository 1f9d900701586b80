import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { CitizenIdInput } from '../citizen-id-input/CitizenIdInput.js';
import { checkCitizenId } from '../citizen-id-input/useCitizenIdInput.js';
import { DateInput } from '../date-input/DateInput.js';
import { checkDateParts, type DateParts } from '../date-input/useDateInput.js';
import { dateInputMessages } from '../messages/date-input.js';
import { useT } from '../provider/hooks.js';
import { ErrorSummary } from './ErrorSummary.js';

/** Fields the summary links to, so the stories show the focus-and-scroll behaviour. */
function Fields({ long = false }: { long?: boolean }) {
  return (
    <div className="motcua-form-group" data-invalid="true">
      <label className="motcua-label" htmlFor="story-full-name">
        {long
          ? 'Họ, chữ đệm và tên của người được đăng ký khai sinh (ghi bằng chữ in hoa, có dấu)'
          : 'Họ và tên'}
      </label>
      <input id="story-full-name" className="motcua-input" aria-invalid="true" />
      <fieldset className="motcua-fieldset">
        <legend className="motcua-legend">Ngày sinh</legend>
        <input id="story-birth-day" className="motcua-input" aria-label="Ngày" inputMode="numeric" />
      </fieldset>
    </div>
  );
}

const meta = {
  title: 'Biểu mẫu/ErrorSummary',
  component: ErrorSummary,
  parameters: {
    docs: {
      description: {
        component:
          'Tóm tắt lỗi (GOV.UK): hiện ở đầu trang khi gửi biểu mẫu có lỗi, nhận tiêu điểm, mỗi lỗi là liên kết tới ô cần sửa; tiêu đề trang được thêm "Lỗi: ".',
      },
    },
  },
  args: {
    autoFocus: false,
    errors: [
      { fieldId: 'story-full-name', message: 'Nhập họ và tên' },
      { fieldId: 'story-birth-day', message: 'Ngày sinh phải là một ngày trong quá khứ' },
    ],
  },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <Fields />
    </>
  ),
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: 'Nhập họ và tên' }));
    await expect(canvasElement.ownerDocument.activeElement?.id).toBe('story-full-name');
  },
};

/** With no errors nothing renders: the summary appears only after a failed submit. */
export const Empty: Story = { args: { errors: [] } };

export const LongVietnameseText: Story = {
  args: {
    description: 'Hồ sơ chưa được gửi. Vui lòng sửa các thông tin dưới đây rồi bấm “Nộp hồ sơ” một lần nữa.',
    errors: [
      {
        fieldId: 'story-full-name',
        message:
          'Họ, chữ đệm và tên của người được đăng ký khai sinh phải được ghi bằng chữ in hoa, có dấu, đúng như trong giấy chứng sinh do cơ sở y tế cấp',
      },
      { fieldId: 'story-birth-day', message: 'Ngày sinh không được muộn hơn ngày đăng ký khai sinh' },
    ],
  },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <Fields long />
    </>
  ),
};

export const English: Story = {
  globals: { locale: 'en' },
  args: {
    errors: [
      { fieldId: 'story-full-name', message: 'Enter your full name' },
      { fieldId: 'story-birth-day', message: 'Date of birth must be in the past' },
    ],
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

/**
 * The whole pattern: validate on submit, summary at the top (focused, title prefixed), inline errors tied to the
 * fields, nothing typed is cleared. Submit empty, then follow a link with the keyboard.
 */
export const InAForm: Story = {
  args: { errors: [] },
  render: () => <ExampleForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Nộp hồ sơ' }));
    const summary = canvas.getByRole('alert');
    await expect(canvasElement.ownerDocument.activeElement).toBe(summary.parentElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.ownerDocument.activeElement?.id).toBe('cccd');
    await userEvent.keyboard('001087123456');
    await userEvent.click(canvas.getByLabelText('Ngày'));
    await userEvent.keyboard('12');
    await userEvent.tab();
    await userEvent.keyboard('4');
    await userEvent.tab();
    await userEvent.keyboard('1990');
    await userEvent.click(canvas.getByRole('button', { name: 'Nộp hồ sơ' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Đã nhận hồ sơ');
  },
};

function ExampleForm() {
  const t = useT(dateInputMessages);
  const [citizenId, setCitizenId] = useState('');
  const [birthDate, setBirthDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [submits, setSubmits] = useState(0);
  const [sent, setSent] = useState(false);
  const idError = errors.find((e) => e.fieldId === 'cccd')?.message;
  const dateIssue = checkDateParts(birthDate);
  const dateError = errors.find((e) => e.fieldId === 'birth-date')?.message;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found: { fieldId: string; message: string }[] = [];
        const id = checkCitizenId(citizenId);
        if (!id.ok) found.push({ fieldId: 'cccd', message: id.message });
        if (dateIssue) found.push({ fieldId: 'birth-date', message: t(dateIssue.key) });
        setErrors(found);
        setSubmits((n) => n + 1);
        setSent(found.length === 0);
      }}
    >
      <ErrorSummary errors={errors} focusKey={submits} />
      {sent ? (
        <p role="status" className="motcua-hint">
          Đã nhận hồ sơ. Mã hồ sơ sẽ được gửi qua tin nhắn.
        </p>
      ) : null}
      <CitizenIdInput id="cccd" checkOnSubmit={false} error={idError} onChange={(raw) => setCitizenId(raw)} />
      <DateInput
        id="birth-date"
        label="Ngày sinh"
        autoComplete="bday"
        error={dateError}
        errorFields={dateIssue?.fields}
        onChange={(_, parts) => setBirthDate(parts)}
      />
      <button type="submit" className="motcua-button">
        Nộp hồ sơ
      </button>
    </form>
  );
}
