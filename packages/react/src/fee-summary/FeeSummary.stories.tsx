import type { Payment } from '@motcua/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
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
          'Phí, lệ phí của hồ sơ bằng đồng (`formatVnd` của core), tổng cộng và số còn phải nộp; `PayButton` tạo khoản thanh toán qua SDK rồi chuyển tới cổng thanh toán (`data-state`: idle, pending, paid, failed). Khi người nộp quay lại từ cổng thanh toán (`paymentId`), nút đọc khoản thanh toán đến khi có kết quả (`checking`, `pending`, rồi `paid` hoặc `failed`).',
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

/** The page the gateway sends the payer back to: the fees loaded before leaving, and the payment followed to its end. */
function ReturnPage() {
  const [payment, setPayment] = useState<Payment>();
  return (
    <FeeSummary
      fees={fees}
      payment={payment}
      action={
        <PayButton
          dossierCode={DOSSIER_CODE}
          amount={24_000}
          paymentId="pay_01J2"
          backoff={{ initialMs: 50, maxMs: 200 }}
          navigate={navigate}
          onResult={setPayment}
        />
      }
    />
  );
}

const returning = (statuses: Payment['status'][]) => ({
  render: () => <ReturnPage />,
  parameters: { motcua: { client: createFixtureClient({ paymentStatuses: statuses }) } },
});

/** Back from the gateway, which has not told the platform yet: the page waits and asks again. */
export const ReturnPending: Story = {
  ...returning(['pending']),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Cổng thanh toán chưa báo kết quả'),
    );
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

/** Back from the gateway after paying: every line paid, and the receipt's lookup code. */
export const ReturnPaid: Story = {
  ...returning(['pending', 'paid']),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Mã tra cứu: PT250701000123'));
    await expect(canvas.getAllByText('Đã nộp')).toHaveLength(2);
  },
};

/** Back from the gateway after a refused payment: the gateway's reason, and a new payment offered. */
export const ReturnFailed: Story = {
  ...returning(['failed']),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Lý do: Ngân hàng từ chối giao dịch'),
    );
    await expect(canvas.getByRole('button', { name: 'Thanh toán lại' })).toBeInTheDocument();
  },
};

export const ReturnPendingEnglish: Story = {
  ...returning(['pending']),
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(
        'has not confirmed your payment yet',
      ),
    );
  },
};

export const ReturnPaidEnglish: Story = {
  ...returning(['paid']),
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent('Reference: PT250701000123'),
    );
  },
};

export const ReturnFailedEnglish: Story = {
  ...returning(['failed']),
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(within(canvasElement).getByRole('button', { name: 'Pay again' })).toBeInTheDocument(),
    );
  },
};

export const ReturnPendingDark: Story = {
  ...returning(['pending']),
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.motcua-pay-button')).toHaveAttribute('data-state', 'pending'),
    );
  },
};

export const ReturnPaidDark: Story = {
  ...returning(['paid']),
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.motcua-pay-button')).toHaveAttribute('data-state', 'paid'),
    );
  },
};

export const ReturnFailedDark: Story = {
  ...returning(['failed']),
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.motcua-pay-button')).toHaveAttribute('data-state', 'failed'),
    );
  },
};
