/**
 * Cư trú (residence), commune level: registered by the commune police (Công an xã, phường, đặc khu), the
 * residence registration authority under the Law on Residence 68/2020/QH14.
 *
 * Real: statutory times (7 working days for permanent, 3 for temporary residence and its extension, Articles
 * 22 and 28 of the Law), the residence fees of Circular 75/2022/TT-BTC (20,000 đ / 10,000 đ online for
 * permanent, 15,000 đ / 7,000 đ online for temporary residence; the online rates are the reduced ones the
 * circular sets), the CT01 declaration form. Codes are `seen`. Illustrative: none of the amounts, but later
 * fee circulars may have changed them.
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
import { applicantSection, attach, declaration, fullName, option, t } from './forms.js';

const { inPerson, online } = Channel;
const POLICE = [
  { role: 'communePolice', part: 'implementing' },
  { role: 'communePolice', part: 'deciding' },
] as const;

const ct01 = component('to-khai-ct01', 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', {
  required: false,
  template: { name: 'Tờ khai thay đổi thông tin cư trú (CT01)', file: 'ct01.docx' },
  note: 'Khi nộp trực tuyến, khai biểu mẫu điện tử; ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở được xác nhận điện tử.',
});
const legalResidenceProof = component(
  'giay-to-cho-o-hop-phap',
  'Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp',
  {
    originals: 0,
    copies: 1,
    required: false,
    note: 'Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu chuyên ngành được kết nối.',
  },
);
const relationshipProof = component(
  'giay-to-quan-he-nhan-than',
  'Giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình',
  {
    originals: 0,
    copies: 1,
    required: false,
    note: 'Trừ trường hợp đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư.',
  },
);
const rentalContract = component(
  'hop-dong-thue-nha',
  'Hợp đồng hoặc văn bản về việc cho thuê, cho mượn, cho ở nhờ chỗ ở',
  {
    originals: 0,
    copies: 1,
    required: false,
  },
);

const memberGroup: FieldSpec = {
  type: 'group',
  name: 'members',
  label: t('Người cùng thay đổi nơi cư trú', 'People moving with the applicant'),
  itemLabel: t('Thành viên {n}', 'Member {n}'),
  minItems: 0,
  maxItems: 10,
  fields: [
    fullName('fullName', t('Họ, chữ đệm, tên', 'Full name')),
    {
      type: 'citizenId',
      name: 'citizenId',
      label: t('Số định danh cá nhân', 'Citizen ID number'),
      required: true,
    },
    {
      type: 'select',
      name: 'relation',
      label: t('Quan hệ với người yêu cầu', 'Relation to the applicant'),
      required: true,
      options: [
        option('spouse', 'Vợ, chồng', 'Spouse'),
        option('child', 'Con', 'Child'),
        option('parent', 'Cha, mẹ', 'Parent'),
        option('other', 'Khác', 'Other'),
      ],
    },
  ],
};

function householderSection(visibleWhen?: FieldSpec['visibleWhen']): FieldSpec {
  return {
    type: 'section',
    name: 'householder',
    title: t('Chủ hộ nơi đến', 'Head of the receiving household'),
    description: t(
      'Chủ hộ, chủ sở hữu chỗ ở sẽ nhận yêu cầu xác nhận đồng ý trên ứng dụng VNeID',
      'The head of household or owner confirms consent in the VNeID app',
    ),
    fields: [
      fullName('householderFullName', t('Họ, chữ đệm, tên chủ hộ', "Householder's full name")),
      {
        type: 'citizenId',
        name: 'householderCitizenId',
        label: t('Số định danh cá nhân của chủ hộ', "Householder's citizen ID number"),
        required: true,
      },
      {
        type: 'select',
        name: 'relationToHouseholder',
        label: t('Quan hệ với chủ hộ', 'Relation to the householder'),
        required: true,
        options: [
          option('self', 'Chủ hộ', 'Head of household'),
          option('spouse', 'Vợ, chồng', 'Spouse'),
          option('child', 'Con', 'Child'),
          option('parent', 'Cha, mẹ', 'Parent'),
          option('sibling', 'Anh, chị, em', 'Sibling'),
          option('tenant', 'Người thuê, mượn, ở nhờ', 'Tenant or lodger'),
          option('other', 'Khác', 'Other'),
        ],
      },
    ],
    ...(visibleWhen && { visibleWhen }),
  };
}

export const permanentResidence: SeedProcedure = defineProcedure({
  code: '1.004222',
  name: 'Đăng ký thường trú',
  implementingLevel: 'commune',
  field: FIELDS.residence,
  steps: [
    'Người đăng ký thường trú nộp hồ sơ đến cơ quan đăng ký cư trú nơi mình cư trú (Công an cấp xã).',
    'Cơ quan đăng ký cư trú kiểm tra, cấp phiếu tiếp nhận hồ sơ và hẹn trả kết quả; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.',
    'Cơ quan đăng ký cư trú thẩm định, cập nhật thông tin về nơi thường trú mới vào Cơ sở dữ liệu về cư trú và thông báo cho người đăng ký; trường hợp từ chối thì trả lời bằng văn bản nêu rõ lý do.',
  ],
  channels: [
    ...channels([inPerson], workingDays(7), [fee('LPCT-TT', 'Lệ phí đăng ký thường trú', 20_000)]),
    ...channels([online], workingDays(7), [
      fee('LPCT-TT', 'Lệ phí đăng ký thường trú', 10_000, {
        description: 'Mức thu khi nộp hồ sơ trực tuyến.',
      }),
    ]),
  ],
  documentComponents: [ct01, legalResidenceProof, relationshipProof, rentalContract],
  subjects: ['citizen'],
  agencies: [],
  results: [
    { name: 'Thông báo về kết quả đăng ký thường trú (thông tin được cập nhật vào Cơ sở dữ liệu về cư trú)' },
  ],
  legalBasis: [LAW.residenceLaw, LAW.decree154of2024, LAW.circular55of2021, LAW.circular75of2022],
  conditions: [
    'Có chỗ ở hợp pháp thuộc quyền sở hữu của mình; hoặc được chủ hộ, chủ sở hữu chỗ ở hợp pháp đồng ý cho đăng ký vào chỗ ở đó.',
    'Trường hợp thuê, mượn, ở nhờ: bảo đảm điều kiện về diện tích nhà ở tối thiểu do Hội đồng nhân dân tỉnh quy định, không thấp hơn 08 m² sàn/người.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-ct01-dang-ky-thuong-tru',
    version: 1,
    title: t('Tờ khai thay đổi thông tin cư trú: đăng ký thường trú', 'Permanent residence registration'),
    fields: [
      applicantSection(),
      {
        type: 'address',
        name: 'newResidence',
        label: t('Địa chỉ đề nghị đăng ký thường trú', 'Address to register'),
        required: true,
        granularity: 'street',
      },
      {
        type: 'radio',
        name: 'registrationCase',
        label: t('Trường hợp đăng ký', 'Case'),
        required: true,
        options: [
          option('owned', 'Chỗ ở hợp pháp thuộc quyền sở hữu của mình', 'In a home I own'),
          option(
            'relative',
            'Về ở với vợ, chồng, cha, mẹ, con… (được chủ hộ đồng ý)',
            'With my spouse, parent or child',
          ),
          option('rented', 'Chỗ ở thuê, mượn, ở nhờ', 'In a rented or lent home'),
        ],
      },
      attach(legalResidenceProof, 'legalResidenceProof', {
        required: true,
        visibleWhen: { field: 'registrationCase', equals: 'owned' },
      }),
      attach(relationshipProof, 'relationshipProof', {
        visibleWhen: { field: 'registrationCase', equals: 'relative' },
      }),
      attach(rentalContract, 'rentalContract', {
        required: true,
        visibleWhen: { field: 'registrationCase', equals: 'rented' },
      }),
      {
        type: 'number',
        name: 'floorAreaPerPerson',
        label: t('Diện tích sàn bình quân', 'Floor area per person'),
        required: true,
        min: 0,
        unit: t('m²/người', 'm² per person'),
        visibleWhen: { field: 'registrationCase', equals: 'rented' },
      },
      householderSection({ field: 'registrationCase', in: ['relative', 'rented'] }),
      memberGroup,
      declaration(),
    ],
  },
  agencyRoles: POLICE,
  codeProvenance: 'seen',
  provenance: 'Per Luật Cư trú (Điều 20–22), Nghị định 154/2024/NĐ-CP; fees per Thông tư 75/2022/TT-BTC.',
});

export const temporaryResidence: SeedProcedure = defineProcedure({
  code: '1.004194',
  name: 'Đăng ký tạm trú',
  implementingLevel: 'commune',
  field: FIELDS.residence,
  steps: [
    'Người đăng ký tạm trú nộp hồ sơ đến cơ quan đăng ký cư trú nơi mình dự kiến tạm trú.',
    'Cơ quan đăng ký cư trú kiểm tra, tiếp nhận hồ sơ và cấp phiếu hẹn trả kết quả.',
    'Trong thời hạn 03 ngày làm việc, cơ quan đăng ký cư trú thẩm định, cập nhật thông tin nơi tạm trú mới và thời hạn tạm trú vào Cơ sở dữ liệu về cư trú.',
  ],
  channels: [
    ...channels([inPerson], workingDays(3), [fee('LPCT-TAM', 'Lệ phí đăng ký tạm trú', 15_000)]),
    ...channels([online], workingDays(3), [
      fee('LPCT-TAM', 'Lệ phí đăng ký tạm trú', 7_000, { description: 'Mức thu khi nộp hồ sơ trực tuyến.' }),
    ]),
  ],
  documentComponents: [ct01, legalResidenceProof, rentalContract],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Thông báo về kết quả đăng ký tạm trú' }],
  legalBasis: [LAW.residenceLaw, LAW.decree154of2024, LAW.circular55of2021, LAW.circular75of2022],
  conditions: [
    'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở lên.',
    'Thời hạn tạm trú tối đa là 02 năm và có thể tiếp tục gia hạn nhiều lần.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-ct01-dang-ky-tam-tru',
    version: 1,
    title: t('Tờ khai thay đổi thông tin cư trú: đăng ký tạm trú', 'Temporary residence registration'),
    fields: [
      applicantSection(),
      {
        type: 'address',
        name: 'temporaryAddress',
        label: t('Địa chỉ đề nghị đăng ký tạm trú', 'Temporary address'),
        required: true,
        granularity: 'street',
        prefill: { source: 'population', claim: 'currentAddress', editable: true },
      },
      {
        type: 'select',
        name: 'purpose',
        label: t('Mục đích tạm trú', 'Purpose'),
        required: true,
        options: [
          option('work', 'Lao động', 'Work'),
          option('study', 'Học tập', 'Study'),
          option('family', 'Về ở cùng gia đình', 'To live with family'),
          option('other', 'Khác', 'Other'),
        ],
      },
      { type: 'date', name: 'from', label: t('Tạm trú từ ngày', 'From'), required: true },
      {
        type: 'date',
        name: 'until',
        label: t('Đến ngày', 'Until'),
        hint: t('Tối đa 02 năm', 'At most 2 years'),
        required: true,
        min: 'today',
      },
      attach(rentalContract, 'rentalContract', {
        required: false,
        hint: t('Nếu thuê, mượn, ở nhờ', 'If rented or lent'),
      }),
      attach(legalResidenceProof, 'legalResidenceProof'),
      householderSection(),
      memberGroup,
      declaration(),
    ],
  },
  agencyRoles: POLICE,
  codeProvenance: 'seen',
  provenance: 'Per Luật Cư trú (Điều 27–28); fees per Thông tư 75/2022/TT-BTC.',
});

export const temporaryResidenceExtension: SeedProcedure = defineProcedure({
  code: '1.002755',
  name: 'Gia hạn tạm trú',
  implementingLevel: 'commune',
  field: FIELDS.residence,
  steps: [
    'Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú, người đã đăng ký tạm trú nộp hồ sơ gia hạn đến cơ quan đăng ký cư trú.',
    'Cơ quan đăng ký cư trú thẩm định, cập nhật thời hạn tạm trú mới vào Cơ sở dữ liệu về cư trú và thông báo cho người đăng ký.',
  ],
  channels: [
    ...channels([inPerson], workingDays(3), [fee('LPCT-GHTT', 'Lệ phí gia hạn tạm trú', 15_000)]),
    ...channels([online], workingDays(3), [
      fee('LPCT-GHTT', 'Lệ phí gia hạn tạm trú', 7_000, { description: 'Mức thu khi nộp hồ sơ trực tuyến.' }),
    ]),
  ],
  documentComponents: [ct01],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Thông báo về kết quả gia hạn tạm trú' }],
  legalBasis: [LAW.residenceLaw, LAW.decree154of2024, LAW.circular55of2021, LAW.circular75of2022],
  conditions: ['Hồ sơ được nộp trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký.'],
  onlineLevel: 'full',
  formSpec: {
    id: 'to-khai-ct01-gia-han-tam-tru',
    version: 1,
    title: t('Tờ khai thay đổi thông tin cư trú: gia hạn tạm trú', 'Extension of temporary residence'),
    fields: [
      applicantSection(),
      {
        type: 'address',
        name: 'temporaryAddress',
        label: t('Nơi đang tạm trú', 'Current temporary address'),
        required: true,
        granularity: 'street',
        prefill: { source: 'population', claim: 'currentAddress', editable: false },
      },
      {
        type: 'date',
        name: 'until',
        label: t('Đề nghị gia hạn đến ngày', 'Extend until'),
        hint: t('Tối đa 02 năm mỗi lần', 'At most 2 years each time'),
        required: true,
        min: 'today',
      },
      declaration(),
    ],
  },
  agencyRoles: POLICE,
  codeProvenance: 'seen',
  provenance: 'Per Luật Cư trú (Điều 28); fees per Thông tư 75/2022/TT-BTC.',
});

export const residenceProcedures: readonly SeedProcedure[] = [
  permanentResidence,
  temporaryResidence,
  temporaryResidenceExtension,
];
