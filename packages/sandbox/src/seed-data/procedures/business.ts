/**
 * Household businesses (commune level since 1 July 2025) and enterprises (province: the business registration
 * office of the Department of Finance).
 *
 * Real: Decree 168/2025/NĐ-CP on business registration (it replaced Decree 01/2021/NĐ-CP; household businesses
 * now register with the commune), 3 working days for registration, the enterprise registration fee of
 * 50,000 đ waived when filed online and the 100,000 đ publication charge (Circular 47/2019/TT-BTC), the
 * household-business registration fee set by each province (100,000 đ is the usual level). The household
 * business's tax code is its owner's citizen ID since 1 July 2025.
 * Codes 1.001612, 2.000720 and 1.001570 are `seen`; the two enterprise procedures' codes were not found and are
 * illustrative (`9.` range). Change fees (50,000 đ) are illustrative.
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
import { applicantSection, attach, declaration, fullName, option, resultDelivery, t } from './forms.js';

const { inPerson, online, postal } = Channel;
const COMMUNE = [
  { role: 'communeCommittee', part: 'implementing' },
  { role: 'communeCommittee', part: 'deciding' },
] as const;
const FINANCE = [
  { role: 'finance', part: 'implementing' },
  { role: 'finance', part: 'deciding' },
] as const;

/** Vietnam Standard Industrial Classification, level 4 (4 digits), as business lines are registered. */
const VSIC = {
  regex: '[0-9]{4}',
  message: t('Mã ngành cấp 4 gồm 4 chữ số (VSIC 2018)', 'A level-4 VSIC code has 4 digits'),
};

function businessLines(visibleWhen?: FieldSpec['visibleWhen']): FieldSpec {
  return {
    ...(visibleWhen && { visibleWhen }),
    type: 'group',
    name: 'businessLines',
    label: t('Ngành, nghề kinh doanh', 'Business lines'),
    itemLabel: t('Ngành {n}', 'Line {n}'),
    minItems: 1,
    maxItems: 30,
    fields: [
      {
        type: 'text',
        name: 'code',
        label: t('Mã ngành (cấp 4)', 'VSIC code (level 4)'),
        required: true,
        pattern: VSIC,
      },
      {
        type: 'text',
        name: 'description',
        label: t('Tên ngành', 'Description'),
        required: true,
        maxLength: 300,
      },
      { type: 'checkbox', name: 'main', label: t('Ngành, nghề kinh doanh chính', 'Main line') },
    ],
  };
}

const householdRegistrationRequest = component('giay-de-nghi-dk-hkd', 'Giấy đề nghị đăng ký hộ kinh doanh', {
  required: false,
  template: { name: 'Giấy đề nghị đăng ký hộ kinh doanh', file: 'giay-de-nghi-dang-ky-ho-kinh-doanh.docx' },
});
const householdMeeting = component(
  'bien-ban-hop-thanh-vien-hgd',
  'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)',
  { required: false, originals: 0, copies: 1 },
);
const householdAuthorisation = component(
  'van-ban-uy-quyen-chu-hkd',
  'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
  { required: false, originals: 0, copies: 1 },
);

