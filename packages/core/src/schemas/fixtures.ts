/**
 * Test data (not exported by the package): one realistic instance of each record, around a birth
 * registration filed online at Phường Ba Đình, Hà Nội.
 */
import { birthRegistrationAnswers, birthRegistrationSpec } from '../examples/birth-registration.js';
import type { Agency } from './agency.js';
import type { Applicant } from './applicant.js';
import type { CitizenRecord, IdentityClaims } from './citizen.js';
import type { Dossier, Officer } from './dossier.js';
import type { Feedback } from './feedback.js';
import type { Payment } from './payment.js';
import type { Procedure } from './procedure.js';
import type { SignatureRequest } from './signature.js';

export const agency: Agency = {
  code: '000.00.14.H56',
  name: 'Ủy ban nhân dân phường Ba Đình',
  nameEn: 'Ba Dinh Ward People’s Committee',
  kind: 'communeCommittee',
  provinceCode: '01',
  communeCode: '00004',
  parentCode: '000.00.00.H56',
  address: 'Số 2 phố Hoàng Hoa Thám, phường Ba Đình, Hà Nội',
  phone: '024 3823 4567',
  email: 'ubnd.badinh@hanoi.gov.vn',
};

export const applicant: Applicant = {
  kind: 'citizen',
  fullName: 'Trần Thị Bình',
  citizenId: '001190123456',
  birthDate: '1990-04-12',
  gender: 'female',
  phone: '0912345678',
  email: 'binh.tran@example.vn',
  address: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
};

export const officer: Officer = {
  id: 'off_12',
  name: 'Phạm Minh Châu',
  title: 'Công chức tư pháp - hộ tịch',
  department: 'Ủy ban nhân dân phường Ba Đình',
};

