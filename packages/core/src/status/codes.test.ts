import { describe, expect, it } from 'vitest';
import {
  DOSSIER_STATUS_CODES,
  DossierStatus,
  dossierStatusLabel,
  isDossierStatusCode,
  isFinalStatus,
  isOfficialStatusCode,
} from './codes.js';

describe('DossierStatus', () => {
  it('keeps the official numbers of the national portal', () => {
    expect(DossierStatus).toEqual({
      Draft: 0,
      Submitted: 1,
      Accepted: 2,
      Refused: 3,
      Processing: 4,
      SupplementRequested: 5,
      FeesRequested: 6,
      Withdrawn: 7,
      Stopped: 8,
      Processed: 9,
      ResultReturned: 10,
    });
    expect(DOSSIER_STATUS_CODES).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('recognises exactly the 11 codes', () => {
    for (const code of DOSSIER_STATUS_CODES) expect(isDossierStatusCode(code)).toBe(true);
    for (const junk of [Number.NaN, -1, 11, 2.5, Number.POSITIVE_INFINITY, '1', null, undefined, {}])
      expect(isDossierStatusCode(junk)).toBe(false);
  });

  it('marks Draft as not official (never synced)', () => {
    expect(isOfficialStatusCode(DossierStatus.Draft)).toBe(false);
    expect(DOSSIER_STATUS_CODES.filter(isOfficialStatusCode)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(isOfficialStatusCode(11)).toBe(false);
  });

  it('knows the final statuses: refused, withdrawn, stopped, result returned', () => {
    expect(DOSSIER_STATUS_CODES.filter(isFinalStatus)).toEqual([3, 7, 8, 10]);
    expect(isFinalStatus(Number.NaN)).toBe(false);
  });
});

describe('dossierStatusLabel', () => {
  it('speaks the official Vietnamese labels by default', () => {
    expect(DOSSIER_STATUS_CODES.map((code) => dossierStatusLabel(code))).toEqual([
      'Bản nháp (chưa nộp)',
      'Mới đăng ký',
      'Được tiếp nhận',
      'Không được tiếp nhận',
      'Đang xử lý',
      'Yêu cầu bổ sung giấy tờ',
      'Yêu cầu thực hiện nghĩa vụ tài chính',
      'Công dân yêu cầu rút hồ sơ',
      'Dừng xử lý',
      'Đã xử lý xong',
      'Đã trả kết quả',
    ]);
  });

  it('speaks English on request', () => {
    expect(DOSSIER_STATUS_CODES.map((code) => dossierStatusLabel(code, 'en'))).toEqual([
      'Draft (not submitted)',
      'Submitted',
      'Accepted',
      'Refused',
      'Being processed',
      'More documents requested',
      'Fees or taxes due',
      'Withdrawn by the applicant',
      'Processing stopped',
      'Processed, result ready',
      'Result returned',
    ]);
  });

  it('lets a locality use its own wording', () => {
    expect(dossierStatusLabel(9, 'vi', { vi: { 'status.9': 'Chờ trả kết quả' } })).toBe('Chờ trả kết quả');
  });
});
