import { describe, expect, it } from 'vitest';
import {
  ApiError,
  isApiError,
  isMotcuaError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
  NetworkError,
  ValidationError,
} from './errors.js';

describe('error guards', () => {
  it('recognise errors by brand, so a second copy of the SDK (ESM beside CJS) is recognised too', () => {
    // A structural twin, as another module copy would create: same global symbol, different class.
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('motcua.sdk.error')]: 'api',
      code: 'dossier.illegalTransition',
    });
    expect(foreign instanceof ApiError).toBe(false);
    expect(isApiError(foreign)).toBe(true);
    expect(isMotcuaError(foreign)).toBe(true);
  });

  it('tell kinds apart and reject non-errors', () => {
    const network = new NetworkError('reset');
    expect([isNetworkError(network), isApiError(network), isTimeoutError(network)]).toEqual([
      true,
      false,
      false,
    ]);
    const validation = new ValidationError(
      'request',
      [{ path: ['body', 'procedureCode'], code: 'procedureCode.format', message: 'sai' }],
      'x',
    );
    expect(isValidationError(validation)).toBe(true);
    for (const value of [null, undefined, 'api', 42, {}, new Error('plain')])
      expect(isMotcuaError(value)).toBe(false);
  });

  it('expose problem details', () => {
    const error = new ApiError({
      type: 't',
      title: 'Không tìm thấy',
      status: 404,
      code: 'resource.notFound',
      requestId: 'r1',
    });
    expect([error.status, error.code, error.requestId, error.fieldErrors, error.message]).toEqual([
      404,
      'resource.notFound',
      'r1',
      [],
      'Không tìm thấy',
    ]);
  });
});
