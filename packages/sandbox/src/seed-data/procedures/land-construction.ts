/**
 * Xây dựng và đất đai (construction and land).
 *
 * Real: the Construction Law 50/2014/QH13 as amended by 62/2020/QH14 (15 days for a detached-house permit,
 * the documents of its Article 95), the Land Law 31/2024/QH15 and Decree 101/2024/NĐ-CP (registration and
 * certificates; the applicant pays registration fee and land levy once the tax office computes them). Since
 * 1 July 2025 construction permits for detached houses and first land certificates for individuals are
 * decided at the commune (two-tier reorganisation), which the seed follows.
 * Code 1.013225 is `seen`; the two land procedures' codes (their 2024–2025 re-issue) were not pinned down
 * and are illustrative. Fee amounts (set by each province) are illustrative.
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
import { applicantSection, attach, declaration, fullName, option, resultDelivery, t } from './forms.js';

const { inPerson, online, postal } = Channel;

// ── Construction permit for a detached house ─────────────────────────────────────────────────────────

const permitRequest = component('don-de-nghi-cap-gpxd', 'Đơn đề nghị cấp giấy phép xây dựng', {
  required: false,
  template: {
    name: 'Đơn đề nghị cấp giấy phép xây dựng (nhà ở riêng lẻ)',
    file: 'don-de-nghi-cap-gpxd.docx',
  },
});
const landRightsProof = component(
  'giay-to-quyen-su-dung-dat',
  'Bản sao một trong những giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai',
  { originals: 0, copies: 1 },
);
const designDrawings = component(
  'ban-ve-thiet-ke',
  'Bản vẽ thiết kế xây dựng: mặt bằng công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng, mặt bằng móng, sơ đồ đấu nối hạ tầng',
  { originals: 2, maxFiles: 20 },
);
const neighbourSafety = component(
  'cam-ket-an-toan-lien-ke',
  'Văn bản cam kết bảo đảm an toàn đối với công trình liền kề (công trình xây chen có tầng hầm)',
  { required: false },
);

export const detachedHouseConstructionPermit: SeedProcedure = defineProcedure({
  code: '1.013225',
  name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  implementingLevel: 'commune',
  field: FIELDS.construction,
  steps: [
    'Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng tại Ủy ban nhân dân cấp xã nơi có công trình.',
    'Cơ quan cấp phép kiểm tra hồ sơ; trong 07 ngày làm việc tổ chức kiểm tra thực địa và thông báo bằng văn bản nếu phải bổ sung.',
    'Cơ quan cấp phép thẩm định, lấy ý kiến cơ quan liên quan (nếu cần) và cấp giấy phép xây dựng kèm bản vẽ có đóng dấu.',
  ],
  channels: channels(
    [inPerson, online, postal],
    days(15),
    [
      fee('LPGPXD', 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75_000, {
        collectedAt: 'result',
        description: 'Mức thu do Hội đồng nhân dân tỉnh quyết định (minh họa).',
      }),
    ],
    '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.',
  ),
  documentComponents: [permitRequest, landRightsProof, designDrawings, neighbourSafety],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy phép xây dựng kèm bản vẽ thiết kế được đóng dấu' }],
  legalBasis: [LAW.constructionLaw, LAW.constructionLawAmendment, LAW.landLaw],
  conditions: [
    'Phù hợp với mục đích sử dụng đất theo quy hoạch sử dụng đất được phê duyệt; phù hợp quy hoạch chi tiết xây dựng (nếu có).',
    'Bảo đảm an toàn cho công trình, công trình lân cận và yêu cầu về bảo vệ môi trường, phòng cháy, chữa cháy.',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-de-nghi-cap-giay-phep-xay-dung-nha-o-rieng-le',
    version: 1,
    title: t('Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ', 'Building permit for a detached house'),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'parcel',
        title: t('Thông tin lô đất', 'The plot'),
        fields: [
          {
            type: 'address',
            name: 'siteAddress',
            label: t('Địa điểm xây dựng', 'Site address'),
            required: true,
            granularity: 'street',
          },
          {
            type: 'text',
            name: 'parcelNumber',
            label: t('Thửa đất số', 'Parcel number'),
            required: true,
            maxLength: 20,
          },
          {
            type: 'text',
            name: 'mapSheet',
            label: t('Tờ bản đồ số', 'Map sheet number'),
            required: true,
            maxLength: 20,
          },
          {
            type: 'number',
            name: 'plotArea',
            label: t('Diện tích lô đất', 'Plot area'),
            required: true,
            min: 1,
            unit: t('m²'),
          },
        ],
      },
      {
        type: 'section',
        name: 'building',
        title: t('Thông tin công trình', 'The building'),
        fields: [
          {
            type: 'number',
            name: 'groundFloorArea',
            label: t('Diện tích xây dựng tầng 1 (tầng trệt)', 'Ground-floor area'),
            required: true,
            min: 1,
            unit: t('m²'),
          },
          {
            type: 'number',
            name: 'totalFloorArea',
            label: t('Tổng diện tích sàn', 'Total floor area'),
            required: true,
            min: 1,
            unit: t('m²'),
          },
          {
            type: 'number',
            name: 'floors',
            label: t('Số tầng (không kể tầng hầm)', 'Floors above ground'),
            required: true,
            integer: true,
            min: 1,
            max: 7,
          },
          {
            type: 'checkbox',
            name: 'hasBasement',
            label: t('Có tầng hầm', 'Has a basement'),
          },
          {
            type: 'number',
            name: 'height',
            label: t('Chiều cao công trình', 'Height'),
            required: true,
            min: 1,
            max: 50,
            unit: t('m'),
          },
          {
            type: 'date',
            name: 'plannedStart',
            label: t('Dự kiến thời gian khởi công', 'Planned start'),
            min: 'today',
          },
        ],
      },
      {
        type: 'text',
        name: 'designer',
        label: t('Tổ chức, cá nhân thiết kế', 'Designer'),
        hint: t(
          'Hộ gia đình tự thiết kế nhà dưới 250 m² sàn, dưới 3 tầng thì ghi "Tự thiết kế"',
          'Or "Self-designed"',
        ),
        required: true,
        maxLength: 200,
      },
      attach(landRightsProof, 'landRightsProof'),
      attach(designDrawings, 'designDrawings'),
      attach(neighbourSafety, 'neighbourSafety', {
        required: true,
        visibleWhen: { field: 'hasBasement', equals: true },
      }),
      resultDelivery({ electronic: false }),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'communeCommittee', part: 'implementing' },
    { role: 'communeCommittee', part: 'deciding' },
    { role: 'construction', part: 'coordinating' },
  ],
  codeProvenance: 'seen',
  provenance: 'Per Luật Xây dựng (Điều 93, 95, 102). Fee amount illustrative (provincial).',
});

// ── First land certificate ───────────────────────────────────────────────────────────────────────────

const landRegistrationForm = component(
  'don-dang-ky-dat-dai',
  'Đơn đăng ký đất đai, tài sản gắn liền với đất',
  {
    required: false,
    template: {
      name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)',
      file: 'don-dang-ky-dat-dai-04dk.docx',
    },
  },
);
const landPapers = component(
  'giay-to-ve-quyen-su-dung-dat',
  'Một trong các loại giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)',
  { required: false, originals: 0, copies: 1 },
);
const cadastralExtract = component('manh-trich-do', 'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)', {
  required: false,
});
const financialObligationProof = component(
  'chung-tu-nghia-vu-tai-chinh',
  'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)',
  { required: false, originals: 0, copies: 1 },
);

export const firstLandCertificate: SeedProcedure = defineProcedure({
  code: '9.000201',
  name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu cho cá nhân',
  implementingLevel: 'commune',
  field: FIELDS.land,
  steps: [
    'Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa cấp xã hoặc Văn phòng đăng ký đất đai.',
    'Ủy ban nhân dân cấp xã xác nhận hiện trạng sử dụng đất, nguồn gốc, thời điểm sử dụng đất, sự phù hợp quy hoạch; niêm yết công khai kết quả kiểm tra 15 ngày.',
    'Văn phòng đăng ký đất đai (chi nhánh) kiểm tra hồ sơ, trích đo địa chính nếu cần, gửi thông tin cho cơ quan thuế xác định nghĩa vụ tài chính.',
    'Người sử dụng đất thực hiện nghĩa vụ tài chính; Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy chứng nhận.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(20),
    [
      fee(
        'LPGCN',
        'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
        100_000,
        {
          collectedAt: 'result',
          description: 'Mức thu do Hội đồng nhân dân tỉnh quyết định (minh họa).',
        },
      ),
      fee('TSDD', 'Tiền sử dụng đất, lệ phí trước bạ (nếu có)', 0, {
        kind: 'tax',
        collectedAt: 'processing',
        description:
          'Do cơ quan thuế xác định theo thông báo nộp tiền; số tiền chỉ biết khi hồ sơ đang xử lý.',
      }),
    ],
    'Không quá 20 ngày làm việc, không kể thời gian niêm yết công khai và thực hiện nghĩa vụ tài chính.',
  ),
  documentComponents: [landRegistrationForm, landPapers, cadastralExtract, financialObligationProof],
  subjects: ['citizen'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất' }],
  legalBasis: [LAW.landLaw, LAW.decree101of2024],
  conditions: [
    'Đất sử dụng ổn định, không có tranh chấp, phù hợp với quy hoạch sử dụng đất (đối với trường hợp không có giấy tờ về quyền sử dụng đất, theo Điều 138 Luật Đất đai).',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-dang-ky-dat-dai-lan-dau',
    version: 1,
    title: t('Đơn đăng ký đất đai, tài sản gắn liền với đất', 'First land registration and certificate'),
    fields: [
      applicantSection(),
      {
        type: 'section',
        name: 'parcel',
        title: t('Thửa đất đăng ký', 'The parcel'),
        fields: [
          {
            type: 'address',
            name: 'parcelAddress',
            label: t('Địa chỉ thửa đất', 'Parcel address'),
            required: true,
            granularity: 'street',
          },
          { type: 'text', name: 'parcelNumber', label: t('Thửa đất số', 'Parcel number'), maxLength: 20 },
          { type: 'text', name: 'mapSheet', label: t('Tờ bản đồ số', 'Map sheet number'), maxLength: 20 },
          {
            type: 'number',
            name: 'area',
            label: t('Diện tích', 'Area'),
            required: true,
            min: 1,
            unit: t('m²'),
          },
          {
            type: 'select',
            name: 'landUse',
            label: t('Mục đích sử dụng đất', 'Land use'),
            required: true,
            options: [
              option('ONT', 'Đất ở tại nông thôn (ONT)', 'Rural residential'),
              option('ODT', 'Đất ở tại đô thị (ODT)', 'Urban residential'),
              option('CLN', 'Đất trồng cây lâu năm (CLN)', 'Perennial crops'),
              option('LUC', 'Đất chuyên trồng lúa (LUC)', 'Paddy'),
              option('NTS', 'Đất nuôi trồng thủy sản (NTS)', 'Aquaculture'),
            ],
          },
          {
            type: 'select',
            name: 'origin',
            label: t('Nguồn gốc sử dụng đất', 'Origin of use'),
            required: true,
            options: [
              option('inherited', 'Được thừa kế, tặng cho', 'Inherited or gifted'),
              option('purchased', 'Nhận chuyển nhượng có giấy tờ', 'Bought, with papers'),
              option('allocated', 'Được Nhà nước giao đất', 'Allocated by the State'),
              option('stableUse', 'Sử dụng ổn định, không có giấy tờ', 'Used steadily, without papers'),
            ],
          },
          {
            type: 'date',
            name: 'useSince',
            label: t('Thời điểm bắt đầu sử dụng đất', 'In use since'),
            required: true,
            max: 'today',
          },
        ],
      },
      {
        type: 'checkbox',
        name: 'registerAssets',
        label: t(
          'Đăng ký cả tài sản gắn liền với đất (nhà ở, công trình)',
          'Also register buildings on the land',
        ),
      },
      {
        type: 'textarea',
        name: 'assets',
        label: t('Mô tả tài sản gắn liền với đất', 'Buildings on the land'),
        required: true,
        maxLength: 1000,
        visibleWhen: { field: 'registerAssets', equals: true },
      },
      {
        type: 'group',
        name: 'coUsers',
        label: t('Người cùng sử dụng đất (vợ, chồng…)', 'Co-users (spouse…)'),
        itemLabel: t('Người {n}', 'Person {n}'),
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
        ],
      },
      attach(landPapers, 'landPapers', { visibleWhen: { not: { field: 'origin', equals: 'stableUse' } } }),
      attach(cadastralExtract, 'cadastralExtract'),
      attach(financialObligationProof, 'financialObligationProof'),
      resultDelivery({ electronic: false }),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'communeCommittee', part: 'implementing' },
    { role: 'communeCommittee', part: 'deciding' },
    { role: 'agricultureEnvironment', part: 'coordinating' },
  ],
  codeProvenance: 'illustrative',
  provenance:
    'Per Luật Đất đai 2024 (Điều 137–138) and Nghị định 101/2024/NĐ-CP; commune decision per the July 2025 decentralisation. Times and fees illustrative.',
});

// ── Registration of land changes (transfer, gift, inheritance) ───────────────────────────────────────

const changeRegistrationForm = component(
  'don-dang-ky-bien-dong',
  'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất',
  {
    required: false,
    template: {
      name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)',
      file: 'don-dang-ky-bien-dong-11dk.docx',
    },
  },
);
const transferContract = component(
  'hop-dong-chuyen-quyen',
  'Hợp đồng, văn bản về việc chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất đã công chứng, chứng thực',
);
const issuedCertificate = component('giay-chung-nhan-da-cap', 'Bản gốc Giấy chứng nhận đã cấp');
const taxDeclarations = component(
  'to-khai-thue-le-phi-truoc-ba',
  'Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ; giấy tờ chứng minh thuộc đối tượng miễn (nếu có)',
  { originals: 1, required: true },
);

export const landChangeRegistration: SeedProcedure = defineProcedure({
  code: '9.000202',
  name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế',
  implementingLevel: 'province',
  field: FIELDS.land,
  steps: [
    'Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc Văn phòng đăng ký đất đai (chi nhánh) thuộc Sở Nông nghiệp và Môi trường.',
    'Văn phòng đăng ký đất đai kiểm tra hồ sơ, gửi thông tin cho cơ quan thuế để xác định nghĩa vụ tài chính.',
    'Sau khi người yêu cầu hoàn thành nghĩa vụ tài chính, cập nhật biến động vào hồ sơ địa chính, cơ sở dữ liệu đất đai và xác nhận trên Giấy chứng nhận hoặc cấp Giấy chứng nhận mới.',
  ],
  channels: channels(
    [inPerson, online, postal],
    workingDays(10),
    [
      fee('LPGCN-BD', 'Lệ phí cấp Giấy chứng nhận (đăng ký biến động)', 50_000, {
        collectedAt: 'result',
        description: 'Mức thu do Hội đồng nhân dân tỉnh quyết định (minh họa).',
      }),
      fee('LPTB', 'Lệ phí trước bạ nhà, đất', 0, {
        kind: 'tax',
        collectedAt: 'processing',
        description: '0,5% giá tính lệ phí trước bạ; cơ quan thuế thông báo số tiền khi hồ sơ đang xử lý.',
      }),
      fee('TNCN', 'Thuế thu nhập cá nhân từ chuyển nhượng bất động sản', 0, {
        kind: 'tax',
        collectedAt: 'processing',
        description:
          '2% giá chuyển nhượng; miễn giữa vợ chồng, cha mẹ và con, ông bà và cháu, anh chị em ruột.',
      }),
    ],
    'Không quá 10 ngày làm việc, không kể thời gian thực hiện nghĩa vụ tài chính.',
  ),
  documentComponents: [changeRegistrationForm, transferContract, issuedCertificate, taxDeclarations],
  subjects: ['citizen', 'organisation'],
  agencies: [],
  results: [{ name: 'Giấy chứng nhận đã xác nhận nội dung biến động hoặc Giấy chứng nhận mới' }],
  legalBasis: [LAW.landLaw, LAW.decree101of2024],
  conditions: [
    'Có Giấy chứng nhận; đất không có tranh chấp, không bị kê biên bảo đảm thi hành án, còn trong thời hạn sử dụng đất (Điều 45 Luật Đất đai).',
  ],
  onlineLevel: 'partial',
  formSpec: {
    id: 'don-dang-ky-bien-dong-dat-dai',
    version: 1,
    title: t('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 'Registration of a land transfer'),
    fields: [
      applicantSection(),
      {
        type: 'text',
        name: 'certificateNumber',
        label: t('Số phát hành Giấy chứng nhận', 'Certificate serial number'),
        hint: t('Ví dụ: AA 01234567', 'For example: AA 01234567'),
        required: true,
        maxLength: 20,
      },
      {
        type: 'select',
        name: 'changeKind',
        label: t('Hình thức biến động', 'Kind of change'),
        required: true,
        options: [
          option('transfer', 'Chuyển nhượng', 'Sale'),
          option('gift', 'Tặng cho', 'Gift'),
          option('inheritance', 'Thừa kế', 'Inheritance'),
        ],
      },
      {
        type: 'section',
        name: 'transferor',
        title: t('Bên chuyển quyền', 'Transferring party'),
        fields: [
          fullName('transferorName', t('Họ, chữ đệm, tên', 'Full name')),
          {
            type: 'citizenId',
            name: 'transferorCitizenId',
            label: t('Số định danh cá nhân', 'Citizen ID number'),
            required: true,
          },
          {
            type: 'select',
            name: 'relationToTransferor',
            label: t('Quan hệ với bên chuyển quyền', 'Relation to the transferring party'),
            required: true,
            options: [
              option('none', 'Không có quan hệ gia đình', 'None'),
              option('spouse', 'Vợ, chồng', 'Spouse'),
              option('parentChild', 'Cha, mẹ – con', 'Parent and child'),
              option('grandparent', 'Ông, bà – cháu', 'Grandparent and grandchild'),
              option('sibling', 'Anh, chị, em ruột', 'Sibling'),
            ],
          },
        ],
      },
      {
        type: 'money',
        name: 'price',
        label: t('Giá chuyển nhượng ghi trên hợp đồng', 'Price in the contract'),
        required: true,
        min: 0,
        visibleWhen: { field: 'changeKind', equals: 'transfer' },
      },
      attach(transferContract, 'transferContract'),
      attach(issuedCertificate, 'issuedCertificate'),
      attach(taxDeclarations, 'taxDeclarations'),
      resultDelivery({ electronic: false }),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'agricultureEnvironment', part: 'implementing' },
    { role: 'agricultureEnvironment', part: 'deciding' },
    { role: 'finance', part: 'coordinating' },
  ],
  codeProvenance: 'illustrative',
  provenance:
    'Per Luật Đất đai 2024 (Điều 133) and Nghị định 101/2024/NĐ-CP. Rates of tax real; amounts per dossier.',
});

export const landConstructionProcedures: readonly SeedProcedure[] = [
  detachedHouseConstructionPermit,
  firstLandCertificate,
  landChangeRegistration,
];
