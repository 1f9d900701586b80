import { describe, expect, it } from 'vitest';
import { contentDisposition, parseUploadMetadata, safeFileName } from './names.js';
import {
  declarationFits,
  GIF,
  HTML,
  JPEG,
  OCTET_STREAM,
  PDF,
  PNG,
  SVG,
  sniffMediaType,
  TEXT,
  WEBP,
  XML,
  ZIP,
} from './sniff.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );

describe('sniffMediaType', () => {
  it.each([
    ['PDF', bytes('%PDF-1.4\n%âãÏÓ'), PDF],
    ['PDF after junk', bytes('\r\n\r\n%PDF-1.7'), PDF],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), PNG],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), JPEG],
    ['GIF', bytes('GIF89a'), GIF],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), WEBP],
    ['bare ZIP', bytes('PK', [3, 4], new Array(26).fill(0)), ZIP],
    ['UTF-8 text', Buffer.from('Cộng hòa xã hội chủ nghĩa Việt Nam\r\n\tĐộc lập'), TEXT],
    ['XML', Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- c --><HoSo><Ten>An</Ten></HoSo>'), XML],
    ['XML without declaration', Buffer.from('<ns:HoSo xmlns:ns="urn:x"/>'), XML],
    ['HTML', Buffer.from('  <!doctype html><p>hi'), HTML],
    ['HTML script', Buffer.from('<script>alert(1)</script>'), HTML],
    ['SVG', Buffer.from('<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"/>'), SVG],
    ['XHTML', Buffer.from('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>'), HTML],
    ['EXE', bytes('MZ', [0x90, 0, 3, 0]), OCTET_STREAM],
    ['ELF', bytes([0x7f], 'ELF', [2, 1, 1]), OCTET_STREAM],
    ['OLE2 .doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), OCTET_STREAM],
    ['UTF-16 text', Buffer.from('\uFEFFhi', 'utf16le'), OCTET_STREAM],
    ['invalid UTF-8', bytes([0x68, 0xc3, 0x28]), OCTET_STREAM],
    ['empty', Buffer.alloc(0), OCTET_STREAM],
  ])('%s', (_name, content, expected) => {
    expect(sniffMediaType(content)).toBe(expected);
  });
});

describe('declarationFits', () => {
  it.each([
    ['application/octet-stream', PDF, true],
    ['', PDF, true],
    ['Application/PDF; x=1', PDF, true],
    ['image/jpg', JPEG, true],
    ['text/xml', XML, true],
    ['text/csv', TEXT, true],
    ['application/pdf', PNG, false],
    ['image/png', PDF, false],
    ['text/html', TEXT, false],
    ['application/zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
  ])('%s for %s: %s', (declared, sniffed, fits) => {
    expect(declarationFits(declared, sniffed)).toBe(fits);
  });
});

describe('file names', () => {
  it.each([
    ['Giấy khai sinh.pdf', 'Giấy khai sinh.pdf'],
    ['C:\\Users\\An\\to-khai.pdf', 'to-khai.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..', 'tep-dinh-kem'],
    ['.htaccess', 'htaccess'],
    ['a\r\nb\u0000c.txt', 'a b c.txt'],
    ['\u202Egpj.exe', 'gpj.exe'],
    ['   ', 'tep-dinh-kem'],
    ['<b>bold</b>.txt', 'b>.txt'],
    ['<img src=x onerror=alert(1)>.txt', '<img src=x onerror=alert(1)>.txt'],
  ])('%j → %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('shortens long names to 255 characters, keeping the extension', () => {
    const name = safeFileName(`${'ệ'.repeat(400)}.pdf`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
    const emoji = safeFileName(`${'😀'.repeat(200)}.png`);
    expect(emoji.length).toBeLessThanOrEqual(255);
    expect(emoji).toMatch(/^(😀)+\.png$/u);
  });

  it('builds a Content-Disposition with an ASCII fallback and an RFC 5987 name', () => {
    expect(contentDisposition('Đơn "xin" việc; 100%.pdf')).toBe(
      `attachment; filename="Don _xin_ viec_ 100_.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%22xin%22%20vi%E1%BB%87c%3B%20100%25.pdf`,
    );
  });

  it('parses tus Upload-Metadata', () => {
    expect(
      parseUploadMetadata('filename Z2lheS5wZGY=,filetype YXBwbGljYXRpb24vcGRm,is_confidential'),
    ).toEqual({
      filename: 'giay.pdf',
      filetype: 'application/pdf',
      is_confidential: '',
    });
    expect(parseUploadMetadata(undefined)).toEqual({});
    expect(parseUploadMetadata('filename a,filename b')).toBeUndefined();
    expect(parseUploadMetadata('filename /w==')).toBeUndefined(); // not UTF-8
  });
});
