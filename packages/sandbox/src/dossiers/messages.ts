import { defineMessages, interpolate, type Locale, type MessageParams } from '@motcua/core';
import type { LocalizedText } from '../http/details.js';

/**
 * The dossier domain's problem details and field messages, in both languages. Titles come from the contract's
 * `PROBLEMS` table; these say what exactly went wrong.
 */
export const dossierMessages = defineMessages({
  vi: {
    'dossier.notFound': 'Không tìm thấy hồ sơ {ref}',
    'dossier.illegalTransition':
      'Không thể chuyển hồ sơ {code} từ trạng thái “{from}” sang “{to}” ({action})',
    'dossier.concurrentChange': 'Hồ sơ {code} vừa được cập nhật bởi người khác; hãy tải lại và thử lại',
    'dossier.roleForbidden': 'Bước “{action}” do {allowed} thực hiện, không phải {actor}',
    'dossier.otherAgency': 'Hồ sơ {code} không thuộc cơ quan {agency}',
    'dossier.stageAgency': 'Bước “{action}” của hồ sơ {code} do cơ quan {expected} thực hiện',
    'dossier.queueForbidden': 'Chỉ xem được hàng đợi hồ sơ của cơ quan mình ({agency})',
    'dossier.streamForbidden': 'Chỉ theo dõi được sự kiện của cơ quan mình ({agency})',
    'dossier.notEditable': 'Hồ sơ đang ở trạng thái “{status}”, không sửa được',
    'dossier.notEditableField':
      'Khi bổ sung hồ sơ chỉ sửa được tờ khai, giấy tờ và ghi chú, không sửa được {field}',
    'dossier.notTransferable': 'Hồ sơ đang ở trạng thái “{status}”, không chuyển được',
    'dossier.incomplete': 'Hồ sơ còn thiếu thành phần bắt buộc: {components}',
    'dossier.componentMissing': 'Thiếu thành phần hồ sơ “{name}”',
    'dossier.unknownComponent': 'Thủ tục {procedure} không có thành phần hồ sơ “{componentId}”',
    'dossier.notConfirmed': 'Cần xác nhận lời cam đoan (declaration: true) trước khi nộp',
    'dossier.prefillChanged': 'Thông tin điền sẵn không được sửa: {fields}',
    'dossier.prefillMismatch': '{label} phải đúng như Cơ sở dữ liệu quốc gia về dân cư (không được sửa)',
    'dossier.identityMismatch': '{label} phải là số của người đã đăng nhập (không được sửa)',
    'procedure.notFound': 'Không có thủ tục mã {code}',
    'procedure.notOnline': 'Thủ tục {code} không được nộp trực tuyến',
    'procedure.noChannel': 'Thủ tục không có hình thức nộp {channel}',
    'procedure.notRouted':
      'Không xác định được cơ quan có thẩm quyền giải quyết thủ tục {code} cho hồ sơ này',
    'agency.notFound': 'Không có cơ quan mã {code}',
    'agency.notReceiving': 'Cơ quan {code} ({name}) không phải nơi tiếp nhận hồ sơ (Bộ phận Một cửa)',
    'agency.otherProvince':
      'Cơ quan {code} thuộc tỉnh khác; chỉ tiếp nhận không phụ thuộc địa giới trong tỉnh',
    'agency.receivingRequired': 'Chọn nơi nộp hồ sơ (receivingAgencyCode): không suy ra được từ địa chỉ',
    'transfer.sameAgency': 'Hồ sơ đang ở chính cơ quan {code}',
    'officer.notInAgency': 'Cán bộ {officerId} không phải chuyên viên của cơ quan {agency}',
    'file.unknown': 'Không có tệp {fileId} của bạn',
    'file.notComplete': 'Tệp {fileId} chưa tải lên xong',
    'file.typeNotAllowed': 'Tệp {fileId} có kiểu {mediaType}, thành phần này chỉ nhận {accepted}',
    'file.tooLarge': 'Tệp {fileId} lớn {size} byte, vượt giới hạn {max} byte của thành phần',
    'file.tooMany': 'Thành phần này nhận tối đa {max} tệp',
    'file.unavailable': 'Chưa có dịch vụ lưu tệp: không xác minh được tệp {fileId}',
    'signature.notFound': 'Không có giao dịch ký số {id} của bạn',
    'signature.notSigned': 'Giao dịch ký số {id} đang ở trạng thái {status}, chưa ký xong',
    'signature.invalid': 'Chữ ký số của giao dịch {id} không hợp lệ: {reason}',
    'signature.noDocument': 'Hồ sơ chưa có tệp nào ở thành phần “{componentId}”',
    'signature.documentMismatch':
      'Tài liệu đã ký không phải tệp nào của thành phần “{componentId}” (mã băm SHA-256 khác)',
    'events.after': 'Last-Event-ID hoặc after phải là mã sự kiện (số nguyên không âm)',
  },
  en: {
    'dossier.notFound': 'There is no dossier {ref}',
    'dossier.illegalTransition': 'Dossier {code} cannot move from “{from}” to “{to}” ({action})',
    'dossier.concurrentChange': 'Dossier {code} was just changed by someone else; reload and retry',
    'dossier.roleForbidden': 'Step “{action}” is done by {allowed}, not by {actor}',
    'dossier.otherAgency': 'Dossier {code} is not held by agency {agency}',
    'dossier.stageAgency': 'Step “{action}” of dossier {code} is done by agency {expected}',
    'dossier.queueForbidden': "Only your own agency's queue can be read ({agency})",
    'dossier.streamForbidden': "Only your own agency's events can be followed ({agency})",
    'dossier.notEditable': 'The dossier is “{status}” and can no longer be edited',
    'dossier.notEditableField':
      'While answering a supplement request only the form, documents and note can change, not {field}',
    'dossier.notTransferable': 'The dossier is “{status}” and cannot be transferred',
    'dossier.incomplete': 'Required document components are missing: {components}',
    'dossier.componentMissing': 'Document component “{name}” is missing',
    'dossier.unknownComponent': 'Procedure {procedure} has no document component “{componentId}”',
    'dossier.notConfirmed': 'Confirm the declaration (declaration: true) before submitting',
    'dossier.prefillChanged': 'Prefilled answers may not be changed: {fields}',
    'dossier.prefillMismatch': '{label} must be as the National Population Database records it (locked)',
    'dossier.identityMismatch': '{label} must be the signed-in person’s own number (locked)',
    'procedure.notFound': 'There is no procedure {code}',
    'procedure.notOnline': 'Procedure {code} cannot be filed online',
    'procedure.noChannel': 'The procedure has no channel {channel}',
    'procedure.notRouted': 'No competent agency could be found for procedure {code} and this dossier',
    'agency.notFound': 'There is no agency {code}',
    'agency.notReceiving': 'Agency {code} ({name}) does not receive dossiers (it has no one-stop desk)',
    'agency.otherProvince':
      'Agency {code} is in another province; boundary-free receipt works within one province',
    'agency.receivingRequired':
      'Choose where to file (receivingAgencyCode): it cannot be derived from the address',
    'transfer.sameAgency': 'The dossier is already at agency {code}',
    'officer.notInAgency': 'Officer {officerId} is not a specialist of agency {agency}',
    'file.unknown': 'You have no file {fileId}',
    'file.notComplete': 'File {fileId} has not finished uploading',
    'file.typeNotAllowed': 'File {fileId} is {mediaType}; this component accepts {accepted}',
    'file.tooLarge': "File {fileId} has {size} bytes, over the component's {max}-byte limit",
    'file.tooMany': 'This component takes at most {max} files',
    'file.unavailable': 'No file store is running: file {fileId} cannot be verified',
    'signature.notFound': 'You have no signing transaction {id}',
    'signature.notSigned': 'Signing transaction {id} is {status}, not signed',
    'signature.invalid': 'The signature of transaction {id} is not valid: {reason}',
    'signature.noDocument': 'The dossier has no file in component “{componentId}”',
    'signature.documentMismatch':
      'The signed document is none of the files of component “{componentId}” (different SHA-256)',
    'events.after': 'Last-Event-ID or after must be an event id (a whole number ≥ 0)',
  },
});

export type DossierMessageKey = keyof (typeof dossierMessages)['vi'];

/**
 * Both languages of one message, for a problem's `detail`. Parameters that are themselves localised (status
 * labels) are given as a function of the language.
 *
 * @example
 * throw new ProblemError('resource.notFound', { detail: says('dossier.notFound', { ref }) });
 */
export function says(
  key: DossierMessageKey,
  params?: MessageParams | ((locale: Locale) => MessageParams),
): LocalizedText {
  const paramsIn = (locale: Locale) => (typeof params === 'function' ? params(locale) : params);
  return {
    vi: interpolate(dossierMessages.vi[key], paramsIn('vi')),
    en: interpolate(dossierMessages.en[key], paramsIn('en')),
  };
}

/** One language of one message, for a field problem's `message`. */
export function sayIn(locale: Locale, key: DossierMessageKey, params?: MessageParams): string {
  return interpolate(dossierMessages[locale][key], params);
}
