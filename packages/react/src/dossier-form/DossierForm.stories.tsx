import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFixtureClient } from '../test/fixtures.js';
import { DossierForm } from './DossierForm.js';
import { apiError, BIRTH_PROCEDURE, birthSpec, dossierParts, longTextSpec, shortSpec } from './fixtures.js';

const applicant = { kind: 'citizen' as const, fullName: 'Trần Thị Bình', citizenId: '001190123456' };
const client = (options: Parameters<typeof dossierParts>[0] = {}) =>
  createFixtureClient({ latencyMs: 300, parts: dossierParts({ latencyMs: 300, ...options }).parts });

const meta = {
  title: 'Biểu mẫu/DossierForm',
  component: DossierForm,
  parameters: {
    docs: {
      description: {
        component:
          'Tờ khai điện tử dựng từ biểu mẫu (FormSpec) của thủ tục, kiểm tra bằng đúng quy tắc của máy chủ (`compileFormSpec`): mỗi trang một phần (“Bước 2/5”), trường điều kiện, nhóm lặp, ngày/tháng/năm, tệp đính kèm theo thành phần hồ sơ, điền sẵn từ Cơ sở dữ liệu quốc gia về dân cư khi có đồng ý, lưu nháp trên thiết bị, kiểm tra lại trước khi nộp, tóm tắt lỗi; nộp qua SDK với một khóa idempotency cho mỗi lần nộp.',
      },
    },
    motcua: { client: client() },
  },
  args: {
    spec: birthSpec,
    procedureCode: BIRTH_PROCEDURE,
    dossier: { applicant, receivingAgencyCode: '000.00.14.H56' },
    autosave: false,
    headingLevel: 2,
  },
} satisfies Meta<typeof DossierForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A form nobody has touched: one section per page, prefill offered on the first. */
export const Empty: Story = {};

/** All sections on one page. */
export const SinglePage: Story = { args: { layout: 'single' } };

/** Fetching prefilled details (the platform takes its time). */
export const Loading: Story = {
  parameters: { motcua: { client: client({ latencyMs: 60_000 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: /Tôi đồng ý/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Lấy thông tin' }));
    await expect(canvas.getByRole('button', { name: 'Đang lấy thông tin…' })).toBeInTheDocument();
  },
};

/** Continue without answering: the error summary takes focus and links to each field. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Tiếp tục' }));
    const summary = await canvas.findByRole('alert');
    await expect(
      within(summary).getByRole('link', { name: 'Loại đăng ký: Vui lòng nhập thông tin này' }),
    ).toBeInTheDocument();
  },
};

/** The platform refuses the submission: the answers stay, the message says to try again. */
export const SubmitFailed: Story = {
  args: { spec: shortSpec, procedureCode: '2.000001' },
  parameters: {
    motcua: { client: client({ latencyMs: 10, failSubmit: apiError(503, 'server.unavailable') }) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Tiêu đề'), 'Đèn đường hỏng');
    await userEvent.type(canvas.getByLabelText('Nội dung phản ánh'), 'Đèn trước số 12 không sáng');
    await userEvent.click(canvas.getByRole('button', { name: 'Tiếp tục' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Nộp hồ sơ' }));
    await waitFor(() => expect(canvas.getByText(/Chưa nộp được hồ sơ/)).toBeInTheDocument());
  },
};

/** Filed: the confirmation with the dossier's code. */
export const Submitted: Story = {
  args: { spec: shortSpec, procedureCode: '2.000001' },
  parameters: { motcua: { client: client({ latencyMs: 10 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Tiêu đề'), 'Đèn đường hỏng');
    await userEvent.type(canvas.getByLabelText('Nội dung phản ánh'), 'Đèn trước số 12 không sáng');
    await userEvent.click(canvas.getByRole('button', { name: 'Tiếp tục' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Nộp hồ sơ' }));
    await expect(await canvas.findByRole('heading', { name: 'Đã nộp hồ sơ' })).toBeInTheDocument();
  },
};

/** Check your answers, with change links. */
export const CheckAnswers: Story = {
  args: { spec: shortSpec, procedureCode: '2.000001' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Tiêu đề'), '<b>Tiêu đề có thẻ HTML</b> vẫn hiện như chữ');
    await userEvent.type(canvas.getByLabelText('Nội dung phản ánh'), 'Nội dung');
    await userEvent.click(canvas.getByRole('button', { name: 'Tiếp tục' }));
    await expect(
      await canvas.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' }),
    ).toBeInTheDocument();
  },
};

export const LongVietnameseText: Story = { args: { spec: longTextSpec, procedureCode: '1.004227' } };

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = { globals: { theme: 'dark' }, args: { layout: 'single' } };
