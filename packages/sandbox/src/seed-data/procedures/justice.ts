/**
 * Chứng thực (authentication) at the commune, and the judicial record certificate (lý lịch tư pháp) at the
 * province.
 *
 * Real: Decree 23/2015/NĐ-CP (same-day authentication, what may be authenticated), the authentication charges
 * of Circular 226/2016/TT-BTC (copies 2,000 đ/page for the first two pages, 1,000 đ from the third, at most
 * 200,000 đ per copy; signatures 10,000 đ per case), the Law on Judicial Records 28/2009/QH12 (10 working days,
 * Article 48) and its charge of 200,000 đ (100,000 đ for students and families of people with merit,
 * Circular 244/2016/TT-BTC). Since 2025 the provincial police issue judicial record certificates (the records
 * moved to the Ministry of Public Security); the seed routes them there.
 * Codes 2.000815 and 2.000884 are `seen`; 3.000333 appears in a single public dataset (kept, marked seen).
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
import { applicantSection, attach, declaration, fullName, option, resultDelivery, t } from './forms.js';

const { inPerson, online, postal } = Channel;

const SAME_DAY =
  'Trong ngày cơ quan tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; có thể kéo dài theo thỏa thuận với người yêu cầu đối với yêu cầu số lượng lớn.';

// ── Certified copy from the original ─────────────────────────────────────────────────────────────────

const originalDocument = component(
  'ban-chinh-giay-to',
  'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
  {
    note: 'Xuất trình bản chính khi nhận kết quả; khi nộp trực tuyến, tải lên bản chụp để đối chiếu.',
    maxFiles: 20,
  },
);

export const certifiedCopy: SeedProcedure = defineProcedure({
  code: '2.000815',
  name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
  implementingLevel: 'commune',
  field: FIELDS.authentication,
  steps: [
    'Người yêu cầu chứng thực xuất trình bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực.',
    'Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung bản sao đúng với bản chính thì ghi lời chứng, ký, ghi rõ họ tên, đóng dấu.',
    'Trả bản sao đã được chứng thực cho người yêu cầu.',
  ],
  channels: [
    ...channels(
      [inPerson],
      workingDays(1),
      [
        fee('PCT-BS', 'Phí chứng thực bản sao từ bản chính', 2_000, {
          kind: 'charge',
          collectedAt: 'result',
          description:
            '2.000 đồng/trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản.',
        }),
      ],
      SAME_DAY,
    ),
    ...channels(
      [online],
      workingDays(1),
      [
        fee('PCT-BS', 'Phí chứng thực bản sao điện tử từ bản chính', 2_000, {
          kind: 'charge',
          description:
            '2.000 đồng/trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản.',
        }),
      ],
      'Bản sao điện tử được chứng thực từ bản chính; người yêu cầu xuất trình bản chính để đối chiếu.',
    ),
  ],
  documentComponents: [originalDocument],
  subjects: ['citizen', 'enterprise', 'organisation', 'foreigner'],
  agencies: [],
  results: [{ name: 'Bản sao được chứng thực từ bản chính' }],
  legalBasis: [LAW.decree23of2015, LAW.circular226of2016],
  conditions: [
    'Không chứng thực bản sao từ bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; bản chính bị hư hỏng, cũ nát không xác định được nội dung; bản chính đóng dấu mật hoặc ghi rõ không được sao chụp.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'yeu-cau-chung-thuc-ban-sao',
    version: 1,
    title: t('Yêu cầu chứng thực bản sao từ bản chính', 'Certified copy from the original'),
    fields: [
      applicantSection({ withAddress: false }),
      {
        type: 'group',
        name: 'documents',
        label: t('Giấy tờ cần chứng thực', 'Documents to certify'),
        itemLabel: t('Giấy tờ {n}', 'Document {n}'),
        minItems: 1,
        maxItems: 20,
        fields: [
          {
            type: 'text',
            name: 'documentName',
            label: t('Tên giấy tờ, văn bản', 'Document'),
            hint: t('Ví dụ: Bằng tốt nghiệp trung học phổ thông', 'For example: upper secondary diploma'),
            required: true,
            maxLength: 200,
          },
          {
            type: 'number',
            name: 'pages',
            label: t('Số trang', 'Pages'),
            required: true,
            integer: true,
            min: 1,
            max: 500,
          },
          {
            type: 'number',
            name: 'copies',
            label: t('Số bản sao', 'Copies'),
            required: true,
            integer: true,
            min: 1,
            max: 50,
            defaultValue: 1,
          },
        ],
      },
      attach(originalDocument, 'originalScans'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'communeCommittee', part: 'implementing' },
    { role: 'communeCommittee', part: 'deciding' },
  ],
  codeProvenance: 'seen',
  provenance:
    'Per Nghị định 23/2015/NĐ-CP (Điều 20–22); charges per Thông tư 226/2016/TT-BTC (per page: see description).',
});

// ── Signature authentication ─────────────────────────────────────────────────────────────────────────

const documentToSign = component('giay-to-can-chung-thuc-chu-ky', 'Giấy tờ, văn bản mà mình sẽ ký', {
  note: 'Người yêu cầu phải ký trước mặt người thực hiện chứng thực.',
});

export const signatureAuthentication: SeedProcedure = defineProcedure({
  code: '2.000884',
  name: 'Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
  implementingLevel: 'commune',
  field: FIELDS.authentication,
  steps: [
    'Người yêu cầu chứng thực xuất trình giấy tờ tùy thân còn giá trị sử dụng và giấy tờ, văn bản mà mình sẽ ký.',
    'Người thực hiện chứng thực kiểm tra; nếu đủ điều kiện thì yêu cầu người yêu cầu ký (điểm chỉ) trước mặt.',
    'Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và trả kết quả.',
  ],
  channels: channels(
    [inPerson],
    workingDays(1),
    [
      fee('PCT-CK', 'Phí chứng thực chữ ký', 10_000, {
        kind: 'charge',
        collectedAt: 'result',
        description: '10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong một giấy tờ, văn bản).',
      }),
    ],
    SAME_DAY,
  ),
  documentComponents: [documentToSign],
  subjects: ['citizen', 'foreigner'],
  agencies: [],
  results: [{ name: 'Giấy tờ, văn bản được chứng thực chữ ký' }],
  legalBasis: [LAW.decree23of2015, LAW.circular226of2016],
  conditions: [
    'Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực; không chứng thực chữ ký trong giấy tờ có nội dung trái pháp luật, đạo đức xã hội.',
  ],
  onlineLevel: 'none',
  formSpec: {
    id: 'yeu-cau-chung-thuc-chu-ky',
    version: 1,
    title: t('Đăng ký trước yêu cầu chứng thực chữ ký', 'Signature authentication (booking)'),
    description: t(
      'Khai trước để rút ngắn thời gian tại quầy; việc ký vẫn thực hiện trực tiếp.',
      'Book ahead to save time at the desk; signing still happens in person.',
    ),
    fields: [
      applicantSection({ withAddress: false }),
      {
        type: 'text',
        name: 'documentTitle',
        label: t('Tên giấy tờ, văn bản sẽ ký', 'Document to be signed'),
        required: true,
        maxLength: 200,
      },
      {
        type: 'radio',
        name: 'signingMethod',
        label: t('Hình thức xác nhận', 'How the applicant signs'),
        required: true,
        defaultValue: 'signature',
        options: [
          option('signature', 'Ký', 'Signature'),
          option('fingerprint', 'Điểm chỉ', 'Fingerprint'),
          option('unable', 'Không thể ký, không thể điểm chỉ', 'Can neither sign nor fingerprint'),
        ],
      },
      {
        type: 'textarea',
        name: 'witnessNote',
        label: t('Người làm chứng', 'Witness'),
        hint: t('Bắt buộc có người làm chứng khi không thể ký, không thể điểm chỉ', 'A witness is required'),
        required: true,
        maxLength: 500,
        visibleWhen: { field: 'signingMethod', equals: 'unable' },
      },
      attach(documentToSign, 'documentToSign'),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'communeCommittee', part: 'implementing' },
    { role: 'communeCommittee', part: 'deciding' },
  ],
  codeProvenance: 'seen',
  provenance: 'Per Nghị định 23/2015/NĐ-CP (Điều 24–25); charge per Thông tư 226/2016/TT-BTC.',
});

// ── Judicial record certificate ──────────────────────────────────────────────────────────────────────

const judicialRecordRequest = component('to-khai-yeu-cau-lltp', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', {
  required: false,
  template: { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03)', file: 'to-khai-lltp.docx' },
  note: 'Khi nộp trực tuyến hoặc trên VNeID, khai biểu mẫu điện tử.',
});
const feeReductionProof = component(
  'giay-to-mien-giam-phi-lltp',
  'Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (thẻ học sinh, sinh viên; giấy chứng nhận người có công…)',
  { required: false, originals: 0, copies: 1 },
);

export const judicialRecordCertificate: SeedProcedure = defineProcedure({
  code: '3.000333',
  name: 'Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
  implementingLevel: 'province',
  field: FIELDS.judicialRecord,
  steps: [
    'Người yêu cầu nộp Tờ khai và giấy tờ kèm theo tại Công an cấp tỉnh (nơi thường trú, tạm trú) hoặc trực tuyến qua Cổng Dịch vụ công, ứng dụng VNeID.',
    'Cơ quan tiếp nhận kiểm tra, tra cứu thông tin lý lịch tư pháp về án tích, về cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp; xác minh khi cần.',
    'Thủ trưởng cơ quan ký Phiếu lý lịch tư pháp; trả kết quả trực tiếp, qua bưu chính hoặc bản điện tử trên VNeID.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(10),
    [
      fee('PLLTP', 'Phí cung cấp thông tin lý lịch tư pháp', 200_000, {
        kind: 'charge',
        description:
          '200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng; trẻ em, người cao tuổi, người khuyết tật, hộ nghèo được miễn. Từ Phiếu thứ 3 trở đi: 5.000 đồng/Phiếu.',
      }),
    ],
    'Trường hợp phải xác minh hoặc người yêu cầu là người nước ngoài thì không quá 15 ngày.',
  ),
  documentComponents: [judicialRecordRequest, feeReductionProof],
  subjects: ['citizen', 'foreigner'],
  agencies: [],
  results: [{ name: 'Phiếu lý lịch tư pháp số 1 (bản giấy hoặc bản điện tử)' }],
  legalBasis: [LAW.judicialRecordLaw, LAW.circular244of2016],
  conditions: ['Người yêu cầu từ đủ 14 tuổi trở lên.'],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-yeu-cau-cap-phieu-lltp',
    version: 1,
    title: t('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Judicial record certificate'),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'identity',
        title: t('Thông tin nhân thân', 'Personal details'),
        fields: [
          {
            type: 'radio',
            name: 'gender',
            label: t('Giới tính', 'Sex'),
            required: true,
            options: [option('male', 'Nam', 'Male'), option('female', 'Nữ', 'Female')],
            prefill: { source: 'population', claim: 'gender', editable: false },
          },
          {
            type: 'text',
            name: 'birthPlace',
            label: t('Nơi sinh', 'Place of birth'),
            required: true,
            maxLength: 300,
            prefill: { source: 'population', claim: 'birthPlace', editable: false },
          },
          fullName('fatherFullName', t('Họ, chữ đệm, tên cha', "Father's full name")),
          fullName('motherFullName', t('Họ, chữ đệm, tên mẹ', "Mother's full name")),
          fullName('spouseFullName', t('Họ, chữ đệm, tên vợ/chồng (nếu có)', "Spouse's full name (if any)"), {
            required: false,
          }),
        ],
      },
      {
        type: 'group',
        name: 'residenceHistory',
        label: t('Quá trình cư trú (từ đủ 14 tuổi)', 'Residence history (since age 14)'),
        itemLabel: t('Giai đoạn {n}', 'Period {n}'),
        minItems: 1,
        maxItems: 15,
        fields: [
          { type: 'date', name: 'from', label: t('Từ ngày', 'From'), required: true, max: 'today' },
          { type: 'date', name: 'to', label: t('Đến ngày', 'To'), max: 'today' },
          {
            type: 'address',
            name: 'place',
            label: t('Nơi cư trú', 'Place'),
            required: true,
            granularity: 'commune',
          },
          {
            type: 'text',
            name: 'occupation',
            label: t('Nghề nghiệp, nơi làm việc', 'Occupation, workplace'),
            maxLength: 200,
          },
        ],
      },
      {
        type: 'text',
        name: 'purpose',
        label: t('Mục đích sử dụng Phiếu', 'Purpose'),
        hint: t('Ví dụ: bổ sung hồ sơ xin việc', 'For example: job application'),
        required: true,
        maxLength: 200,
      },
      {
        type: 'number',
        name: 'copies',
        label: t('Số lượng Phiếu', 'Number of certificates'),
        required: true,
        integer: true,
        min: 1,
        max: 10,
        defaultValue: 1,
      },
      {
        type: 'radio',
        name: 'feeCategory',
        label: t('Đối tượng nộp phí', 'Fee category'),
        required: true,
        defaultValue: 'standard',
        options: [
          option('standard', 'Thông thường (200.000 đồng)', 'Standard (200,000 VND)'),
          option(
            'reduced',
            'Sinh viên, người có công, thân nhân liệt sĩ (100.000 đồng)',
            'Reduced (100,000 VND)',
          ),
          option('exempt', 'Trẻ em, người cao tuổi, người khuyết tật, hộ nghèo (miễn)', 'Exempt'),
        ],
      },
      attach(feeReductionProof, 'feeReductionProof', {
        required: true,
        visibleWhen: { field: 'feeCategory', in: ['reduced', 'exempt'] },
      }),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'police', part: 'implementing' },
    { role: 'police', part: 'deciding' },
    { role: 'serviceCentre', part: 'coordinating' },
  ],
  codeProvenance: 'seen',
  provenance:
    'Per Luật Lý lịch tư pháp (Điều 45–48); charge per Thông tư 244/2016/TT-BTC. Issuing body (provincial police) reflects the 2025 transfer; code seen in one public dataset only.',
});

export const justiceProcedures: readonly SeedProcedure[] = [
  certifiedCopy,
  signatureAuthentication,
  judicialRecordCertificate,
];
