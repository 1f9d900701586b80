import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { countWorkingDays } from '../calendar/index.js';
import { client, fileDossier, type Loose } from './test-support.js';

/** Gia hạn tạm trú: 3 working days, processed by the ward police of Ba Đình. */
const PROCEDURE = '1.002755';
const MINUTE = 60_000;
const DAY = 86_400_000;

describe.each(testDatabases())('overdue dossiers on the test clock on $name', (engine) => {
  let sb: RunningSandbox;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
  });
  afterAll(() => sb.stop());

  const advanceTo = async (target: number) => {
    const minutes = Math.ceil((target - (await sb.sandbox.now()).getTime()) / MINUTE);
    if (minutes > 0)
      expect((await api.post('/sandbox/clock/advance', { json: { minutes } })).status).toBe(200);
  };
  /** Files and accepts a dossier: its appointment is set. Tokens are fresh, since the clock moves. */
  const accepted = async (): Promise<Loose> => {
    const filed = await fileDossier(sb, await sb.token('citizen-an'), { procedureCode: PROCEDURE });
    expect(filed).toMatchObject({ overdue: false, overdueDays: 0 });
    const answer = await api.post(`/dossiers/${filed.code}/accept`, {
      token: await sb.token('officer-ba-dinh-desk'),
    });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const read = async (code: string) =>
    (await api.get(`/dossiers/${code}`, { token: await sb.token('citizen-an') })).body;
  const assign = async (code: string) =>
    api.post(`/dossiers/${code}/assign`, {
      token: await sb.token('officer-ba-dinh-desk'),
      json: { officerId: 'officer-ba-dinh-police' },
    });

  it('is overdue once the clock passes the appointment, by the working days since', async () => {
    const dossier = await accepted();
    expect(dossier).toMatchObject({ status: 2, overdue: false, overdueDays: 0 });
    const appointment = Date.parse(dossier.dates.appointmentAt);

    await advanceTo(appointment - MINUTE);
    expect(await read(dossier.code)).toMatchObject({ overdue: false, overdueDays: 0 });

    await advanceTo(appointment + MINUTE);
    // Late, though not yet by a whole working day: it is 17:01 on the last day.
    expect(await read(dossier.code)).toMatchObject({ overdue: true, overdueDays: 0 });

    await advanceTo(appointment + 9 * DAY);
    const now = await sb.sandbox.now();
    const late = await read(dossier.code);
    expect(late.overdue).toBe(true);
    expect(late.overdueDays).toBe(countWorkingDays(new Date(appointment), now));
    expect(late.overdueDays).toBeGreaterThanOrEqual(5);

    // The agency's queue shows it too.
    const queue = await api.get('/dossiers?limit=100', { token: await sb.token('officer-ba-dinh-desk') });
    expect(queue.body.items.find((item: Loose) => item.code === dossier.code)).toMatchObject({
      overdue: true,
      overdueDays: late.overdueDays,
    });
  });

  it('stays late once finished late, and frozen at the finishing day', async () => {
    const dossier = await accepted();
    const appointment = Date.parse(dossier.dates.appointmentAt);
    await advanceTo(appointment + 2 * DAY);
    await assign(dossier.code);
    const finished = await api.post(`/dossiers/${dossier.code}/finish`, {
      token: await sb.token('officer-ba-dinh-police'),
      json: { results: [{ name: 'Xác nhận gia hạn tạm trú' }] },
    });
    expect(finished.status).toBe(200);
    const days = countWorkingDays(new Date(appointment), new Date(finished.body.dates.finishedAt));
    expect(finished.body).toMatchObject({ status: 9, overdue: true, overdueDays: days });

    await advanceTo(appointment + 20 * DAY);
    expect(await read(dossier.code)).toMatchObject({ overdue: true, overdueDays: days });
  });

  it('is not overdue when finished in time, nor while the citizen supplements', async () => {
    const onTime = await accepted();
    const supplementing = await accepted();
    await assign(onTime.code);
    await assign(supplementing.code);
    const police = await sb.token('officer-ba-dinh-police');
    expect(
      (
        await api.post(`/dossiers/${onTime.code}/finish`, {
          token: police,
          json: { results: [{ name: 'Xác nhận gia hạn tạm trú' }] },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.post(`/dossiers/${supplementing.code}/request-supplement`, {
          token: police,
          json: { items: [{ description: 'Bổ sung hợp đồng thuê nhà' }], reason: 'Thiếu giấy tờ chỗ ở' },
        })
      ).status,
    ).toBe(200);

    await advanceTo(Date.parse(onTime.dates.appointmentAt) + 10 * DAY);
    expect(await read(onTime.code)).toMatchObject({ status: 9, overdue: false, overdueDays: 0 });
    // The clock stops while the citizen supplements: the suspended date is not missed.
    expect(await read(supplementing.code)).toMatchObject({ status: 5, overdue: false, overdueDays: 0 });
  });
});
