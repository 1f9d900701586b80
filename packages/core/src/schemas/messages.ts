import { defineMessages } from '../messages/catalogue.js';

/**
 * Messages for domain-record rules (dates, fees, dossier fields, administrative units).
 *
 * @example
 * schemaMessages.vi['dossier.codeRequired'] // 'Hồ sơ đã nộp phải có mã hồ sơ'
 */
export const schemaMessages = defineMessages({
  vi: {
    'unit.provinceCode': 'Mã tỉnh phải gồm 2 chữ số',
    'unit.communeCode': 'Mã xã phải gồm 5 chữ số',
    'unit.code': 'Mã đơn vị hành chính phải gồm 2 hoặc 5 chữ số',
    'unitType.city': 'Thành phố',
    'unitType.province': 'Tỉnh',
    'unitType.ward': 'Phường',
    'unitType.commune': 'Xã',
    'unitType.special-zone': 'Đặc khu',
    'schema.id': 'Mã định danh chỉ gồm chữ cái, chữ số và các dấu _ . : - (tối đa 64 ký tự)',
    'schema.mediaType': 'Kiểu tệp phải có dạng loại/kiểu, ví dụ application/pdf',
    'date.dateTime': 'Thời điểm phải theo ISO 8601 kèm múi giờ, ví dụ 2025-07-01T08:30:00+07:00',
    'date.partial': 'Ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD',
    'file.sha256': 'Mã băm SHA-256 phải gồm 64 ký tự thập lục phân viết thường',
    'payment.total': 'Tổng tiền phải bằng tổng các khoản thu ({sum} đồng)',
    'payment.paidAt': 'Khoản thanh toán đã trả phải có thời điểm thanh toán',
    'signature.hash': 'Giá trị băm SHA-256 phải là 44 ký tự base64',
    'signature.pem': 'Chứng thư số phải ở dạng PEM (-----BEGIN CERTIFICATE-----)',
    'signature.signerId': 'Người ký phải có số CCCD hoặc mã số thuế',
    'signature.missing': 'Giao dịch đã ký phải kèm chữ ký số',
    'applicant.citizenIdRequired': 'Người nộp là công dân phải có số CCCD',
    'applicant.taxCodeRequired': 'Người nộp là doanh nghiệp phải có mã số thuế',
    'procedure.unknownComponent':
      'Biểu mẫu gắn với thành phần hồ sơ "{componentId}" nhưng thủ tục không có thành phần này',
    'procedure.duplicateComponent': 'Mã thành phần hồ sơ "{componentId}" bị lặp lại',
    'procedure.duplicateChannel': 'Cách thức thực hiện {channel} đã được khai báo',
    'dossier.draftHasCode': 'Hồ sơ nháp chưa có mã hồ sơ',
    'dossier.codeRequired': 'Hồ sơ đã nộp phải có mã hồ sơ',
    'dossier.emptyUpdate': 'Cần ít nhất một thông tin để cập nhật',
    'feedback.contact': 'Vui lòng để lại số điện thoại hoặc thư điện tử để nhận trả lời',
  },
  en: {
    'unit.provinceCode': 'A province code has 2 digits',
    'unit.communeCode': 'A commune code has 5 digits',
    'unit.code': 'An administrative unit code has 2 or 5 digits',
    'unitType.city': 'City',
    'unitType.province': 'Province',
    'unitType.ward': 'Ward',
    'unitType.commune': 'Commune',
    'unitType.special-zone': 'Special zone',
    'schema.id': 'An identifier uses letters, digits and _ . : - (64 characters at most)',
    'schema.mediaType': 'A media type looks like type/subtype, e.g. application/pdf',
    'date.dateTime': 'A time is ISO 8601 with its offset, e.g. 2025-07-01T08:30:00+07:00',
    'date.partial': 'A date looks like YYYY, YYYY-MM or YYYY-MM-DD',
    'file.sha256': 'A SHA-256 digest is 64 lowercase hexadecimal characters',
    'payment.total': 'The total must equal the sum of the lines ({sum} đồng)',
    'payment.paidAt': 'A paid payment must say when it was paid',
    'signature.hash': 'A SHA-256 digest in base64 has 44 characters',
    'signature.pem': 'The certificate must be PEM (-----BEGIN CERTIFICATE-----)',
    'signature.signerId': 'The signer needs a citizen ID number or a tax code',
    'signature.missing': 'A signed transaction must carry its signature',
    'applicant.citizenIdRequired': 'An individual applicant needs a citizen ID number',
    'applicant.taxCodeRequired': 'An enterprise applicant needs a tax code',
    'procedure.unknownComponent':
      'The e-form is bound to document component "{componentId}", which the procedure lacks',
    'procedure.duplicateComponent': 'The document component id "{componentId}" appears more than once',
    'procedure.duplicateChannel': 'Channel {channel} is already listed',
    'dossier.draftHasCode': 'A draft has no dossier code yet',
    'dossier.codeRequired': 'A submitted dossier has a dossier code',
    'dossier.emptyUpdate': 'Give at least one thing to update',
    'feedback.contact': 'Leave a phone number or an email address to receive the answer',
  },
});