export const procedure: Procedure = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  implementingLevel: 'commune',
  field: { code: 'G09-TP05', name: 'Hộ tịch' },
  steps: [
    'Người có yêu cầu nộp hồ sơ trực tuyến hoặc tại Trung tâm phục vụ hành chính công',
    'Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ đăng ký khai sinh',
    'Trả Giấy khai sinh',
  ],
  channels: [
    {
      channel: 1,
      processingTime: { value: 1, unit: 'workingDays' },
      fees: [
        {
          code: 'LP-KS',
          name: 'Lệ phí đăng ký khai sinh đúng hạn',
          kind: 'fee',
          amount: 0,
          collectedAt: 'submission',
        },
      ],
    },
    {
      channel: 2,
      processingTime: { value: 1, unit: 'workingDays' },
      fees: [
        {
          code: 'LP-KS',
          name: 'Lệ phí đăng ký khai sinh đúng hạn',
          kind: 'fee',
          amount: 0,
          collectedAt: 'submission',
        },
      ],
      description: 'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia',
    },
  ],
  documentComponents: [
    {
      id: 'to-khai',
      name: 'Tờ khai đăng ký khai sinh',
      originals: 1,
      copies: 0,
      required: true,
      template: { name: 'Mẫu tờ khai', url: 'https://dichvucong.gov.vn/mau/to-khai-khai-sinh.docx' },
    },
    {
      id: 'giay-chung-sinh',
      name: 'Giấy chứng sinh',
      originals: 1,
      copies: 0,
      required: true,
      acceptedTypes: ['application/pdf', 'image/*'],
      maxSizeBytes: 5_242_880,
      maxFiles: 2,
      note: 'Không có giấy chứng sinh thì nộp văn bản của người làm chứng',
    },
  ],
  subjects: ['citizen'],
  agencies: [{ code: '000.00.14.H56', name: 'Ủy ban nhân dân phường Ba Đình', role: 'implementing' }],
  results: [{ code: 'KQ-KS', name: 'Giấy khai sinh' }],
  legalBasis: [
    { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20', issuer: 'Quốc hội' },
    { number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều của Luật Hộ tịch' },
  ],
  conditions: [],
  onlineLevel: 'full',
  formSpec: birthRegistrationSpec,
};

export const dossier: Dossier = {
  id: 'd_01J2ABCD',
  code: '000.00.14.H56-250701-0001',
  procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  field: { code: 'G09-TP05', name: 'Hộ tịch' },
  applicant,
  channel: 2,
  summary: 'Đăng ký khai sinh cho Nguyễn An Nhiên',
  status: 5,
  dates: {
    createdAt: '2025-07-01T08:00:00+07:00',
    submittedAt: '2025-07-01T08:30:00+07:00',
    acceptedAt: '2025-07-01T09:15:00+07:00',
    appointmentAt: '2025-07-02T16:00:00+07:00',
  },
  receivingAgency: { code: '000.00.14.H56', name: 'Ủy ban nhân dân phường Ba Đình' },
  processingAgency: { code: '000.00.14.H56', name: 'Ủy ban nhân dân phường Ba Đình' },
  documents: [
    {
      componentId: 'giay-chung-sinh',
      files: [
        {
          fileId: 'file_01J2',
          name: 'giay-chung-sinh.pdf',
          mediaType: 'application/pdf',
          size: 182_044,
          sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        },
      ],
      digitised: false,
      reused: false,
      fromDataStore: false,
    },
  ],
  formData: birthRegistrationAnswers(),
  fees: [
    {
      code: 'LP-KS',
      name: 'Lệ phí đăng ký khai sinh đúng hạn',
      kind: 'fee',
      amount: 0,
      collectedAt: 'submission',
      paid: true,
    },
  ],
  supplementRequests: [
    {
      id: 'sup_01',
      requestedBy: officer,
      requestedAt: '2025-07-01T10:00:00+07:00',
      items: [{ componentId: 'giay-chung-sinh', description: 'Ảnh chụp bị mờ, vui lòng tải lên bản rõ hơn' }],
      reason: 'Giấy tờ không đọc được',
      deadline: '2025-07-04T17:00:00+07:00',
      previousAppointmentAt: '2025-07-02T16:00:00+07:00',
    },
  ],
  results: [],
  history: [
    {
      actor: 'applicant',
      at: '2025-07-01T08:30:00+07:00',
      content: 'Nộp hồ sơ trực tuyến',
      status: 1,
      startedAt: '2025-07-01T08:00:00+07:00',
    },
    {
      actor: 'deskOfficer',
      officer,
      at: '2025-07-01T09:15:00+07:00',
      content: 'Tiếp nhận hồ sơ',
      status: 2,
      startedAt: '2025-07-01T08:30:00+07:00',
      legalDeadline: '2025-07-01T16:30:00+07:00',
    },
    {
      actor: 'specialist',
      officer,
      at: '2025-07-01T10:00:00+07:00',
      content: 'Yêu cầu bổ sung giấy chứng sinh rõ nét',
      status: 5,
      startedAt: '2025-07-01T09:15:00+07:00',
    },
  ],
};

export const payment: Payment = {
  id: 'pay_01J2',
  dossierCode: '000.00.14.H56-250701-0001',
  lookupCode: 'PT2507010000123',
  lines: [
    { kind: 'fee', code: 'LP-KSQH', name: 'Lệ phí đăng ký khai sinh quá hạn', amount: 8_000 },
    { kind: 'charge', code: 'P-BS', name: 'Phí cấp bản sao trích lục', amount: 8_000 },
  ],
  total: 16_000,
  currency: 'VND',
  status: 'paid',
  beneficiary: {
    accountName: 'Ủy ban nhân dân phường Ba Đình',
    accountNumber: '3511000123',
    bank: 'Kho bạc Nhà nước Hà Nội',
    bankCode: '970415',
  },
  payer: { name: 'Trần Thị Bình', phone: '0912345678' },
  channel: 'qr',
  createdAt: '2025-07-01T08:35:00+07:00',
  expiresAt: '2025-07-02T08:35:00+07:00',
  paidAt: '2025-07-01T08:37:12+07:00',
};

export const signatureRequest: SignatureRequest = {
  id: 'sig_01J2',
  documentHash: { algorithm: 'SHA-256', value: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=' },
  documentName: 'To-khai-dang-ky-khai-sinh.pdf',
  signer: { citizenId: '001190123456', name: 'Trần Thị Bình' },
  provider: 'vnpt-smartca',
  status: 'signed',
  createdAt: '2025-07-01T08:31:00+07:00',
  expiresAt: '2025-07-01T08:36:00+07:00',
  completedAt: '2025-07-01T08:32:05+07:00',
  signature: {
    format: 'cms',
    value: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==',
    certificate:
      '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----\n',
  },
};

export const feedback: Feedback = {
  id: 'fb_01',
  code: 'PAKN-2025-000123',
  subject: 'Chậm trả kết quả đăng ký khai sinh',
  content: 'Hồ sơ 000.00.14.H56-250701-0001 đã quá ngày hẹn trả nhưng chưa có kết quả.',
  category: 'dossier',
  submitter: { fullName: 'Trần Thị Bình', phone: '0912345678' },
  agencyCode: '000.00.14.H56',
  dossierCode: '000.00.14.H56-250701-0001',
  status: 'answered',
  createdAt: '2025-07-05T10:00:00+07:00',
  answer: {
    content: 'Hồ sơ đang chờ bổ sung giấy chứng sinh theo yêu cầu ngày 01/07/2025.',
    answeredBy: 'Ủy ban nhân dân phường Ba Đình',
    answeredAt: '2025-07-06T09:00:00+07:00',
  },
  public: true,
};

export const citizenRecord: CitizenRecord = {
  citizenId: '001190123456',
  fullName: 'Trần Thị Bình',
  birthDate: '1990-04-12',
  gender: 'female',
  birthPlace: { text: 'Bệnh viện Phụ sản Hà Nội, Hà Nội', provinceCode: '01' },
  hometown: { text: 'Xã Phù Đổng, huyện Gia Lâm, thành phố Hà Nội' },
  permanentAddress: {
    text: 'Số 12 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội',
    provinceCode: '01',
    communeCode: '00004',
    street: 'Số 12 phố Đội Cấn',
  },
  ethnicity: 'Kinh',
  nationality: 'Việt Nam',
};

export const identityClaims: IdentityClaims = {
  sub: 'vneid|8f14e45fceea167a',
  citizenId: '001190123456',
  name: 'Trần Thị Bình',
  birthdate: '1990-04-12',
  gender: 'female',
  phone: '0912345678',
  email: 'binh.tran@example.vn',
  addresses: { permanent: citizenRecord.permanentAddress },
  assuranceLevel: 2,
};
