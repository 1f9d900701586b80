import { describe, expect, it } from 'vitest';
import { redact, redactText } from './redact.js';

describe('redaction', () => {
  it('masks citizen IDs, phone numbers, tax codes and credentials in text', () => {
    const text = redactText(
      'CCCD 001087123456, ĐT 0912345678 / +84912345678, MST 0314409058-002, Bearer abc.def-ghi',
    );
    for (const secret of ['001087123456', '0912345678', '+84912345678', '0314409058', 'abc.def-ghi'])
      expect(text).not.toContain(secret);
    expect(text).toContain('Bearer [redacted]');
    expect(text).toContain('456');
  });

  it('masks nested values and secret-named keys', () => {
    expect(
      redact({
        headers: { Authorization: 'Bearer x', 'x-api-key': 'k' },
        applicant: { citizenId: '001087123456' },
        n: 3,
      }),
    ).toEqual({
      headers: { Authorization: '[redacted]', 'x-api-key': '[redacted]' },
      applicant: { citizenId: '*********456' },
      n: 3,
    });
  });
});
