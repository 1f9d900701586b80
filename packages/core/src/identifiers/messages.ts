import { defineMessages } from '../messages/catalogue.js';

/** Messages for identifier rules (citizen ID, tax code, phone, dossier/agency/procedure codes). */
export const identifierMessages = defineMessages({
  vi: {
    'citizenId.digits': 'Số CCCD chỉ gồm các chữ số',
    'citizenId.length': 'Số CCCD phải gồm 12 chữ số',
    'citizenId.province': 'Không có tỉnh nào mang mã {code} (3 chữ số đầu của số CCCD)',
    'citizenId.birthYear': 'Năm sinh trong số CCCD ({year}) là năm chưa tới',
    'taxCode.format': 'Mã số thuế phải gồm 10 chữ số, có thể kèm mã chi nhánh dạng -001',
    'taxCode.branch': 'Mã chi nhánh của mã số thuế phải từ 001 đến 999',
    'taxCode.checkDigit':
      'Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp, hãy soát lại từng chữ số',
    'phone.format':
      'Số điện thoại chỉ gồm chữ số, có thể bắt đầu bằng +84 và ngăn cách bằng dấu cách, dấu chấm hoặc gạch ngang',
    'phone.prefix': 'Số điện thoại phải bắt đầu bằng 03, 05, 07, 08, 09 (di động) hoặc 02 (cố định)',
    'phone.mobileLength': 'Số điện thoại di động phải gồm 10 chữ số (tính cả số 0 đầu)',
    'phone.landlineLength': 'Số điện thoại cố định phải gồm 11 chữ số (tính cả số 0 đầu)',
    'dossierCode.format': 'Mã hồ sơ phải có dạng mã cơ quan-ngày-số thứ tự, ví dụ 000.00.14.H56-200203-0118',
    'dossierCode.date': 'Ngày {date} trong mã hồ sơ không có trên lịch',
    'dossierCode.sequence': 'Số thứ tự trong mã hồ sơ phải từ 1 trở lên',
    'agencyCode.format': 'Mã định danh cơ quan phải có dạng 000.00.00.H56',
    'procedureCode.format': 'Mã thủ tục hành chính phải có dạng 1.005129 hoặc 2.000815.000.00.00.H55',
  },
  en: {
    'citizenId.digits': 'A citizen ID number contains digits only',
    'citizenId.length': 'A citizen ID number has 12 digits',
    'citizenId.province': 'There is no province with code {code} (the first 3 digits of a citizen ID number)',
    'citizenId.birthYear': 'The birth year in this citizen ID number ({year}) is in the future',
    'taxCode.format': 'A tax code has 10 digits, optionally followed by a branch suffix such as -001',
    'taxCode.branch': 'A tax code branch suffix runs from 001 to 999',
    'taxCode.checkDigit':
      'This tax code is wrong: its check digit (the 10th digit) does not match, so check each digit',
    'phone.format':
      'A phone number contains digits only, may start with +84 and may be grouped with spaces, dots or dashes',
    'phone.prefix': 'A phone number starts with 03, 05, 07, 08, 09 (mobile) or 02 (landline)',
    'phone.mobileLength': 'A mobile number has 10 digits, counting the leading 0',
    'phone.landlineLength': 'A landline number has 11 digits, counting the leading 0',
    'dossierCode.format':
      'A dossier code looks like agency code-date-sequence, e.g. 000.00.14.H56-200203-0118',
    'dossierCode.date': 'The date {date} in this dossier code is not on the calendar',
    'dossierCode.sequence': 'The sequence number in a dossier code starts at 1',
    'agencyCode.format': 'An agency code looks like 000.00.00.H56',
    'procedureCode.format': 'A procedure code looks like 1.005129 or 2.000815.000.00.00.H55',
  },
});

/** A key of the identifier message catalogue, e.g. `'citizenId.length'`. */
export type IdentifierMessageKey = keyof (typeof identifierMessages)['vi'];
