import { describe, expect, it } from 'vitest';
import { jsonLogger } from './logger.js';
import { redact, redactText } from './redact.js';

describe('redactText', () => {
  it.each([
    ['CCCD 001087123456', 'CCCD *********456'],
    ['CMND 123456789', 'CMND ******789'],
    ['MST 0100233488', 'MST *******488'],
    ['MST 0314409058-002', 'MST ***********002'],
    ['gọi 0912345678', 'gọi *******678'],
    ['gọi +84912345678', 'gọi *********678'],
    ['/citizens/001087123456/dossiers', '/citizens/*********456/dossiers'],
    ['Authorization: Bearer mct_abcDEF123-_x', 'Authorization: Bearer [redacted]'],
    ['token=mct_abcdefghijk123', 'token=mct_[redacted]'],
    ['key sk_sandbox_demo_agency_system', 'key sk_[redacted]'],
  ])('%s → %s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('leaves ordinary text, times, request ids and dossier codes readable', () => {
    for (const text of [
      '2026-02-13T03:00:00.000Z',
      'req_kqzvbnmtwhdaeyxpfrsc',
      '000.00.14.H56-260213-0001',
      'took 1234 ms',
      'Phường Ba Đình 00004',
    ]) {
      expect(redactText(text)).toBe(text);
    }
  });
});

describe('redact', () => {
  it('masks secret-named keys and personal data deeply, and unwraps errors', () => {
    const error = new Error('failed for 001087123456');
    const out = redact({
      headers: { authorization: 'Bearer x', 'x-api-key': 'k', accept: 'application/json' },
      applicant: { citizenId: '001087123456', phones: ['0912345678'], taxCode: '0100233488' },
      accessToken: 'mct_secret',
      error,
    }) as Record<string, unknown>;
    expect(out).toMatchObject({
      headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', accept: 'application/json' },
      applicant: { citizenId: '*********456', phones: ['*******678'], taxCode: '*******488' },
      accessToken: '[redacted]',
      error: { name: 'Error', message: 'failed for *********456' },
    });
    expect(JSON.stringify(out)).not.toMatch(/001087123456|0912345678|0100233488/);
  });

  it('survives cycles by depth', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(() => JSON.stringify(redact(cyclic))).not.toThrow();
  });
});

describe('jsonLogger', () => {
  it('writes one redacted JSON object per line, above its level', () => {
    const lines: string[] = [];
    const logger = jsonLogger({ level: 'info', write: (line) => lines.push(line) });
    logger.log({ level: 'debug', msg: 'hidden' });
    logger.log({ level: 'info', msg: 'request', detail: 'CCCD 001087123456', authorization: 'Bearer mct_x' });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'request',
      detail: 'CCCD *********456',
      authorization: '[redacted]',
    });
    expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
