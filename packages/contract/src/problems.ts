import * as z from 'zod/mini';
import type { EndpointSpec } from './endpoint.js';

/**
 * Every problem the platform can answer with: a stable `code` to branch on, its HTTP status, and a short
 * title in each locale. Details (`detail`, field `errors`) are filled per occurrence.
 */
export const PROBLEMS = {
  'request.malformed': { status: 400, vi: 'Yêu cầu không đúng định dạng', en: 'Malformed request' },
  'request.invalid': { status: 422, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'Invalid request data' },
  'request.tooLarge': { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'Request too large' },
  'request.unsupportedMediaType': {
    status: 415,
    vi: 'Kiểu dữ liệu không được hỗ trợ',
    en: 'Unsupported media type',
  },
  'auth.required': { status: 401, vi: 'Cần đăng nhập', en: 'Authentication required' },
  'auth.invalidToken': {
    status: 401,
    vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn',
    en: 'Invalid or expired credentials',
  },
  'auth.forbidden': { status: 403, vi: 'Không có quyền thực hiện', en: 'Not allowed' },
  'auth.consentRequired': {
    status: 403,
    vi: 'Công dân chưa đồng ý chia sẻ dữ liệu',
    en: 'The citizen has not consented',
  },
  'auth.invalidRequest': {
    status: 400,
    vi: 'Yêu cầu đăng nhập không hợp lệ (client_id, redirect_uri hoặc PKCE)',
    en: 'Invalid authorization request (client_id, redirect_uri or PKCE)',
  },
  'auth.invalidGrant': {
    status: 400,
    vi: 'Mã cấp quyền hoặc mã làm mới không hợp lệ, đã dùng hoặc đã hết hạn',
    en: 'Authorization code or refresh token invalid, used or expired',
  },
  'auth.unsupportedGrantType': {
    status: 400,
    vi: 'Loại cấp quyền không được hỗ trợ',
    en: 'Unsupported grant type',
  },
  'resource.notFound': { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  'route.notFound': { status: 404, vi: 'Không có địa chỉ này', en: 'No such endpoint' },
  'method.notAllowed': { status: 405, vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  'dossier.illegalTransition': {
    status: 409,
    vi: 'Không thể chuyển hồ sơ sang trạng thái này',
    en: 'Illegal status change',
  },
  'dossier.notEditable': {
    status: 409,
    vi: 'Hồ sơ không còn được sửa',
    en: 'Dossier can no longer be edited',
  },
  'dossier.incomplete': { status: 422, vi: 'Hồ sơ chưa đủ thành phần', en: 'Dossier is incomplete' },
  'dossier.unknownComponent': {
    status: 422,
    vi: 'Thủ tục không có thành phần hồ sơ này',
    en: 'The procedure has no such document component',
  },
  'dossier.notConfirmed': {
    status: 422,
    vi: 'Người nộp chưa xác nhận lời cam đoan',
    en: 'The applicant has not confirmed the declaration',
  },
  'dossier.prefillMismatch': {
    status: 422,
    vi: 'Thông tin điền sẵn từ dữ liệu của Nhà nước không được sửa',
    en: 'Prefilled government data may not be changed',
  },
  'procedure.notOnline': {
    status: 422,
    vi: 'Thủ tục này không được nộp trực tuyến',
    en: 'This procedure cannot be filed online',
  },
  'procedure.notAvailable': {
    status: 422,
    vi: 'Cơ quan này không tiếp nhận thủ tục này',
    en: 'This agency does not receive this procedure',
  },
  'transfer.sameAgency': {
    status: 409,
    vi: 'Hồ sơ đang ở chính cơ quan này',
    en: 'The dossier is already at this agency',
  },
  'officer.notInAgency': {
    status: 422,
    vi: 'Cán bộ không thuộc cơ quan đang giữ hồ sơ',
    en: 'The officer does not belong to the agency holding the dossier',
  },
  'payment.notPayable': { status: 409, vi: 'Không có khoản phí nào cần nộp', en: 'Nothing to pay' },
  'payment.notPending': { status: 409, vi: 'Giao dịch thanh toán đã kết thúc', en: 'Payment already ended' },
  'payment.amountMismatch': {
    status: 422,
    vi: 'Số tiền không khớp với khoản phải nộp',
    en: 'The amount does not match what is due',
  },
  'gateway.invalidSignature': {
    status: 401,
    vi: 'Chữ ký của cổng thanh toán không hợp lệ',
    en: 'Invalid payment gateway signature',
  },
  'signature.notPending': {
    status: 409,
    vi: 'Giao dịch ký số đã kết thúc',
    en: 'Signing transaction already ended',
  },
  'signature.notSigned': { status: 409, vi: 'Tài liệu chưa được ký', en: 'The document has not been signed' },
  'signature.documentMismatch': {
    status: 422,
    vi: 'Chữ ký không khớp với tài liệu trong hồ sơ',
    en: 'The signature does not match the document in the dossier',
  },
  'signature.invalid': {
    status: 422,
    vi: 'Chữ ký số không hợp lệ',
    en: 'The digital signature is not valid',
  },
  'consent.notActive': {
    status: 409,
    vi: 'Sự đồng ý đã bị thu hồi hoặc hết hạn',
    en: 'Consent revoked or expired',
  },
  'feedback.alreadyAnswered': {
    status: 409,
    vi: 'Phản ánh đã được trả lời',
    en: 'Feedback already answered',
  },
  'webhook.urlNotAllowed': {
    status: 422,
    vi: 'Địa chỉ nhận webhook không được chấp nhận',
    en: 'Webhook URL not allowed',
  },
  'file.tooLarge': { status: 413, vi: 'Tệp quá lớn', en: 'File too large' },
  'file.typeNotAllowed': { status: 415, vi: 'Loại tệp không được chấp nhận', en: 'File type not accepted' },
  'file.offsetMismatch': { status: 409, vi: 'Vị trí tải lên không khớp', en: 'Upload offset mismatch' },
  'file.notComplete': { status: 409, vi: 'Tệp chưa tải lên xong', en: 'The upload is not complete' },
  'file.expired': { status: 410, vi: 'Phiên tải lên đã hết hạn', en: 'The upload has expired' },
  'file.inUse': {
    status: 409,
    vi: 'Tệp đang được dùng trong hồ sơ',
    en: 'The file is attached to a dossier',
  },
  'upload.versionUnsupported': {
    status: 412,
    vi: 'Phiên bản giao thức tus không được hỗ trợ',
    en: 'Unsupported tus protocol version',
  },
  'idempotency.conflict': {
    status: 422,
    vi: 'Khóa Idempotency-Key đã được dùng cho một yêu cầu khác',
    en: 'Idempotency-Key reused with a different request',
  },
  'idempotency.inProgress': {
    status: 409,
    vi: 'Yêu cầu cùng khóa đang được xử lý',
    en: 'A request with this key is in progress',
  },
  'rate.limited': {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests, retry later',
  },
  'server.unavailable': {
    status: 503,
    vi: 'Hệ thống tạm thời không phục vụ',
    en: 'Service temporarily unavailable',
  },
  'server.error': { status: 500, vi: 'Lỗi hệ thống', en: 'Internal error' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

/** A stable problem code, e.g. `'dossier.illegalTransition'`. */
export type ProblemCode = keyof typeof PROBLEMS;

/** Problems any endpoint may answer with, so endpoints list only their own. */
export const COMMON_PROBLEMS = [
  'request.malformed',
  'request.invalid',
  'request.tooLarge',
  'rate.limited',
  'server.unavailable',
  'server.error',
] as const satisfies readonly ProblemCode[];

/** Problems every endpoint that requires credentials may answer with. */
export const AUTH_PROBLEMS = [
  'auth.required',
  'auth.invalidToken',
  'auth.forbidden',
] as const satisfies readonly ProblemCode[];

/** Problems every endpoint taking an `Idempotency-Key` may answer with. */
export const IDEMPOTENCY_PROBLEMS = [
  'idempotency.conflict',
  'idempotency.inProgress',
] as const satisfies readonly ProblemCode[];

/**
 * Every problem code an endpoint can answer with: its own, then those implied by its credentials and its
 * idempotency, then the common ones, without repeats.
 *
 * @example
 * problemsOf(dossiers.submit).includes('dossier.illegalTransition') // true
 */
export function problemsOf(spec: Pick<EndpointSpec, 'errors' | 'auth' | 'idempotent'>): ProblemCode[] {
  return [
    ...new Set<ProblemCode>([
      ...spec.errors,
      ...(spec.auth.length > 0 ? AUTH_PROBLEMS : []),
      ...(spec.idempotent ? IDEMPOTENCY_PROBLEMS : []),
      ...COMMON_PROBLEMS,
    ]),
  ];
}

/** One field-level problem, pointing at the path of the offending value. */
export const FieldProblemSchema = z.object({
  /** JSON-pointer-like path segments, e.g. `['applicant', 'citizenId']`. */
  path: z.array(z.union([z.string(), z.number()])),
  /** Stable catalogue key of the rule that failed, e.g. `citizenId.length`. */
  code: z.string(),
  /** The message in the response's language. */
  message: z.string(),
});

/**
 * RFC 9457 problem details (`application/problem+json`), with our stable `code`, field `errors` and the
 * request id to quote to support.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  errors: z.optional(z.array(FieldProblemSchema)),
  requestId: z.optional(z.string()),
});
export type Problem = z.infer<typeof ProblemSchema>;
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

/** The `type` URI of a problem code. */
export function problemType(code: ProblemCode | (string & {})): string {
  return `https://motcua.dev/problems/${code}`;
}
