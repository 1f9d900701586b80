import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { client, fileDossier } from './test-support.js';

/**
 * Appointment dates on the test clock, across a holiday. The clock only moves forward, so each scenario is a
 * moment before a holiday break; the first one still in the future is used. Each: accept a 3-working-day
 * procedure (temporary-residence extension, online) on a Wednesday/Thursday at 10:00 in Hà Nội, ask for a
 * supplement at once (3 working days left), answer 7 days later.
 */
const SCENARIOS = [
  // Wed 30 Dec 2026; New Year 2027 break Fri 1 – Sun 3 Jan: due Tue 5 Jan; answered Wed 6 Jan → Mon 11 Jan.
  { at: '2026-12-30T03:00:00.000Z', due: '2027-01-05T10:00:00.000Z', resumed: '2027-01-11T10:00:00.000Z' },
  // Thu 29 Apr 2027; break Fri 30 Apr – Mon 3 May: due Thu 6 May; answered Thu 6 May → Tue 11 May.
  { at: '2027-04-29T03:00:00.000Z', due: '2027-05-06T10:00:00.000Z', resumed: '2027-05-11T10:00:00.000Z' },
  // Wed 1 Sep 2027 (2027 holidays are estimates); break Thu 2 – Sun 5 Sep: due Wed 8 Sep → Mon 13 Sep.
  { at: '2027-09-01T03:00:00.000Z', due: '2027-09-08T10:00:00.000Z', resumed: '2027-09-13T10:00:00.000Z' },
];
const DAY = 86_400_000;

describe.each(testDatabases())('appointments on the test clock on $name', (engine) => {
  let sb: RunningSandbox;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
  });
  afterAll(() => sb.stop());

  const advanceTo = async (target: string) => {
    const now = (await sb.sandbox.now()).getTime();
    const minutes = Math.ceil((Date.parse(target) - now) / 60_000);
    const answer = await api.post('/sandbox/clock/advance', { json: { minutes } });
    expect(answer.status).toBe(200);
  };

  it('sets the appointment in working days across a holiday, and moves it by the time left after a supplement', async () => {
    const now = (await sb.sandbox.now()).getTime();
    const scenario = SCENARIOS.find((candidate) => Date.parse(candidate.at) > now + DAY);
    if (!scenario) throw new Error('every holiday scenario is in the past: add one');
    await advanceTo(scenario.at);
    // Tokens live an hour of test-clock time: sign in after moving the clock.
    const an = await sb.token('citizen-an');
    const desk = await sb.token('officer-ba-dinh-desk');
    const police = await sb.token('officer-ba-dinh-police');

    const filed = await fileDossier(sb, an, { procedureCode: '1.002755' });
    expect(filed.processingAgency.name).toContain('Công an');
    expect(filed.fees).toEqual([expect.objectContaining({ code: 'LPCT-GHTT', amount: 7_000, paid: false })]);
    const accepted = await api.post(`/dossiers/${filed.code}/accept`, { token: desk });
    expect(accepted.body.dates.appointmentAt).toBe(scenario.due);
    expect(accepted.body.history.at(-1).legalDeadline).toBe(scenario.due);

    await api.post(`/dossiers/${filed.code}/assign`, {
      token: desk,
      json: { officerId: 'officer-ba-dinh-police' },
    });
    const requested = await api.post(`/dossiers/${filed.code}/request-supplement`, {
      token: police,
      json: { items: [{ description: 'Bổ sung hợp đồng thuê nhà' }], reason: 'Thiếu giấy tờ chỗ ở' },
    });
    expect(requested.body.supplementRequests[0].previousAppointmentAt).toBe(scenario.due);
    // The clock stops while the citizen supplements: the suspended date still shows.
    expect(requested.body.dates.appointmentAt).toBe(scenario.due);

    await advanceTo(new Date(Date.parse(scenario.at) + 7 * DAY).toISOString());
    const an2 = await sb.token('citizen-an');
    const answered = await api.post(`/dossiers/${filed.code}/supplement`, { token: an2 });
    expect(answered.status).toBe(200);
    expect(answered.body.dates.appointmentAt).toBe(scenario.resumed);
    expect(answered.body.supplementRequests[0]).toMatchObject({
      previousAppointmentAt: scenario.due,
      newAppointmentAt: scenario.resumed,
    });
    const event = (
      await api.get(`/dossiers/${filed.code}/events`, { token: an2, headers: { Accept: 'application/json' } })
    ).body.items.at(-1).data;
    expect(event).toMatchObject({
      type: 'dossier.supplementAnswered',
      data: { appointmentAt: scenario.resumed },
    });
    // Events are stamped with the test clock.
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(Date.parse(scenario.at) + 7 * DAY);
  });

  it("dates the code with the test clock's day in Hà Nội", async () => {
    const an = await sb.token('citizen-an');
    const filed = await fileDossier(sb, an);
    const local = new Date((await sb.sandbox.now()).getTime() + 7 * 3_600_000).toISOString();
    const yyMMdd = `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}`;
    expect(filed.code).toMatch(new RegExp(`-${yyMMdd}-\\d{4}$`));
  });
});
