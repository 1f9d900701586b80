/**
 * The tus 1.0.0 protocol details shared by the upload endpoints: version negotiation and header parsing.
 */
import { type EndpointSpec, files } from '@motcua/contract';
import { type Locale, validate } from '@motcua/core';
import { isProblemError, ProblemError } from '../http/problem.js';
import { declaredHeaders } from '../http/validation.js';

const { TUS_VERSION } = files;

/** Every tus answer carries the protocol version. */
export const TUS_HEADERS = { 'Tus-Resumable': TUS_VERSION } as const;

/**
 * Refuses a request without `Tus-Resumable: 1.0.0` with 412 and the versions the server speaks (tus §3.2).
 *
 * @example
 * requireTusVersion(request) // throws ProblemError('upload.versionUnsupported') unless the header says 1.0.0
 */
export function requireTusVersion(request: Request): void {
  if (request.headers.get('tus-resumable') === TUS_VERSION) return;
  throw new ProblemError('upload.versionUnsupported', {
    detail: {
      vi: `Cần phần đầu Tus-Resumable: ${TUS_VERSION}`,
      en: `Send Tus-Resumable: ${TUS_VERSION}`,
    },
    headers: { ...TUS_HEADERS, 'Tus-Version': TUS_VERSION },
  });
}

/**
 * Validates the protocol headers an endpoint declares (`spec.headers`), after the version check: 422
 * `request.invalid` with paths under `$headers`, like path and query problems.
 *
 * @example
 * const { 'Upload-Offset': offset } = readTusHeaders(files.append, request, locale);
 */
export function readTusHeaders<T>(spec: EndpointSpec, request: Request, locale: Locale): T {
  requireTusVersion(request);
  const schema = spec.headers;
  if (!schema) return {} as T;
  const result = validate(schema, declaredHeaders(spec, request.headers), { locale });
  if (!result.ok) {
    throw new ProblemError('request.invalid', {
      errors: result.issues.map((issue) => ({ ...issue, path: ['$headers', ...issue.path] })),
      headers: { ...TUS_HEADERS },
    });
  }
  return result.value as T;
}

/** Adds `Tus-Resumable` to a problem thrown by a tus endpoint, so tus clients can read the error. */
export async function withTusHeaders<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isProblemError(error)) Object.assign(error.headers, TUS_HEADERS);
    throw error;
  }
}

/**
 * An HTTP date (`Upload-Expires` is RFC 9110's IMF-fixdate).
 *
 * @example
 * httpDate(new Date(Date.UTC(2026, 1, 13, 3))) // 'Fri, 13 Feb 2026 03:00:00 GMT'
 */
export function httpDate(date: Date): string {
  return date.toUTCString();
}
