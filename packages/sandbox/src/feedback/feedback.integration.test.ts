import type { Feedback } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { fromJson } from '../db/portable.js';
import {
  dossierFixtureModule,
  insertTestApiKey,
  insertTestDossier,
  officerOf,
} from '../payments/test-fixtures.js';
import { DEMO_AGENCY_API_KEY, DEMO_AGENCY_CODE } from '../seed/index.js';

const OTHER_AGENCY = '000.00.02.H26';
const OTHER_KEY = 'sk_test_feedback_other_agency_key';

const input = (extra: Record<string, unknown> = {}) => ({
  subject: 'Chậm trả kết quả',
  content: 'Hồ sơ của tôi đã quá hạn 3 ngày.',
  category: 'dossier',
  submitter: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
  agencyCode: DEMO_AGENCY_CODE,
  ...extra,
});

describe.each(testDatabases())('feedback on $name', (engine) => {
  let sb: RunningSandbox;
  let officer: string;
  const system = { headers: { 'X-Api-Key': DEMO_AGENCY_API_KEY.key } };
  const otherSystem = { headers: { 'X-Api-Key': OTHER_KEY } };

  beforeAll(async () => {
    sb = await startSandbox(engine, { modules: [dossierFixtureModule] });
    await insertTestApiKey(sb.sandbox.db, OTHER_AGENCY, OTHER_KEY);
    officer = await officerOf(sb.sandbox.db, DEMO_AGENCY_CODE);
  });
  afterAll(() => sb.stop());

  const as = async (persona: string) => ({ token: await sb.token(persona) });

  async function send(
    extra: Record<string, unknown> = {},
    persona = 'citizen-an',
    key?: string,
  ): Promise<Response> {
    return sb.request('/feedback', {
      method: 'POST',
      ...(await as(persona)),
      json: input(extra),
      headers: key ? { 'Idempotency-Key': key } : {},
    });
  }

  async function sent(extra: Record<string, unknown> = {}, persona = 'citizen-an'): Promise<Feedback> {
    const response = await send(extra, persona);
    expect(response.status).toBe(201);
    return (await response.json()) as Feedback;
  }

  it('receives feedback with a readable code, and tells the agency', async () => {
    const response = await send({ public: true });
    expect(response.status).toBe(201);
    const feedback = (await response.json()) as Feedback;
    expect(response.headers.get('location')).toBe(`/feedback/${feedback.id}`);
    expect(feedback).toMatchObject({
      subject: 'Chậm trả kết quả',
      category: 'dossier',
      agencyCode: DEMO_AGENCY_CODE,
      status: 'received',
      public: false,
      submitter: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
    });
    expect(feedback.code).toMatch(/^PAKN-20\d{2}-\d{6}$/);
    const next = await sent();
    expect(Number(next.code.slice(-6))).toBe(Number(feedback.code.slice(-6)) + 1);

    const event = await sb.sandbox.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'feedback.received')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(event.agency_code).toBe(DEMO_AGENCY_CODE);
    expect(fromJson(event.payload)).toEqual({
      status: null,
      previousStatus: null,
      actor: { role: 'applicant' },
      data: { feedbackId: feedback.id, code: feedback.code, category: 'dossier', feedbackStatus: 'received' },
    });
  });

  it('replays an idempotent send and refuses another body under the same key', async () => {
    const first = await send({}, 'citizen-an', 'fb-key-1');
    const again = await send({}, 'citizen-an', 'fb-key-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as Feedback).id).toBe(((await first.json()) as Feedback).id);
    expect((await send({ subject: 'Khác' }, 'citizen-an', 'fb-key-1')).status).toBe(422);
  });

  it('checks the agency and the dossier it is about', async () => {
    const code = await insertTestDossier(sb.sandbox.db, {
      ownerPersonaId: 'citizen-an',
      agencyCode: DEMO_AGENCY_CODE,
    });
    const about = await sent({ agencyCode: undefined, dossierCode: code });
    expect(about).toMatchObject({ dossierCode: code, agencyCode: DEMO_AGENCY_CODE });
    // Someone else's dossier, an unknown dossier, an unknown agency: not found.
    expect((await send({ dossierCode: code }, 'citizen-binh')).status).toBe(404);
    expect((await send({ dossierCode: `${DEMO_AGENCY_CODE}-260213-9998` })).status).toBe(404);
    expect((await send({ agencyCode: '000.00.99.H99' })).status).toBe(404);
    // No way back to the sender: the schema refuses.
    const unreachable = await send({ submitter: { fullName: 'Nguyễn Văn An' } });
    expect(unreachable.status).toBe(422);
    // Only citizens send feedback.
    expect((await sb.request('/feedback', { method: 'POST', ...system, json: input() })).status).toBe(403);
  });

  it('shows feedback to its sender and to the addressed agency, which opening it moves to processing', async () => {
    const feedback = await sent();
    const own = await sb.request(`/feedback/${feedback.id}`, await as('citizen-an'));
    expect(own.status).toBe(200);
    expect(((await own.json()) as Feedback).status).toBe('received');
    expect((await sb.request(`/feedback/${feedback.id}`, await as('citizen-binh'))).status).toBe(404);
    expect((await sb.request(`/feedback/${feedback.id}`, otherSystem)).status).toBe(404);

    const opened = await sb.request(`/feedback/${feedback.id}`, await as(officer));
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as Feedback).status).toBe('processing');
    const seen = (await (
      await sb.request(`/feedback/${feedback.id}`, await as('citizen-an'))
    ).json()) as Feedback;
    expect(seen.status).toBe('processing');
    expect((await sb.request('/feedback/fb_missing', system)).status).toBe(404);
  });

  it('lists feedback newest first: the sender’s own, or what was addressed to the agency', async () => {
    const mine = await sent({ subject: 'Của Bình' }, 'citizen-binh');
    const toOther = await sent({ agencyCode: OTHER_AGENCY, subject: 'Gửi Sở Tư pháp' }, 'citizen-binh');
    const binh = (await (await sb.request('/feedback', await as('citizen-binh'))).json()) as {
      items: Feedback[];
    };
    expect(binh.items.map((item) => item.id)).toEqual([toOther.id, mine.id]);

    const other = (await (await sb.request('/feedback', otherSystem)).json()) as { items: Feedback[] };
    expect(other.items.map((item) => item.id)).toEqual([toOther.id]);

    const agency = (await (await sb.request('/feedback?limit=100', system)).json()) as { items: Feedback[] };
    expect(agency.items.every((item) => item.agencyCode === DEMO_AGENCY_CODE)).toBe(true);
    expect(agency.items.map((item) => item.id)).toContain(mine.id);
    const sorted = [...agency.items].sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
    );
    expect(agency.items.map((item) => item.createdAt)).toEqual(sorted.map((item) => item.createdAt));

    // Cursor pagination covers every item once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = (await (await sb.request(`/feedback${query}`, system)).json()) as {
        items: Feedback[];
        nextCursor: string | null;
      };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(agency.items.map((item) => item.id));

    const received = (await (await sb.request('/feedback?status=received&limit=100', system)).json()) as {
      items: Feedback[];
    };
    expect(received.items.every((item) => item.status === 'received')).toBe(true);
    expect((await sb.request('/feedback?cursor=forged', system)).status).toBe(422);
  });

  it('lets the addressed agency answer once, publishing only with the sender’s consent', async () => {
    const consenting = await sent({ public: true });
    const answer = { content: 'Hồ sơ đã được trả kết quả ngày 14/02.', public: true };
    expect(
      (
        await sb.request(`/feedback/${consenting.id}/answer`, {
          method: 'POST',
          ...otherSystem,
          json: answer,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await sb.request(`/feedback/${consenting.id}/answer`, {
          method: 'POST',
          ...(await as('citizen-an')),
          json: answer,
        })
      ).status,
    ).toBe(403);

    const response = await sb.request(`/feedback/${consenting.id}/answer`, {
      method: 'POST',
      ...(await as(officer)),
      json: answer,
    });
    expect(response.status).toBe(200);
    const answered = (await response.json()) as Feedback;
    expect(answered).toMatchObject({ status: 'answered', public: true, answer: { content: answer.content } });
    expect(answered.answer?.answeredBy).toBeTruthy();
    const again = await sb.request(`/feedback/${consenting.id}/answer`, {
      method: 'POST',
      ...system,
      json: answer,
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('feedback.alreadyAnswered');

    const event = await sb.sandbox.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'feedback.answered')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(fromJson(event.payload)).toMatchObject({
      actor: { id: officer },
      data: { feedbackId: consenting.id, feedbackStatus: 'answered', public: true },
    });

    // Without consent the answer stays private; the back-office system answers as `system`.
    const privateOne = await sent({ public: false });
    const byKey = await sb.request(`/feedback/${privateOne.id}/answer`, {
      method: 'POST',
      ...system,
      json: answer,
    });
    expect(((await byKey.json()) as Feedback).public).toBe(false);
  });

  it('lets the addressed agency reject feedback with a reason, once, after which it cannot be answered', async () => {
    const feedback = await sent({ public: true });
    const reason = { reason: 'Nội dung không thuộc thẩm quyền giải quyết của cơ quan' };
    const reject = async (auth: object, body: unknown = reason, key?: string) =>
      sb.request(`/feedback/${feedback.id}/reject`, {
        method: 'POST',
        ...auth,
        json: body,
        ...(key ? { headers: { ...(auth as { headers?: object }).headers, 'Idempotency-Key': key } } : {}),
      });
    expect((await reject(otherSystem)).status).toBe(404);
    expect((await reject(await as('citizen-an'))).status).toBe(403);
    const empty = await reject(await as(officer), { reason: '  ' });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { errors: { path: unknown[] }[] }).errors[0]?.path).toEqual(['reason']);

    const response = await reject(await as(officer), reason, 'reject-1');
    expect(response.status).toBe(200);
    const rejected = (await response.json()) as Feedback;
    // A rejection is never published, whatever the sender allowed.
    expect(rejected).toMatchObject({ status: 'rejected', public: false, answer: { content: reason.reason } });
    const replay = await reject(await as(officer), reason, 'reject-1');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await replay.json()) as Feedback).toEqual(rejected);
    expect((await reject(await as(officer), { reason: 'Lý do khác' }, 'reject-1')).status).toBe(422);

    const seen = (await (
      await sb.request(`/feedback/${feedback.id}`, await as('citizen-an'))
    ).json()) as Feedback;
    expect(seen).toMatchObject({ status: 'rejected', answer: { content: reason.reason } });
    const event = await sb.sandbox.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'feedback.answered')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(fromJson(event.payload)).toMatchObject({
      actor: { id: officer },
      data: { feedbackId: feedback.id, feedbackStatus: 'rejected', public: false },
    });

    for (const [path, body] of [
      ['answer', { content: 'Trả lời' }],
      ['reject', reason],
    ] as const) {
      const late = await sb.request(`/feedback/${feedback.id}/${path}`, {
        method: 'POST',
        ...system,
        json: body,
      });
      expect(late.status).toBe(409);
      expect(((await late.json()) as { code: string }).code).toBe('feedback.alreadyAnswered');
    }
  });
});
