/**
 * Đường bộ (road traffic), province level: driving licences, issued by the provincial police since
 * 1 March 2025 (moved from the transport departments).
 *
 * Real: the Law on Road Traffic Order and Safety 36/2024/QH15, the licence fee of 135,000 đ (Circular
 * 37/2023/TT-BTC), the health certificate requirement. Code 3.000347 appears in a single public dataset
 * (kept, marked seen); the 5 working days are as commonly published.
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
import { applicantSection, attach, declaration, option, resultDelivery, t } from './forms.js';

const { inPerson, online } = Channel;

const renewalRequest = component('don-de-nghi-doi-gplx', 'Đơn đề nghị đổi, cấp lại giấy phép lái xe', {
  required: false,
  template: { name: 'Đơn đề nghị đổi, cấp lại giấy phép lái xe', file: 'don-de-nghi-doi-gplx.docx' },
});
const driverHealthCertificate = component(
  'giay-kham-suc-khoe-lai-xe',
  'Giấy khám sức khỏe của người lái xe',
  {
    required: false,
    note: 'Không phải nộp nếu giấy khám sức khỏe đã được cơ sở y tế chia sẻ lên hệ thống (sổ sức khỏe điện tử).',
  },
);
const currentLicence = component('gplx-dang-su-dung', 'Giấy phép lái xe đang sử dụng (bản chụp)', {
  originals: 0,
  copies: 1,
});

export const drivingLicenceRenewal: SeedProcedure = defineProcedure({
  code: '3.000347',
  name: 'Đổi giấy phép lái xe',
  implementingLevel: 'province',
  field: FIELDS.roadTraffic,
  steps: [
    'Người đề nghị nộp hồ sơ trực tuyến trên Cổng Dịch vụ công, ứng dụng VNeID hoặc trực tiếp tại Công an cấp tỉnh.',
    'Cơ quan tiếp nhận kiểm tra, đối chiếu dữ liệu giấy phép lái xe và giấy khám sức khỏe.',
    'Cấp giấy phép lái xe mới (bản giấy và bản điện tử trên VNeID); thu hồi giấy phép cũ khi trả kết quả trực tiếp.',
  ],
  channels: channels([inPerson, online], workingDays(5), [
    fee('LPGPLX', 'Lệ phí cấp giấy phép lái xe', 135_000, {
      description: '135.000 đồng/lần cấp (Thông tư 37/2023/TT-BTC).',
    }),
  ]),
  documentComponents: [renewalRequest, driverHealthCertificate, currentLicence],
  subjects: ['citizen', 'foreigner'],
  agencies: [],
  results: [{ name: 'Giấy phép lái xe' }],
  legalBasis: [LAW.roadTrafficSafetyLaw, LAW.circular35of2024, LAW.circular37of2023],
  conditions: [
    'Giấy phép lái xe còn thời hạn hoặc hết hạn chưa quá thời hạn phải sát hạch lại; người lái xe đủ sức khỏe.',
  ],
  onlineLevel: 'full',
  formSpec: {
    id: 'don-de-nghi-doi-giay-phep-lai-xe',
    version: 1,
    title: t('Đơn đề nghị đổi giấy phép lái xe', 'Driving licence renewal'),
    fields: [
      applicantSection(),
      {
        type: 'text',
        name: 'licenceNumber',
        label: t('Số giấy phép lái xe', 'Licence number'),
        required: true,
        pattern: {
          regex: '[0-9]{12}',
          message: t('Số giấy phép lái xe gồm 12 chữ số', 'A licence number has 12 digits'),
        },
      },
      {
        type: 'select',
        name: 'licenceClass',
        label: t('Hạng giấy phép', 'Class'),
        required: true,
        options: [
          option('A1', 'A1'),
          option('A', 'A'),
          option('B1', 'B1'),
          option('B', 'B'),
          option('C1', 'C1'),
          option('C', 'C'),
          option('D', 'D'),
        ],
      },
      { type: 'date', name: 'expiryDate', label: t('Ngày hết hạn', 'Expiry date'), required: true },
      {
        type: 'select',
        name: 'reason',
        label: t('Lý do đổi', 'Reason'),
        required: true,
        options: [
          option('expiry', 'Hết hạn hoặc sắp hết hạn', 'Expired or expiring'),
          option('damaged', 'Bị hỏng', 'Damaged'),
          option('details', 'Thay đổi thông tin cá nhân', 'Personal details changed'),
        ],
      },
      {
        type: 'radio',
        name: 'healthDataShared',
        label: t(
          'Giấy khám sức khỏe đã có trên hệ thống?',
          'Is the health certificate already in the system?',
        ),
        required: true,
        defaultValue: 'yes',
        options: [
          option('yes', 'Có (sổ sức khỏe điện tử)', 'Yes (electronic health record)'),
          option('no', 'Không', 'No'),
        ],
      },
      attach(driverHealthCertificate, 'driverHealthCertificate', {
        required: true,
        visibleWhen: { field: 'healthDataShared', equals: 'no' },
      }),
      attach(currentLicence, 'currentLicence'),
      resultDelivery(),
      declaration(),
    ],
  },
  agencyRoles: [
    { role: 'police', part: 'implementing' },
    { role: 'police', part: 'deciding' },
  ],
  codeProvenance: 'seen',
  provenance:
    'Per Luật TTATGTĐB 2024; fee per Thông tư 37/2023/TT-BTC. Code seen in one public dataset only.',
});

export const roadTrafficProcedures: readonly SeedProcedure[] = [drivingLicenceRenewal];
