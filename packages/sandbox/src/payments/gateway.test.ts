import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../seed-data/scenarios.js';
import { escapeHtml } from './checkout-page.js';
import {
  GATEWAY_SECRET_ENV,
  gatewayOutcome,
  gatewaySecret,
  gatewaySignature,
  SANDBOX_GATEWAY_SECRET,
  verifyGatewaySignature,
} from './gateway.js';
import { treasuryAccount } from './service.js';

describe('gateway signatures', () => {
  const body = new TextEncoder().encode('{"lookupCode":"PT260213000001"}');

  it('is the hex HMAC-SHA256 of the raw body', () => {
    expect(gatewaySignature(body, 'k')).toBe(createHmac('sha256', 'k').update(body).digest('hex'));
    expect(verifyGatewaySignature(body, gatewaySignature(body, 'k'), 'k')).toBe(true);
    expect(verifyGatewaySignature(body, gatewaySignature(body, 'k').toUpperCase(), 'k')).toBe(true);
  });

  it('refuses a missing, malformed or foreign signature', () => {
    expect(verifyGatewaySignature(body, null, 'k')).toBe(false);
    expect(verifyGatewaySignature(body, 'abc', 'k')).toBe(false);
    expect(verifyGatewaySignature(body, gatewaySignature(body, 'other'), 'k')).toBe(false);
  });

  it('uses the configured secret, else the environment, else the published one', () => {
    const saved = process.env[GATEWAY_SECRET_ENV];
    try {
      delete process.env[GATEWAY_SECRET_ENV];
      expect(gatewaySecret()).toBe(SANDBOX_GATEWAY_SECRET);
      process.env[GATEWAY_SECRET_ENV] = 'from-env';
      expect(gatewaySecret()).toBe('from-env');
      expect(gatewaySecret('configured')).toBe('configured');
    } finally {
      if (saved === undefined) delete process.env[GATEWAY_SECRET_ENV];
      else process.env[GATEWAY_SECRET_ENV] = saved;
    }
  });
});

describe('gateway scenarios', () => {
  it('follows the magic values of the payer and the card', () => {
    expect(gatewayOutcome({ citizenId: scenarios.payerDeclined.value }).kind).toBe('failed');
    expect(gatewayOutcome({ phone: '0394000402' }).kind).toBe('failed');
    expect(gatewayOutcome({ citizenId: scenarios.payerTimesOut.value }).kind).toBe('timeout');
    expect(gatewayOutcome({ cardNumber: scenarios.cardDeclined.value }).kind).toBe('failed');
    expect(gatewayOutcome({ cardNumber: scenarios.cardTimesOut.value }).kind).toBe('timeout');
    expect(gatewayOutcome({ cardNumber: scenarios.cardSucceeds.value }).kind).toBe('paid');
    expect(gatewayOutcome({ citizenId: '001087123456', cardNumber: '9704000000000018' }).kind).toBe('paid');
    // The payer's scenario comes first.
    expect(
      gatewayOutcome({ citizenId: scenarios.payerTimesOut.value, cardNumber: scenarios.cardDeclined.value })
        .kind,
    ).toBe('timeout');
  });
});

describe('treasury accounts', () => {
  it('are stable per agency and shaped like a bank account', () => {
    const account = treasuryAccount('000.00.01.H26', 'Trung tâm Phục vụ hành chính công thành phố Hà Nội');
    expect(account).toEqual(
      treasuryAccount('000.00.01.H26', 'Trung tâm Phục vụ hành chính công thành phố Hà Nội'),
    );
    expect(account.accountNumber).toMatch(/^3511\d{8}$/);
    expect(account.bank).toBe('Kho bạc Nhà nước');
    expect(treasuryAccount('000.00.02.H26').accountNumber).not.toBe(account.accountNumber);
  });
});

describe('checkout page', () => {
  it('escapes what it prints', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
