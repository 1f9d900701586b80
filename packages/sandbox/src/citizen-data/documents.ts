/**
 * The seeded documents of citizens' data stores (kho dữ liệu): earlier results and digitised papers a citizen
 * can attach to a new dossier instead of uploading (Decree 118/2025: results are re-used). Deterministic: each
 * document's id, file id, bytes and SHA-256 are derived from its content.
 *
 * Illustrative: every document, number, date and dossier code. Issuers are the kinds of body that issue such
 * papers; the dossier codes follow the common `<agency>-<yyMMdd>-<NNNN>` form with seeded agency codes.
 */
import { createHash } from 'node:crypto';
import type { StoredFile } from '@motcua/core';
import {
  agencyForCommune,
  agencyForRole,
  CITIZEN_IDS,
  type SeedCitizen,
  seedPopulation,
} from '../seed-data/index.js';

/** A data-store document as seeded, before it is stored. */
export interface SeedCitizenDocument {
  readonly id: string;
  readonly citizenId: string;
  readonly title: string;
  /** The kind of document in the catalogue's words: procedures' components are matched against it. */
  readonly documentType: string;
  readonly issuer?: string;
  readonly issuedOn?: string;
  readonly validUntil?: string;
  readonly fromDossierCode?: string;
  readonly file: StoredFile;
}

/** Latin letters only (PDF's standard fonts know no Vietnamese marks): `Nguyễn Văn An` → `Nguyen Van An`. */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '?');
}

