import { render, screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useAnnouncer } from '../internal/live-region.js';
import { expectNoAxeViolations } from '../test/axe.js';
import {
  createFixtureClient,
  DOSSIER_CODE,
  dossierNoHistory,
  dossierProcessing,
  dossierReturned,
  dossierSupplement,
  events,
  officer,
} from '../test/fixtures.js';
import { renderWithProvider } from '../test/render.js';
import { StatusTracker } from './StatusTracker.js';
import { describeProgress } from './useStatusTracker.js';

const beforeAppointment = new Date('2025-07-05T10:00:00+07:00');
const afterAppointment = new Date('2025-07-10T10:00:00+07:00');

describe('describeProgress', () => {
  it('is late only while the agency holds the dossier past the appointment', () => {
    expect(describeProgress(dossierProcessing, beforeAppointment).overdueDays).toBe(0);
    expect(describeProgress(dossierProcessing, afterAppointment).overdueDays).toBe(2);
    expect(describeProgress(dossierSupplement, afterAppointment).overdueDays).toBe(0);
    expect(describeProgress(dossierReturned, afterAppointment).overdueDays).toBe(0);
    expect(describeProgress(dossierSupplement, afterAppointment).openSupplement?.id).toBe('sup_01');
  });
});

describe('StatusTracker', () => {
  afterEach(() => vi.useRealTimers());

  it('loads through the client and shows an ordered timeline with the current step marked', async () => {
    const client = createFixtureClient({ latencyMs: 30 });
    renderWithProvider(<StatusTracker dossierCode={DOSSIER_CODE} now={beforeAppointment} />, { client });
    const region = screen.getByRole('region', { name: 'Quá trình xử lý hồ sơ' });
    expect(region.dataset.state).toBe('loading');
    expect(screen.getByText('Đang tải…')).toBeTruthy();
    await waitFor(() => expect(region.dataset.state).toBe('ready'));

    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const steps = screen.getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('.motcua-status-tracker__label')?.textContent)).toEqual([
      'Mới đăng ký',
      'Được tiếp nhận',
      'Đang xử lý',
    ]);
    expect(steps[2]?.getAttribute('aria-current')).toBe('step');
    expect(steps[0]?.hasAttribute('aria-current')).toBe(false);
    expect(screen.getByText('08/07/2025')).toBeTruthy();
    expect(screen.getByText(DOSSIER_CODE)).toBeTruthy();
    expect(region.dataset.overdue).toBeUndefined();
    await expectNoAxeViolations();
  });

  it('flags an overdue dossier and highlights an open supplement request', async () => {
    const { rerender } = renderWithProvider(
      <StatusTracker dossier={dossierProcessing} now={afterAppointment} live={false} />,
    );
    expect(screen.getByText('Quá hạn 2 ngày')).toBeTruthy();
    expect(screen.getByRole('region').dataset.overdue).toBe('true');

    rerender(<StatusTracker dossier={dossierSupplement} now={afterAppointment} live={false} />);
    expect(screen.queryByText(/Quá hạn/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Cơ quan yêu cầu bổ sung giấy tờ' })).toBeTruthy();
    expect(screen.getByText('Ảnh chụp giấy chứng sinh bị mờ, vui lòng chụp lại')).toBeTruthy();
    expect(screen.getByText('Hạn nộp bổ sung: 17:00 09/07/2025')).toBeTruthy();
    const current = document.querySelector('[aria-current="step"]') as HTMLElement;
    expect(current.dataset.supplement).toBe('true');
    expect(current.textContent).toContain('Yêu cầu bổ sung giấy tờ');
    await expectNoAxeViolations();
  });

  it('shows an error with a retry that works from the keyboard', async () => {
    const client = createFixtureClient({ failReads: true });
    renderWithProvider(<StatusTracker dossierCode={DOSSIER_CODE} />, { client });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được dữ liệu');
    await expectNoAxeViolations();
    screen.getByRole('button', { name: 'Thử lại' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(client.calls.filter((c) => c.method === 'dossiers.get')).toHaveLength(2));
  });

  it('says so when there is no history, and has a compact variant without the timeline', () => {
    const { rerender } = renderWithProvider(<StatusTracker dossier={dossierNoHistory} live={false} />);
    expect(screen.getByText('Hồ sơ chưa có bước xử lý nào.')).toBeTruthy();
    rerender(
      <StatusTracker dossier={dossierProcessing} variant="compact" live={false} now={beforeAppointment} />,
    );
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Đang xử lý')).toBeTruthy();
  });

  it('follows live updates and announces them politely, throttled', async () => {
    const client = createFixtureClient({ events: { [DOSSIER_CODE]: events }, eventIntervalMs: 20 });
    renderWithProvider(<StatusTracker dossierCode={DOSSIER_CODE} announceInterval={400} />, {
      client,
      locale: 'en',
    });
    const status = screen
      .getAllByRole('status')
      .find((node) => node.classList.contains('motcua-visually-hidden'));
    expect(status?.getAttribute('aria-live')).toBe('polite');
    // First event is spoken at once; the second, 20 ms later, waits for the interval.
    await waitFor(() =>
      expect(status?.textContent).toBe(`Dossier ${DOSSIER_CODE} is now: Processed, result ready`),
    );
    await waitFor(() =>
      expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Result returned'),
    );
    expect(status?.textContent).toBe(`Dossier ${DOSSIER_CODE} is now: Processed, result ready`);
    await waitFor(() => expect(status?.textContent).toBe(`Dossier ${DOSSIER_CODE} is now: Result returned`), {
      timeout: 1000,
    });
    await expectNoAxeViolations();
  });

  it("renders officers' names and words as text, never as markup", () => {
    const words = '<img src=x onerror="window.pwned=1">Ảnh <b>mờ</b>';
    const item = '<script>window.pwned=1</script>Bản chụp giấy chứng sinh';
    const officerName = '<a href="javascript:alert(1)">Cán bộ</a>';
    const last = dossierSupplement.history.at(-1) as (typeof dossierSupplement.history)[number];
    const request = dossierSupplement.supplementRequests.at(
      -1,
    ) as (typeof dossierSupplement.supplementRequests)[number];
    const hostile = {
      ...dossierSupplement,
      history: [
        ...dossierSupplement.history.slice(0, -1),
        { ...last, content: words, officer: { ...officer, name: officerName } },
      ],
      supplementRequests: [{ ...request, reason: words, items: [{ description: item }] }],
    };
    renderWithProvider(<StatusTracker dossier={hostile} live={false} now={afterAppointment} />);
    const region = screen.getByRole('region');
    expect(region.querySelector('[aria-current="step"] .motcua-status-tracker__content')?.textContent).toBe(
      words,
    );
    expect(region.querySelector('[aria-current="step"]')?.textContent).toContain(officerName);
    expect(screen.getByText(words, { selector: '.motcua-status-tracker__supplement p' })).toBeTruthy();
    expect(screen.getByText(item)).toBeTruthy();
    expect(region.querySelector('img, b, a, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('passes axe in English and dark', async () => {
    renderWithProvider(<StatusTracker dossier={dossierSupplement} live={false} now={afterAppointment} />, {
      locale: 'en',
      theme: 'dark',
    });
    expect(screen.getByText('More documents requested', { selector: 'dd' })).toBeTruthy();
    await expectNoAxeViolations();
  });
});

let api: ReturnType<typeof useAnnouncer> | undefined;
function Probe() {
  api = useAnnouncer();
  return <p data-testid="m">{api.message}</p>;
}

describe('useAnnouncer', () => {
  it('speaks at most once per 15 s by default, keeping the latest message', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    render(<Probe />);
    const text = () => screen.getByTestId('m').textContent;
    act(() => api?.announce('một'));
    expect(text()).toBe('một');
    act(() => api?.announce('hai'));
    act(() => api?.announce('ba'));
    expect(text()).toBe('một');
    act(() => vi.advanceTimersByTime(14_999));
    expect(text()).toBe('một');
    act(() => vi.advanceTimersByTime(1));
    expect(text()).toBe('ba');
    act(() => api?.announce('bốn', { immediate: true }));
    expect(text()).toBe('bốn');
  });
});
