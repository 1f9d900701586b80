/**
 * Giáo dục (education): lower-secondary admission (commune) and upper-secondary transfer (province).
 *
 * Real: the Education Law 43/2019/QH14, the school charter (Circular 32/2020/TT-BGDĐT), the admission rules
 * (Circular 30/2024/TT-BGDĐT), the transfer rules (Decision 51/2002/QĐ-BGDĐT as amended). Both are free.
 * Code 3.000182 is `seen`; the transfer procedure's code and every time are illustrative (admission follows
 * each year's calendar, not a fixed number of days).
 */
import { Channel } from '@motcua/core';
import {
  channels,
  component,
  defineProcedure,
  FIELDS,
  fee,
  LAW,
  type SeedProcedure,
  workingDays,
} from './catalogue.js';
import {
  applicantSection,
  attach,
  declaration,
  fullName,
  GENDER_OPTIONS,
  option,
  relationField,
  resultDelivery,
  t,
} from './forms.js';

const { inPerson, online, postal } = Channel;
const FREE = [fee('MIEN', 'Không thu phí, lệ phí', 0)];

const PARENT_OPTIONS = [
  option('father', 'Cha', 'Father'),
  option('mother', 'Mẹ', 'Mother'),
  option('guardian', 'Người giám hộ', 'Guardian'),
];

// ── Lower-secondary admission (grade 6) ──────────────────────────────────────────────────────────────

const admissionForm = component('don-dang-ky-du-tuyen-lop-6', 'Đơn đăng ký dự tuyển vào lớp 6', {
  required: false,
  template: { name: 'Đơn đăng ký dự tuyển vào lớp 6', file: 'don-dang-ky-du-tuyen-lop-6.docx' },
});
const primaryRecord = component(
  'hoc-ba-tieu-hoc',
  'Học bạ cấp tiểu học hoặc các hồ sơ khác có giá trị thay thế học bạ',
);
const priorityProof = component(
  'giay-to-uu-tien',
  'Giấy xác nhận chế độ ưu tiên, khuyến khích do cơ quan có thẩm quyền cấp (nếu có)',
  { required: false, originals: 0, copies: 1 },
);

