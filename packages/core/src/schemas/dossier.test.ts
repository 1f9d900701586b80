import { describe, expect, it } from 'vitest';
import { validate } from '../messages/validate.js';
import { DossierDraftInputSchema, DossierSchema, DossierUpdateInputSchema } from './dossier.js';
import { dossier } from './fixtures.js';

const draftInput = {
  procedureCode: '1.001193',
  channel: 2,
  applicant: {
    kind: 'citizen',
    fullName: ' Trần  Thị Bình ',
    citizenId: '001190123456',
    phone: '0912345678',
  },
  receivingAgencyCode: '000.00.14.H56',
  formData: { childFullName: 'Nguyễn An Nhiên' },
  documents: [{ componentId: 'giay-chung-sinh', fileIds: ['file_01J2'] }],
};

describe('DossierSchema', () => {
  it('holds a draft without a code', () => {
    const draft = { ...dossier, code: null, status: 0, dates: { createdAt: dossier.dates.createdAt } };
    expect(validate(DossierSchema, draft).ok).toBe(true);
  });

  it('says whether a dossier is overdue, and still reads payloads without it', () => {
    expect(validate(DossierSchema, { ...dossier, overdue: true, overdueDays: 3 }).ok).toBe(true);
    expect(validate(DossierSchema, dossier).ok).toBe(true);
    expect(validate(DossierSchema, { ...dossier, overdue: true, overdueDays: -1 }).ok).toBe(false);
    expect(validate(DossierSchema, { ...dossier, overdue: 'yes' }).ok).toBe(false);
  });

  it('ties the code to the status', () => {
    expect(validate(DossierSchema, { ...dossier, code: null }, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [{ path: ['code'], code: 'dossier.codeRequired', message: 'Hồ sơ đã nộp phải có mã hồ sơ' }],
    });
    expect(validate(DossierSchema, { ...dossier, status: 0 }, { locale: 'en' })).toEqual({
      ok: false,
      issues: [{ path: ['code'], code: 'dossier.draftHasCode', message: 'A draft has no dossier code yet' }],
    });
  });

  it('reports problems deep inside, with paths', () => {
    const broken = {
      ...dossier,
      status: 11,
      history: [{ ...dossier.history[0], at: '01/07/2025 08:30' }],
      documents: [{ ...dossier.documents[0], files: [{ ...dossier.documents[0]?.files[0], sha256: 'ABC' }] }],
    };
    const result = validate(DossierSchema, broken, { locale: 'en' });
    expect(result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['status'], code: 'status.unknown' },
      { path: ['documents', 0, 'files', 0, 'sha256'], code: 'file.sha256' },
      { path: ['history', 0, 'at'], code: 'date.dateTime' },
    ]);
  });

  it('is open to fields a later platform adds', () => {
    expect(validate(DossierSchema, { ...dossier, satisfaction: 5 }).ok).toBe(true);
  });
});

describe('DossierDraftInputSchema', () => {
  it('accepts what a citizen sends and normalises names', () => {
    const result = validate(DossierDraftInputSchema, draftInput);
    expect(result.ok && result.value.applicant.fullName).toBe('Trần Thị Bình');
  });

  it('refuses server-owned fields instead of dropping them', () => {
    expect(
      validate(DossierDraftInputSchema, { ...draftInput, status: 2, code: 'x' }, { locale: 'vi' }),
    ).toEqual({
      ok: false,
      issues: [
        { path: [], code: 'validation.unknownKeys', message: 'Có trường không được phép: status, code' },
      ],
    });
  });

  it('needs the identifier of the applicant’s kind', () => {
    const enterprise = { ...draftInput, applicant: { kind: 'enterprise', fullName: 'Công ty TNHH An Phát' } };
    expect(validate(DossierDraftInputSchema, enterprise, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['applicant', 'taxCode'],
          code: 'applicant.taxCodeRequired',
          message: 'Người nộp là doanh nghiệp phải có mã số thuế',
        },
      ],
    });
  });

  it('refuses a channel outside 1–3 and empty file lists', () => {
    const result = validate(
      DossierDraftInputSchema,
      { ...draftInput, channel: 0, documents: [{ componentId: 'giay-chung-sinh', fileIds: [] }] },
      { locale: 'en' },
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ['channel'], code: 'validation.option', message: 'Choose one of the allowed values' },
        {
          path: ['documents', 0, 'fileIds'],
          code: 'validation.array.tooSmall',
          message: 'Minimum number of entries: 1',
        },
      ],
    });
  });
});

describe('DossierUpdateInputSchema', () => {
  it('takes any of the draft fields, but not the procedure', () => {
    expect(validate(DossierUpdateInputSchema, { summary: 'Khai sinh cho bé Na' }).ok).toBe(true);
    expect(
      validate(DossierUpdateInputSchema, { procedureCode: '1.001193', summary: 'x' }, { locale: 'en' }),
    ).toEqual({
      ok: false,
      issues: [{ path: [], code: 'validation.unknownKeys', message: 'Fields not allowed: procedureCode' }],
    });
  });

  it('refuses an empty update', () => {
    expect(validate(DossierUpdateInputSchema, {}, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [{ path: [], code: 'dossier.emptyUpdate', message: 'Cần ít nhất một thông tin để cập nhật' }],
    });
  });
});
