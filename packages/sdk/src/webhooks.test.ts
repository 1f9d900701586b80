import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhook } from './webhooks.js';

const body = '{"type":"dossier.accepted","dossierCode":"000.00.14.H26-250701-0001","status":2}';
const now = new Date('2026-11-24T05:00:00Z');
const t = Math.floor(now.getTime() / 1000);

describe('webhooks', () => {
  it('verifies what it signs, on raw bytes, and matches a plain HMAC computed independently', async () => {
    const header = await signWebhookPayload(body, 'whsec_a', { timestamp: t });
    const expected = createHmac('sha256', 'whsec_a').update(`${t}.${body}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${expected}`);
    expect(await verifyWebhook(new TextEncoder().encode(body), header, 'whsec_a', { now })).toEqual({
      ok: true,
      timestamp: t,
    });
  });

  it('refuses a re-serialised body, a wrong secret, an old delivery and a malformed header', async () => {
    const header = await signWebhookPayload(body, 'whsec_a', { timestamp: t });
    const reparsed = JSON.stringify(JSON.parse(body), null, 1);
    expect(await verifyWebhook(reparsed, header, 'whsec_a', { now })).toEqual({
      ok: false,
      reason: 'noMatchingSignature',
    });
    expect(await verifyWebhook(body, header, 'whsec_b', { now })).toEqual({
      ok: false,
      reason: 'noMatchingSignature',
    });
    const late = new Date(now.getTime() + 301_000);
    expect(await verifyWebhook(body, header, 'whsec_a', { now: late })).toEqual({
      ok: false,
      reason: 'timestampOutOfTolerance',
    });
    for (const bad of [undefined, '', 'v1=abc', `t=${t}`, `t=x,v1=${'0'.repeat(64)}`]) {
      expect((await verifyWebhook(body, bad, 'whsec_a', { now })).ok).toBe(false);
    }
  });

  it('accepts any of several secrets and any of several signatures (rotation)', async () => {
    const oldHeader = await signWebhookPayload(body, 'whsec_old', { timestamp: t });
    const newSig = (await signWebhookPayload(body, 'whsec_new', { timestamp: t })).split(',')[1];
    const both = `${oldHeader},${newSig}`;
    expect((await verifyWebhook(body, both, ['whsec_new'], { now })).ok).toBe(true);
    expect((await verifyWebhook(body, oldHeader, ['whsec_new', 'whsec_old'], { now })).ok).toBe(true);
  });
});
