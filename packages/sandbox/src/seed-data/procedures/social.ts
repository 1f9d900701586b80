/**
 * Bảo trợ xã hội (social protection) and the joined-up birth – residence – health-insurance service, commune
 * level.
 *
 * Real: Decree 20/2021/NĐ-CP (monthly social allowance, funeral support of 20 times the social assistance
 * standard, which is 500,000 đ a month since 1 July 2024), the Law on Persons with Disabilities 51/2010/QH12
 * with Decree 28/2012/NĐ-CP and Circular 01/2019/TT-BLĐTBXH (disability assessment), Decree 63/2024/NĐ-CP
 * (the joined-up birth, permanent residence and health-insurance card for children under six). All free of
 * charge. Codes 1.001776, 1.001731 and 1.001699 are `seen`; the joined-up service's code is illustrative.
 * Times are illustrative where the 2025 decentralisation changed them (commune now decides).
 */
import { Channel, type FieldSpec } from '@motcua/core';
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
const COMMUNE = [
  { role: 'communeCommittee', part: 'implementing' },
  { role: 'communeCommittee', part: 'deciding' },
] as const;
const FREE = [fee('MIEN', 'Không thu phí, lệ phí', 0)];

/** The person the dossier is about, when the applicant applies for someone else. */
function beneficiarySection(visibleWhen: FieldSpec['visibleWhen']): FieldSpec {
  return {
    type: 'section',
    name: 'beneficiary',
    title: t('Thông tin người được hưởng', 'Beneficiary'),
    ...(visibleWhen && { visibleWhen }),
    fields: [
      fullName('beneficiaryName', t('Họ, chữ đệm, tên', 'Full name')),
      {
        type: 'citizenId',
        name: 'beneficiaryCitizenId',
        label: t('Số định danh cá nhân', 'Citizen ID number'),
        required: true,
      },
      {
        type: 'date',
        name: 'beneficiaryBirthDate',
        label: t('Ngày, tháng, năm sinh', 'Date of birth'),
        required: true,
        max: 'today',
      },
      {
        type: 'address',
        name: 'beneficiaryResidence',
        label: t('Nơi cư trú', 'Place of residence'),
        required: true,
        granularity: 'street',
      },
    ],
  };
}

/** How the allowance is paid: cash through the post office or a bank account. */
function paymentSection(): FieldSpec {
  return {
    type: 'section',
    name: 'payment',
    title: t('Hình thức nhận tiền', 'How to receive the money'),
    fields: [
      {
        type: 'radio',
        name: 'paymentMethod',
        label: t('Hình thức nhận', 'Method'),
        required: true,
        defaultValue: 'bank',
        options: [
          option('bank', 'Chuyển khoản vào tài khoản ngân hàng', 'Bank transfer'),
          option('cash', 'Nhận tiền mặt tại điểm chi trả (bưu điện)', 'Cash at the paying post office'),
        ],
      },
      {
        type: 'text',
        name: 'bankName',
        label: t('Tên ngân hàng', 'Bank'),
        required: true,
        maxLength: 100,
        visibleWhen: { field: 'paymentMethod', equals: 'bank' },
      },
      {
        type: 'text',
        name: 'accountNumber',
        label: t('Số tài khoản', 'Account number'),
        required: true,
        pattern: {
          regex: '[0-9]{6,19}',
          message: t('Số tài khoản gồm 6–19 chữ số', 'An account number has 6–19 digits'),
        },
        visibleWhen: { field: 'paymentMethod', equals: 'bank' },
      },
      {
        type: 'text',
        name: 'accountHolder',
        label: t('Chủ tài khoản', 'Account holder'),
        required: true,
        maxLength: 100,
        visibleWhen: { field: 'paymentMethod', equals: 'bank' },
      },
    ],
  };
}

// ── Monthly social allowance ─────────────────────────────────────────────────────────────────────────

const allowanceDeclaration = component('to-khai-tro-giup-xa-hoi', 'Tờ khai đề nghị trợ giúp xã hội', {
  required: false,
  template: {
    name: 'Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a–1đ Nghị định 20/2021/NĐ-CP)',
    file: 'to-khai-tro-giup-xa-hoi.docx',
  },
});
const disabilityCertificate = component(
  'giay-xac-nhan-khuyet-tat',
  'Giấy xác nhận khuyết tật (đối với người khuyết tật)',
  {
    required: false,
    originals: 0,
    copies: 1,
  },
);

