import { defineMessages } from '../messages/catalogue.js';

/**
 * Messages for form-spec fields and spec errors. `formSpec.*` speak to whoever writes a spec (a locality's
 * form designer); `form.*` to the citizen answering it.
 *
 * `form.pattern` carries the spec's own message: the check passes both languages as `{textVi}` and
 * `{textEn}` and each locale's template picks its own, so the language is still chosen when validating
 * and a locality can still wrap the wording through overrides.
 *
 * @example
 * formSpecMessages.en['form.attachmentRequired'] // 'Attach a file'
 */
export const formSpecMessages = defineMessages({
  vi: {
    'formSpec.id':
      'Mã biểu mẫu chỉ gồm chữ cái, chữ số, dấu chấm, gạch ngang và gạch dưới (tối đa 100 ký tự)',
    'formSpec.fieldName':
      'Tên trường chỉ gồm chữ cái Latinh không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (tối đa 64 ký tự)',
    'formSpec.fieldPath':
      'Điều kiện phải nêu tên một trường, có thể kèm .provinceCode, .communeCode hoặc .street',
    'formSpec.fieldType': 'Loại trường không được hỗ trợ; chọn một trong: {types}',
    'formSpec.condition':
      'Điều kiện hiển thị phải có một trong các dạng { field, equals }, { field, in }, { field, notEmpty: true }, { all }, { any }, { not }',
    'formSpec.duplicateName': 'Tên "{name}" đã được dùng cho một trường khác ở cùng cấp',
    'formSpec.unknownField':
      'Điều kiện nhắc tới "{field}" nhưng biểu mẫu không có trường này ở cấp này hay cấp ngoài',
    'formSpec.unknownOption': 'Trường "{field}" không có lựa chọn nào mang giá trị "{value}"',
    'formSpec.conditionCycle': 'Điều kiện hiển thị của "{name}" phụ thuộc vòng tròn vào chính nó',
    'formSpec.minAboveMax': 'Giá trị tối thiểu ({min}) lớn hơn giá trị tối đa ({max})',
    'formSpec.duplicateOption': 'Giá trị lựa chọn "{value}" bị lặp lại',
    'formSpec.invalidRegex': 'Biểu thức chính quy "{regex}" không hợp lệ',
    'formSpec.invalidDefault': 'Giá trị mặc định không thỏa các quy tắc của chính trường này',
    'formSpec.prefillType': 'Không thể điền sẵn "{claim}" vào một trường loại {type}',
    'form.pattern': '{textVi}',
    'form.checkboxRequired': 'Vui lòng đánh dấu vào ô này để tiếp tục',
    'form.attachmentRequired': 'Vui lòng đính kèm tệp',
    'form.tooFewFiles': 'Vui lòng đính kèm ít nhất {minimum} tệp',
    'form.tooManyFiles': 'Chỉ được đính kèm tối đa {maximum} tệp',
    'form.fileType': 'Tệp phải thuộc một trong các loại: {types}',
    'form.fileSize': 'Tệp phải nhỏ hơn {sizeVi}',
    'form.date.tooEarly': 'Ngày phải từ {dateVi} trở về sau',
    'form.date.tooLate': 'Ngày phải từ {dateVi} trở về trước',
    'form.date.future': 'Ngày không được sau ngày hôm nay',
    'form.date.past': 'Ngày không được trước ngày hôm nay',
    'form.communeNotInProvince': 'Xã, phường đã chọn không thuộc tỉnh, thành phố đã chọn',
  },
  en: {
    'formSpec.id': 'A form id uses letters, digits, dots, dashes and underscores (100 characters at most)',
    'formSpec.fieldName':
      'A field name uses unaccented Latin letters, digits and underscores, and starts with a letter (64 characters at most)',
    'formSpec.fieldPath':
      'A condition names a field, optionally followed by .provinceCode, .communeCode or .street',
    'formSpec.fieldType': 'Unsupported field type; use one of: {types}',
    'formSpec.condition':
      'A visibility condition takes one of the forms { field, equals }, { field, in }, { field, notEmpty: true }, { all }, { any }, { not }',
    'formSpec.duplicateName': 'The name "{name}" is already used by another field at this level',
    'formSpec.unknownField':
      'The condition refers to "{field}", but the form has no such field at this level or outside it',
    'formSpec.unknownOption': 'The field "{field}" has no option with the value "{value}"',
    'formSpec.conditionCycle': 'The visibility of "{name}" depends on itself in a cycle',
    'formSpec.minAboveMax': 'The minimum ({min}) is greater than the maximum ({max})',
    'formSpec.duplicateOption': 'The option value "{value}" appears more than once',
    'formSpec.invalidRegex': 'The regular expression "{regex}" is not valid',
    'formSpec.invalidDefault': "The default value breaks this field's own rules",
    'formSpec.prefillType': 'The claim "{claim}" cannot prefill a {type} field',
    'form.pattern': '{textEn}',
    'form.checkboxRequired': 'Select this box to continue',
    'form.attachmentRequired': 'Attach a file',
    'form.tooFewFiles': 'Attach at least {minimum} files',
    'form.tooManyFiles': 'Attach no more than {maximum} files',
    'form.fileType': 'The file must be one of these types: {types}',
    'form.fileSize': 'The file must be smaller than {sizeEn}',
    'form.date.tooEarly': 'The date must be {dateEn} or later',
    'form.date.tooLate': 'The date must be {dateEn} or earlier',
    'form.date.future': 'The date must be today or in the past',
    'form.date.past': 'The date must be today or in the future',
    'form.communeNotInProvince': 'The selected commune is not in the selected province',
  },
});
