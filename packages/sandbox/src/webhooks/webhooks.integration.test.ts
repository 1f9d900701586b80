import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierEventSchema, WEBHOOK_SIGNATURE_HEADER, type webhooks } from '@motcua/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type TestDatabase, testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { createSandbox } from '../index.js';
import {
  dossierFixtureModule,
  fee,
  insertTestApiKey,
  insertTestDossier,
  officerOf,
} from '../payments/test-fixtures.js';
import { DEMO_AGENCY_API_KEY, DEMO_AGENCY_CODE } from '../seed/index.js';
import {
  startWebhookDeliverer,
  WEBHOOK_ATTEMPT_HEADER,
  WEBHOOK_DELIVERY_HEADER,
  WEBHOOK_EVENT_TYPE_HEADER,
  type WebhookDeliverer,
} from './deliverer.js';
import { parseSignatureHeader, type Receiver, startReceiver, verifySignature } from './test-receiver.js';

type Subscription = webhooks.WebhookSubscriptionWithSecret;
type Delivery = webhooks.WebhookDelivery;

const OTHER_AGENCY = '000.00.02.H26';
const OTHER_KEY = 'sk_test_webhooks_other_agency_key';
const FAST = { retryDelaysMs: [100, 200, 300], pollIntervalMs: 50 };

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(testDatabases())('webhooks on $name', (engine) => {
  let sb: RunningSandbox;
  let deliverer: WebhookDeliverer;
  const receivers: Receiver[] = [];
  const subscriptions: { id: string; key: string }[] = [];

  beforeAll(async () => {
    sb = await startSandbox(engine, { modules: [dossierFixtureModule] });
    await insertTestApiKey(sb.sandbox.db, OTHER_AGENCY, OTHER_KEY);
    // The sandbox already runs a deliverer; this one call gives it a fast schedule.
    deliverer = startWebhookDeliverer(sb.sandbox, FAST);
  });
  afterEach(async () => {
    for (const { id, key } of subscriptions.splice(0)) {
      await sb.request(`/webhooks/${id}`, { method: 'DELETE', headers: { 'X-Api-Key': key } });
    }
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  });
  afterAll(async () => {
    await deliverer.stop();
    await sb.stop();
  });

  const agency = (key = DEMO_AGENCY_API_KEY.key) => ({ headers: { 'X-Api-Key': key } });

  async function receiver(): Promise<Receiver> {
    const started = await startReceiver();
    receivers.push(started);
    return started;
  }

  async function subscribe(
    url: string,
    events: string[] = ['*'],
    key = DEMO_AGENCY_API_KEY.key,
  ): Promise<Subscription> {
    const response = await sb.request('/webhooks', { method: 'POST', ...agency(key), json: { url, events } });
    expect(response.status).toBe(201);
    const subscription = (await response.json()) as Subscription;
    subscriptions.push({ id: subscription.id, key });
    return subscription;
  }

  /** Makes an event of the demo agency: a citizen's feedback addressed to it. */
  async function feedbackEvent(): Promise<string> {
    const response = await sb.request('/feedback', {
      method: 'POST',
      token: await sb.token('citizen-an'),
      json: {
        subject: 'Thái độ phục vụ',
        content: 'Cán bộ hướng dẫn rất tận tình.',
        category: 'serviceQuality',
        submitter: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
        agencyCode: DEMO_AGENCY_CODE,
      },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  async function deliveriesOf(id: string, query = ''): Promise<Delivery[]> {
    const response = await sb.request(`/webhooks/${id}/deliveries${query}`, agency());
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: Delivery[] }).items;
  }

  const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('creates, lists, reads, changes and deletes subscriptions of the caller’s agency only', async () => {
    const created = await subscribe('https://mot-cua.example.vn/hooks', [
      'dossier.submitted',
      'dossier.accepted',
    ]);
    expect(created).toMatchObject({
      agencyCode: DEMO_AGENCY_CODE,
      url: 'https://mot-cua.example.vn/hooks',
      events: ['dossier.submitted', 'dossier.accepted'],
      enabled: true,
    });
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);

    const read = await sb.request(`/webhooks/${created.id}`, agency());
    expect(read.status).toBe(200);
    const shown = (await read.json()) as Record<string, unknown>;
    expect(shown).not.toHaveProperty('secret');
    expect(JSON.stringify(await (await sb.request('/webhooks', agency())).json())).not.toContain(
      created.secret,
    );

    const second = await subscribe('http://localhost:4000/hooks');
    const page1 = (await (await sb.request('/webhooks?limit=1', agency())).json()) as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    expect(page1.items.map((item) => item.id)).toEqual([created.id]);
    const page2 = (await (
      await sb.request(`/webhooks?limit=1&cursor=${page1.nextCursor}`, agency())
    ).json()) as {
      items: { id: string }[];
    };
    expect(page2.items.map((item) => item.id)).toEqual([second.id]);

    const patched = await sb.request(`/webhooks/${created.id}`, {
      method: 'PATCH',
      ...agency(),
      json: { events: ['*'], enabled: false, description: 'Phần mềm một cửa' },
    });
    expect(await patched.json()).toMatchObject({
      events: ['*'],
      enabled: false,
      description: 'Phần mềm một cửa',
    });

    // Another agency sees none of it; officers and citizens are not back-office systems.
    expect((await sb.request(`/webhooks/${created.id}`, agency(OTHER_KEY))).status).toBe(404);
    expect(
      ((await (await sb.request('/webhooks', agency(OTHER_KEY))).json()) as { items: unknown[] }).items,
    ).toEqual([]);
    const officer = await sb.token(await officerOf(sb.sandbox.db, DEMO_AGENCY_CODE));
    expect((await sb.request('/webhooks', { token: officer })).status).toBe(403);

    expect((await sb.request(`/webhooks/${created.id}`, { method: 'DELETE', ...agency() })).status).toBe(204);
    expect((await sb.request(`/webhooks/${created.id}`, agency())).status).toBe(404);
  });

  it('refuses URLs it will not post to', async () => {
    for (const url of ['http://example.vn/hooks', 'https://user:pass@example.vn/hooks']) {
      const response = await sb.request('/webhooks', {
        method: 'POST',
        ...agency(),
        json: { url, events: ['*'] },
      });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { code: string }).code).toBe('webhook.urlNotAllowed');
    }
    const ftp = await sb.request('/webhooks', {
      method: 'POST',
      ...agency(),
      json: { url: 'ftp://example.vn/x', events: ['*'] },
    });
    expect(ftp.status).toBe(422);
    const unknownType = await sb.request('/webhooks', {
      method: 'POST',
      ...agency(),
      json: { url: 'https://example.vn/x', events: ['dossier.exploded'] },
    });
    expect(unknownType.status).toBe(422);
  });

  it('posts matching events, signed over the exact bytes, to the agency’s subscriptions only', async () => {
    const matching = await receiver();
    const filteredOut = await receiver();
    const otherAgency = await receiver();
    const subscription = await subscribe(matching.url, ['feedback.received']);
    await subscribe(filteredOut.url, ['dossier.submitted']);
    await subscribe(otherAgency.url, ['*'], OTHER_KEY);

    const feedbackId = await feedbackEvent();
    const [delivery] = await matching.waitFor(1);
    if (!delivery) throw new Error('no delivery');
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers[WEBHOOK_EVENT_TYPE_HEADER.toLowerCase()]).toBe('feedback.received');
    expect(delivery.headers[WEBHOOK_DELIVERY_HEADER.toLowerCase()]).toMatch(/^dlv_[0-9a-f]{20}$/);
    expect(delivery.headers[WEBHOOK_ATTEMPT_HEADER.toLowerCase()]).toBe('1');
    const header = delivery.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()] as string;
    expect(header).toMatch(/^t=\d{10},v1=[0-9a-f]{64}$/);
    expect(verifySignature(header, delivery.raw, subscription.secret)).toBe(true);
    expect(verifySignature(header, delivery.raw, 'whsec_wrong')).toBe(false);
    expect(verifySignature(header, Buffer.from(`${delivery.raw.toString()} `), subscription.secret)).toBe(
      false,
    );

    const event = z.parse(DossierEventSchema, JSON.parse(delivery.raw.toString('utf8')));
    expect(event).toMatchObject({
      type: 'feedback.received',
      agencyCode: DEMO_AGENCY_CODE,
      dossierCode: null,
      status: null,
      actor: { role: 'applicant' },
      data: { feedbackId },
    });
    expect(JSON.stringify(event)).not.toContain('0912345678');

    await quiet();
    expect(filteredOut.received).toHaveLength(0);
    expect(otherAgency.received).toHaveLength(0);
    const [recorded] = await deliveriesOf(subscription.id);
    expect(recorded).toMatchObject({
      id: delivery.headers[WEBHOOK_DELIVERY_HEADER.toLowerCase()],
      subscriptionId: subscription.id,
      eventId: event.id,
      eventType: 'feedback.received',
      status: 'succeeded',
      attempts: [{ responseStatus: 200 }],
    });
    expect(recorded?.nextAttemptAt).toBeUndefined();
  });

  it('delivers a dossier’s payment events to the agency processing it and to the one that received it', async () => {
    const processing = await receiver();
    const receiving = await receiver();
    const processingHook = await subscribe(processing.url, ['dossier.feesPaid']);
    const receivingHook = await subscribe(receiving.url, ['dossier.feesPaid'], OTHER_KEY);
    const code = await insertTestDossier(sb.sandbox.db, {
      ownerPersonaId: 'citizen-an',
      agencyCode: DEMO_AGENCY_CODE,
      receivingAgencyCode: OTHER_AGENCY,
      fees: [fee('LP01', 8_000)],
    });
    const created = await sb.request('/payments', {
      method: 'POST',
      token: await sb.token('citizen-an'),
      json: { dossierCode: code },
    });
    const { id } = (await created.json()) as { id: string };
    expect((await sb.request(`/sandbox/payments/${id}/complete`, { method: 'POST' })).status).toBe(200);

    // The payment's event (status unchanged), then the dossier module's 6 → 4.
    type Received = {
      id: string;
      status: number;
      previousStatus: number | null;
      dossierCode: string;
      data: { paymentId?: string };
    };
    const byId = (a: { raw: Buffer }, b: { raw: Buffer }) =>
      Number((JSON.parse(a.raw.toString()) as Received).id) -
      Number((JSON.parse(b.raw.toString()) as Received).id);
    const delivered = [...(await processing.waitFor(2))].sort(byId);
    const events = delivered.map((delivery) => JSON.parse(delivery.raw.toString()) as Received);
    expect(events.map((event) => [event.status, event.previousStatus])).toEqual([
      [6, null],
      [4, 6],
    ]);
    expect(events.every((event) => event.dossierCode === code && event.data.paymentId === id)).toBe(true);
    for (const delivery of delivered) {
      expect(
        verifySignature(delivery.headers['motcua-signature'] as string, delivery.raw, processingHook.secret),
      ).toBe(true);
    }
    const forReceiver = [...(await receiving.waitFor(2))].sort(byId);
    expect(forReceiver.map((delivery) => delivery.raw.toString())).toEqual(
      delivered.map((delivery) => delivery.raw.toString()),
    );
    expect(
      verifySignature(
        forReceiver[0]?.headers['motcua-signature'] as string,
        forReceiver[0]?.raw as Buffer,
        receivingHook.secret,
      ),
    ).toBe(true);
  });

  it('retries a failing receiver with backoff, then succeeds', async () => {
    const flaky = await receiver();
    flaky.script([500, 500]);
    const subscription = await subscribe(flaky.url);
    await feedbackEvent();
    const [first, second, third] = await flaky.waitFor(3);
    if (!first || !second || !third) throw new Error('missing attempts');
    expect([first.answered, second.answered, third.answered]).toEqual([500, 500, 200]);
    // Backoff: 100 ms then 200 ms (±20 % jitter).
    expect(second.at - first.at).toBeGreaterThanOrEqual(75);
    expect(third.at - second.at).toBeGreaterThanOrEqual(150);
    // The same delivery and the same bytes every time; a fresh signature each attempt.
    const ids = new Set([first, second, third].map((d) => d.headers[WEBHOOK_DELIVERY_HEADER.toLowerCase()]));
    expect(ids.size).toBe(1);
    expect(second.raw.equals(first.raw) && third.raw.equals(first.raw)).toBe(true);
    expect([first, second, third].map((d) => d.headers[WEBHOOK_ATTEMPT_HEADER.toLowerCase()])).toEqual([
      '1',
      '2',
      '3',
    ]);
    for (const attempt of [first, second, third]) {
      expect(
        verifySignature(attempt.headers['motcua-signature'] as string, attempt.raw, subscription.secret),
      ).toBe(true);
    }

    await expect.poll(async () => (await deliveriesOf(subscription.id))[0]?.status).toBe('succeeded');
    const [delivery] = await deliveriesOf(subscription.id);
    expect(delivery?.attempts).toMatchObject([
      { responseStatus: 500, error: 'HTTP 500' },
      { responseStatus: 500, error: 'HTTP 500' },
      { responseStatus: 200 },
    ]);
    for (const attempt of delivery?.attempts ?? []) expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
    expect(delivery?.attempts[2]).not.toHaveProperty('error');
  });

  it('gives up after the last retry, and records unreachable receivers', async () => {
    const down = await receiver();
    down.script(Array(10).fill(503));
    const failing = await subscribe(down.url);
    const unreachable = await subscribe(`http://127.0.0.1:${await closedPort()}/hooks`);
    await feedbackEvent();
    await down.waitFor(4);
    await expect
      .poll(async () => (await deliveriesOf(failing.id))[0]?.status, { timeout: 5000 })
      .toBe('failed');
    const [failed] = await deliveriesOf(failing.id, '?status=failed');
    expect(failed?.attempts.map((attempt) => attempt.responseStatus)).toEqual([503, 503, 503, 503]);
    expect(failed?.nextAttemptAt).toBeUndefined();
    expect(await deliveriesOf(failing.id, '?status=pending')).toEqual([]);
    await quiet();
    expect(down.received).toHaveLength(4);

    await expect
      .poll(async () => (await deliveriesOf(unreachable.id))[0]?.attempts.length ?? 0)
      .toBeGreaterThan(0);
    const [refused] = await deliveriesOf(unreachable.id);
    expect(refused?.attempts[0]).toMatchObject({ error: 'connection refused' });
    expect(refused?.attempts[0]).not.toHaveProperty('responseStatus');
  });

  it('sends a signed test event to one subscription at once', async () => {
    const target = await receiver();
    const bystander = await receiver();
    const subscription = await subscribe(target.url, ['dossier.accepted']);
    await subscribe(bystander.url);
    const response = await sb.request(`/webhooks/${subscription.id}/test`, { method: 'POST', ...agency() });
    expect(response.status).toBe(202);
    const delivery = (await response.json()) as Delivery;
    expect(delivery).toMatchObject({
      subscriptionId: subscription.id,
      eventType: 'webhook.test',
      status: 'pending',
      attempts: [],
    });
    const [received] = await target.waitFor(1);
    if (!received) throw new Error('no test delivery');
    expect(
      verifySignature(received.headers['motcua-signature'] as string, received.raw, subscription.secret),
    ).toBe(true);
    expect(JSON.parse(received.raw.toString())).toMatchObject({
      id: delivery.eventId,
      type: 'webhook.test',
      dossierCode: null,
      agencyCode: DEMO_AGENCY_CODE,
      actor: { role: 'system' },
    });
    await quiet();
    expect(bystander.received).toHaveLength(0);
    expect((await sb.request('/webhooks/wh_unknown/test', { method: 'POST', ...agency() })).status).toBe(404);
  });

  it('sends nothing to a disabled subscription, and does not replay what it missed', async () => {
    const target = await receiver();
    const subscription = await subscribe(target.url);
    await sb.request(`/webhooks/${subscription.id}`, {
      method: 'PATCH',
      ...agency(),
      json: { enabled: false },
    });
    await feedbackEvent();
    await quiet();
    expect(target.received).toHaveLength(0);
    await sb.request(`/webhooks/${subscription.id}`, {
      method: 'PATCH',
      ...agency(),
      json: { enabled: true },
    });
    await feedbackEvent();
    await target.waitFor(1);
    await quiet();
    expect(target.received).toHaveLength(1);
  });

  it('signs with both secrets for 24 hours after a rotation, then with the new one only', async () => {
    const target = await receiver();
    const subscription = await subscribe(target.url);
    const rotated = await sb.request(`/webhooks/${subscription.id}/rotate-secret`, {
      method: 'POST',
      ...agency(),
    });
    expect(rotated.status).toBe(200);
    const { secret } = (await rotated.json()) as Subscription;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(subscription.secret);

    await feedbackEvent();
    const [during] = await target.waitFor(1);
    const overlap = during?.headers['motcua-signature'] as string;
    expect(parseSignatureHeader(overlap).signatures).toHaveLength(2);
    expect(verifySignature(overlap, during?.raw as Buffer, subscription.secret)).toBe(true);
    expect(verifySignature(overlap, during?.raw as Buffer, secret)).toBe(true);

    await sb.request('/sandbox/clock/advance', { method: 'POST', json: { hours: 24, minutes: 1 } });
    await feedbackEvent();
    const [, after] = await target.waitFor(2);
    const single = after?.headers['motcua-signature'] as string;
    expect(parseSignatureHeader(single).signatures).toHaveLength(1);
    expect(verifySignature(single, after?.raw as Buffer, secret)).toBe(true);
    expect(verifySignature(single, after?.raw as Buffer, subscription.secret)).toBe(false);
  });
});

