/**
 * Personal data and credentials never reach the sandbox's logs: tokens, API keys, citizen ID numbers, phone
 * numbers and tax codes are masked in every string a log entry carries. The masks match the SDK's (keep the
 * last three digits), so a support conversation can line the two logs up without either holding the number.
 */

const TEXT_PATTERNS: readonly [RegExp, (match: string) => string][] = [
  // Credentials in a header value or free text.
  [/\b(Bearer|Basic)\s+[\w\-.~+/=]+/gi, (match) => `${match.split(/\s+/)[0]} [redacted]`],
  // The sandbox's own token and key shapes, wherever they appear.
  [/\b(mct|sk)_[\w-]{8,}/g, (match) => `${match.slice(0, match.indexOf('_') + 1)}[redacted]`],
  // Citizen IDs (12 digits) and old ID cards (9), tax codes (10, optional -NNN branch), phone numbers (0 or +84
  // and 9 digits): any run of 8–12 digits.
  [
    /(?<!\d)(\+?84|0)?\d{8,12}(-\d{3})?(?!\d)/g,
    (match) => `${'*'.repeat(Math.max(0, match.length - 3))}${match.slice(-3)}`,
  ],
];

const SECRET_KEYS =
  /^(authorization|proxy-authorization|x-api-key|api_?key|cookie|set-cookie|token|access_?token|refresh_?token|id_?token|secret|password|client_?secret)$/i;

/**
 * Masks personal data and credentials in a string.
 *
 * @example
 * redactText('CCCD 001087123456, Bearer abc.def') // 'CCCD *********456, Bearer [redacted]'
 */
export function redactText(text: string): string {
  return TEXT_PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}

/**
 * Deep-copies a value for logging: strings masked with {@link redactText}, secret-named keys replaced,
 * errors turned into their (masked) name, message and stack.
 *
 * @example
 * redact({ headers: { authorization: 'Bearer x' }, citizenId: '001087123456' })
 * // { headers: { authorization: '[redacted]' }, citizenId: '*********456' }
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 8) return '[truncated]';
  if (value instanceof Error) {
    return redact(
      { name: value.name, message: value.message, stack: value.stack, cause: value.cause },
      depth + 1,
    );
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redact(item, depth + 1);
  }
  return out;
}
