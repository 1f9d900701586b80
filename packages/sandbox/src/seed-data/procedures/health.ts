/**
 * Y tế (health), province level: food-safety certification and pharmacist practice certificates, by the
 * Department of Health.
 *
 * Real: the Food Safety Law 55/2010/QH12 and Decree 15/2018/NĐ-CP (documents of the dossier), the appraisal
 * charges of Circular 67/2021/TT-BTC (food service: 700,000 đ under 200 servings a day, 1,000,000 đ from 200),
 * the Pharmacy Law 105/2016/QH13 and Decree 54/2017/NĐ-CP. Illustrative: both codes, the processing times
 * (portals publish 15–20 working days) and the pharmacy appraisal charge (500,000 đ, Circular 277/2016/TT-BTC
 * as commonly quoted).
 */
import { Channel } from '@motcua/core';
import {
  channels,
  component,
  days,
  defineProcedure,
  FIELDS,
  fee,
  LAW,
  type SeedProcedure,
  workingDays,
} from './catalogue.js';
import { applicantSection, attach, declaration, option, resultDelivery, t } from './forms.js';

const { inPerson, online, postal } = Channel;
const HEALTH = [
  { role: 'health', part: 'implementing' },
  { role: 'health', part: 'deciding' },
] as const;

// ── Food safety certificate (food service) ───────────────────────────────────────────────────────────

const foodSafetyRequest = component(
  'don-de-nghi-cap-gcn-attp',
  'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  {
    required: false,
    template: {
      name: 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
      file: 'don-de-nghi-cap-gcn-attp.docx',
    },
  },
);
const facilityDescription = component(
  'thuyet-minh-co-so-vat-chat',
  'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm',
);
const staffHealth = component(
  'xac-nhan-suc-khoe',
  'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm',
  { originals: 0, copies: 1, maxFiles: 20 },
);
const staffTraining = component(
  'xac-nhan-tap-huan-attp',
  'Giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm của chủ cơ sở và người trực tiếp chế biến',
  { originals: 0, copies: 1, maxFiles: 20 },
);