/** A database that outlives one sandbox: a SQLite file, or a PostgreSQL database dropped at the end. */
async function durableDatabase(engine: TestDatabase): Promise<{ url: string; drop(): Promise<void> }> {
  if (engine.name === 'postgres') return engine.create();
  const path = join(tmpdir(), `motcua-webhooks-${process.pid}-${Date.now()}.db`);
  return {
    url: path,
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    },
  };
}

describe.each(testDatabases())('webhook deliveries across a restart on $name', (engine) => {
  it('picks up pending retries from the database when the sandbox starts again', async () => {
    const database = await durableDatabase(engine);
    const target = await startReceiver();
    try {
      target.script([500]);
      const first = await createSandbox({ database: database.url, logger: false });
      startWebhookDeliverer(first, { retryDelaysMs: [700], pollIntervalMs: 50 });
      const server = await first.listen();
      const key = { 'X-Api-Key': DEMO_AGENCY_API_KEY.key };
      const created = await fetch(`${server.url}/webhooks`, {
        method: 'POST',
        headers: { ...key, 'content-type': 'application/json' },
        body: JSON.stringify({ url: target.url, events: ['*'] }),
      });
      const subscription = (await created.json()) as Subscription;
      const test = await fetch(`${server.url}/webhooks/${subscription.id}/test`, {
        method: 'POST',
        headers: key,
      });
      expect(test.status).toBe(202);
      await target.waitFor(1);
      // The first attempt failed and a retry is scheduled; the sandbox stops before it is due.
      await expect
        .poll(async () => {
          const row = await first.db.selectFrom('webhook_deliveries').selectAll().executeTakeFirst();
          return row?.attempt_count;
        })
        .toBe(1);
      await first.close();

      const second = await createSandbox({ database: database.url, logger: false });
      try {
        startWebhookDeliverer(second, { retryDelaysMs: [700], pollIntervalMs: 50 });
        const [, retried] = await target.waitFor(2);
        expect(retried?.answered).toBe(200);
        expect(retried?.raw.equals(target.received[0]?.raw as Buffer)).toBe(true);
        await expect
          .poll(
            async () =>
              (await second.db.selectFrom('webhook_deliveries').select('status').executeTakeFirst())?.status,
          )
          .toBe('succeeded');
        const attempts = await second.db
          .selectFrom('webhook_attempts')
          .select('response_status')
          .orderBy('attempt')
          .execute();
        expect(attempts.map((row) => row.response_status)).toEqual([500, 200]);
      } finally {
        await second.close();
      }
    } finally {
      await target.close();
      await database.drop();
    }
  });
});
