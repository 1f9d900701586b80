import { defineMessages, interpolate, type Locale, type MessageParams } from '@motcua/core';

/**
 * The sandbox's own problem details (`detail`), in both languages. Titles come from the contract's `PROBLEMS`
 * table; these say what exactly went wrong this time.
 */
export const detailMessages = defineMessages({
  vi: {
    'body.tooLarge': 'Dữ liệu gửi lên vượt quá giới hạn {limit} byte',
    'body.notJson': 'Nội dung không phải JSON hợp lệ',
    'body.notUtf8': 'Nội dung không được mã hóa UTF-8',
    'body.contentType': 'Cần gửi dữ liệu với Content-Type {expected}',
    'idempotency.key': 'Idempotency-Key phải gồm 1–255 ký tự ASCII in được',
    'idempotency.conflict': 'Khóa này đã được dùng cho một yêu cầu khác trong vòng 24 giờ',
    'idempotency.inProgress': 'Một yêu cầu cùng khóa đang được xử lý; hãy thử lại sau giây lát',
    'auth.required': 'Cần gửi Authorization: Bearer <token> hoặc X-Api-Key',
    'auth.invalid': 'Thông tin xác thực không đúng, đã bị thu hồi hoặc đã hết hạn',
    'auth.forbidden': 'Chức năng này dành cho: {allowed}',
    'route.notFound': 'Không có địa chỉ {method} {path}',
    'method.notAllowed': 'Địa chỉ này chỉ nhận: {allowed}',
    'fault.header': 'Giá trị X-Sandbox-Fault không hợp lệ: {reason}',
    'fault.injected': 'Lỗi giả lập theo yêu cầu (X-Sandbox-Fault)',
    'server.contract': 'Hộp cát trả về dữ liệu không khớp với hợp đồng API (xem nhật ký máy chủ)',
    'server.unexpected': 'Lỗi không mong đợi; hãy báo mã yêu cầu cho người vận hành',
    'cursor.invalid': 'Con trỏ phân trang không hợp lệ; hãy dùng đúng giá trị nextCursor đã nhận',
    'persona.notFound': 'Không có người dùng mẫu {id}',
    'province.notFound': 'Không có tỉnh, thành phố mã {code}',
  },
  en: {
    'body.tooLarge': 'The request body exceeds the {limit}-byte limit',
    'body.notJson': 'The body is not valid JSON',
    'body.notUtf8': 'The body is not UTF-8 encoded',
    'body.contentType': 'Send the body with Content-Type {expected}',
    'idempotency.key': 'Idempotency-Key must be 1–255 printable ASCII characters',
    'idempotency.conflict': 'This key was used for a different request in the last 24 hours',
    'idempotency.inProgress': 'A request with this key is still being processed; retry shortly',
    'auth.required': 'Send Authorization: Bearer <token> or X-Api-Key',
    'auth.invalid': 'The credentials are wrong, revoked or expired',
    'auth.forbidden': 'This operation is for: {allowed}',
    'route.notFound': 'There is no {method} {path}',
    'method.notAllowed': 'This address accepts only: {allowed}',
    'fault.header': 'Invalid X-Sandbox-Fault value: {reason}',
    'fault.injected': 'Fault injected on request (X-Sandbox-Fault)',
    'server.contract': 'The sandbox produced a response that breaks the API contract (see its log)',
    'server.unexpected': 'Unexpected error; quote the request id to the operators',
    'cursor.invalid': 'Invalid pagination cursor; pass back nextCursor unchanged',
    'persona.notFound': 'There is no persona {id}',
    'province.notFound': 'There is no province with code {code}',
  },
});

export type DetailKey = keyof (typeof detailMessages)['vi'];

/** A problem detail in both languages, chosen when the response is written. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * Both languages of one detail message, ready for a `ProblemError`.
 *
 * @example
 * throw new ProblemError('request.tooLarge', { detail: detail('body.tooLarge', { limit: 1048576 }) });
 */
export function detail(key: DetailKey, params?: MessageParams): LocalizedText {
  return {
    vi: interpolate(detailMessages.vi[key], params),
    en: interpolate(detailMessages.en[key], params),
  };
}

/** Picks the text for a locale. */
export function localize(text: string | LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}
