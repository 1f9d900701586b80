import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { DossierEvent } from '@motcua/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type MotcuaClient, verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from '../src/index.js';
import { prepareDraft, startSandbox, type TestSandbox } from './support.js';

interface Delivery {
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  raw: Buffer;
}

/** An integrator's receiver: keeps the raw bytes of every POST and answers 204. */
async function startReceiver() {
  const received: Delivery[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, raw: Buffer.concat(chunks) });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks/motcua`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('webhooks against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  let agency: MotcuaClient;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let code: string;

  beforeAll(async () => {
    sb = await startSandbox();
    receiver = await startReceiver();
    citizen = await sb.client('citizen-an');
    const { draft, formData } = await prepareDraft(citizen);
    const submitted = await citizen.dossiers.submit(draft.id, { formData, declaration: true });
    code = submitted.code as string;
    // The back-office system of the ward that received the dossier signs in with its agency key.
    agency = createClient({
      baseUrl: sb.url,
      apiKey: await sb.agencyKey(submitted.receivingAgency?.code ?? ''),
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await sb?.close();
  });

  const header = (delivery: Delivery | undefined) =>
    delivery?.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()] as string;

  it('delivers a signed event that verifyWebhook accepts on the raw bytes, and only on them', async () => {
    const subscription = await agency.webhooks.create({
      url: receiver.url,
      events: ['dossier.accepted'],
      description: 'Phần mềm một cửa của phường',
    });
    expect(subscription.secret).toMatch(/\S{16,}/);

    // The agency system accepts the dossier itself (an agency key acts as the desk): an event happens.
    await agency.officer.accept(code, { note: 'Tiếp nhận qua hệ thống một cửa' });
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    const [delivery] = receiver.received;

    const verified = await verifyWebhook(delivery?.raw ?? '', header(delivery), subscription.secret);
    expect(verified).toEqual({ ok: true, timestamp: expect.any(Number) });
    const event = JSON.parse(delivery?.raw.toString('utf8') ?? '') as DossierEvent;
    expect(event).toMatchObject({
      type: 'dossier.accepted',
      dossierCode: code,
      status: 2,
      previousStatus: 1,
    });

    // The same event re-serialised is not what was signed; nor is any other secret.
    const reserialised = Buffer.from(JSON.stringify(event, null, 2));
    expect(await verifyWebhook(reserialised, header(delivery), subscription.secret)).toEqual({
      ok: false,
      reason: 'noMatchingSignature',
    });
    expect(await verifyWebhook(delivery?.raw ?? '', header(delivery), 'whsec_not_it')).toMatchObject({
      ok: false,
    });
    expect(
      await verifyWebhook(delivery?.raw ?? '', header(delivery), subscription.secret, {
        now: new Date(Date.now() + 10 * 60_000),
      }),
    ).toEqual({ ok: false, reason: 'timestampOutOfTolerance' });

    // The platform recorded the delivery as succeeded.
    await expect
      .poll(
        async () => (await agency.webhooks.deliveries(subscription.id).toArray({ limit: 10 }))[0]?.status,
        {
          timeout: 10_000,
        },
      )
      .toBe('succeeded');
  });

  it('a test event and a rotated secret: deliveries verify with the new secret (old one kept as a fallback)', async () => {
    const subscription = await agency.webhooks.create({ url: receiver.url, events: ['*'] });
    const before = receiver.received.length;
    await agency.webhooks.test(subscription.id);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(before + 1);
    const test = receiver.received.at(-1);
    expect(JSON.parse(test?.raw.toString('utf8') ?? '').type).toBe('webhook.test');
    expect((await verifyWebhook(test?.raw ?? '', header(test), subscription.secret)).ok).toBe(true);

    const rotated = await agency.webhooks.rotateSecret(subscription.id);
    expect(rotated.secret).not.toBe(subscription.secret);
    await agency.webhooks.test(subscription.id);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(before + 2);
    const after = receiver.received.at(-1);
    expect(
      (await verifyWebhook(after?.raw ?? '', header(after), [rotated.secret, subscription.secret])).ok,
    ).toBe(true);
    expect((await verifyWebhook(after?.raw ?? '', header(after), rotated.secret)).ok).toBe(true);
  });

  it('citizens cannot subscribe: webhooks are for agency keys', async () => {
    const error = await citizen.webhooks
      .create({ url: receiver.url, events: ['*'] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });
});
