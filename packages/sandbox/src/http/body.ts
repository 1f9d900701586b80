import type { RequestKind } from '@motcua/contract';
import { detail } from './details.js';
import { ProblemError } from './problem.js';

/** Default size limit of a JSON or form body: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** Default size limit of a binary upload: 25 MiB. */
export const DEFAULT_BINARY_BODY_LIMIT = 25 * 1024 * 1024;

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/** What a request carried: nothing, or the parsed body with a stable form of it for idempotency hashing. */
export type ReadBody = { present: false } | { present: true; value: unknown };

/**
 * Reads and parses a request body the way the endpoint expects it, enforcing the size limit on the declared
 * `Content-Length` first (no byte is read for an oversized declaration) and then on the bytes actually
 * received (a lying or absent `Content-Length`, chunked uploads).
 *
 * - `json`: `Content-Type` must be `application/json` (or `+json`) → 415 otherwise; UTF-8; bad JSON → 400.
 * - `form`: `application/x-www-form-urlencoded` → an object of strings (arrays for repeated keys).
 * - `binary`: any type → a `Uint8Array`.
 *
 * An empty body reads as absent, so the schema (not the transport) decides whether one was required.
 * With `keepPartial` (binary bodies only), a body cut off by the client yields the bytes received so far instead
 * of an error: a resumable upload (tus `PATCH`) keeps them, and the client resumes from there.
 *
 * @example
 * const body = await readBody(request, 'json', DEFAULT_BODY_LIMIT);
 */
export async function readBody(
  request: Request,
  kind: RequestKind,
  limit: number,
  { keepPartial = false }: { keepPartial?: boolean } = {},
): Promise<ReadBody> {
  const declared = request.headers.get('content-length');
  const declaredLength = declared === null ? undefined : Number(declared);
  if (declaredLength !== undefined && declaredLength > limit) throw tooLarge(limit);
  const contentType = request.headers.get('content-type') ?? '';
  const expected = kind === 'json' ? JSON_TYPE : kind === 'form' ? FORM_TYPE : undefined;
  // Refuse a wrong type before reading when the request announces a body, so a large upload is not read for nothing.
  if (expected && declaredLength !== undefined && declaredLength > 0 && !expected.test(contentType)) {
    throw unsupported(kind);
  }
  const partial = keepPartial && kind === 'binary';
  const bytes =
    declaredLength !== undefined && !partial
      ? await readDeclared(request, limit)
      : await readBytes(request, limit, partial);
  if (bytes.byteLength === 0) return { present: false };
  if (expected && !expected.test(contentType)) throw unsupported(kind);
  if (kind === 'binary') return { present: true, value: bytes };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ProblemError('request.malformed', { detail: detail('body.notUtf8'), cause });
  }
  if (kind === 'form') return { present: true, value: formToObject(new URLSearchParams(text)) };
  try {
    return { present: true, value: JSON.parse(text) };
  } catch (cause) {
    throw new ProblemError('request.malformed', { detail: detail('body.notJson'), cause });
  }
}

/**
 * Reads a body whose length was declared (and is within the limit) in one go: on Node the server adapter then
 * reads the socket directly, without building a web stream. The count is checked again for bodies that did
 * not come over HTTP (an in-process `Request` may declare any length).
 */
async function readDeclared(request: Request, limit: number): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.arrayBuffer());
  } catch (cause) {
    // The client went away mid-upload; nobody will read the answer, but it must not be a 5xx.
    throw new ProblemError('request.malformed', { cause });
  }
  if (bytes.byteLength > limit) throw tooLarge(limit);
  return bytes;
}

/**
 * Reads the body stream, giving up (and cancelling the upload) as soon as it passes `limit` bytes. A stream cut
 * off by the client is an error, or with `keepPartial` the end of the body.
 */
async function readBytes(request: Request, limit: number, keepPartial: boolean): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (cause) {
      if (keepPartial) break;
      // The client went away mid-upload; nobody will read the answer, but it must not be a 5xx.
      throw new ProblemError('request.malformed', { cause });
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(result.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A query string or form body as an object: one string per key, an array when a key repeats (so a schema
 * expecting one value rejects `?limit=1&limit=2` instead of silently taking one).
 *
 * @example
 * formToObject(new URLSearchParams('q=ha%20noi&level=commune')) // { q: 'ha noi', level: 'commune' }
 */
export function formToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError('request.tooLarge', { detail: detail('body.tooLarge', { limit }) });
}

function unsupported(kind: RequestKind): ProblemError {
  const expected = kind === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
  return new ProblemError('request.unsupportedMediaType', {
    detail: detail('body.contentType', { expected }),
  });
}
