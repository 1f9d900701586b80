/**
 * Test files that run in Node and in browsers alike (Web Crypto and typed arrays only): a PDF of any size as the
 * platform sniffs it, and the SHA-256 the platform records.
 */

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** A PDF (`%PDF-` first, as the platform sniffs it) carrying `size` bytes of random binary stream data. */
export function largePdf(size: number): Uint8Array<ArrayBuffer> {
  const head = latin1(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length ${size} >>\nstream\n`);
  const tail = latin1('\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n');
  const pdf = new Uint8Array(head.byteLength + size + tail.byteLength);
  pdf.set(head);
  // getRandomValues fills at most 64 KiB at a time.
  for (let at = 0; at < size; at += 65_536)
    crypto.getRandomValues(pdf.subarray(head.byteLength + at, head.byteLength + Math.min(size, at + 65_536)));
  pdf.set(tail, head.byteLength + size);
  return pdf;
}

/** Lower-case hex SHA-256, as `FileInfo.sha256`. */
export async function sha256(bytes: Uint8Array<ArrayBuffer> | Blob): Promise<string> {
  const data = bytes instanceof Blob ? await bytes.arrayBuffer() : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
