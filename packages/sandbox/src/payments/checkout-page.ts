/**
 * The sandbox payment gateway's checkout page: plain server-rendered HTML (no script), in Vietnamese, built on
 * native semantics so it works with a keyboard and a screen reader: one `h1`, a skip link, the amounts in a
 * table with a caption, the payment method as a `fieldset` of radios, labelled inputs with hints tied by
 * `aria-describedby`, and a GOV.UK-style error summary that links to the field in error.
 */
import type { payments } from '@motcua/contract';
import { scenarios } from '../seed-data/scenarios.js';

type PaymentWithCheckout = payments.PaymentWithCheckout;

/** Payment methods the page offers. */
export const CHECKOUT_CHANNELS = [
  { value: 'card', label: 'Thẻ ngân hàng nội địa (NAPAS)' },
  { value: 'qr', label: 'Quét mã VietQR' },
  { value: 'bankTransfer', label: 'Chuyển khoản ngân hàng' },
  { value: 'eWallet', label: 'Ví điện tử' },
] as const;

export type CheckoutChannel = (typeof CHECKOUT_CHANNELS)[number]['value'];

/** A field problem shown in the error summary and beside the field. */
export interface CheckoutError {
  readonly field: 'channel' | 'cardNumber' | 'action';
  readonly message: string;
}

export interface CheckoutPageInput {
  readonly payment: PaymentWithCheckout;
  /** Where the form posts (the page's own address). */
  readonly action: string;
  /** Where "back to the service" goes once the payment ended. */
  readonly returnUrl?: string | undefined;
  readonly errors?: readonly CheckoutError[];
  /** What the payer chose, kept when the page is shown again with errors. */
  readonly values?: { channel?: string | undefined; cardNumber?: string | undefined };
  /** A payment attempt the bank has not answered (timeout scenario). */
  readonly waiting?: boolean;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

const money = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
});

const STATUS_TEXT: Record<PaymentWithCheckout['status'], string> = {
  pending: 'Chờ thanh toán',
  paid: 'Đã thanh toán',
  failed: 'Thanh toán không thành công',
  expired: 'Đã hết hạn',
  cancelled: 'Đã hủy',
};

