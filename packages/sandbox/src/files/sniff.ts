/**
 * What a file really is, from its bytes: the platform never trusts the type a client declares. Only the types
 * the platform accepts for dossier attachments pass (PDF, JPEG, PNG, WebP, DOCX, XLSX, XML, plain text).
 */

export const PDF = 'application/pdf';
export const JPEG = 'image/jpeg';
export const PNG = 'image/png';
export const WEBP = 'image/webp';
export const GIF = 'image/gif';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP = 'application/zip';
export const XML = 'application/xml';
export const TEXT = 'text/plain';
export const HTML = 'text/html';
export const SVG = 'image/svg+xml';
export const OCTET_STREAM = 'application/octet-stream';

/** The media types a stored file may have. */
export const ACCEPTED_MEDIA_TYPES: readonly string[] = [PDF, JPEG, PNG, WEBP, DOCX, XLSX, XML, TEXT];

/** What a client may call an accepted type (`image/jpg`, `text/xml`…), mapped to the name the platform uses. */
const ALIASES: Record<string, string> = {
  'image/jpg': JPEG,
  'image/pjpeg': JPEG,
  'text/xml': XML,
  'application/x-zip-compressed': ZIP,
};

/** Declarations that say nothing about the content: they contradict no sniffed type. */
const GENERIC = new Set(['', OCTET_STREAM, 'binary/octet-stream', 'application/unknown']);

/**
 * A declared media type in canonical form: lower case, no parameters, aliases resolved.
 *
 * @example
 * normalizeMediaType('Image/JPG; q=1') // 'image/jpeg'
 */
export function normalizeMediaType(value: string): string {
  const type = (value.split(';')[0] ?? '').trim().toLowerCase();
  return ALIASES[type] ?? type;
}

/** True when a declared type names no particular format (`application/octet-stream`, nothing). */
export function isGenericMediaType(declared: string): boolean {
  return GENERIC.has(normalizeMediaType(declared));
}

/** True for a media type the platform stores. */
export function isAcceptedFileType(mediaType: string): boolean {
  return ACCEPTED_MEDIA_TYPES.includes(normalizeMediaType(mediaType));
}

/**
 * Whether what the client declared can describe what the bytes are. Generic declarations fit anything; a DOCX
 * or XLSX may be declared as ZIP (it is one); XML and plain text may be declared as any non-HTML text type.
 *
 * @example
 * declarationFits('application/pdf', 'image/png') // false: a PNG sent as a PDF is refused
 */
export function declarationFits(declared: string, sniffed: string): boolean {
  const type = normalizeMediaType(declared);
  if (GENERIC.has(type) || type === sniffed) return true;
  if ((sniffed === DOCX || sniffed === XLSX) && type === ZIP) return true;
  if ((sniffed === TEXT || sniffed === XML) && type.startsWith('text/') && type !== HTML) return true;
  return false;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/**
 * The media type of some content, from its bytes alone:
 *
 * | bytes | type |
 * | --- | --- |
 * | `%PDF-` in the first 1024 bytes | `application/pdf` |
 * | `89 50 4E 47 0D 0A 1A 0A` | `image/png` |
 * | `FF D8 FF` | `image/jpeg` |
 * | `GIF87a` / `GIF89a` | `image/gif` (refused) |
 * | `RIFF` … `WEBP` | `image/webp` |
 * | `PK 03 04` with `word/` entries | DOCX; with `xl/` entries: XLSX; otherwise `application/zip` (refused) |
 * | UTF-8 text starting with `<?xml` or an element | `application/xml`; `image/svg+xml` or `text/html` (refused) when the root is `svg`/`html` |
 * | other UTF-8 text without control characters | `text/plain` |
 * | anything else (executables, OLE2 `.doc`, UTF-16, empty) | `application/octet-stream` (refused) |
 *
 * @example
 * sniffMediaType(new TextEncoder().encode('%PDF-1.7\n…')) // 'application/pdf'
 */
export function sniffMediaType(bytes: Uint8Array): string {
  if (bytes.length === 0) return OCTET_STREAM;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return GIF;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return sniffZip(bytes);
  }
  if (indexOf(bytes.subarray(0, 1024), ascii('%PDF-')) >= 0) return PDF;
  return sniffText(bytes);
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Tells Office Open XML documents from other ZIP archives by the names of their entries. */
function sniffZip(bytes: Uint8Array): string {
  const names = zipEntryNames(bytes);
  if (!names.includes('[Content_Types].xml')) return ZIP;
  if (names.some((name) => name.startsWith('word/'))) return DOCX;
  if (names.some((name) => name.startsWith('xl/'))) return XLSX;
  return ZIP;
}

/**
 * The entry names of a ZIP archive: from the central directory when its end record is found, else by walking
 * the local file headers from the start.
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const names: string[] = [];
  // End of central directory: PK 05 06, within the last 64 KiB + 22 bytes (a trailing comment may follow it).
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65_557); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
      if (view.getUint32(at, true) !== 0x02014b50) break;
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + extraLength + commentLength;
    }
    if (names.length > 0) return names;
    break;
  }
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50) {
    const flags = view.getUint16(at + 6, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // With a data descriptor (flag bit 3) the size is not known here: stop walking.
    if (flags & 0x08) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

/** Text that is not binary: valid UTF-8 and no control characters but tab, line feed, form feed, return. */
function sniffText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return OCTET_STREAM;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly those characters.
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return OCTET_STREAM;
  const head = text.trimStart().slice(0, 4096).toLowerCase();
  if (/^<!doctype\s+html|^<(html|head|body|script|iframe|object|embed)[\s>/]/.test(head)) return HTML;
  if (head.startsWith('<')) {
    const root = xmlRootElement(head);
    if (root === undefined) return TEXT;
    if (root === 'svg' || root.endsWith(':svg')) return SVG;
    if (root === 'html' || root.endsWith(':html')) return HTML;
    return XML;
  }
  return TEXT;
}

/** The name of an XML document's root element, skipping the prolog (declaration, comments, doctype, PIs). */
function xmlRootElement(head: string): string | undefined {
  let rest = head;
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return undefined;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return undefined;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith('<!doctype')) {
      if (/^<!doctype\s+html/.test(rest)) return 'html';
      const end = rest.indexOf('>');
      if (end < 0) return undefined;
      rest = rest.slice(end + 1);
    } else {
      return /^<([a-z_][\w.:-]*)[\s>/]/.exec(rest)?.[1];
    }
  }
}
