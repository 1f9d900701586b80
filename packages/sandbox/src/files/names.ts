/**
 * File names and tus metadata: what a client sends is hostile until proven otherwise. A name is kept as the
 * person would recognise it (Vietnamese, spaces, even `<` and `>`), but never as a path, never with control or
 * bidirectional-override characters, and it is escaped wherever it is served.
 */

/** The name used when a client sends none, or one with nothing left after cleaning. */
export const DEFAULT_FILE_NAME = 'tep-dinh-kem';

const MAX_NAME_LENGTH = 255;

/**
 * A file name safe to store and show: the last segment of any path (`/` or `\`), without control characters
 * (C0, C1, DEL), bidirectional overrides or zero-width characters (which disguise `exe.pdf` as `fdp.exe`),
 * NFC, whitespace collapsed, no leading dots (hidden files, `..`), at most 255 UTF-16 units with the
 * extension kept.
 *
 * @example
 * safeFileName('C:\\Users\\An\\Giấy khai sinh.pdf') // 'Giấy khai sinh.pdf'
 * safeFileName('../../etc/passwd')                 // 'passwd'
 * safeFileName('\u202Egpj.exe')                     // 'gpj.exe' (no right-to-left override)
 */
export function safeFileName(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_FILE_NAME;
  const cleaned = raw
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly those characters.
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '');
  const segment = cleaned.split(/[/\\]/).pop() ?? '';
  const name = segment
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (name === '') return DEFAULT_FILE_NAME;
  // Counted in UTF-16 units, as the contract's 255 is; whole code points only, so no emoji is cut in half.
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = '';
  for (const char of name.slice(0, name.length - extension.length)) {
    if (stem.length + char.length > MAX_NAME_LENGTH - extension.length) break;
    stem += char;
  }
  return stem.trimEnd() + extension;
}

/**
 * A `Content-Disposition` that makes browsers download, never render, and shows the name intact where the
 * browser supports RFC 5987/6266 (`filename*`), with an ASCII fallback for the others.
 *
 * @example
 * contentDisposition('Giấy khai sinh.pdf')
 * // `attachment; filename="Giay khai sinh.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20khai%20sinh.pdf`
 */
export function contentDisposition(name: string): string {
  const fallback =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|["\\%;]/g, '_')
      .trim() || DEFAULT_FILE_NAME;
  const encoded = encodeURIComponent(name).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Parses tus `Upload-Metadata`: comma-separated `key base64value` pairs (the value may be absent). Values are
 * decoded as UTF-8; `undefined` when a value is not valid base64 UTF-8 or a key repeats.
 *
 * @example
 * parseUploadMetadata('filename Z2lheS5wZGY=,filetype YXBwbGljYXRpb24vcGRm') // { filename: 'giay.pdf', filetype: 'application/pdf' }
 */
export function parseUploadMetadata(header: string | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (header === undefined || header.trim() === '') return out;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const pair of header.split(',')) {
    const [key, value = '', ...rest] = pair.trim().split(' ');
    if (!key || rest.length > 0 || Object.hasOwn(out, key)) return undefined;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 === 1) return undefined;
    try {
      out[key] = decoder.decode(Buffer.from(value, 'base64'));
    } catch {
      return undefined;
    }
  }
  return out;
}
