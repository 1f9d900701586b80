import { dossierStatusLabel } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import {
  advanceClock,
  autopilot,
  fileExtractCopy,
  signIn,
  timeTravelSandboxUrl as url,
} from '../test/sandbox.js';
import { StatusTracker } from './StatusTracker.js';

const label = (status: number) => dossierStatusLabel(status as never, 'vi');
const region = () => screen.getByRole('region', { name: 'Quá trình xử lý hồ sơ' });
const steps = () =>
  [...region().querySelectorAll('.motcua-status-tracker__step')].map(
    (step) => step.querySelector('.motcua-status-tracker__label')?.textContent,
  );
const current = () => region().querySelector<HTMLElement>('[aria-current="step"]');
const announcement = () =>
  region().querySelector('.motcua-visually-hidden[role="status"]')?.textContent ?? '';

async function officers(): Promise<{ desk: MotcuaClient; specialist: MotcuaClient }> {
  const [desk, specialist] = await Promise.all([
    signIn(url, 'officer-ba-dinh-desk'),
    signIn(url, 'officer-ba-dinh-specialist'),
  ]);
  return { desk, specialist };
}

// Against a sandbox of its own (bench/sandbox-global-setup.ts): these tests move its clock and run its autopilot.
describe.skipIf(!url)('StatusTracker against the sandbox', () => {
  afterEach(() => autopilot(url, false));

  it("shows a real dossier's history and follows the officers live: new steps, their words, a supplement request", async () => {
    const an = await signIn(url, 'citizen-an');
    const { desk, specialist } = await officers();
    const { code } = await fileExtractCopy(an);
    if (!code) throw new Error('not filed');
    await desk.officer.accept(code, {});
    renderWithProvider(<StatusTracker dossierCode={code} announceInterval={0} />, { client: an });
    await waitFor(() => expect(region().dataset.state).toBe('ready'));
    expect(screen.getByText(code)).toBeTruthy();
    expect(steps()).toEqual([label(1), label(2)]);
    expect(region().querySelector('dd time')).toBeTruthy(); // the appointment the acceptance set
    // The stream starts from the dossier's first event: replaying what the page already shows changes nothing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(steps()).toEqual([label(1), label(2)]);
    expect(announcement()).toBe('');

    await desk.officer.assign(code, { officerId: 'officer-ba-dinh-specialist' });
    await waitFor(() => expect(current()?.textContent).toContain(label(4)), { timeout: 5000 });
    expect(announcement()).toBe(`Hồ sơ ${code} chuyển sang trạng thái: ${label(4)}`);

    // The officer's words come from the platform: shown as text, never as markup.
    const reason = '<img src=x onerror="window.pwned=1">Ảnh chụp giấy khai sinh bị mờ';
    const item = '<script>window.pwned=1</script>Bản chụp rõ nét giấy khai sinh';
    await specialist.officer.requestSupplement(code, { reason, items: [{ description: item }] });
    await screen.findByRole('heading', { name: 'Cơ quan yêu cầu bổ sung giấy tờ' }, { timeout: 5000 });
    expect(screen.getByText(reason)).toBeTruthy();
    expect(screen.getByText(item)).toBeTruthy();
    expect(current()?.dataset.supplement).toBe('true');
    expect(current()?.textContent).toContain('Lê Văn Thành'); // the specialist, from the re-read history
    expect(current()?.querySelector('.motcua-status-tracker__content')?.textContent).toContain(reason);
    expect(region().querySelector('img, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    expect(steps()).toEqual([label(1), label(2), label(4), label(5)]);
    expect(announcement()).toBe(`Hồ sơ ${code} chuyển sang trạng thái: ${label(5)}`);
    await expectNoAxeViolations();
  });

  it('is overdue when the test clock passes the appointment, and follows the autopilot to the end', async () => {
    const { code } = await fileExtractCopy(await signIn(url, 'citizen-an'));
    if (!code) throw new Error('not filed');
    const accepted = await (await officers()).desk.officer.accept(code, {});
    const appointment = Date.parse(accepted.dates.appointmentAt ?? '');
    // The page judges lateness against the platform's time: here, the sandbox's clock (tokens expire with it).
    const now = await advanceClock(url, { days: 10 });
    const an = await signIn(url, 'citizen-an');
    const late = Math.ceil((now.getTime() - appointment) / 86_400_000);
    expect(late).toBeGreaterThan(0);
    renderWithProvider(<StatusTracker dossierCode={code} now={now} announceInterval={0} />, { client: an });
    await screen.findByText(`Quá hạn ${late} ngày`);
    expect(region().dataset.overdue).toBe('true');
    await expectNoAxeViolations();

    // The autopilot plays the officers until the result is returned or a supplement waits for An.
    await autopilot(url, 'instant');
    let final = accepted;
    await waitFor(
      async () => {
        final = await an.dossiers.get(code);
        expect([5, 10]).toContain(final.status);
      },
      { timeout: 10_000, interval: 200 },
    );
    await waitFor(() => expect(steps()).toEqual(final.history.map((step) => label(step.status))), {
      timeout: 5000,
    });
    expect(current()?.textContent).toContain(label(final.status));
    expect(region().dataset.overdue).toBeUndefined();
    expect(announcement()).toBe(`Hồ sơ ${code} chuyển sang trạng thái: ${label(final.status)}`);
  });
});