export const foodSafetyCertificate: SeedProcedure = defineProcedure({
  code: '9.000501',
  name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế',
  implementingLevel: 'province',
  field: FIELDS.foodSafety,
  steps: [
    'Cơ sở nộp hồ sơ tại Bộ phận Một cửa của Sở Y tế hoặc trực tuyến.',
    'Sở Y tế kiểm tra hồ sơ; nếu hợp lệ thì thành lập đoàn thẩm định thực tế tại cơ sở.',
    'Trường hợp kết quả thẩm định đạt, Sở Y tế cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (hiệu lực 03 năm).',
  ],
  channels: channels([inPerson, online, postal], workingDays(20), [
    fee('PTD-ATTP', 'Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 700_000, {
      kind: 'charge',
      description:
        'Cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn: 700.000 đồng/lần; từ 200 suất ăn trở lên: 1.000.000 đồng/lần.',
    }),
  ]),
  documentComponents: [foodSafetyRequest, facilityDescription, staffHealth, staffTraining],
  subjects: ['enterprise', 'citizen', 'organisation'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm' }],
  legalBasis: [LAW.foodSafetyLaw, LAW.decree15of2018, LAW.circular67of2021],
  conditions: [
    'Cơ sở đáp ứng điều kiện bảo đảm an toàn thực phẩm đối với kinh doanh dịch vụ ăn uống (Điều 28–30 Luật An toàn thực phẩm).',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-de-nghi-cap-gcn-attp-dich-vu-an-uong',
    version: 1,
    title: t(
      'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
      'Food safety certificate',
    ),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'establishment',
        title: t('Thông tin cơ sở', 'The establishment'),
        fields: [
          {
            type: 'radio',
            name: 'operatorKind',
            label: t('Chủ cơ sở là', 'Operated by'),
            required: true,
            options: [
              option('enterprise', 'Doanh nghiệp', 'An enterprise'),
              option('household', 'Hộ kinh doanh', 'A household business'),
            ],
          },
          {
            type: 'taxCode',
            name: 'enterpriseCode',
            label: t('Mã số doanh nghiệp', 'Enterprise code'),
            required: true,
            visibleWhen: { field: 'operatorKind', equals: 'enterprise' },
          },
          {
            type: 'text',
            name: 'householdBusinessNumber',
            label: t('Mã số hộ kinh doanh', 'Household business number'),
            required: true,
            maxLength: 30,
            visibleWhen: { field: 'operatorKind', equals: 'household' },
          },
          {
            type: 'text',
            name: 'establishmentName',
            label: t('Tên cơ sở', 'Name'),
            required: true,
            maxLength: 200,
          },
          {
            type: 'address',
            name: 'establishmentAddress',
            label: t('Địa chỉ cơ sở', 'Address'),
            required: true,
            granularity: 'street',
          },
          {
            type: 'select',
            name: 'serviceKind',
            label: t('Loại hình', 'Kind'),
            required: true,
            options: [
              option('restaurant', 'Nhà hàng ăn uống', 'Restaurant'),
              option('catering', 'Cơ sở chế biến suất ăn sẵn', 'Catering'),
              option('canteen', 'Bếp ăn tập thể', 'Canteen'),
            ],
          },
          {
            type: 'number',
            name: 'dailyServings',
            label: t('Số suất ăn phục vụ/ngày', 'Servings per day'),
            required: true,
            integer: true,
            min: 1,
            unit: t('suất', 'servings'),
          },
          {
            type: 'number',
            name: 'staff',
            label: t('Số người trực tiếp chế biến', 'Food handlers'),
            required: true,
            integer: true,
            min: 1,
          },
        ],
      },
      attach(facilityDescription, 'facilityDescription'),
      attach(staffHealth, 'staffHealth'),
      attach(staffTraining, 'staffTraining'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: HEALTH,
  codeProvenance: 'illustrative',
  provenance:
    'Per Nghị định 15/2018/NĐ-CP (Điều 36); charge per Thông tư 67/2021/TT-BTC. Code and time illustrative.',
});

// ── Pharmacist practice certificate ──────────────────────────────────────────────────────────────────

const practiceRequest = component('don-de-nghi-cchn-duoc', 'Đơn đề nghị cấp Chứng chỉ hành nghề dược', {
  required: false,
  template: {
    name: 'Đơn đề nghị cấp Chứng chỉ hành nghề dược (Mẫu số 02 Phụ lục I Nghị định 54/2017/NĐ-CP)',
    file: 'don-de-nghi-cchn-duoc.docx',
  },
});
const portrait = component('anh-chan-dung', 'Ảnh chân dung cỡ 4 cm x 6 cm chụp trong vòng 06 tháng', {
  maxFiles: 1,
});
const diploma = component('van-bang-chuyen-mon', 'Bản sao có chứng thực văn bằng chuyên môn', {
  originals: 0,
  copies: 1,
});
const practiceConfirmation = component(
  'xac-nhan-thuc-hanh',
  'Giấy xác nhận thời gian thực hành chuyên môn tại cơ sở phù hợp',
);
const healthCertificate = component('giay-kham-suc-khoe', 'Giấy chứng nhận đủ sức khỏe để hành nghề dược');

export const pharmacistPracticeCertificate: SeedProcedure = defineProcedure({
  code: '9.000502',
  name: 'Cấp Chứng chỉ hành nghề dược (theo hình thức xét hồ sơ)',
  implementingLevel: 'province',
  field: FIELDS.pharmacy,
  steps: [
    'Người đề nghị nộp hồ sơ tại Sở Y tế.',
    'Sở Y tế kiểm tra hồ sơ, trình Hội đồng tư vấn cấp Chứng chỉ hành nghề dược xem xét.',
    'Giám đốc Sở Y tế cấp Chứng chỉ hành nghề dược hoặc trả lời bằng văn bản nêu rõ lý do không cấp.',
  ],
  channels: channels(
    [inPerson, online, postal],
    days(20),
    [fee('PTD-CCHND', 'Phí thẩm định điều kiện cấp Chứng chỉ hành nghề dược', 500_000, { kind: 'charge' })],
    '20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.',
  ),
  documentComponents: [practiceRequest, portrait, diploma, practiceConfirmation, healthCertificate],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Chứng chỉ hành nghề dược' }],
  legalBasis: [LAW.pharmacyLaw, LAW.decree54of2017, LAW.circular277of2016],
  conditions: [
    'Có văn bằng chuyên môn phù hợp và thời gian thực hành chuyên môn theo Điều 13, 15–20 Luật Dược; đủ sức khỏe.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-de-nghi-cap-chung-chi-hanh-nghe-duoc',
    version: 1,
    title: t('Đơn đề nghị cấp Chứng chỉ hành nghề dược', 'Pharmacist practice certificate'),
    fields: [
      applicantSection(),
      {
        type: 'select',
        name: 'qualification',
        label: t('Văn bằng chuyên môn', 'Qualification'),
        required: true,
        options: [
          option('pharmacist', 'Bằng tốt nghiệp đại học ngành dược', 'Pharmacy degree'),
          option('college', 'Bằng tốt nghiệp cao đẳng ngành dược', 'Pharmacy college diploma'),
          option('intermediate', 'Bằng tốt nghiệp trung cấp ngành dược', 'Intermediate pharmacy diploma'),
        ],
      },
      {
        type: 'text',
        name: 'institution',
        label: t('Cơ sở đào tạo', 'Institution'),
        required: true,
        maxLength: 200,
      },
      {
        type: 'number',
        name: 'graduationYear',
        label: t('Năm tốt nghiệp', 'Year of graduation'),
        required: true,
        integer: true,
        min: 1960,
        max: 2100,
      },
      {
        type: 'checkboxes',
        name: 'scope',
        label: t('Phạm vi hành nghề đề nghị', 'Scope of practice'),
        required: true,
        minSelected: 1,
        options: [
          option('pharmacy', 'Người chịu trách nhiệm chuyên môn của nhà thuốc', 'Pharmacy'),
          option('drugCounter', 'Người chịu trách nhiệm chuyên môn của quầy thuốc', 'Drug counter'),
          option('wholesale', 'Người chịu trách nhiệm chuyên môn của cơ sở bán buôn thuốc', 'Wholesaler'),
        ],
      },
      {
        type: 'number',
        name: 'practiceMonths',
        label: t('Thời gian thực hành chuyên môn', 'Supervised practice'),
        required: true,
        integer: true,
        min: 0,
        max: 600,
        unit: t('tháng', 'months'),
      },
      attach(portrait, 'portrait'),
      attach(diploma, 'diploma'),
      attach(practiceConfirmation, 'practiceConfirmation'),
      attach(healthCertificate, 'healthCertificate'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: HEALTH,
  codeProvenance: 'illustrative',
  provenance:
    'Per Luật Dược (Điều 24–27) and Nghị định 54/2017/NĐ-CP. Code illustrative; charge as commonly quoted.',
});

export const healthProcedures: readonly SeedProcedure[] = [
  foodSafetyCertificate,
  pharmacistPracticeCertificate,
];
