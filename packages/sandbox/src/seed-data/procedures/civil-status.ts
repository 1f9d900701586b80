/**
 * Hộ tịch (civil status), commune level: the Ministry of Justice's procedures carried out by every commune
 * People's Committee.
 *
 * Real (the Law on Civil Status 60/2014/QH13, Decree 123/2015/NĐ-CP, Circular 04/2020/TT-BTP): steps, documents,
 * statutory times ("ngay trong ngày" = same working day, or the next one when received after 15:00), the fee
 * exemptions of Article 11 of the Law (on-time birth and death registration, domestic marriage are free), the
 * 8,000 đ charge per extract copy (Circular 281/2016/TT-BTC). Codes are `seen` (see `CodeProvenance`).
 * Illustrative: the amounts of fees the provincial People's Council sets (Circular 85/2019/TT-BTC), here the
 * commonly published level.
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
  childIdentityFields,
  declaration,
  ETHNICITY_OPTIONS,
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

const authorisation = component('van-ban-uy-quyen', 'Văn bản ủy quyền (trường hợp ủy quyền thực hiện)', {
  required: false,
  note: 'Văn bản ủy quyền phải được chứng thực, trừ khi người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.',
});

const SAME_DAY =
  'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.';

// ── Birth registration ───────────────────────────────────────────────────────────────────────────────

const birthForm = component('to-khai-khai-sinh', 'Tờ khai đăng ký khai sinh', {
  required: false,
  template: {
    name: 'Tờ khai đăng ký khai sinh (Mẫu ban hành kèm Thông tư 04/2024/TT-BTP)',
    file: 'to-khai-khai-sinh.docx',
  },
  note: 'Bắt buộc khi nộp trực tiếp hoặc qua bưu chính; khi nộp trực tuyến, người yêu cầu khai biểu mẫu điện tử.',
});
const birthCertificate = component('giay-chung-sinh', 'Giấy chứng sinh', {
  note: 'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.',
});

export const birthRegistration: SeedProcedure = defineProcedure({
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến tại Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ.',
    'Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu đầy đủ, hợp lệ thì tiếp nhận, nếu chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.',
    'Công chức tư pháp - hộ tịch ghi nội dung khai sinh vào Sổ hộ tịch, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử để lấy số định danh cá nhân.',
    'Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy khai sinh (bản chính, bản điện tử) cho người được đăng ký khai sinh.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(1),
    [
      fee('LPHT-KS', 'Lệ phí đăng ký khai sinh', 0, {
        description:
          'Miễn lệ phí đăng ký khai sinh đúng hạn (Điều 11 Luật Hộ tịch); đăng ký quá hạn nộp lệ phí theo mức Hội đồng nhân dân tỉnh quy định.',
      }),
    ],
    SAME_DAY,
  ),
  documentComponents: [birthForm, birthCertificate, authorisation],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy khai sinh (bản chính và bản điện tử)' }, { name: 'Số định danh cá nhân của trẻ' }],
  legalBasis: [
    LAW.civilStatusLaw,
    LAW.decree123,
    LAW.circular04of2020,
    LAW.decree63of2024,
    LAW.circular85of2019,
  ],
  conditions: [
    'Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác thực hiện.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-dang-ky-khai-sinh',
    version: 1,
    title: t('Tờ khai đăng ký khai sinh', 'Birth registration'),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'registration',
        title: t('Thông tin đăng ký', 'Registration'),
        fields: [
          relationField('applicantRelation', t('Quan hệ với người được khai sinh', 'Relation to the child'), [
            option('mother', 'Mẹ', 'Mother'),
            option('father', 'Cha', 'Father'),
            option('grandparent', 'Ông, bà', 'Grandparent'),
            option('relative', 'Người thân thích khác', 'Other relative'),
            option('authorised', 'Người được ủy quyền', 'Authorised person'),
          ]),
          {
            type: 'radio',
            name: 'registrationType',
            label: t('Loại đăng ký', 'Type of registration'),
            required: true,
            defaultValue: 'onTime',
            options: [
              option('onTime', 'Đúng hạn (trong 60 ngày kể từ ngày sinh)', 'On time (within 60 days)'),
              option('late', 'Quá hạn', 'Late'),
            ],
          },
          {
            type: 'textarea',
            name: 'lateReason',
            label: t('Lý do đăng ký quá hạn', 'Why the registration is late'),
            required: true,
            maxLength: 1000,
            visibleWhen: { field: 'registrationType', equals: 'late' },
          },
        ],
      },
      {
        type: 'section',
        name: 'child',
        title: t('Thông tin của trẻ', 'The child'),
        fields: [
          ...childIdentityFields(),
          {
            type: 'address',
            name: 'childBirthPlace',
            label: t('Nơi sinh', 'Place of birth'),
            hint: t(
              'Tên cơ sở y tế hoặc nơi sinh, đến cấp xã',
              'The hospital or place of birth, down to the commune',
            ),
            required: true,
            granularity: 'commune',
          },
          {
            type: 'select',
            name: 'childEthnicity',
            label: t('Dân tộc', 'Ethnicity'),
            required: true,
            defaultValue: 'kinh',
            options: ETHNICITY_OPTIONS,
          },
          {
            type: 'text',
            name: 'childHometown',
            label: t('Quê quán', 'Hometown'),
            hint: t('Theo quê quán của cha hoặc mẹ, theo thỏa thuận', "The father's or mother's, as agreed"),
            required: true,
            maxLength: 200,
          },
        ],
      },
      {
        type: 'section',
        name: 'mother',
        title: t('Thông tin người mẹ', 'The mother'),
        fields: [
          fullName('motherFullName', t('Họ, chữ đệm, tên người mẹ', "Mother's full name")),
          {
            type: 'citizenId',
            name: 'motherCitizenId',
            label: t('Số định danh cá nhân của người mẹ', "Mother's citizen ID number"),
            required: true,
          },
        ],
      },
      {
        type: 'section',
        name: 'father',
        title: t('Thông tin người cha', 'The father'),
        fields: [
          {
            type: 'checkbox',
            name: 'fatherUnknown',
            label: t('Chưa xác định được người cha', 'The father is not established'),
          },
          fullName('fatherFullName', t('Họ, chữ đệm, tên người cha', "Father's full name"), {
            visibleWhen: { not: { field: 'fatherUnknown', equals: true } },
          }),
          {
            type: 'citizenId',
            name: 'fatherCitizenId',
            label: t('Số định danh cá nhân của người cha', "Father's citizen ID number"),
            required: true,
            visibleWhen: { not: { field: 'fatherUnknown', equals: true } },
          },
        ],
      },
      {
        type: 'section',
        name: 'documents',
        title: t('Giấy tờ kèm theo', 'Documents'),
        fields: [
          attach(birthCertificate, 'birthCertificate'),
          attach(authorisation, 'authorisation', {
            required: true,
            visibleWhen: { field: 'applicantRelation', equals: 'authorised' },
          }),
          {
            type: 'checkbox',
            name: 'linkedResidenceAndInsurance',
            label: t(
              'Đồng thời đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ (liên thông)',
              'Also register permanent residence and issue a health insurance card (joined-up service)',
            ),
            defaultValue: true,
          },
        ],
      },
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance:
    'Steps, documents and fee exemption per Luật Hộ tịch and Nghị định 123/2015/NĐ-CP; form after Thông tư 04/2024/TT-BTP.',
});

// ── Death registration ───────────────────────────────────────────────────────────────────────────────

const deathForm = component('to-khai-khai-tu', 'Tờ khai đăng ký khai tử', {
  required: false,
  template: { name: 'Tờ khai đăng ký khai tử', file: 'to-khai-khai-tu.docx' },
  note: 'Bắt buộc khi nộp trực tiếp hoặc qua bưu chính; khi nộp trực tuyến, khai biểu mẫu điện tử.',
});
const deathNotice = component('giay-bao-tu', 'Giấy báo tử hoặc giấy tờ khác thay giấy báo tử', {
  note: 'Do cơ quan có thẩm quyền cấp (cơ sở y tế, Ủy ban nhân dân cấp xã, cơ quan công an…).',
});

export const deathRegistration: SeedProcedure = defineProcedure({
  code: '1.000656',
  name: 'Thủ tục đăng ký khai tử',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Người có trách nhiệm nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết (hoặc nơi người đó chết, nơi phát hiện thi thể).',
    'Công chức tư pháp - hộ tịch kiểm tra hồ sơ, ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử; thông tin được chuyển để xóa đăng ký thường trú.',
    'Chủ tịch Ủy ban nhân dân cấp xã cấp Trích lục khai tử cho người đi đăng ký khai tử.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(1),
    [
      fee('LPHT-KT', 'Lệ phí đăng ký khai tử', 0, {
        description: 'Miễn lệ phí đăng ký khai tử đúng hạn (Điều 11 Luật Hộ tịch).',
      }),
    ],
    SAME_DAY,
  ),
  documentComponents: [deathForm, deathNotice, authorisation],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Trích lục khai tử (bản chính và bản điện tử)' }],
  legalBasis: [LAW.civilStatusLaw, LAW.decree123, LAW.circular04of2020, LAW.decree63of2024],
  conditions: [
    'Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-dang-ky-khai-tu',
    version: 1,
    title: t('Tờ khai đăng ký khai tử', 'Death registration'),
    fields: [
      applicantSection(),
      relationField('applicantRelation', t('Quan hệ với người đã chết', 'Relation to the deceased'), [
        option('spouse', 'Vợ, chồng', 'Spouse'),
        option('child', 'Con', 'Child'),
        option('parent', 'Cha, mẹ', 'Parent'),
        option('relative', 'Người thân thích khác', 'Other relative'),
        option('authorised', 'Người được ủy quyền', 'Authorised person'),
      ]),
      {
        type: 'section',
        name: 'deceased',
        title: t('Thông tin người đã chết', 'The deceased'),
        fields: [
          fullName('deceasedFullName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'deceasedCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
          {
            type: 'date',
            name: 'deceasedBirthDate',
            label: t('Ngày, tháng, năm sinh', 'Date of birth'),
            required: true,
            max: 'today',
          },
          {
            type: 'radio',
            name: 'deceasedGender',
            label: t('Giới tính', 'Sex'),
            required: true,
            options: GENDER_OPTIONS,
          },
          {
            type: 'date',
            name: 'deathDate',
            label: t('Ngày chết', 'Date of death'),
            required: true,
            max: 'today',
          },
          {
            type: 'text',
            name: 'deathTime',
            label: t('Giờ chết', 'Time of death'),
            hint: t('Ví dụ 14:30', 'For example 14:30'),
            pattern: { regex: '([01][0-9]|2[0-3]):[0-5][0-9]', message: t('Giờ có dạng HH:MM', 'Use HH:MM') },
          },
          {
            type: 'address',
            name: 'deathPlace',
            label: t('Nơi chết', 'Place of death'),
            required: true,
            granularity: 'street',
          },
          {
            type: 'text',
            name: 'deathCause',
            label: t('Nguyên nhân chết', 'Cause of death'),
            required: true,
            maxLength: 300,
          },
        ],
      },
      attach(deathNotice, 'deathNotice'),
      attach(authorisation, 'authorisation', {
        required: true,
        visibleWhen: { field: 'applicantRelation', equals: 'authorised' },
      }),
      {
        type: 'checkbox',
        name: 'linkedFuneralAllowance',
        label: t(
          'Đồng thời đề nghị giải quyết mai táng phí, trợ cấp tử tuất (nếu đủ điều kiện)',
          'Also apply for the funeral allowance (if eligible)',
        ),
      },
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Luật Hộ tịch (Điều 33–34) and Nghị định 63/2024/NĐ-CP on the joined-up death procedures.',
});

// ── Marriage registration ────────────────────────────────────────────────────────────────────────────

const marriageForm = component('to-khai-ket-hon', 'Tờ khai đăng ký kết hôn', {
  required: false,
  template: { name: 'Tờ khai đăng ký kết hôn', file: 'to-khai-ket-hon.docx' },
  note: 'Hai bên nam, nữ có thể khai chung vào một tờ khai; khi nộp trực tuyến, khai biểu mẫu điện tử.',
});
const maritalStatusCertificate = component(
  'giay-xac-nhan-tthn',
  'Giấy xác nhận tình trạng hôn nhân (trường hợp một bên không cư trú tại xã đăng ký kết hôn và thông tin chưa có trong Cơ sở dữ liệu)',
  { required: false },
);
const divorceProof = component(
  'giay-to-ly-hon',
  'Bản án, quyết định ly hôn đã có hiệu lực hoặc trích lục ghi chú ly hôn (trường hợp đã từng kết hôn)',
  { required: false, originals: 0, copies: 1 },
);

export const marriageRegistration: SeedProcedure = defineProcedure({
  code: '1.000894',
  name: 'Thủ tục đăng ký kết hôn',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Hai bên nam, nữ nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên.',
    'Công chức tư pháp - hộ tịch kiểm tra, xác minh điều kiện kết hôn; nếu đủ điều kiện thì ghi vào Sổ hộ tịch.',
    'Hai bên nam, nữ cùng có mặt, ký vào Giấy chứng nhận kết hôn và Sổ hộ tịch; Chủ tịch Ủy ban nhân dân cấp xã trao Giấy chứng nhận kết hôn cho hai bên.',
  ],
  channels: channels(
    [inPerson, online],
    workingDays(1),
    [
      fee('LPHT-KH', 'Lệ phí đăng ký kết hôn', 0, {
        description: 'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước.',
      }),
    ],
    `${SAME_DAY} Trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.`,
  ),
  documentComponents: [marriageForm, maritalStatusCertificate, divorceProof],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận kết hôn (bản chính và bản điện tử)' }],
  legalBasis: [LAW.civilStatusLaw, LAW.decree123, LAW.circular04of2020],
  conditions: [
    'Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam và nữ tự nguyện quyết định.',
    'Không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình.',
    'Khi nhận Giấy chứng nhận kết hôn, hai bên phải cùng có mặt.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'to-khai-dang-ky-ket-hon',
    version: 1,
    title: t('Tờ khai đăng ký kết hôn', 'Marriage registration'),
    fields: [
      applicantSection(),
      {
        type: 'radio',
        name: 'applicantMarriageCount',
        label: t('Người yêu cầu kết hôn lần thứ', 'This is the applicant’s marriage'),
        required: true,
        options: [
          option('first', 'Lần đầu', 'First'),
          option('again', 'Lần thứ hai trở lên', 'Second or later'),
        ],
      },
      {
        type: 'section',
        name: 'partner',
        title: t('Thông tin bên kia', 'The other party'),
        fields: [
          fullName('partnerFullName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'partnerCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
          {
            type: 'date',
            name: 'partnerBirthDate',
            label: t('Ngày, tháng, năm sinh', 'Date of birth'),
            required: true,
            max: 'today',
          },
          {
            type: 'select',
            name: 'partnerEthnicity',
            label: t('Dân tộc', 'Ethnicity'),
            required: true,
            defaultValue: 'kinh',
            options: ETHNICITY_OPTIONS,
          },
          {
            type: 'address',
            name: 'partnerResidence',
            label: t('Nơi cư trú', 'Place of residence'),
            required: true,
            granularity: 'street',
          },
          {
            type: 'radio',
            name: 'partnerMarriageCount',
            label: t('Bên kia kết hôn lần thứ', "This is the other party's marriage"),
            required: true,
            options: [
              option('first', 'Lần đầu', 'First'),
              option('again', 'Lần thứ hai trở lên', 'Second or later'),
            ],
          },
          {
            type: 'radio',
            name: 'partnerResidesElsewhere',
            label: t(
              'Bên kia cư trú ngoài xã, phường nơi đăng ký kết hôn?',
              'Does the other party live outside the registering commune?',
            ),
            required: true,
            options: [option('no', 'Không', 'No'), option('yes', 'Có', 'Yes')],
          },
        ],
      },
      attach(maritalStatusCertificate, 'maritalStatusCertificate', {
        visibleWhen: { field: 'partnerResidesElsewhere', equals: 'yes' },
        hint: t(
          'Không phải nộp nếu thông tin đã có trong Cơ sở dữ liệu hộ tịch điện tử',
          'Not needed when the civil status database already holds it',
        ),
      }),
      attach(divorceProof, 'divorceProof', {
        required: true,
        visibleWhen: {
          any: [
            { field: 'applicantMarriageCount', equals: 'again' },
            { field: 'partnerMarriageCount', equals: 'again' },
          ],
        },
      }),
      {
        type: 'date',
        name: 'preferredCeremonyDate',
        label: t('Ngày dự kiến nhận Giấy chứng nhận kết hôn', 'Preferred date to receive the certificate'),
        hint: t('Hai bên cùng có mặt', 'Both parties must attend'),
        min: 'today',
      },
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance:
    'Per Luật Hộ tịch (Điều 17–18) and Nghị định 123/2015/NĐ-CP (Điều 18 on proof of marital status).',
});

// ── Marital status certificate ───────────────────────────────────────────────────────────────────────

const maritalStatusRequest = component(
  'to-khai-xac-nhan-tthn',
  'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
  {
    required: false,
    template: { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', file: 'to-khai-xac-nhan-tthn.docx' },
  },
);
const endOfMarriageProof = component(
  'giay-to-cham-dut-hon-nhan',
  'Giấy tờ chứng minh việc ly hôn hoặc người vợ, chồng đã chết (trường hợp đã có vợ, chồng)',
  { required: false, originals: 0, copies: 1 },
);
const previousCertificate = component(
  'giay-xac-nhan-da-cap',
  'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp đề nghị cấp lại cho mục đích khác)',
  { required: false },
);

export const maritalStatusCertification: SeedProcedure = defineProcedure({
  code: '1.004873',
  name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Người yêu cầu nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi thường trú (hoặc nơi tạm trú nếu không có nơi thường trú).',
    'Công chức tư pháp - hộ tịch kiểm tra, tra cứu Cơ sở dữ liệu hộ tịch; trường hợp đã cư trú nhiều nơi thì xác minh tình trạng hôn nhân tại các nơi đó.',
    'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy xác nhận tình trạng hôn nhân cấp cho người có yêu cầu.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(3),
    [
      fee('LPHT-XNHN', 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 15_000, {
        description:
          'Mức thu do Hội đồng nhân dân tỉnh quyết định (minh họa); miễn cho người thuộc gia đình có công, hộ nghèo, người khuyết tật.',
      }),
    ],
    'Trường hợp phải xác minh thì thời hạn được kéo dài thêm không quá 20 ngày.',
  ),
  documentComponents: [maritalStatusRequest, endOfMarriageProof, previousCertificate],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy xác nhận tình trạng hôn nhân' }],
  legalBasis: [LAW.civilStatusLaw, LAW.decree123, LAW.circular04of2020, LAW.circular85of2019],
  conditions: [
    'Giấy xác nhận tình trạng hôn nhân có giá trị 06 tháng kể từ ngày cấp và chỉ được sử dụng cho mục đích đã ghi.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-cap-giay-xac-nhan-tthn',
    version: 1,
    title: t('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Marital status certificate'),
    fields: [
      applicantSection(),
      {
        type: 'radio',
        name: 'currentStatus',
        label: t('Tình trạng hôn nhân hiện nay', 'Current marital status'),
        required: true,
        options: [
          option('single', 'Chưa đăng ký kết hôn với ai', 'Never married'),
          option('married', 'Đang có vợ/chồng', 'Married'),
          option('divorced', 'Đã ly hôn, chưa kết hôn lại', 'Divorced, not remarried'),
          option('widowed', 'Vợ/chồng đã chết, chưa kết hôn lại', 'Widowed, not remarried'),
        ],
      },
      attach(endOfMarriageProof, 'endOfMarriageProof', {
        required: true,
        visibleWhen: { field: 'currentStatus', in: ['divorced', 'widowed'] },
      }),
      {
        type: 'select',
        name: 'purpose',
        label: t('Mục đích sử dụng', 'Purpose'),
        required: true,
        options: [
          option('marriage', 'Để đăng ký kết hôn', 'To register a marriage'),
          option('property', 'Để làm thủ tục về nhà đất, tài sản', 'For a property transaction'),
          option('other', 'Mục đích khác', 'Other'),
        ],
      },
      {
        type: 'section',
        name: 'intendedSpouse',
        title: t('Người dự định kết hôn', 'Intended spouse'),
        visibleWhen: { field: 'purpose', equals: 'marriage' },
        fields: [
          fullName('intendedSpouseName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'date',
            name: 'intendedSpouseBirthDate',
            label: t('Ngày, tháng, năm sinh', 'Date of birth'),
            required: true,
            max: 'today',
          },
          {
            type: 'text',
            name: 'intendedSpouseNationality',
            label: t('Quốc tịch', 'Nationality'),
            required: true,
            defaultValue: 'Việt Nam',
            maxLength: 60,
          },
          {
            type: 'text',
            name: 'intendedSpouseDocument',
            label: t('Số giấy tờ tùy thân', 'Identity document number'),
            required: true,
            maxLength: 30,
          },
        ],
      },
      {
        type: 'text',
        name: 'otherPurpose',
        label: t('Mục đích khác (ghi rõ)', 'Other purpose (state it)'),
        required: true,
        maxLength: 200,
        visibleWhen: { field: 'purpose', equals: 'other' },
      },
      {
        type: 'group',
        name: 'residenceHistory',
        label: t(
          'Các nơi đã đăng ký thường trú trước đây (từ đủ 18 tuổi đối với nữ, 20 tuổi đối với nam)',
          'Previous permanent residences (since adulthood)',
        ),
        itemLabel: t('Nơi cư trú {n}', 'Residence {n}'),
        minItems: 0,
        maxItems: 10,
        fields: [
          {
            type: 'address',
            name: 'address',
            label: t('Địa chỉ', 'Address'),
            required: true,
            granularity: 'commune',
          },
          { type: 'date', name: 'from', label: t('Từ ngày', 'From'), required: true, max: 'today' },
          { type: 'date', name: 'to', label: t('Đến ngày', 'To'), required: true, max: 'today' },
        ],
      },
      {
        type: 'checkbox',
        name: 'reissue',
        label: t('Đề nghị cấp lại (đã được cấp Giấy xác nhận trước đây)', 'This is a re-issue'),
      },
      attach(previousCertificate, 'previousCertificate', {
        required: true,
        visibleWhen: { field: 'reissue', equals: true },
      }),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance:
    'Per Nghị định 123/2015/NĐ-CP (Điều 21–23). The 15,000 đ fee is illustrative (set by each province).',
});

// ── Change, correction, supplement of civil status ───────────────────────────────────────────────────

const changeForm = component(
  'to-khai-thay-doi-cai-chinh',
  'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
  {
    required: false,
    template: {
      name: 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
      file: 'to-khai-thay-doi-cai-chinh.docx',
    },
  },
);
const changeEvidence = component(
  'giay-to-can-cu',
  'Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch',
  {
    originals: 0,
    copies: 1,
  },
);
const civilStatusPaper = component(
  'giay-to-ho-tich-can-sua',
  'Bản chính giấy tờ hộ tịch cần thay đổi, cải chính',
  {
    note: 'Giấy khai sinh, trích lục kết hôn… đã cấp; nộp lại để cấp bản mới.',
  },
);

export const civilStatusChange: SeedProcedure = defineProcedure({
  code: '1.004859',
  name: 'Thủ tục đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Người yêu cầu nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú.',
    'Công chức tư pháp - hộ tịch xem xét; nếu việc thay đổi, cải chính có cơ sở, phù hợp pháp luật thì ghi vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử.',
    'Chủ tịch Ủy ban nhân dân cấp xã ký Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch cấp cho người yêu cầu.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(3),
    [
      fee('LPHT-TDCC', 'Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch', 15_000, {
        description: 'Mức thu do Hội đồng nhân dân tỉnh quyết định (minh họa).',
      }),
    ],
    'Trường hợp cần xác minh thì kéo dài thêm không quá 03 ngày làm việc.',
  ),
  documentComponents: [changeForm, changeEvidence, civilStatusPaper, authorisation],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch' }],
  legalBasis: [LAW.civilStatusLaw, LAW.decree123, LAW.circular04of2020, LAW.circular85of2019],
  conditions: [
    'Việc thay đổi họ, chữ đệm, tên cho người từ đủ 9 tuổi trở lên phải có sự đồng ý của người đó.',
    'Cải chính hộ tịch chỉ khi có đủ căn cứ xác định có sai sót do công chức hoặc của người yêu cầu khi đăng ký.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-thay-doi-cai-chinh-ho-tich',
    version: 1,
    title: t(
      'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
      'Change or correction of civil status',
    ),
    fields: [
      applicantSection(),
      {
        type: 'radio',
        name: 'subjectIsApplicant',
        label: t('Người được thay đổi, cải chính là', 'The person concerned is'),
        required: true,
        defaultValue: 'self',
        options: [
          option('self', 'Bản thân tôi', 'Myself'),
          option('other', 'Con chưa thành niên hoặc người được giám hộ', 'My minor child or ward'),
        ],
      },
      {
        type: 'section',
        name: 'subject',
        title: t('Người được thay đổi, cải chính', 'The person concerned'),
        visibleWhen: { field: 'subjectIsApplicant', equals: 'other' },
        fields: [
          fullName('subjectFullName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'subjectCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
          {
            type: 'date',
            name: 'subjectBirthDate',
            label: t('Ngày, tháng, năm sinh', 'Date of birth'),
            required: true,
            max: 'today',
          },
        ],
      },
      {
        type: 'select',
        name: 'changeKind',
        label: t('Loại việc', 'Kind of request'),
        required: true,
        options: [
          option('change', 'Thay đổi họ, chữ đệm, tên', 'Change of name'),
          option('correction', 'Cải chính thông tin hộ tịch', 'Correction'),
          option('supplement', 'Bổ sung thông tin hộ tịch', 'Supplement'),
        ],
      },
      {
        type: 'select',
        name: 'recordKind',
        label: t('Giấy tờ hộ tịch đã đăng ký', 'Civil status record'),
        required: true,
        options: [
          option('birth', 'Khai sinh', 'Birth'),
          option('marriage', 'Kết hôn', 'Marriage'),
          option('death', 'Khai tử', 'Death'),
        ],
      },
      {
        type: 'text',
        name: 'recordNumber',
        label: t('Số đăng ký (số trên giấy tờ hộ tịch)', 'Registration number'),
        maxLength: 30,
      },
      {
        type: 'group',
        name: 'changes',
        label: t('Nội dung đề nghị', 'What to change'),
        itemLabel: t('Nội dung {n}', 'Item {n}'),
        minItems: 1,
        maxItems: 5,
        fields: [
          { type: 'text', name: 'item', label: t('Thông tin', 'Item'), required: true, maxLength: 100 },
          { type: 'text', name: 'currentValue', label: t('Đã ghi là', 'Currently reads'), maxLength: 200 },
          {
            type: 'text',
            name: 'newValue',
            label: t('Đề nghị ghi là', 'Should read'),
            required: true,
            maxLength: 200,
          },
        ],
      },
      {
        type: 'textarea',
        name: 'reason',
        label: t('Lý do', 'Reason'),
        required: true,
        maxLength: 1000,
      },
      attach(changeEvidence, 'changeEvidence'),
      attach(civilStatusPaper, 'civilStatusPaper'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Luật Hộ tịch (Điều 26–28) and Nghị định 123/2015/NĐ-CP. Fee amount illustrative.',
});

// ── Birth re-registration ────────────────────────────────────────────────────────────────────────────

const reRegistrationForm = component('to-khai-dang-ky-lai-khai-sinh', 'Tờ khai đăng ký lại khai sinh', {
  required: false,
  template: { name: 'Tờ khai đăng ký lại khai sinh', file: 'to-khai-dang-ky-lai-khai-sinh.docx' },
});
const oldBirthCertificateCopy = component(
  'ban-sao-giay-khai-sinh-cu',
  'Bản sao Giấy khai sinh trước đây (nếu có)',
  {
    required: false,
    originals: 0,
    copies: 1,
  },
);
const birthEvidence = component(
  'giay-to-lien-quan-khai-sinh',
  'Giấy tờ, tài liệu có nội dung liên quan (hồ sơ học tập, lý lịch đảng viên, hồ sơ cán bộ, giấy tờ tùy thân…)',
  { originals: 0, copies: 1 },
);

export const birthReRegistration: SeedProcedure = defineProcedure({
  code: '1.004884',
  name: 'Thủ tục đăng ký lại khai sinh',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Người yêu cầu nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi cư trú.',
    'Công chức tư pháp - hộ tịch kiểm tra, xác minh; trường hợp đăng ký tại nơi khác nơi đăng ký trước đây thì đề nghị nơi đăng ký trước kiểm tra việc lưu giữ Sổ hộ tịch.',
    'Nếu việc đăng ký lại là đúng, Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy khai sinh (ghi "Đăng ký lại").',
  ],
  channels: channels(
    [inPerson, online],
    workingDays(5),
    [
      fee('LPHT-DKLKS', 'Lệ phí đăng ký lại khai sinh', 5_000, {
        description: 'Mức thu do Hội đồng nhân dân tỉnh quyết định (minh họa).',
      }),
    ],
    'Trường hợp phải xác minh thì thời hạn kéo dài thêm không quá 20 ngày.',
  ),
  documentComponents: [reRegistrationForm, oldBirthCertificateCopy, birthEvidence],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy khai sinh (đăng ký lại)' }],
  legalBasis: [LAW.civilStatusLaw, LAW.decree123, LAW.circular04of2020],
  conditions: [
    'Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'to-khai-dang-ky-lai-khai-sinh',
    version: 1,
    title: t('Tờ khai đăng ký lại khai sinh', 'Birth re-registration'),
    fields: [
      applicantSection(),
      {
        type: 'text',
        name: 'originalRegistrationPlace',
        label: t('Nơi đã đăng ký khai sinh trước đây', 'Where the birth was first registered'),
        hint: t('Ghi theo địa danh tại thời điểm đăng ký', 'As the place was named then'),
        required: true,
        maxLength: 300,
      },
      {
        type: 'number',
        name: 'originalRegistrationYear',
        label: t('Năm đăng ký khai sinh trước đây', 'Year of the first registration'),
        integer: true,
        min: 1945,
        max: 2015,
      },
      attach(oldBirthCertificateCopy, 'oldBirthCertificateCopy'),
      attach(birthEvidence, 'birthEvidence'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Nghị định 123/2015/NĐ-CP (Điều 24–26). Fee amount illustrative.',
});

// ── Copy of a civil-status extract ───────────────────────────────────────────────────────────────────

const extractRequest = component('to-khai-cap-ban-sao-trich-luc', 'Tờ khai cấp bản sao trích lục hộ tịch', {
  required: false,
  template: { name: 'Tờ khai cấp bản sao trích lục hộ tịch', file: 'to-khai-cap-ban-sao-trich-luc.docx' },
});

export const civilStatusExtractCopy: SeedProcedure = defineProcedure({
  code: '2.000635',
  name: 'Cấp bản sao Trích lục hộ tịch',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Người yêu cầu nộp tờ khai (hoặc yêu cầu trực tuyến) tại cơ quan đang quản lý Cơ sở dữ liệu hộ tịch.',
    'Công chức tư pháp - hộ tịch tra cứu, cấp bản sao trích lục hộ tịch cho người có yêu cầu.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(1),
    [
      fee('PHT-BSTL', 'Phí cấp bản sao trích lục hộ tịch', 8_000, {
        kind: 'charge',
        description: '8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký (Thông tư 281/2016/TT-BTC).',
      }),
    ],
    SAME_DAY,
  ),
  documentComponents: [extractRequest, authorisation],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Bản sao trích lục hộ tịch' }],
  legalBasis: [LAW.civilStatusLaw, LAW.decree123, LAW.circular281of2016],
  conditions: [],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-cap-ban-sao-trich-luc-ho-tich',
    version: 1,
    title: t('Tờ khai cấp bản sao trích lục hộ tịch', 'Copy of a civil status extract'),
    fields: [
      applicantSection(),
      {
        type: 'select',
        name: 'extractKind',
        label: t('Loại trích lục', 'Extract'),
        required: true,
        options: [
          option('birth', 'Trích lục khai sinh (bản sao Giấy khai sinh)', 'Birth'),
          option('marriage', 'Trích lục kết hôn', 'Marriage'),
          option('death', 'Trích lục khai tử', 'Death'),
          option('change', 'Trích lục thay đổi, cải chính hộ tịch', 'Change or correction'),
        ],
      },
      fullName('subjectFullName', t('Họ, chữ đệm, tên người được cấp trích lục', 'Name on the record')),
      {
        type: 'date',
        name: 'subjectBirthDate',
        label: t('Ngày, tháng, năm sinh', 'Date of birth'),
        required: true,
        max: 'today',
      },
      {
        type: 'text',
        name: 'registrationNumber',
        label: t('Số đăng ký (nếu biết)', 'Registration number (if known)'),
        maxLength: 30,
      },
      {
        type: 'number',
        name: 'copies',
        label: t('Số lượng bản sao', 'Number of copies'),
        required: true,
        integer: true,
        min: 1,
        max: 10,
        defaultValue: 1,
        unit: t('bản', 'copies'),
      },
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Charge per Thông tư 281/2016/TT-BTC (8,000 đ per copy: the catalogue states it per unit).',
});

// ── Birth registration combined with recognition of a parent ─────────────────────────────────────────

const recognitionEvidence = component(
  'chung-cu-quan-he-cha-con',
  'Chứng cứ chứng minh quan hệ cha, con hoặc mẹ, con (văn bản của cơ quan y tế, cơ quan giám định…)',
);

export const birthWithParentRecognition: SeedProcedure = defineProcedure({
  code: '1.000689',
  name: 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
  implementingLevel: 'commune',
  field: FIELDS.civilStatus,
  steps: [
    'Người yêu cầu nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi cư trú của người nhận hoặc người được nhận là cha, mẹ, con.',
    'Công chức tư pháp - hộ tịch kiểm tra, niêm yết và xác minh (nếu cần); hai bên cha (mẹ), con phải có mặt.',
    'Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con.',
  ],
  channels: channels(
    [inPerson, online],
    workingDays(3),
    [
      fee('LPHT-KSNCMC', 'Lệ phí đăng ký nhận cha, mẹ, con', 15_000, {
        description:
          'Miễn lệ phí phần đăng ký khai sinh đúng hạn; phần nhận cha, mẹ, con theo mức Hội đồng nhân dân tỉnh (minh họa).',
      }),
    ],
    'Trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.',
  ),
  documentComponents: [birthForm, birthCertificate, recognitionEvidence],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy khai sinh' }, { name: 'Trích lục đăng ký nhận cha, mẹ, con' }],
  legalBasis: [LAW.civilStatusLaw, LAW.decree123, LAW.circular04of2020],
  conditions: ['Không có tranh chấp về việc nhận cha, mẹ, con; người nhận và người được nhận còn sống.'],
  onlineLevel: 'partial',
  formSpec: {
    id: 'to-khai-khai-sinh-nhan-cha-me-con',
    version: 1,
    title: t(
      'Tờ khai đăng ký khai sinh kết hợp nhận cha, mẹ, con',
      'Birth registration with recognition of a parent',
    ),
    fields: [
      applicantSection(),
      {
        type: 'radio',
        name: 'recognisingParent',
        label: t('Người nhận con là', 'The parent recognising the child is'),
        required: true,
        options: [option('father', 'Cha', 'Father'), option('mother', 'Mẹ', 'Mother')],
      },
      {
        type: 'section',
        name: 'child',
        title: t('Thông tin của trẻ', 'The child'),
        fields: [
          ...childIdentityFields(),
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
        name: 'otherParent',
        title: t('Thông tin người cha/mẹ còn lại', 'The other parent'),
        fields: [
          fullName('otherParentFullName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'otherParentCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
        ],
      },
      attach(birthCertificate, 'birthCertificate'),
      attach(recognitionEvidence, 'recognitionEvidence'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Nghị định 123/2015/NĐ-CP (Điều 15). Fee amount illustrative.',
});

export const civilStatusProcedures: readonly SeedProcedure[] = [
  birthRegistration,
  deathRegistration,
  marriageRegistration,
  maritalStatusCertification,
  civilStatusChange,
  birthReRegistration,
  civilStatusExtractCopy,
  birthWithParentRecognition,
];
