import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { EventBus, type EventListener } from '../events/outbox.js';
import { agencyForCommune } from '../seed-data/index.js';
import { eventStreamResponse } from './events.js';
import { client, fileDossier, type SseFrame, sseReader } from './test-support.js';

const BA_DINH = agencyForCommune('00004')?.code ?? '';

/** A bus that counts its subscribers, to see a stream let go of its subscription. */
class CountingBus extends EventBus {
  listeners = 0;
  override subscribe(listener: EventListener): () => void {
    this.listeners++;
    const unsubscribe = super.subscribe(listener);
    return () => {
      this.listeners--;
      return unsubscribe();
    };
  }
}

describe.each(testDatabases())('event streams on $name', (engine) => {
  let sb: RunningSandbox;
  let api: ReturnType<typeof client>;
  let an: string;
  let desk: string;
  let specialist: string;

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
    an = await sb.token('citizen-an');
    desk = await sb.token('officer-ba-dinh-desk');
    specialist = await sb.token('officer-ba-dinh-specialist');
  });
  afterAll(() => sb.stop());

  const open = (path: string, token: string, headers: Record<string, string> = {}) => {
    const controller = new AbortController();
    const response = sb.request(path, {
      token,
      headers: { Accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    return { response, controller };
  };

  it('streams live, and resumes with Last-Event-ID across a reconnect without losing or repeating an event', async () => {
    const { code } = await fileDossier(sb, an);
    const first = open(`/dossiers/${code}/events`, an);
    const response = await first.response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toContain('no-cache');
    const stream = sseReader(response);
    const seen: SseFrame[] = [];

    // Replayed from the start: the submission.
    seen.push(await stream.next());
    expect(seen[0]?.event).toBe('dossier.submitted');
    // Live: the acceptance arrives while connected.
    await api.post(`/dossiers/${code}/accept`, { token: desk });
    seen.push(await stream.next());
    expect(seen[1]).toMatchObject({ event: 'dossier.accepted' });
    const data = JSON.parse(seen[1]?.data ?? '{}');
    expect(data).toMatchObject({ id: seen[1]?.id, type: 'dossier.accepted', dossierCode: code, status: 2 });

    // The connection drops; two things happen meanwhile.
    first.controller.abort();
    await stream.cancel();
    await api.post(`/dossiers/${code}/assign`, {
      token: desk,
      json: { officerId: 'officer-ba-dinh-specialist' },
    });
    await api.post(`/dossiers/${code}/request-supplement`, {
      token: specialist,
      json: { items: [{ description: 'Chụp lại giấy chứng sinh' }], reason: 'Không rõ nét' },
    });

    // Reconnecting with the last id seen replays what was missed, then goes on live.
    const second = open(`/dossiers/${code}/events`, an, { 'Last-Event-ID': seen[1]?.id ?? '' });
    const resumed = sseReader(await second.response);
    seen.push(await resumed.next(), await resumed.next());
    expect(seen.slice(2).map((frame) => frame.event)).toEqual([
      'dossier.assigned',
      'dossier.supplementRequested',
    ]);
    await api.post(`/dossiers/${code}/supplement`, { token: an });
    seen.push(await resumed.next());
    expect(seen[4]?.event).toBe('dossier.supplementAnswered');
    second.controller.abort();
    await resumed.cancel();

    // Exactly the dossier's events, each once, in order.
    const all = await api.get(`/dossiers/${code}/events`, {
      token: an,
      headers: { Accept: 'application/json' },
    });
    expect(seen.map((frame) => frame.id)).toEqual(all.body.items.map((item: { id: string }) => item.id));
    const ids = seen.map((frame) => Number(frame.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('starts after ?after= and follows an agency: its own dossiers only', async () => {
    const before = await api.get(`/agencies/${BA_DINH}/events`, {
      token: desk,
      headers: { Accept: 'application/json' },
    });
    const last: string = before.body.items.at(-1)?.id ?? '0';
    const stream = open(`/agencies/${BA_DINH}/events?after=${last}`, desk);
    const events = sseReader(await stream.response);
    // Another commune's dossier (filed and processed at Hoàn Kiếm) is not Ba Đình's business.
    const elsewhere = await fileDossier(sb, an, {
      receivingAgencyCode: agencyForCommune('00070')?.code ?? '',
      applicant: {
        kind: 'citizen',
        fullName: 'Nguyễn Văn An',
        citizenId: '001087123456',
        address: { provinceCode: '01', communeCode: '00070', street: 'Số 1 phố Tràng Tiền' },
      },
    });
    expect(elsewhere.processingAgency.code).not.toBe(BA_DINH);
    const { code } = await fileDossier(sb, an);
    const frame = await events.next();
    expect(frame.event).toBe('dossier.submitted');
    expect(JSON.parse(frame.data ?? '{}')).toMatchObject({ dossierCode: code, agencyCode: BA_DINH });
    stream.controller.abort();
    await events.cancel();
  });

  it('refuses a Last-Event-ID or after that is not an event id', async () => {
    const { code } = await fileDossier(sb, an);
    const header = await api.get(`/dossiers/${code}/events`, {
      token: an,
      headers: { 'Last-Event-ID': 'abc', Accept: 'application/json' },
    });
    expect(header.status).toBe(422);
    expect(header.body.errors[0].path).toEqual(['$headers', 'Last-Event-ID']);
    const query = await api.get(`/dossiers/${code}/events?after=-1`, {
      token: an,
      headers: { Accept: 'application/json' },
    });
    expect(query.status).toBe(422);
    expect(query.body.errors[0].path).toEqual(['$query', 'after']);
  });

  it('sends heartbeats while idle and lets go of its subscription when the client leaves', async () => {
    const bus = new CountingBus();
    const controller = new AbortController();
    const response = eventStreamResponse({
      db: sb.sandbox.db,
      bus,
      filter: { dossierCode: 'none' },
      afterId: 0,
      signal: controller.signal,
      heartbeatMs: 20,
    });
    const stream = sseReader(response);
    const heartbeat = await stream.next((frame) => frame.comment === 'keep-alive');
    expect(heartbeat.comment).toBe('keep-alive');
    expect(bus.listeners).toBe(1);
    await stream.cancel();
    expect(bus.listeners).toBe(0);

    // Aborting the request ends the stream as well.
    const other = new AbortController();
    const aborted = sseReader(
      eventStreamResponse({
        db: sb.sandbox.db,
        bus,
        filter: { agencyCode: BA_DINH },
        afterId: 0,
        signal: other.signal,
      }),
    );
    await sleep(10);
    expect(bus.listeners).toBe(1);
    other.abort();
    expect(await aborted.ended()).toBe(true);
    expect(bus.listeners).toBe(0);
    controller.abort();
  });
});
