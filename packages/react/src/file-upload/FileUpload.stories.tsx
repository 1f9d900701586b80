import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFixtureClient } from '../test/fixtures.js';
import { FileUpload } from './FileUpload.js';

const input = (root: HTMLElement, id = 'giay-chung-sinh') =>
  root.querySelector(`#${id}-input`) as HTMLInputElement;
const pdf = (name: string, size = 180_000) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });

const meta = {
  title: 'Biểu mẫu/FileUpload',
  component: FileUpload,
  parameters: {
    docs: {
      description: {
        component:
          'Tải lên nhiều tệp cho một thành phần hồ sơ: kiểm tra định dạng và dung lượng trước khi tải (`isAcceptedMediaType` của core), tiến độ từng tệp qua `client.files.upload` của SDK (tải tiếp được khi mất kết nối), thử lại, xóa; thông báo qua vùng trực tiếp lịch sự.',
      },
    },
    motcua: { client: createFixtureClient({ latencyMs: 1200, uploadSteps: 6 }) },
  },
  args: {
    id: 'giay-chung-sinh',
    label: 'Giấy chứng sinh',
    accept: ['application/pdf', 'image/*'],
    maxSize: 5 * 1024 * 1024,
  },
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Files on their way (the fixture client takes its time). */
export const Uploading: Story = {
  parameters: { motcua: { client: createFixtureClient({ latencyMs: 60_000, uploadSteps: 20 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), [
      pdf('giay-chung-sinh-be-an.pdf'),
      pdf('anh-chup-mat-sau.pdf'),
    ]);
    await expect(canvas.getAllByRole('progressbar')).toHaveLength(2);
  },
};

export const Success: Story = {
  parameters: { motcua: { client: createFixtureClient({ latencyMs: 40 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), [pdf('giay-chung-sinh.pdf')]);
    await waitFor(() => expect(canvas.getByText('Đã tải lên')).toBeInTheDocument());
  },
};

/** Refused before upload (type, size), and an upload that failed and can be retried. */
export const WithError: Story = {
  parameters: {
    motcua: {
      client: createFixtureClient({ latencyMs: 40, failUploads: /mat-ket-noi/, failUploadsAlways: true }),
    },
  },
  args: { maxSize: 100_000 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), [pdf('mat-ket-noi.pdf', 50_000)]);
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Thử lại/ })).toBeInTheDocument());
    await userEvent.upload(
      input(canvasElement),
      [new File(['MZ'], 'cai-dat.exe', { type: 'application/x-msdownload' }), pdf('ban-scan-qua-lon.pdf')],
      {
        applyAccept: false,
      },
    );
    await expect(canvasElement.querySelector('#giay-chung-sinh-error')).toHaveTextContent(
      /cai-dat\.exe: định dạng tệp không được chấp nhận/,
    );
  },
};

/** The form's own error (nothing chosen on submit). */
export const Required: Story = { args: { error: 'Chọn tệp giấy chứng sinh' } };

export const LongVietnameseText: Story = {
  parameters: { motcua: { client: createFixtureClient({ latencyMs: 40 }) } },
  args: {
    label:
      'Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất hoặc giấy tờ hợp pháp về quyền sử dụng đất',
    hint: 'Chụp hoặc quét rõ nét tất cả các trang, kể cả trang bổ sung; mỗi tệp PDF hoặc ảnh không quá 5 MB.',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), [
      pdf(
        'ban-sao-giay-chung-nhan-quyen-su-dung-dat-quyen-so-huu-nha-o-va-tai-san-khac-gan-lien-voi-dat-trang-1-den-trang-4.pdf',
      ),
    ]);
    await waitFor(() => expect(canvas.getByText('Đã tải lên')).toBeInTheDocument());
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { motcua: { client: createFixtureClient({ latencyMs: 40 }) } },
  args: { label: 'Birth certificate' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), [pdf('birth-certificate.pdf')]);
    await waitFor(() => expect(canvas.getByText('Uploaded')).toBeInTheDocument());
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: {
    motcua: { client: createFixtureClient({ latencyMs: 40, failUploads: /loi/, failUploadsAlways: true }) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), [pdf('giay-chung-sinh.pdf'), pdf('loi-mang.pdf')]);
    await waitFor(() => expect(canvas.getByText('Đã tải lên')).toBeInTheDocument());
    await waitFor(() => expect(canvas.getByRole('button', { name: /^Thử lại/ })).toBeInTheDocument());
  },
};