export const monthlySocialAllowance: SeedProcedure = defineProcedure({
  code: '1.001776',
  name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
  implementingLevel: 'commune',
  field: FIELDS.socialProtection,
  steps: [
    'Đối tượng hoặc người giám hộ nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi cư trú.',
    'Công chức phụ trách lao động - thương binh và xã hội kiểm tra, Hội đồng xét duyệt trợ giúp xã hội cấp xã xét duyệt, niêm yết công khai kết quả 02 ngày làm việc.',
    'Chủ tịch Ủy ban nhân dân cấp xã quyết định trợ cấp xã hội hằng tháng; trường hợp không đủ điều kiện thì trả lời bằng văn bản nêu rõ lý do.',
  ],
  channels: channels([inPerson, online, postal], workingDays(10), FREE),
  documentComponents: [allowanceDeclaration, disabilityCertificate],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Quyết định trợ cấp xã hội hằng tháng' }],
  legalBasis: [LAW.elderlyLaw, LAW.disabilityLaw, LAW.decree20of2021],
  conditions: [
    'Thuộc đối tượng bảo trợ xã hội quy định tại Điều 5 Nghị định 20/2021/NĐ-CP (trẻ em mồ côi, người cao tuổi thuộc hộ nghèo không có người phụng dưỡng, người khuyết tật nặng, đặc biệt nặng…).',
    'Mức trợ cấp bằng mức chuẩn trợ giúp xã hội (500.000 đồng/tháng) nhân với hệ số tương ứng.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'to-khai-de-nghi-tro-giup-xa-hoi',
    version: 1,
    title: t('Tờ khai đề nghị trợ giúp xã hội', 'Monthly social allowance'),
    fields: [
      applicantSection(),
      {
        type: 'radio',
        name: 'forWhom',
        label: t('Đề nghị cho', 'Applying for'),
        required: true,
        defaultValue: 'self',
        options: [
          option('self', 'Bản thân', 'Myself'),
          option('other', 'Người thân, người được giám hộ', 'A relative or ward'),
        ],
      },
      beneficiarySection({ field: 'forWhom', equals: 'other' }),
      {
        type: 'select',
        name: 'category',
        label: t('Thuộc đối tượng', 'Category'),
        required: true,
        options: [
          option('orphan', 'Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng', 'Child without carer'),
          option(
            'elderlyPoor',
            'Người cao tuổi thuộc hộ nghèo, không có người phụng dưỡng',
            'Elderly, poor, no carer',
          ),
          option('severeDisability', 'Người khuyết tật nặng, đặc biệt nặng', 'Person with severe disability'),
          option('singleParentPoor', 'Người đơn thân nghèo đang nuôi con', 'Poor single parent'),
          option('hivPoor', 'Người nhiễm HIV/AIDS thuộc hộ nghèo', 'Person with HIV, poor'),
        ],
      },
      attach(disabilityCertificate, 'disabilityCertificate', {
        required: true,
        visibleWhen: { field: 'category', equals: 'severeDisability' },
      }),
      {
        type: 'radio',
        name: 'hasPension',
        label: t('Đang hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng?', 'Receiving a pension?'),
        required: true,
        options: [option('no', 'Không', 'No'), option('yes', 'Có', 'Yes')],
      },
      {
        type: 'money',
        name: 'pensionAmount',
        label: t('Mức hưởng hằng tháng', 'Monthly amount'),
        required: true,
        visibleWhen: { field: 'hasPension', equals: 'yes' },
      },
      paymentSection(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance:
    'Per Nghị định 20/2021/NĐ-CP (Điều 5, 7, 8). Time illustrative after the 2025 decentralisation.',
});

// ── Funeral support ──────────────────────────────────────────────────────────────────────────────────

const funeralDeclaration = component('to-khai-mai-tang', 'Tờ khai đề nghị hỗ trợ chi phí mai táng', {
  required: false,
  template: {
    name: 'Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04 Nghị định 20/2021/NĐ-CP)',
    file: 'to-khai-mai-tang.docx',
  },
});
const deathExtract = component('trich-luc-khai-tu', 'Trích lục khai tử hoặc giấy báo tử', {
  required: false,
  originals: 0,
  copies: 1,
  note: 'Không phải nộp nếu đã đăng ký khai tử (thông tin có trong Cơ sở dữ liệu hộ tịch điện tử).',
});

export const funeralSupport: SeedProcedure = defineProcedure({
  code: '1.001731',
  name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
  implementingLevel: 'commune',
  field: FIELDS.socialProtection,
  steps: [
    'Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi người chết cư trú.',
    'Công chức phụ trách kiểm tra hồ sơ, trình Chủ tịch Ủy ban nhân dân cấp xã.',
    'Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ chi phí mai táng; kinh phí được chi trả cho người tổ chức mai táng.',
  ],
  channels: channels([inPerson, online, postal], workingDays(5), FREE),
  documentComponents: [funeralDeclaration, deathExtract],
  subjects: ['citizen', 'organisation'],
  agencies: [],
  results: [
    { name: 'Quyết định hỗ trợ chi phí mai táng (mức hỗ trợ bằng 20 lần mức chuẩn trợ giúp xã hội)' },
  ],
  legalBasis: [LAW.decree20of2021, LAW.decree63of2024],
  conditions: [
    'Người chết là đối tượng đang hưởng trợ cấp xã hội hằng tháng hoặc thuộc đối tượng quy định tại Điều 11 Nghị định 20/2021/NĐ-CP.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'to-khai-de-nghi-ho-tro-chi-phi-mai-tang',
    version: 1,
    title: t('Tờ khai đề nghị hỗ trợ chi phí mai táng', 'Funeral support'),
    fields: [
      applicantSection(),
      relationField('applicantRelation', t('Quan hệ với người đã chết', 'Relation to the deceased'), [
        option('spouse', 'Vợ, chồng', 'Spouse'),
        option('child', 'Con', 'Child'),
        option('relative', 'Người thân khác', 'Other relative'),
        option('organisation', 'Đại diện cơ quan, tổ chức tổ chức mai táng', 'For the organising body'),
      ]),
      {
        type: 'section',
        name: 'deceased',
        title: t('Người đã chết', 'The deceased'),
        fields: [
          fullName('deceasedName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'deceasedCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
          {
            type: 'date',
            name: 'deathDate',
            label: t('Ngày chết', 'Date of death'),
            required: true,
            max: 'today',
          },
          {
            type: 'checkbox',
            name: 'wasReceivingAllowance',
            label: t('Đang hưởng trợ cấp xã hội hằng tháng khi chết', 'Was receiving a monthly allowance'),
          },
        ],
      },
      attach(deathExtract, 'deathExtract'),
      paymentSection(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Nghị định 20/2021/NĐ-CP (Điều 11). Time illustrative.',
});

// ── Disability assessment ────────────────────────────────────────────────────────────────────────────

const disabilityRequest = component(
  'don-de-nghi-xac-dinh-khuyet-tat',
  'Đơn đề nghị xác định, xác định lại mức độ khuyết tật',
  {
    required: false,
    template: {
      name: 'Đơn đề nghị xác định mức độ khuyết tật (Mẫu số 01)',
      file: 'don-de-nghi-xac-dinh-khuyet-tat.docx',
    },
  },
);
const medicalRecords = component(
  'ho-so-y-te',
  'Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy ra viện, giấy tờ khám, điều trị…), nếu có',
  { required: false, originals: 0, copies: 1, maxFiles: 10 },
);

export const disabilityAssessment: SeedProcedure = defineProcedure({
  code: '1.001699',
  name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
  implementingLevel: 'commune',
  field: FIELDS.socialProtection,
  steps: [
    'Người khuyết tật hoặc người đại diện nộp đơn tại Ủy ban nhân dân cấp xã nơi cư trú.',
    'Hội đồng xác định mức độ khuyết tật cấp xã tổ chức xác định mức độ khuyết tật bằng phương pháp quan sát trực tiếp, phỏng vấn, sử dụng bộ câu hỏi.',
    'Chủ tịch Ủy ban nhân dân cấp xã niêm yết, thông báo công khai kết quả và cấp Giấy xác nhận khuyết tật.',
  ],
  channels: channels([inPerson, online, postal], workingDays(25), FREE),
  documentComponents: [disabilityRequest, medicalRecords],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy xác nhận khuyết tật' }],
  legalBasis: [LAW.disabilityLaw, LAW.decree28of2012, LAW.circular01of2019],
  conditions: [],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-de-nghi-xac-dinh-muc-do-khuyet-tat',
    version: 1,
    title: t('Đơn đề nghị xác định, xác định lại mức độ khuyết tật', 'Disability assessment'),
    fields: [
      applicantSection(),
      {
        type: 'radio',
        name: 'forWhom',
        label: t('Đề nghị cho', 'Applying for'),
        required: true,
        defaultValue: 'self',
        options: [
          option('self', 'Bản thân', 'Myself'),
          option('other', 'Người được đại diện', 'Someone I represent'),
        ],
      },
      beneficiarySection({ field: 'forWhom', equals: 'other' }),
      {
        type: 'radio',
        name: 'requestKind',
        label: t('Loại đề nghị', 'Request'),
        required: true,
        options: [
          option('first', 'Xác định lần đầu', 'First assessment'),
          option('again', 'Xác định lại', 'Re-assessment'),
          option('reissue', 'Cấp đổi, cấp lại Giấy xác nhận', 'Re-issue of the certificate'),
        ],
      },
      {
        type: 'checkboxes',
        name: 'disabilityKinds',
        label: t('Dạng khuyết tật', 'Kind of disability'),
        required: true,
        minSelected: 1,
        options: [
          option('mobility', 'Khuyết tật vận động', 'Mobility'),
          option('hearingSpeech', 'Khuyết tật nghe, nói', 'Hearing and speech'),
          option('vision', 'Khuyết tật nhìn', 'Vision'),
          option('psychosocial', 'Khuyết tật thần kinh, tâm thần', 'Psychosocial'),
          option('intellectual', 'Khuyết tật trí tuệ', 'Intellectual'),
          option('other', 'Khuyết tật khác', 'Other'),
        ],
      },
      {
        type: 'textarea',
        name: 'description',
        label: t('Mô tả tình trạng khuyết tật', 'Description'),
        maxLength: 2000,
      },
      attach(medicalRecords, 'medicalRecords'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance:
    'Per Luật Người khuyết tật, Nghị định 28/2012/NĐ-CP, Thông tư 01/2019/TT-BLĐTBXH. Time illustrative.',
});

// ── Joined-up: birth, permanent residence, health insurance card for a child under six ───────────────

const birthCertificate = component('giay-chung-sinh', 'Giấy chứng sinh', {
  note: 'Hoặc văn bản của người làm chứng, giấy cam đoan về việc sinh.',
});
const joinedUpDeclaration = component(
  'to-khai-lien-thong',
  'Tờ khai điện tử liên thông (khai sinh, thường trú, bảo hiểm y tế)',
  {
    required: false,
    note: 'Chỉ thực hiện trực tuyến trên Cổng Dịch vụ công hoặc ứng dụng VNeID.',
  },
);

export const childBirthResidenceInsurance: SeedProcedure = defineProcedure({
  code: '9.000301',
  name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  implementingLevel: 'commune',
  field: FIELDS.healthInsurance,
  steps: [
    'Cha, mẹ hoặc người thân nộp hồ sơ điện tử liên thông trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.',
    'Ủy ban nhân dân cấp xã đăng ký khai sinh, cấp số định danh cá nhân cho trẻ và chuyển hồ sơ điện tử cho Công an cấp xã.',
    'Công an cấp xã đăng ký thường trú cho trẻ; cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế (bản điện tử).',
    'Kết quả (Giấy khai sinh điện tử, thông báo thường trú, thẻ bảo hiểm y tế) được trả vào tài khoản của người yêu cầu.',
  ],
  channels: channels([online], workingDays(5), [
    fee('LPHT-KS', 'Lệ phí đăng ký khai sinh', 0, { description: 'Miễn (đăng ký đúng hạn).' }),
    fee('LPCT-TT', 'Lệ phí đăng ký thường trú', 0, { description: 'Miễn đối với trẻ em.' }),
  ]),
  documentComponents: [joinedUpDeclaration, birthCertificate],
  subjects: ['citizen'],
  agencies: [],
  results: [
    { name: 'Giấy khai sinh (bản điện tử)' },
    { name: 'Thông báo kết quả đăng ký thường trú' },
    { name: 'Thẻ bảo hiểm y tế (bản điện tử)' },
  ],
  legalBasis: [LAW.decree63of2024, LAW.civilStatusLaw, LAW.residenceLaw, LAW.healthInsuranceLaw],
  conditions: ['Trẻ em dưới 6 tuổi; cha, mẹ có tài khoản định danh điện tử mức độ 2.'],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-lien-thong-khai-sinh-thuong-tru-bhyt',
    version: 1,
    title: t(
      'Liên thông đăng ký khai sinh, thường trú, cấp thẻ BHYT cho trẻ',
      'Birth, residence and health card for a child',
    ),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'child',
        title: t('Thông tin của trẻ', 'The child'),
        fields: [
          fullName('childFullName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'date',
            name: 'childBirthDate',
            label: t('Ngày, tháng, năm sinh', 'Date of birth'),
            required: true,
            max: 'today',
          },
          {
            type: 'radio',
            name: 'childGender',
            label: t('Giới tính', 'Sex'),
            required: true,
            options: GENDER_OPTIONS,
          },
          {
            type: 'address',
            name: 'childBirthPlace',
            label: t('Nơi sinh', 'Place of birth'),
            required: true,
            granularity: 'commune',
          },
        ],
      },
      {
        type: 'section',
        name: 'parents',
        title: t('Cha, mẹ', 'Parents'),
        fields: [
          fullName('motherFullName', t('Họ, chữ đệm, tên người mẹ', "Mother's full name")),
          {
            type: 'citizenId',
            name: 'motherCitizenId',
            label: t('Số định danh cá nhân của người mẹ', "Mother's citizen ID number"),
            required: true,
          },
          fullName('fatherFullName', t('Họ, chữ đệm, tên người cha', "Father's full name"), {
            required: false,
          }),
          {
            type: 'citizenId',
            name: 'fatherCitizenId',
            label: t('Số định danh cá nhân của người cha', "Father's citizen ID number"),
            visibleWhen: { field: 'fatherFullName', notEmpty: true },
            required: true,
          },
        ],
      },
      {
        type: 'address',
        name: 'childResidence',
        label: t('Nơi đăng ký thường trú cho trẻ', 'Where the child is registered'),
        hint: t('Thường là nơi thường trú của cha hoặc mẹ', "Usually a parent's permanent residence"),
        required: true,
        granularity: 'street',
        prefill: { source: 'population', claim: 'permanentAddress', editable: true },
      },
      {
        type: 'select',
        name: 'healthFacility',
        label: t('Nơi đăng ký khám chữa bệnh ban đầu', 'Primary care facility'),
        required: true,
        options: [
          option('communeHealthStation', 'Trạm y tế xã, phường nơi cư trú', 'Commune health station'),
          option('districtHospital', 'Bệnh viện, trung tâm y tế khu vực', 'Area hospital'),
          option('childrenHospital', 'Bệnh viện Nhi (theo danh sách của tỉnh)', "Children's hospital"),
        ],
      },
      attach(birthCertificate, 'birthCertificate'),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'communeCommittee', part: 'implementing' },
    { role: 'communeCommittee', part: 'deciding' },
    { role: 'communePolice', part: 'coordinating' },
    { role: 'socialInsurance', part: 'coordinating' },
  ],
  codeProvenance: 'illustrative',
  provenance: 'Per Nghị định 63/2024/NĐ-CP (nhóm thủ tục liên thông thứ nhất). Total time illustrative.',
});

export const socialProcedures: readonly SeedProcedure[] = [
  monthlySocialAllowance,
  funeralSupport,
  disabilityAssessment,
  childBirthResidenceInsurance,
];
