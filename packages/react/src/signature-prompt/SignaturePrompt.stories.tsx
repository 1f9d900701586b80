import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFixtureClient } from '../test/fixtures.js';
import { ABC_SHA256, type SignaturePartsOptions, signatureParts, signer } from './fixtures.js';
import { SignaturePrompt } from './SignaturePrompt.js';

const client = (options: SignaturePartsOptions = {}) =>
  createFixtureClient({ parts: signatureParts(options).parts });
// The dialog renders in a portal on <body>: query the whole document, not the story's canvas.
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

async function start(canvasElement: HTMLElement) {
  const screen = page(canvasElement);
  await screen.findByText('BA78');
  await userEvent.click(screen.getByLabelText('Môi trường thử nghiệm (sandbox)'));
  await userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu ký' }));
}

const meta = {
  title: 'Ký số/SignaturePrompt',
  component: SignaturePrompt,
  parameters: {
    // Each story in its own frame: several open modals on one docs page would cover each other.
    docs: {
      story: { inline: false, iframeHeight: 640 },
      description: {
        component:
          'Ký số từ xa (Radix Dialog): hiện tên tài liệu và dấu vân tay SHA-256 (tính trên thiết bị), chọn dịch vụ ký số, gửi yêu cầu (`client.signatures.create`), đếm ngược tới lúc hết hạn (hiển thị từng giây, đọc cho trình đọc màn hình tối đa 30 giây một lần), giải thích từng kết cục (từ chối, hết hạn, lỗi, chứng thư không hợp lệ), trả tiêu điểm về nút mở, không để lại gì trên <body>.',
      },
    },
    motcua: { client: client({ outcome: 'never' }) },
  },
  args: {
    document: { name: 'To-khai-dang-ky-khai-sinh.pdf', sha256: ABC_SHA256 },
    signer,
    providers: ['vnpt-smartca', 'viettel-mysign', 'sandbox'],
    defaultOpen: true,
  },
} satisfies Meta<typeof SignaturePrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: only the button. */
export const Closed: Story = { args: { defaultOpen: false } };

/** Open: document, fingerprint, signer, provider choice. */
export const Review: Story = {};

/** Waiting for the signer's phone, with the countdown. */
export const Waiting: Story = {
  play: async ({ canvasElement }) => {
    await start(canvasElement);
    await expect(
      await page(canvasElement).findByRole('heading', { name: 'Xác nhận trên điện thoại' }),
    ).toBeInTheDocument();
  },
};

/** The signer declined on the phone. */
export const Rejected: Story = {
  parameters: { motcua: { client: client({ outcome: 'rejected' }) } },
  play: async ({ canvasElement }) => {
    await start(canvasElement);
    await waitFor(() =>
      expect(page(canvasElement).getByRole('alert')).toHaveTextContent('Bạn đã từ chối ký'),
    );
  },
};

/** Signed: the success message, before the prompt closes itself. */
export const Signed: Story = {
  args: { autoCloseMs: 600_000 },
  parameters: { motcua: { client: client({ outcome: 'signed', afterMs: 50 }) } },
  play: async ({ canvasElement }) => {
    await start(canvasElement);
    await expect(await page(canvasElement).findByText('Đã ký số thành công')).toBeInTheDocument();
  },
};

export const LongVietnameseText: Story = {
  args: {
    document: {
      name: 'Don-de-nghi-cap-lai-Giay-chung-nhan-quyen-su-dung-dat-quyen-so-huu-nha-o-va-tai-san-khac-gan-lien-voi-dat-do-bi-mat-kem-ban-sao-trich-luc-ban-do-dia-chinh.pdf',
      sha256: ABC_SHA256,
    },
    signer: {
      taxCode: '0100233488',
      name: 'Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ Xuất nhập khẩu An Phát Hưng Thịnh',
    },
  },
};

export const English: Story = { globals: { locale: 'en' } };

export const Dark: Story = { globals: { theme: 'dark' } };
