import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import {
  createFixtureClient,
  DOSSIER_CODE,
  dossierLongText,
  dossierNoHistory,
  dossierProcessing,
  dossierReturned,
  dossierSupplement,
  events,
} from '../test/fixtures.js';
import { StatusTracker } from './StatusTracker.js';

const beforeAppointment = new Date('2025-07-05T10:00:00+07:00');
const afterAppointment = new Date('2025-07-10T10:00:00+07:00');

const meta = {
  title: 'Hồ sơ/StatusTracker',
  component: StatusTracker,
  parameters: {
    docs: {
      description: {
        component:
          'Tra cứu tiến độ hồ sơ: trạng thái chính thức (nhãn của core), ngày hẹn trả, quá hạn, yêu cầu bổ sung, và quá trình xử lý theo thứ tự thời gian; bước hiện tại có `aria-current="step"`. Trạng thái mới nhận qua `client.dossiers.watch(code)` được thông báo lịch sự, tối đa 15 giây một lần.',
      },
    },
  },
  args: { dossierCode: DOSSIER_CODE, now: beforeAppointment, live: false },
} satisfies Meta<typeof StatusTracker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  parameters: { motcua: { client: createFixtureClient({ latencyMs: Number.POSITIVE_INFINITY }) } },
};

export const WithError: Story = {
  parameters: { motcua: { client: createFixtureClient({ failReads: true }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toBeInTheDocument());
  },
};

export const Empty: Story = { args: { dossierCode: undefined, dossier: dossierNoHistory } };

/** Loaded through the client: being processed, appointment ahead. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3));
    await expect(canvas.getAllByRole('listitem')[2]).toHaveAttribute('aria-current', 'step');
  },
};

export const Overdue: Story = {
  args: { dossierCode: undefined, dossier: dossierProcessing, now: afterAppointment },
};

export const SupplementRequested: Story = {
  args: { dossierCode: undefined, dossier: dossierSupplement, now: afterAppointment },
};

export const ResultReturned: Story = { args: { dossierCode: undefined, dossier: dossierReturned } };

export const Compact: Story = {
  args: { dossierCode: undefined, dossier: dossierSupplement, variant: 'compact', headingLevel: 3 },
};

/** New statuses arrive every 4 s from the fixture's watch; the announcement waits 15 s between updates. */
export const Live: Story = {
  args: { live: true },
  parameters: {
    motcua: { client: createFixtureClient({ events: { [DOSSIER_CODE]: events }, eventIntervalMs: 4000 }) },
  },
};

export const LongVietnameseText: Story = { args: { dossierCode: undefined, dossier: dossierLongText } };

export const English: Story = {
  globals: { locale: 'en' },
  args: { dossierCode: undefined, dossier: dossierSupplement, now: afterAppointment },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { dossierCode: undefined, dossier: dossierSupplement, now: afterAppointment },
};

export const DarkOverdue: Story = {
  globals: { theme: 'dark' },
  args: { dossierCode: undefined, dossier: dossierProcessing, now: afterAppointment },
};