export const householdBusinessRegistration: SeedProcedure = defineProcedure({
  code: '1.001612',
  name: 'Đăng ký thành lập hộ kinh doanh',
  implementingLevel: 'commune',
  field: FIELDS.householdBusiness,
  steps: [
    'Chủ hộ kinh doanh hoặc người được ủy quyền nộp hồ sơ tại cơ quan đăng ký kinh doanh cấp xã nơi đặt trụ sở hộ kinh doanh.',
    'Cơ quan đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh; thông báo bằng văn bản nếu hồ sơ chưa hợp lệ.',
    'Cơ quan đăng ký kinh doanh cấp Giấy chứng nhận đăng ký hộ kinh doanh; thông tin được chia sẻ sang cơ quan thuế.',
  ],
  channels: channels([inPerson, online, postal], workingDays(3), [
    fee('LPDK-HKD', 'Lệ phí đăng ký hộ kinh doanh', 100_000, {
      description: 'Mức thu do Hội đồng nhân dân tỉnh quyết định (100.000 đồng là mức phổ biến).',
    }),
  ]),
  documentComponents: [householdRegistrationRequest, householdMeeting, householdAuthorisation],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận đăng ký hộ kinh doanh' }],
  legalBasis: [LAW.enterpriseLaw, LAW.decree168of2025, LAW.circular85of2019],
  conditions: [
    'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh.',
    'Tên hộ kinh doanh gồm cụm từ "Hộ kinh doanh" và tên riêng, không trùng tên riêng của hộ kinh doanh khác trong phạm vi cấp xã.',
    'Cá nhân, thành viên hộ gia đình chỉ được đăng ký một hộ kinh doanh trên phạm vi toàn quốc.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'giay-de-nghi-dang-ky-ho-kinh-doanh',
    version: 1,
    title: t('Giấy đề nghị đăng ký hộ kinh doanh', 'Household business registration'),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'business',
        title: t('Thông tin hộ kinh doanh', 'The household business'),
        fields: [
          {
            type: 'text',
            name: 'businessName',
            label: t('Tên hộ kinh doanh', 'Business name'),
            hint: t('Gồm cụm từ "Hộ kinh doanh" và tên riêng', 'Starts with "Hộ kinh doanh"'),
            required: true,
            maxLength: 200,
            pattern: {
              regex: 'Hộ kinh doanh .+',
              message: t('Tên phải bắt đầu bằng "Hộ kinh doanh"', 'The name must start with "Hộ kinh doanh"'),
            },
          },
          {
            type: 'address',
            name: 'businessAddress',
            label: t('Địa chỉ trụ sở hộ kinh doanh', 'Business address'),
            required: true,
            granularity: 'street',
          },
          {
            type: 'phone',
            name: 'businessPhone',
            label: t('Điện thoại của hộ kinh doanh', 'Business phone'),
          },
          businessLines(),
          {
            type: 'money',
            name: 'capital',
            label: t('Vốn kinh doanh', 'Business capital'),
            required: true,
            min: 1,
          },
          {
            type: 'number',
            name: 'employees',
            label: t('Số lượng lao động', 'Employees'),
            required: true,
            integer: true,
            min: 0,
            max: 10_000,
            unit: t('người', 'people'),
          },
        ],
      },
      {
        type: 'radio',
        name: 'registeredBy',
        label: t('Hộ kinh doanh do ai đăng ký', 'Registered by'),
        required: true,
        defaultValue: 'individual',
        options: [
          option('individual', 'Một cá nhân', 'One individual'),
          option('household', 'Các thành viên hộ gia đình', 'Members of a household'),
        ],
      },
      {
        type: 'group',
        name: 'householdMembers',
        label: t('Thành viên hộ gia đình tham gia', 'Household members'),
        itemLabel: t('Thành viên {n}', 'Member {n}'),
        minItems: 1,
        maxItems: 20,
        visibleWhen: { field: 'registeredBy', equals: 'household' },
        fields: [
          fullName('fullName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'citizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
          {
            type: 'date',
            name: 'birthDate',
            label: t('Ngày sinh', 'Date of birth'),
            required: true,
            max: 'today',
          },
        ],
      },
      attach(householdMeeting, 'householdMeeting', {
        required: true,
        visibleWhen: { field: 'registeredBy', equals: 'household' },
      }),
      attach(householdAuthorisation, 'householdAuthorisation', {
        visibleWhen: { field: 'registeredBy', equals: 'household' },
      }),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Nghị định 168/2025/NĐ-CP (household business chapter). Fee: usual provincial level.',
});

const householdChangeNotice = component(
  'thong-bao-thay-doi-hkd',
  'Thông báo thay đổi nội dung đăng ký hộ kinh doanh',
  {
    required: false,
    template: {
      name: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh',
      file: 'thong-bao-thay-doi-hkd.docx',
    },
  },
);
const ownerChangeContract = component(
  'hop-dong-chuyen-nhuong-hkd',
  'Hợp đồng mua bán, tặng cho hộ kinh doanh hoặc văn bản thỏa thuận của các thành viên (trường hợp thay đổi chủ hộ)',
  { required: false, originals: 0, copies: 1 },
);

export const householdBusinessChange: SeedProcedure = defineProcedure({
  code: '2.000720',
  name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
  implementingLevel: 'commune',
  field: FIELDS.householdBusiness,
  steps: [
    'Hộ kinh doanh gửi thông báo thay đổi nội dung đăng ký đến cơ quan đăng ký kinh doanh cấp xã nơi đặt trụ sở.',
    'Cơ quan đăng ký kinh doanh kiểm tra hồ sơ và cấp Giấy chứng nhận đăng ký hộ kinh doanh mới.',
  ],
  channels: channels([inPerson, online, postal], workingDays(3), [
    fee('LPDK-HKD-TD', 'Lệ phí thay đổi nội dung đăng ký hộ kinh doanh', 50_000, {
      description: 'Mức thu do Hội đồng nhân dân tỉnh quyết định (minh họa).',
    }),
  ]),
  documentComponents: [householdChangeNotice, ownerChangeContract],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp đổi)' }],
  legalBasis: [LAW.enterpriseLaw, LAW.decree168of2025, LAW.circular85of2019],
  conditions: [],
  onlineLevel: 'full',
  formSpec: {
    id: 'thong-bao-thay-doi-ho-kinh-doanh',
    version: 1,
    title: t('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'Household business change'),
    fields: [
      applicantSection(),
      {
        type: 'text',
        name: 'registrationNumber',
        label: t('Mã số hộ kinh doanh', 'Household business number'),
        required: true,
        maxLength: 30,
      },
      {
        type: 'checkboxes',
        name: 'changes',
        label: t('Nội dung thay đổi', 'What changes'),
        required: true,
        minSelected: 1,
        options: [
          option('name', 'Tên hộ kinh doanh', 'Name'),
          option('address', 'Địa chỉ trụ sở', 'Address'),
          option('lines', 'Ngành, nghề kinh doanh', 'Business lines'),
          option('capital', 'Vốn kinh doanh', 'Capital'),
          option('owner', 'Chủ hộ kinh doanh', 'Owner'),
        ],
      },
      {
        type: 'text',
        name: 'newName',
        label: t('Tên mới', 'New name'),
        required: true,
        maxLength: 200,
        visibleWhen: { field: 'changes', equals: 'name' },
      },
      {
        type: 'address',
        name: 'newAddress',
        label: t('Địa chỉ trụ sở mới', 'New address'),
        required: true,
        granularity: 'street',
        visibleWhen: { field: 'changes', equals: 'address' },
      },
      businessLines({ field: 'changes', equals: 'lines' }),
      {
        type: 'money',
        name: 'newCapital',
        label: t('Vốn kinh doanh mới', 'New capital'),
        required: true,
        min: 1,
        visibleWhen: { field: 'changes', equals: 'capital' },
      },
      {
        type: 'citizenId',
        name: 'newOwnerCitizenId',
        label: t('Số định danh cá nhân của chủ hộ mới', "New owner's citizen ID"),
        required: true,
        visibleWhen: { field: 'changes', equals: 'owner' },
      },
      attach(ownerChangeContract, 'ownerChangeContract', {
        required: true,
        visibleWhen: { field: 'changes', equals: 'owner' },
      }),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Nghị định 168/2025/NĐ-CP. Fee amount illustrative.',
});

const suspensionNotice = component(
  'thong-bao-tam-ngung-hkd',
  'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn',
  {
    required: false,
    template: { name: 'Thông báo tạm ngừng kinh doanh hộ kinh doanh', file: 'thong-bao-tam-ngung-hkd.docx' },
  },
);

export const householdBusinessSuspension: SeedProcedure = defineProcedure({
  code: '1.001570',
  name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
  implementingLevel: 'commune',
  field: FIELDS.householdBusiness,
  steps: [
    'Hộ kinh doanh gửi thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.',
    'Cơ quan đăng ký kinh doanh cấp xã ghi nhận và cấp Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh.',
  ],
  channels: channels([inPerson, online, postal], workingDays(3), [
    fee('LPDK-HKD-TN', 'Lệ phí', 0, { description: 'Không thu lệ phí.' }),
  ]),
  documentComponents: [suspensionNotice],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh' }],
  legalBasis: [LAW.enterpriseLaw, LAW.decree168of2025],
  conditions: [],
  onlineLevel: 'full',
  formSpec: {
    id: 'thong-bao-tam-ngung-ho-kinh-doanh',
    version: 1,
    title: t('Thông báo tạm ngừng/tiếp tục kinh doanh của hộ kinh doanh', 'Household business suspension'),
    fields: [
      applicantSection(),
      {
        type: 'text',
        name: 'registrationNumber',
        label: t('Mã số hộ kinh doanh', 'Household business number'),
        required: true,
        maxLength: 30,
      },
      {
        type: 'radio',
        name: 'action',
        label: t('Nội dung thông báo', 'Notice'),
        required: true,
        options: [
          option('suspend', 'Tạm ngừng kinh doanh', 'Suspend trading'),
          option('resume', 'Tiếp tục kinh doanh trước thời hạn', 'Resume early'),
        ],
      },
      { type: 'date', name: 'from', label: t('Từ ngày', 'From'), required: true, min: 'today' },
      {
        type: 'date',
        name: 'until',
        label: t('Đến ngày', 'Until'),
        required: true,
        min: 'today',
        visibleWhen: { field: 'action', equals: 'suspend' },
      },
      {
        type: 'textarea',
        name: 'reason',
        label: t('Lý do', 'Reason'),
        maxLength: 500,
        visibleWhen: { field: 'action', equals: 'suspend' },
      },
      declaration(),
    ],
  },
  agencyRoles: COMMUNE,
  codeProvenance: 'seen',
  provenance: 'Per Nghị định 168/2025/NĐ-CP.',
});

// ── Enterprises ──────────────────────────────────────────────────────────────────────────────────────

const enterpriseRequest = component('giay-de-nghi-dkdn', 'Giấy đề nghị đăng ký doanh nghiệp', {
  required: false,
  template: {
    name: 'Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn một thành viên',
    file: 'giay-de-nghi-dkdn-tnhh-1tv.docx',
  },
});
const charter = component('dieu-le-cong-ty', 'Điều lệ công ty');
const ownerOrganisationPapers = component(
  'giay-to-phap-ly-to-chuc',
  'Bản sao giấy tờ pháp lý của tổ chức (trường hợp chủ sở hữu là tổ chức) và văn bản cử người đại diện theo ủy quyền',
  { required: false, originals: 0, copies: 1 },
);
const filingAuthorisation = component(
  'giay-uy-quyen-nop-ho-so',
  'Văn bản ủy quyền cho người nộp hồ sơ (nếu có)',
  {
    required: false,
  },
);

const ENTERPRISE_FEES = [
  fee('LPDKDN', 'Lệ phí đăng ký doanh nghiệp', 50_000, {
    description: 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.',
  }),
  fee('PCBDN', 'Phí công bố nội dung đăng ký doanh nghiệp', 100_000, { kind: 'charge' }),
];
const ENTERPRISE_FEES_ONLINE = [
  fee('LPDKDN', 'Lệ phí đăng ký doanh nghiệp', 0, { description: 'Miễn lệ phí khi đăng ký qua mạng.' }),
  fee('PCBDN', 'Phí công bố nội dung đăng ký doanh nghiệp', 100_000, { kind: 'charge' }),
];

export const enterpriseRegistration: SeedProcedure = defineProcedure({
  code: '9.000101',
  name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
  implementingLevel: 'province',
  field: FIELDS.enterprise,
  steps: [
    'Người thành lập doanh nghiệp nộp hồ sơ tại Phòng Đăng ký kinh doanh (Sở Tài chính) hoặc qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.',
    'Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ; thông báo bằng văn bản nội dung cần sửa đổi, bổ sung nếu hồ sơ chưa hợp lệ.',
    'Cấp Giấy chứng nhận đăng ký doanh nghiệp; mã số doanh nghiệp đồng thời là mã số thuế.',
  ],
  channels: [
    ...channels([inPerson, postal], workingDays(3), ENTERPRISE_FEES),
    ...channels([online], workingDays(3), ENTERPRISE_FEES_ONLINE),
  ],
  documentComponents: [enterpriseRequest, charter, ownerOrganisationPapers, filingAuthorisation],
  subjects: ['citizen', 'organisation', 'enterprise'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận đăng ký doanh nghiệp' }],
  legalBasis: [LAW.enterpriseLaw, LAW.decree168of2025, LAW.circular47of2019],
  conditions: [
    'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt theo Điều 37–41 Luật Doanh nghiệp.',
    'Hồ sơ hợp lệ và đã nộp đủ lệ phí đăng ký doanh nghiệp.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'giay-de-nghi-dang-ky-cong-ty-tnhh-1tv',
    version: 1,
    title: t('Giấy đề nghị đăng ký công ty TNHH một thành viên', 'Single-member limited liability company'),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'company',
        title: t('Thông tin công ty', 'The company'),
        fields: [
          {
            type: 'text',
            name: 'companyName',
            label: t('Tên công ty viết bằng tiếng Việt', 'Company name in Vietnamese'),
            required: true,
            maxLength: 255,
            pattern: {
              regex: 'Công ty (TNHH|trách nhiệm hữu hạn) .+',
              message: t('Tên bắt đầu bằng "Công ty TNHH"', 'The name starts with "Công ty TNHH"'),
            },
          },
          {
            type: 'text',
            name: 'companyNameForeign',
            label: t('Tên công ty viết bằng tiếng nước ngoài', 'Company name in a foreign language'),
            maxLength: 255,
          },
          {
            type: 'address',
            name: 'headOffice',
            label: t('Địa chỉ trụ sở chính', 'Head office'),
            required: true,
            granularity: 'street',
          },
          {
            type: 'money',
            name: 'charterCapital',
            label: t('Vốn điều lệ', 'Charter capital'),
            required: true,
            min: 1,
          },
          businessLines(),
        ],
      },
      {
        type: 'radio',
        name: 'ownerKind',
        label: t('Chủ sở hữu', 'Owner'),
        required: true,
        defaultValue: 'individual',
        options: [
          option('individual', 'Cá nhân', 'An individual'),
          option('organisation', 'Tổ chức', 'An organisation'),
        ],
      },
      {
        type: 'section',
        name: 'ownerOrganisation',
        title: t('Tổ chức là chủ sở hữu', 'Owning organisation'),
        visibleWhen: { field: 'ownerKind', equals: 'organisation' },
        fields: [
          {
            type: 'text',
            name: 'ownerName',
            label: t('Tên tổ chức', 'Name'),
            required: true,
            maxLength: 255,
          },
          {
            type: 'taxCode',
            name: 'ownerTaxCode',
            label: t('Mã số doanh nghiệp', 'Enterprise code'),
            required: true,
          },
        ],
      },
      attach(ownerOrganisationPapers, 'ownerOrganisationPapers', {
        required: true,
        visibleWhen: { field: 'ownerKind', equals: 'organisation' },
      }),
      {
        type: 'section',
        name: 'legalRepresentative',
        title: t('Người đại diện theo pháp luật', 'Legal representative'),
        fields: [
          {
            type: 'radio',
            name: 'representativeIsApplicant',
            label: t(
              'Người đại diện theo pháp luật là người nộp hồ sơ?',
              'Is the applicant the legal representative?',
            ),
            required: true,
            defaultValue: 'yes',
            options: [option('yes', 'Có', 'Yes'), option('no', 'Không', 'No')],
          },
          fullName('representativeName', t('Họ, chữ đệm, tên', 'Full name'), {
            visibleWhen: { field: 'representativeIsApplicant', equals: 'no' },
          }),
          {
            type: 'citizenId',
            name: 'representativeCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
            visibleWhen: { field: 'representativeIsApplicant', equals: 'no' },
          },
          {
            type: 'text',
            name: 'representativeTitle',
            label: t('Chức danh', 'Title'),
            required: true,
            defaultValue: 'Giám đốc',
            maxLength: 100,
          },
        ],
      },
      attach(charter, 'charter'),
      attach(filingAuthorisation, 'filingAuthorisation'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: FINANCE,
  codeProvenance: 'illustrative',
  provenance:
    'Per Luật Doanh nghiệp (Điều 24, 26) and Nghị định 168/2025/NĐ-CP; fees per Thông tư 47/2019/TT-BTC.',
});

const enterpriseChangeRequest = component(
  'giay-de-nghi-thay-doi-dkdn',
  'Giấy đề nghị đăng ký thay đổi nội dung đăng ký doanh nghiệp',
  {
    required: false,
    template: {
      name: 'Giấy đề nghị đăng ký thay đổi nội dung đăng ký doanh nghiệp',
      file: 'giay-de-nghi-thay-doi-dkdn.docx',
    },
  },
);
const ownerDecision = component(
  'quyet-dinh-chu-so-huu',
  'Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông về việc thay đổi',
);

export const enterpriseChange: SeedProcedure = defineProcedure({
  code: '9.000102',
  name: 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
  implementingLevel: 'province',
  field: FIELDS.enterprise,
  steps: [
    'Doanh nghiệp nộp hồ sơ đăng ký thay đổi tại Phòng Đăng ký kinh doanh nơi đặt trụ sở chính trong thời hạn 10 ngày kể từ ngày có thay đổi.',
    'Phòng Đăng ký kinh doanh xem xét tính hợp lệ và cấp Giấy chứng nhận đăng ký doanh nghiệp mới.',
  ],
  channels: [
    ...channels([inPerson, postal], workingDays(3), ENTERPRISE_FEES),
    ...channels([online], workingDays(3), ENTERPRISE_FEES_ONLINE),
  ],
  documentComponents: [enterpriseChangeRequest, ownerDecision, filingAuthorisation],
  subjects: ['enterprise'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận đăng ký doanh nghiệp (thay đổi)' }],
  legalBasis: [LAW.enterpriseLaw, LAW.decree168of2025, LAW.circular47of2019],
  conditions: [
    'Doanh nghiệp không đang trong tình trạng bị khóa mã số doanh nghiệp hoặc đang làm thủ tục giải thể.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'giay-de-nghi-thay-doi-dang-ky-doanh-nghiep',
    version: 1,
    title: t(
      'Giấy đề nghị đăng ký thay đổi nội dung đăng ký doanh nghiệp',
      'Change of enterprise registration',
    ),
    fields: [
      applicantSection({ withAddress: false }),
      {
        type: 'section',
        name: 'enterprise',
        title: t('Doanh nghiệp', 'The enterprise'),
        fields: [
          {
            type: 'taxCode',
            name: 'enterpriseCode',
            label: t('Mã số doanh nghiệp', 'Enterprise code'),
            required: true,
          },
          {
            type: 'text',
            name: 'enterpriseName',
            label: t('Tên doanh nghiệp', 'Name'),
            required: true,
            maxLength: 255,
          },
        ],
      },
      {
        type: 'checkboxes',
        name: 'changes',
        label: t('Nội dung đăng ký thay đổi', 'What changes'),
        required: true,
        minSelected: 1,
        options: [
          option('headOffice', 'Địa chỉ trụ sở chính', 'Head office'),
          option('capital', 'Vốn điều lệ', 'Charter capital'),
          option('representative', 'Người đại diện theo pháp luật', 'Legal representative'),
          option('name', 'Tên doanh nghiệp', 'Name'),
        ],
      },
      {
        type: 'address',
        name: 'newHeadOffice',
        label: t('Địa chỉ trụ sở chính mới', 'New head office'),
        required: true,
        granularity: 'street',
        visibleWhen: { field: 'changes', equals: 'headOffice' },
      },
      {
        type: 'money',
        name: 'newCharterCapital',
        label: t('Vốn điều lệ mới', 'New charter capital'),
        required: true,
        min: 1,
        visibleWhen: { field: 'changes', equals: 'capital' },
      },
      {
        type: 'citizenId',
        name: 'newRepresentativeCitizenId',
        label: t('Số định danh cá nhân của người đại diện mới', "New representative's citizen ID"),
        required: true,
        visibleWhen: { field: 'changes', equals: 'representative' },
      },
      {
        type: 'text',
        name: 'newName',
        label: t('Tên doanh nghiệp mới', 'New name'),
        required: true,
        maxLength: 255,
        visibleWhen: { field: 'changes', equals: 'name' },
      },
      attach(ownerDecision, 'ownerDecision'),
      attach(filingAuthorisation, 'filingAuthorisation'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: FINANCE,
  codeProvenance: 'illustrative',
  provenance:
    'Per Luật Doanh nghiệp (Điều 30–31) and Nghị định 168/2025/NĐ-CP; fees per Thông tư 47/2019/TT-BTC.',
});

export const businessProcedures: readonly SeedProcedure[] = [
  householdBusinessRegistration,
  householdBusinessChange,
  householdBusinessSuspension,
  enterpriseRegistration,
  enterpriseChange,
];
