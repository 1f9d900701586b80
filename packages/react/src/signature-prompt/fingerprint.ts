/** What can be signed: bytes, a file, or a SHA-256 digest computed elsewhere (64 hex characters). */
export type SignableBytes = ArrayBuffer | Uint8Array | Blob;

/**
 * SHA-256 of a document, with Web Crypto (the bytes never leave the device).
 *
 * @example
 * const digest = await sha256(await file.arrayBuffer()); // Uint8Array(32)
 */
export async function sha256(bytes: SignableBytes): Promise<Uint8Array> {
  const buffer =
    bytes instanceof Blob
      ? await bytes.arrayBuffer()
      : bytes instanceof Uint8Array
        ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
        : bytes;
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
}

export function hexToBytes(hex: string): Uint8Array {
  const clean = hex.replace(/[\s:]/g, '');
  if (!/^[0-9a-fA-F]{64}$/.test(clean)) throw new Error('A SHA-256 digest is 64 hexadecimal characters');
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function toHex(digest: Uint8Array): string {
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Base64 of a digest, as the signing API takes it (44 characters for SHA-256). */
export function toBase64(digest: Uint8Array): string {
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A fingerprint people can compare at a glance: upper-case hex in groups of four, the way signing apps show it.
 *
 * @example
 * groupHex('e3b0c44298fc1c14…') // ['E3B0', 'C442', '98FC', '1C14', …] (16 groups)
 */
export function groupHex(hex: string, size = 4): string[] {
  const clean = hex.replace(/\s/g, '').toUpperCase();
  const groups: string[] = [];
  for (let i = 0; i < clean.length; i += size) groups.push(clean.slice(i, i + size));
  return groups;
}
