import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_DELAYS_MS, retryDelay, retryDelaysFromEnv } from './deliverer.js';
import { webhookEventBody } from './event-body.js';
import { webhookUrlProblem } from './routes.js';
import { newWebhookSecret, signatureHeader } from './signature.js';

describe('webhook signatures', () => {
  it('signs "<t>." + body with each secret, newest first', () => {
    const body = '{"id":"1","type":"webhook.test"}';
    const header = signatureHeader(['whsec_new', 'whsec_old'], 1_767_225_600, body);
    const hmac = (secret: string) => createHmac('sha256', secret).update(`1767225600.${body}`).digest('hex');
    expect(header).toBe(`t=1767225600,v1=${hmac('whsec_new')},v1=${hmac('whsec_old')}`);
  });

  it('makes distinct, prefixed secrets', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[\w-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe('retry schedule', () => {
  it('backs off 10 s, 30 s, 2 min, 10 min, 1 h… and stops after the last delay', () => {
    expect(DEFAULT_RETRY_DELAYS_MS.slice(0, 5)).toEqual([10_000, 30_000, 120_000, 600_000, 3_600_000]);
    expect(retryDelay(1, DEFAULT_RETRY_DELAYS_MS, 0)).toBe(10_000);
    expect(retryDelay(DEFAULT_RETRY_DELAYS_MS.length + 1, DEFAULT_RETRY_DELAYS_MS, 0)).toBeUndefined();
  });

  it('spreads each delay by the jitter', () => {
    expect(retryDelay(1, [1000], 0.2, () => 0)).toBe(800);
    expect(retryDelay(1, [1000], 0.2, () => 1)).toBe(1200);
    expect(retryDelay(1, [1000], 0.2, () => 0.5)).toBe(1000);
  });

  it('reads a schedule from the environment, ignoring a malformed one', () => {
    expect(retryDelaysFromEnv('100, 200,400')).toEqual([100, 200, 400]);
    expect(retryDelaysFromEnv('')).toBeUndefined();
    expect(retryDelaysFromEnv('100,soon')).toBeUndefined();
    expect(retryDelaysFromEnv('-1')).toBeUndefined();
  });
});

describe('webhook URLs', () => {
  it('takes https anywhere and http only locally', () => {
    for (const url of [
      'https://mot-cua.example.vn/hooks',
      'http://localhost:3000/hooks',
      'http://127.0.0.1:4000/',
      'http://[::1]:4000/',
      'http://portal.localhost/hooks',
      'http://receiver:8080/hooks',
    ]) {
      expect(webhookUrlProblem(url), url).toBeUndefined();
    }
    for (const url of ['http://example.vn/hooks', 'http://10.0.0.1/hooks', 'https://a:b@example.vn/']) {
      expect(webhookUrlProblem(url), url).toBeDefined();
    }
  });
});

describe('webhook bodies', () => {
  it('are the contract’s DossierEvent, from the outbox payload convention', () => {
    expect(
      webhookEventBody({
        id: 42,
        type: 'dossier.feesPaid',
        dossierCode: '000.00.01.H26-260213-0001',
        agencyCode: '000.00.01.H26',
        payload: {
          status: 6,
          previousStatus: null,
          actor: { role: 'applicant' },
          data: { paymentId: 'pay_1' },
        },
        createdAt: '2026-02-13T03:00:00.000Z',
      }),
    ).toEqual({
      id: '42',
      type: 'dossier.feesPaid',
      dossierCode: '000.00.01.H26-260213-0001',
      agencyCode: '000.00.01.H26',
      status: 6,
      previousStatus: null,
      at: '2026-02-13T03:00:00.000Z',
      actor: { role: 'applicant' },
      data: { paymentId: 'pay_1' },
    });
  });
});
