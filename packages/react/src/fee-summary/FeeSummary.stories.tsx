import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  createFixtureClient,
  DOSSIER_CODE,
  dossierLongText,
  dossierReturned,
  fees,
} from '../test/fixtures.js';
import { FeeSummary } from './FeeSummary.js';
import { PayButton } from './PayButton.js';

const meta = {
  title: 'Hồ sơ/FeeSummary',
  component: FeeSummary,
  subcomponents: { PayButton },
  parameters: {
    docs: {
      description: {
        component:
          'Phí, lệ phí của hồ sơ bằng đồng (`formatVnd` của core), tổng cộng và số còn phải nộp; `PayButton` tạo khoản thanh toán qua SDK rồi chuyển tới cổng thanh toán (`data-state`: idle, pending, paid, failed).',
      },
    },
  },
  args: { fees },
} satisfies Meta<typeof FeeSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

const navigate = fn();

export const Loading: Story = { args: { fees: undefined } };

export const WithError: Story = {
  args: { fees: undefined, error: 'Không tải được phí, lệ phí. Vui lòng thử lại sau.' },
};

export const Empty: Story = { args: { fees: [] } };

/** Unpaid, with the pay button (the fixture gateway's checkout URL is not followed in Storybook). */
export const Unpaid: Story = {
  args: { action: <PayButton dossierCode={DOSSIER_CODE} amount={24_000} navigate={navigate} /> },
  parameters: { motcua: { client: createFixtureClient({ latencyMs: 400 }) } },
};

export const PayPending: Story = {
  args: { action: <PayButton dossierCode={DOSSIER_CODE} amount={24_000} navigate={navigate} /> },
  parameters: { motcua: { client: createFixtureClient({ latencyMs: Number.POSITIVE_INFINITY }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await expect(canvas.getByText('Đang chuyển tới cổng thanh toán…')).toBeInTheDocument();
  },
};

export const PayFailed: Story = {
  args: { action: <PayButton dossierCode={DOSSIER_CODE} amount={24_000} navigate={navigate} /> },
  parameters: { motcua: { client: createFixtureClient({ payment: 'fail' }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await waitFor(() => expect(canvas.getByRole('alert')).toBeInTheDocument());
    await expect(canvas.getByRole('button', { name: 'Thanh toán lại' })).toBeInTheDocument();
  },
};

/** Everything paid: no button. */
export const Success: Story = { args: { fees: dossierReturned.fees } };

/** A procedure's catalogue fees (payment not tracked yet). */
export const CatalogueFees: Story = { args: { fees: fees.map(({ paid: _paid, ...line }) => line) } };

export const LongVietnameseText: Story = {
  args: {
    fees: dossierLongText.fees,
    title: 'Phí, lệ phí phải nộp khi cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất',
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { action: <PayButton dossierCode={DOSSIER_CODE} amount={24_000} navigate={navigate} /> },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: {
    fees: [{ ...fees[0], paid: true } as (typeof fees)[number], fees[1] as (typeof fees)[number]],
    action: <PayButton dossierCode={DOSSIER_CODE} amount={16_000} navigate={navigate} />,
  },
};
