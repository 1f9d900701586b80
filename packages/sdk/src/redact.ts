/**
 * Personal data never reaches logs or error messages: citizen IDs, phone numbers, tax codes and
 * credentials are masked wherever the SDK prints something.
 */

const PATTERNS: readonly [RegExp, (match: string) => string][] = [
  // Bearer tokens and API keys in headers or text.
  [/\b(Bearer|Basic)\s+[\w\-.~+/=]+/gi, (m) => `${m.split(/\s+/)[0]} [redacted]`],
  // 12-digit citizen IDs, 10-digit tax codes (with branch), 9/10/11-digit phone numbers: keep the last 3 digits.
  [
    /(?<!\d)(\+?84|0)?\d{8,12}(-\d{3})?(?!\d)/g,
    (m) => `${'*'.repeat(Math.max(0, m.length - 3))}${m.slice(-3)}`,
  ],
];

const SECRET_KEYS =
  /^(authorization|x-api-key|cookie|set-cookie|token|access_?token|refresh_?token|id_?token|secret|password|code_verifier)$/i;

/**
 * Masks personal data and credentials in a string.
 *
 * @example
 * redactText('CCCD 001087123456, Bearer abc.def') // 'CCCD *********456, Bearer [redacted]'
 */
export function redactText(text: string): string {
  return PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}

/**
 * Deep-copies a value with personal data masked and secret-named keys replaced, for logging.
 *
 * @example
 * redact({ headers: { authorization: 'Bearer x' }, citizenId: '001087123456' })
 * // { headers: { authorization: '[redacted]' }, citizenId: '*********456' }
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redact(item, depth + 1);
  }
  return out;
}