function slug(text: string): string {
  return ascii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A one-page PDF (PDF 1.4, Helvetica) with a few lines of text: the electronic copy of a seeded document.
 * Byte-for-byte deterministic, so its SHA-256 is too.
 *
 * @example
 * minimalPdf(['Giay khai sinh', 'Nguyen Van An']).subarray(0, 8).toString() // '%PDF-1.4'
 */
export function minimalPdf(lines: readonly string[]): Buffer {
  const pdfString = (line: string) => ascii(line).replace(/[\\()]/g, (char) => `\\${char}`);
  const text = lines
    .map((line, index) => `${index === 0 ? '' : '0 -22 Td '}(${pdfString(line)}) Tj`)
    .join('\n');
  const stream = `BT /F1 13 Tf 56 780 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

interface DocumentInput {
  title: string;
  documentType: string;
  issuer?: string;
  issuedOn?: string;
  validUntil?: string;
  fromDossierCode?: string;
}

function contentLines(citizen: SeedCitizen, input: DocumentInput): string[] {
  return [
    'CONG HOA XA HOI CHU NGHIA VIET NAM',
    'Ban dien tu trong kho du lieu cong dan (sandbox motcua)',
    '',
    input.title,
    `Ho va ten: ${citizen.fullName}`,
    `So dinh danh ca nhan: ${citizen.citizenId}`,
    ...(input.issuer ? [`Co quan cap: ${input.issuer}`] : []),
    ...(input.issuedOn ? [`Ngay cap: ${input.issuedOn}`] : []),
    ...(input.fromDossierCode ? [`Ket qua cua ho so: ${input.fromDossierCode}`] : []),
  ];
}

/** The bytes of a seeded document's electronic copy. */
function documentContent(citizen: SeedCitizen, input: DocumentInput): Buffer {
  return minimalPdf(contentLines(citizen, input));
}

function makeDocument(citizen: SeedCitizen, input: DocumentInput): SeedCitizenDocument {
  const key = `${citizen.citizenId}:${slug(input.documentType)}:${input.issuedOn ?? ''}`;
  const digest = createHash('sha256').update(key).digest('hex');
  const bytes = documentContent(citizen, input);
  return {
    id: `kdl-${digest.slice(0, 20)}`,
    citizenId: citizen.citizenId,
    title: input.title,
    documentType: input.documentType,
    ...(input.issuer === undefined ? {} : { issuer: input.issuer }),
    ...(input.issuedOn === undefined ? {} : { issuedOn: input.issuedOn }),
    ...(input.validUntil === undefined ? {} : { validUntil: input.validUntil }),
    ...(input.fromDossierCode === undefined ? {} : { fromDossierCode: input.fromDossierCode }),
    file: {
      fileId: `file-kdl-${digest.slice(20, 40)}`,
      name: `${slug(input.documentType)}-${slug(citizen.fullName)}.pdf`,
      mediaType: 'application/pdf',
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}

/** `YYYY-MM-DD` plus some days (UTC arithmetic on a calendar date). */
function plusDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every citizen's birth certificate (the registry's record holds the birth place it was registered at). */
function birthCertificate(citizen: SeedCitizen): DocumentInput {
  return {
    title: `Giấy khai sinh của ${citizen.fullName}`,
    documentType: 'Giấy khai sinh',
    issuer: `Ủy ban nhân dân nơi đăng ký khai sinh (${citizen.birthPlace?.text ?? 'không rõ'})`,
    ...(FULL_DATE.test(citizen.birthDate) ? { issuedOn: plusDays(citizen.birthDate, 12) } : {}),
  };
}

const committeeName = (communeCode: string) =>
  agencyForCommune(communeCode)?.name ?? 'Ủy ban nhân dân cấp xã';
const committeeCode = (communeCode: string) => agencyForCommune(communeCode)?.code ?? '000.00.00.H26';
const provincial = (role: 'police' | 'justice' | 'agricultureEnvironment', provinceCode: string) =>
  agencyForRole(role, { provinceCode });

/** Documents beyond the birth certificate, by citizen: earlier results of the seeded people's lives. */
function otherDocuments(citizen: SeedCitizen): DocumentInput[] {
  const hanoiPolice = provincial('police', '01');
  const lamDongLand = provincial('agricultureEnvironment', '68');
  switch (citizen.citizenId) {
    case CITIZEN_IDS.an:
      return [
        {
          title: 'Phiếu lý lịch tư pháp số 1',
          documentType: 'Phiếu lý lịch tư pháp',
          issuer: hanoiPolice?.name ?? 'Công an thành phố Hà Nội',
          issuedOn: '2025-08-20',
          fromDossierCode: `${hanoiPolice?.code ?? '000.00.10.H26'}-250812-0042`,
        },
        {
          title: 'Giấy chứng nhận kết hôn (Nguyễn Văn An - Trần Thị Bình)',
          documentType: 'Giấy chứng nhận kết hôn',
          issuer: committeeName('00004'),
          issuedOn: '2016-10-08',
        },
        {
          title: 'Giấy phép lái xe hạng B',
          documentType: 'Giấy phép lái xe',
          issuer: 'Sở Giao thông vận tải thành phố Hà Nội',
          issuedOn: '2012-04-16',
          validUntil: '2032-04-16',
        },
      ];
    case CITIZEN_IDS.binh:
      return [
        {
          title: 'Giấy chứng nhận kết hôn (Nguyễn Văn An - Trần Thị Bình)',
          documentType: 'Giấy chứng nhận kết hôn',
          issuer: committeeName('00004'),
          issuedOn: '2016-10-08',
        },
      ];
    case CITIZEN_IDS.phuc:
      return [
        {
          title: 'Giấy xác nhận tình trạng hôn nhân',
          documentType: 'Giấy xác nhận tình trạng hôn nhân',
          issuer: committeeName('26740'),
          issuedOn: '2026-01-05',
          validUntil: '2026-07-05',
          fromDossierCode: `${committeeCode('26740')}-260102-0007`,
        },
      ];
    case CITIZEN_IDS.trang:
      return [
        {
          title: 'Giấy xác nhận tình trạng hôn nhân',
          documentType: 'Giấy xác nhận tình trạng hôn nhân',
          issuer: committeeName('25747'),
          issuedOn: '2026-01-09',
          validUntil: '2026-07-09',
          fromDossierCode: `${committeeCode('25747')}-260107-0003`,
        },
      ];
    case CITIZEN_IDS.bao:
      return [
        {
          title: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
          documentType: 'Giấy chứng nhận quyền sử dụng đất',
          issuer: lamDongLand?.name ?? 'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng',
          issuedOn: '2015-03-12',
        },
      ];
    case CITIZEN_IDS.huy:
      return [
        {
          title: 'Học bạ cấp tiểu học',
          documentType: 'Học bạ',
          issuer: 'Trường Tiểu học Phú Thạnh, Đức Trọng',
          issuedOn: '2023-05-31',
        },
      ];
    case CITIZEN_IDS.thanhTam:
      return [
        {
          title: 'Bằng tốt nghiệp trung học phổ thông',
          documentType: 'Bằng tốt nghiệp trung học phổ thông',
          issuer: 'Sở Giáo dục và Đào tạo tỉnh Bình Thuận',
          issuedOn: '2021-09-15',
        },
      ];
    case CITIZEN_IDS.ngocAnh:
      return [
        {
          title: 'Giấy chứng nhận đăng ký hộ kinh doanh (Phở Ngọc Anh)',
          documentType: 'Giấy chứng nhận đăng ký hộ kinh doanh',
          issuer: committeeName('00070'),
          issuedOn: '2025-09-03',
          fromDossierCode: `${committeeCode('00070')}-250828-0015`,
        },
      ];
    default:
      return [];
  }
}

/**
 * Every seeded data-store document: a birth certificate per registry record, and for several demo citizens
 * the earlier results their stories need (a judicial record for An, marital status certificates for Phúc and
 * Trang, who are marrying, a land certificate for Bảo, a school record for Huy…).
 *
 * @example
 * seedCitizenDocuments.filter((doc) => doc.citizenId === '001087123456').map((doc) => doc.documentType)
 * // ['Giấy khai sinh', 'Phiếu lý lịch tư pháp', 'Giấy chứng nhận kết hôn', 'Giấy phép lái xe']
 */
export const seedCitizenDocuments: readonly SeedCitizenDocument[] = Object.freeze(
  seedPopulation.flatMap((citizen) =>
    [birthCertificate(citizen), ...otherDocuments(citizen)].map((input) => makeDocument(citizen, input)),
  ),
);

/**
 * The bytes of a seeded document's electronic copy, by its file id (`file-kdl-…`), for a files module that
 * wants to serve it: `undefined` for any other id. Matches the document's `file.size` and `file.sha256`.
 *
 * @example
 * citizenDocumentContent(doc.file.fileId)?.byteLength === doc.file.size // true
 */
export function citizenDocumentContent(fileId: string): Buffer | undefined {
  for (const citizen of seedPopulation) {
    for (const input of [birthCertificate(citizen), ...otherDocuments(citizen)]) {
      if (makeDocument(citizen, input).file.fileId === fileId) return documentContent(citizen, input);
    }
  }
  return undefined;
}