export const lowerSecondaryAdmission: SeedProcedure = defineProcedure({
  code: '3.000182',
  name: 'Tuyển sinh trung học cơ sở',
  implementingLevel: 'commune',
  field: FIELDS.education,
  steps: [
    'Cha, mẹ hoặc người giám hộ nộp hồ sơ dự tuyển tại trường trung học cơ sở theo kế hoạch tuyển sinh được Ủy ban nhân dân cấp xã phê duyệt.',
    'Trường trung học cơ sở xét tuyển theo kế hoạch, lập danh sách học sinh trúng tuyển.',
    'Ủy ban nhân dân cấp xã (cơ quan quản lý giáo dục) phê duyệt danh sách trúng tuyển; nhà trường thông báo kết quả.',
  ],
  channels: channels(
    [inPerson, online],
    workingDays(10),
    FREE,
    'Theo lịch tuyển sinh hằng năm của địa phương.',
  ),
  documentComponents: [admissionForm, primaryRecord, priorityProof],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Danh sách học sinh trúng tuyển vào lớp 6' }],
  legalBasis: [LAW.educationLaw, LAW.circular30of2024, LAW.circular32of2020],
  conditions: [
    'Học sinh đã hoàn thành chương trình tiểu học, trong độ tuổi quy định (11 tuổi, hoặc cao hơn theo quy định).',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-dang-ky-du-tuyen-lop-6',
    version: 1,
    title: t('Đơn đăng ký dự tuyển vào lớp 6', 'Grade 6 admission'),
    fields: [
      applicantSection(),
      relationField('applicantRelation', t('Quan hệ với học sinh', 'Relation to the pupil'), PARENT_OPTIONS),
      {
        type: 'section',
        name: 'pupil',
        title: t('Thông tin học sinh', 'The pupil'),
        fields: [
          fullName('pupilFullName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'pupilCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
          {
            type: 'date',
            name: 'pupilBirthDate',
            label: t('Ngày, tháng, năm sinh', 'Date of birth'),
            required: true,
            max: 'today',
          },
          {
            type: 'radio',
            name: 'pupilGender',
            label: t('Giới tính', 'Sex'),
            required: true,
            options: GENDER_OPTIONS,
          },
          {
            type: 'text',
            name: 'primarySchool',
            label: t('Trường tiểu học đã học', 'Primary school attended'),
            required: true,
            maxLength: 200,
          },
          {
            type: 'text',
            name: 'preferredSchool',
            label: t('Trường trung học cơ sở đăng ký dự tuyển', 'Lower-secondary school applied to'),
            required: true,
            maxLength: 200,
          },
        ],
      },
      {
        type: 'checkboxes',
        name: 'priorities',
        label: t('Đối tượng ưu tiên, khuyến khích (nếu có)', 'Priority categories (if any)'),
        options: [
          option('martyrChild', 'Con liệt sĩ, con thương binh', 'Child of a martyr or war invalid'),
          option(
            'ethnicMinority',
            'Người dân tộc thiểu số ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn',
            'Ethnic minority, hardship area',
          ),
          option('disability', 'Học sinh khuyết tật', 'Pupil with a disability'),
        ],
      },
      attach(primaryRecord, 'primaryRecord'),
      attach(priorityProof, 'priorityProof', {
        required: true,
        visibleWhen: { field: 'priorities', notEmpty: true },
      }),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'communeCommittee', part: 'implementing' },
    { role: 'communeCommittee', part: 'deciding' },
  ],
  codeProvenance: 'seen',
  provenance: 'Per Thông tư 30/2024/TT-BGDĐT. Time illustrative (yearly admission calendar).',
});

// ── Upper-secondary transfer between provinces ───────────────────────────────────────────────────────

const transferRequest = component(
  'don-xin-chuyen-truong',
  'Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký',
  {
    required: false,
    template: { name: 'Đơn xin chuyển trường', file: 'don-xin-chuyen-truong.docx' },
  },
);
const schoolRecord = component('hoc-ba', 'Học bạ (bản chính)');
const leavingCertificate = component(
  'giay-gioi-thieu-chuyen-truong',
  'Giấy giới thiệu chuyển trường do Hiệu trưởng trường nơi đi cấp',
);

export const upperSecondaryTransfer: SeedProcedure = defineProcedure({
  code: '9.000401',
  name: 'Chuyển trường đối với học sinh trung học phổ thông',
  implementingLevel: 'province',
  field: FIELDS.education,
  steps: [
    'Cha, mẹ hoặc người giám hộ nộp hồ sơ tại Sở Giáo dục và Đào tạo nơi chuyển đến (chuyển trường giữa các tỉnh).',
    'Sở Giáo dục và Đào tạo xem xét, giới thiệu học sinh về trường trung học phổ thông nơi chuyển đến.',
    'Hiệu trưởng trường nơi chuyển đến tiếp nhận học sinh và xếp lớp.',
  ],
  channels: channels([inPerson, online, postal], workingDays(3), FREE),
  documentComponents: [transferRequest, schoolRecord, leavingCertificate],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Văn bản giới thiệu học sinh chuyển trường và quyết định tiếp nhận' }],
  legalBasis: [LAW.educationLaw, LAW.circular32of2020, LAW.decision51of2002],
  conditions: [
    'Học sinh chuyển trường do gia đình chuyển nơi cư trú hoặc có lý do chính đáng; thời điểm chuyển trong hè hoặc kết thúc học kỳ I.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-xin-chuyen-truong-thpt',
    version: 1,
    title: t('Đơn xin chuyển trường (trung học phổ thông)', 'Upper-secondary school transfer'),
    fields: [
      applicantSection(),
      relationField('applicantRelation', t('Quan hệ với học sinh', 'Relation to the pupil'), PARENT_OPTIONS),
      fullName('pupilFullName', t('Họ, chữ đệm, tên học sinh', "Pupil's full name")),
      {
        type: 'citizenId',
        name: 'pupilCitizenId',
        label: t('Số định danh cá nhân của học sinh', "Pupil's citizen ID number"),
        required: true,
      },
      {
        type: 'select',
        name: 'grade',
        label: t('Lớp', 'Grade'),
        required: true,
        options: [option('10', 'Lớp 10'), option('11', 'Lớp 11'), option('12', 'Lớp 12')],
      },
      {
        type: 'text',
        name: 'fromSchool',
        label: t('Trường nơi đi', 'School left'),
        required: true,
        maxLength: 200,
      },
      {
        type: 'address',
        name: 'fromSchoolPlace',
        label: t('Địa bàn trường nơi đi', 'Where that school is'),
        required: true,
        granularity: 'province',
      },
      {
        type: 'text',
        name: 'toSchool',
        label: t('Trường xin chuyển đến', 'School requested'),
        required: true,
        maxLength: 200,
      },
      {
        type: 'textarea',
        name: 'reason',
        label: t('Lý do chuyển trường', 'Reason'),
        required: true,
        maxLength: 1000,
      },
      attach(schoolRecord, 'schoolRecord'),
      attach(leavingCertificate, 'leavingCertificate'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'education', part: 'implementing' },
    { role: 'education', part: 'deciding' },
  ],
  codeProvenance: 'illustrative',
  provenance: 'Per Quyết định 51/2002/QĐ-BGDĐT (as amended). Code and time illustrative.',
});

export const educationProcedures: readonly SeedProcedure[] = [
  lowerSecondaryAdmission,
  upperSecondaryTransfer,
];
