import type { DossierEvent } from '@motcua/contract';
import * as checks from '@motcua/contract/checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MotcuaClient } from '../src/index.js';
import { createValidation } from '../src/validation.js';
import { prepareDraft, startSandbox, type TestSandbox } from './support.js';

const LIFECYCLE = [
  'dossier.submitted',
  'dossier.accepted',
  'dossier.assigned',
  'dossier.finished',
  'dossier.resultReturned',
];

/**
 * Passes a stream through up to its first complete event frame (`data:` … blank line), then holds it until
 * `cut` resolves and ends it with a network-style error: a connection reset after the first event arrived.
 */
function cutAfterFirstEvent(
  body: ReadableStream<Uint8Array>,
  cut: Promise<void>,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = '';
  let passed = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (passed) {
        await cut;
        await reader.cancel();
        return controller.error(new TypeError('terminated', { cause: new Error('connection reset (test)') }));
      }
      const { value, done } = await reader.read();
      if (done) return controller.close();
      // Latin-1 keeps one character per byte, so an index in `seen` is a byte offset.
      const before = seen.length;
      seen += Buffer.from(value).toString('latin1');
      const data = seen.indexOf('\ndata:');
      const end = data === -1 ? -1 : seen.indexOf('\n\n', data);
      if (end === -1) return controller.enqueue(value);
      controller.enqueue(value.subarray(0, end + 2 - before));
      passed = true;
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

describe('watch against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  let desk: MotcuaClient;
  let specialist: MotcuaClient;

  beforeAll(async () => {
    sb = await startSandbox();
    [citizen, desk, specialist] = await Promise.all([
      sb.client('citizen-an'),
      sb.client('officer-ba-dinh-desk'),
      sb.client('officer-ba-dinh-specialist'),
    ]);
  });
  afterAll(() => sb?.close());

  async function submitted(): Promise<string> {
    const { draft, formData } = await prepareDraft(citizen);
    return (await citizen.dossiers.submit(draft.id, { formData, declaration: true })).code as string;
  }

  /** The officers take the dossier to its returned result, a step at a time, while someone watches. */
  async function process(code: string, between: () => Promise<void>) {
    await between();
    await desk.officer.accept(code, { note: 'Đủ giấy tờ' });
    await between();
    await desk.officer.assign(code, { officerId: 'officer-ba-dinh-specialist' });
    await between();
    await specialist.officer.finish(code, { results: [{ code: 'KQ-KS', name: 'Giấy khai sinh' }] });
    await between();
    await desk.officer.returnResult(code, { method: 'online' });
  }

  async function collect(watch: AsyncIterable<DossierEvent>, into: DossierEvent[]) {
    for await (const event of watch) into.push(event);
    return into;
  }

  it('reconnects with Last-Event-ID after the stream drops mid-way, each event once, in order', async () => {
    const code = await submitted();
    const streams: { lastEventId: string | null }[] = [];
    let dropConnection = () => {};
    const cut = new Promise<void>((resolve) => {
      dropConnection = resolve;
    });
    const fetchWithCut: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      if (!request.headers.get('accept')?.includes('text/event-stream')) return response;
      streams.push({ lastEventId: request.headers.get('last-event-id') });
      if (streams.length > 1 || !response.body) return response;
      // Only the first connection is cut, after its first event.
      return new Response(cutAfterFirstEvent(response.body, cut), response);
    };
    const watcher = await sb.client('citizen-an', { fetch: fetchWithCut });
    const events: DossierEvent[] = [];
    const watching = collect(watcher.dossiers.watch(code, { reconnectDelay: 20, pollInterval: 50 }), events);

    // The first event arrives; the officer accepts (an event the held connection never passes on); the
    // connection drops; the other steps happen while the SDK reconnects.
    await expect.poll(() => events.length, { timeout: 10_000 }).toBe(1);
    const firstEventId = events[0]?.id;
    let step = 0;
    await process(code, async () => {
      if (step++ === 1) dropConnection();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await watching;

    expect(events.map((e) => e.type)).toEqual(LIFECYCLE);
    expect(events.at(-1)?.status).toBe(10);
    const ids = events.map((e) => Number(e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // The first connection started from the beginning; the second resumed after the event it had delivered.
    expect(streams.length).toBeGreaterThanOrEqual(2);
    expect(streams[0]?.lastEventId).toBeNull();
    expect(streams[1]?.lastEventId).toBe(firstEventId);
  });

  it('resumes a later watch from lastEventId without repeating what was seen', async () => {
    const code = await submitted();
    await process(code, async () => {});
    const all = await collect(citizen.dossiers.watch(code), []);
    expect(all.map((e) => e.type)).toEqual(LIFECYCLE);
    const rest = await collect(citizen.dossiers.watch(code, { lastEventId: all[1]?.id }), []);
    expect(rest.map((e) => e.id)).toEqual(all.slice(2).map((e) => e.id));
  });

  it('falls back to JSON polling with ?after= when the event stream is refused, survives a lost poll, validates events', async () => {
    const code = await submitted();
    const polls: { after: string | null; accept: string | null }[] = [];
    let refused = 0;
    const noStreaming: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const accept = request.headers.get('accept');
      if (accept?.includes('text/event-stream')) {
        refused++;
        return new Response('streaming is not allowed here', { status: 406 });
      }
      if (new URL(request.url).pathname.endsWith('/events')) {
        polls.push({ after: new URL(request.url).searchParams.get('after'), accept });
        // One poll is lost on the way: the watch polls again rather than giving up.
        if (polls.length === 2) throw new TypeError('fetch failed');
      }
      return fetch(request);
    };
    const watcher = await sb.client('citizen-an', {
      fetch: noStreaming,
      retry: 0,
      validation: createValidation(Object.values(checks)),
    });
    const events: DossierEvent[] = [];
    const watching = collect(watcher.dossiers.watch(code, { reconnectDelay: 20, pollInterval: 30 }), events);
    await expect.poll(() => events.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await process(code, () => new Promise((resolve) => setTimeout(resolve, 40)));
    await watching;

    expect(events.map((e) => e.type)).toEqual(LIFECYCLE);
    expect(events.at(-1)?.status).toBe(10);
    // The stream was tried once, then the JSON form was polled with what had been seen so far.
    expect(refused).toBe(1);
    expect(polls[0]).toEqual({ after: null, accept: 'application/json' });
    const afters = polls.map((p) => p.after).filter((a): a is string => a !== null);
    expect(afters.length).toBeGreaterThan(0);
    expect(afters.every((after) => events.some((e) => e.id === after))).toBe(true);
    expect(afters.map(Number)).toEqual(afters.map(Number).sort((a, b) => a - b));
  });

  it('gives up at once on a dossier it may not see', async () => {
    const binh = await sb.client('citizen-binh');
    const code = await submitted();
    const error = await collect(
      binh.dossiers.watch(code, { reconnectDelay: 10, pollInterval: 10 }),
      [],
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'resource.notFound' });
  });

  it('stops when its signal aborts', async () => {
    const code = await submitted();
    const controller = new AbortController();
    const events: DossierEvent[] = [];
    const watching = collect(citizen.dossiers.watch(code, { signal: controller.signal }), events);
    await expect.poll(() => events.length, { timeout: 10_000 }).toBe(1);
    controller.abort(new Error('left the page'));
    await expect(watching).rejects.toThrow('left the page');
  });
});