const KIND_TEXT: Record<string, string> = { fee: 'Lệ phí', charge: 'Phí', tax: 'Thuế' };

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1b1b1b;background:#f3f4f6}
body{margin:0}
.skip{position:absolute;left:-999px;top:0;background:#ffdd00;color:#0b0c0c;padding:.5rem 1rem}
.skip:focus{left:0}
header{background:#8b0000;color:#fff;padding:.75rem 1rem}
header p{margin:0;max-width:42rem;margin-inline:auto}
main{max-width:42rem;margin:1.5rem auto;padding:1.5rem;background:#fff;border-radius:.5rem}
h1{font-size:1.75rem;margin-top:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
table{width:100%;border-collapse:collapse;margin:1rem 0}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border-bottom:1px solid #b1b4b6;padding:.5rem .25rem;text-align:left;vertical-align:top}
.num{text-align:right;white-space:nowrap}
fieldset{border:0;padding:0;margin:1rem 0}
legend{font-weight:600;margin-bottom:.5rem}
.radio{display:flex;gap:.5rem;align-items:center;margin:.25rem 0}
.radio input{width:1.25rem;height:1.25rem;margin:0}
.radio label{font-weight:400}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
label{font-weight:600;display:block}
.hint{color:#484949;margin:.25rem 0}
input[type=text]{font:inherit;padding:.5rem;border:2px solid #0b0c0c;width:100%;max-width:22rem;box-sizing:border-box}
.field-error input[type=text]{border-color:#b10e1e}
.error-message{color:#b10e1e;font-weight:600;margin:.25rem 0}
.actions{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1.5rem}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border-radius:.25rem;border:2px solid transparent;cursor:pointer}
button.primary{background:#00703c;color:#fff}
button.secondary{background:#f3f2f1;color:#0b0c0c;border-color:#0b0c0c}
:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
.error-summary{border:4px solid #b10e1e;padding:1rem;margin-bottom:1.5rem}
.error-summary h2{margin-top:0;font-size:1.25rem}
.error-summary a{color:#b10e1e;font-weight:600}
.status{border-left:6px solid #1d70b8;padding:.5rem 1rem;background:#eef5fb}
.status.paid{border-color:#00703c;background:#eaf6ef}
.status.failed,.status.expired,.status.cancelled{border-color:#b10e1e;background:#fbeeee}
a{color:#1d70b8}
`;

/**
 * The checkout page of a payment, as a complete HTML document.
 *
 * @example
 * const html = renderCheckoutPage({ payment, action: '/sandbox/payments/pay_1/checkout' });
 */
export function renderCheckoutPage(input: CheckoutPageInput): string {
  const { payment, errors = [] } = input;
  const title = `${errors.length > 0 ? 'Lỗi: ' : ''}Thanh toán lệ phí hồ sơ ${payment.dossierCode}`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Cổng thanh toán (hộp cát)</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header><p>Cổng thanh toán giả lập của hộp cát motcua: không có tiền thật được chuyển.</p></header>
<main id="main">
${errors.length > 0 ? errorSummary(errors) : ''}
<h1>Thanh toán lệ phí</h1>
${summary(payment)}
${linesTable(payment)}
${payment.status === 'pending' ? (input.waiting ? waitingNotice(payment) : '') + form(input) : outcome(input)}
</main>
</body>
</html>
`;
}

/** A short page for an unknown payment id. */
export function renderNotFoundPage(): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy giao dịch – Cổng thanh toán (hộp cát)</title><style>${STYLE}</style></head>
<body><main id="main"><h1>Không tìm thấy giao dịch</h1>
<p>Địa chỉ thanh toán không đúng hoặc giao dịch không tồn tại. Hãy quay lại trang dịch vụ công và tạo lại giao dịch.</p>
</main></body></html>
`;
}

function errorSummary(errors: readonly CheckoutError[]): string {
  const items = errors
    .map((error) => `<li><a href="#${error.field}">${escapeHtml(error.message)}</a></li>`)
    .join('');
  // role="alert" announces it; tabindex lets a script or the user move focus to it.
  return `<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">Có lỗi cần sửa</h2><ul>${items}</ul></div>`;
}

function summary(payment: PaymentWithCheckout): string {
  const rows: [string, string][] = [
    ['Mã tra cứu', payment.lookupCode],
    ['Hồ sơ', payment.dossierCode],
    ['Đơn vị thụ hưởng', payment.beneficiary.accountName],
    ['Số tài khoản', payment.beneficiary.accountNumber],
    ['Ngân hàng', payment.beneficiary.bank],
    ...(payment.payer?.name ? ([['Người nộp', payment.payer.name]] as [string, string][]) : []),
    ['Trạng thái', STATUS_TEXT[payment.status]],
    ...(payment.status === 'pending' && payment.expiresAt
      ? ([['Hạn thanh toán', dateTime.format(new Date(payment.expiresAt))]] as [string, string][])
      : []),
  ];
  return `<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
}

function linesTable(payment: PaymentWithCheckout): string {
  const rows = payment.lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.name)}</td><td>${escapeHtml(KIND_TEXT[line.kind] ?? line.kind)}</td>` +
        `<td class="num">${escapeHtml(money.format(line.amount))}</td></tr>`,
    )
    .join('');
  return `<table>
<caption>Các khoản phải nộp</caption>
<thead><tr><th scope="col">Khoản</th><th scope="col">Loại</th><th scope="col" class="num">Số tiền</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row" colspan="2">Tổng cộng</th><td class="num"><strong>${escapeHtml(money.format(payment.total))}</strong></td></tr></tfoot>
</table>`;
}

function waitingNotice(payment: PaymentWithCheckout): string {
  const until = payment.expiresAt
    ? ` Nếu không có kết quả, giao dịch hết hạn lúc ${dateTime.format(new Date(payment.expiresAt))}.`
    : '';
  return `<p class="status" role="status">Ngân hàng chưa phản hồi. Giao dịch vẫn đang chờ xử lý.${escapeHtml(until)}</p>`;
}

function form(input: CheckoutPageInput): string {
  const { payment, errors = [], values = {} } = input;
  const errorOf = (field: CheckoutError['field']) => errors.find((error) => error.field === field);
  const channel = values.channel ?? 'card';
  const radios = CHECKOUT_CHANNELS.map(
    (option, index) =>
      `<div class="radio"><input type="radio" name="channel" value="${option.value}" id="${index === 0 ? 'channel' : `channel-${option.value}`}"${
        option.value === channel ? ' checked' : ''
      }><label for="${index === 0 ? 'channel' : `channel-${option.value}`}">${escapeHtml(option.label)}</label></div>`,
  ).join('');
  const channelError = errorOf('channel');
  const cardError = errorOf('cardNumber');
  const card = values.cardNumber ?? scenarios.cardSucceeds.value;
  const describedBy = ['cardNumber-hint', ...(cardError ? ['cardNumber-error'] : [])].join(' ');
  return `<form method="post" action="${escapeHtml(input.action)}" novalidate>
<fieldset${channelError ? ' aria-describedby="channel-error"' : ''}>
<legend>Phương thức thanh toán</legend>
${channelError ? `<p class="error-message" id="channel-error"><span class="visually-hidden">Lỗi: </span>${escapeHtml(channelError.message)}</p>` : ''}
${radios}
</fieldset>
<div class="${cardError ? 'field-error' : ''}">
<label for="cardNumber">Số thẻ (khi thanh toán bằng thẻ)</label>
<p class="hint" id="cardNumber-hint">Thẻ thử nghiệm: ${format(scenarios.cardSucceeds.value)} thanh toán thành công; ${format(
    scenarios.cardDeclined.value,
  )} bị từ chối; ${format(scenarios.cardTimesOut.value)} ngân hàng không phản hồi.</p>
${cardError ? `<p class="error-message" id="cardNumber-error"><span class="visually-hidden">Lỗi: </span>${escapeHtml(cardError.message)}</p>` : ''}
<input type="text" id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" spellcheck="false" value="${escapeHtml(
    card,
  )}" aria-describedby="${describedBy}"${cardError ? ' aria-invalid="true"' : ''}>
</div>
<div class="actions">
<button type="submit" class="primary" name="action" value="pay">Thanh toán ${escapeHtml(money.format(payment.total))}</button>
<button type="submit" class="secondary" name="action" value="fail">Giả lập giao dịch thất bại</button>
</div>
</form>`;
}

function outcome(input: CheckoutPageInput): string {
  const { payment, returnUrl } = input;
  const text =
    payment.status === 'paid'
      ? 'Thanh toán thành công. Cơ quan xử lý hồ sơ đã nhận được thông báo.'
      : payment.status === 'failed'
        ? `Thanh toán không thành công${payment.failureReason ? `: ${payment.failureReason}` : ''}.`
        : payment.status === 'expired'
          ? 'Giao dịch đã hết hạn. Hãy tạo giao dịch mới từ trang dịch vụ công.'
          : 'Giao dịch đã bị hủy.';
  const back = returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Quay lại trang dịch vụ công</a></p>` : '';
  return `<p class="status ${payment.status}" role="status">${escapeHtml(text)}</p>${back}`;
}

function format(cardNumber: string): string {
  return cardNumber.replace(/(\d{4})(?=\d)/g, '$1 ');
}
