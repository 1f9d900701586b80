import { describe, expect, it } from 'vitest';
import { validate } from '../messages/validate.js';
import { signatureRequest } from './fixtures.js';
import {
  isFinalSignatureStatus,
  SignatureRequestInputSchema,
  SignatureRequestSchema,
  SignatureStatusSchema,
} from './signature.js';

describe('SignatureRequestSchema', () => {
  it('has the six states of remote signing, one of them waiting', () => {
    expect(SignatureStatusSchema.options).toEqual([
      'waitingForConfirmation',
      'signed',
      'expired',
      'rejected',
      'authorisationFailed',
      'failed',
    ]);
    expect(SignatureStatusSchema.options.filter((status) => !isFinalSignatureStatus(status))).toEqual([
      'waitingForConfirmation',
    ]);
  });

  it('requires the signature once signed', () => {
    const { signature: _signature, ...unsigned } = signatureRequest;
    expect(validate(SignatureRequestSchema, { ...unsigned, status: 'waitingForConfirmation' }).ok).toBe(true);
    expect(validate(SignatureRequestSchema, unsigned, { locale: 'vi' })).toEqual({
      ok: false,
      issues: [
        { path: ['signature'], code: 'signature.missing', message: 'Giao dịch đã ký phải kèm chữ ký số' },
      ],
    });
  });

  it('checks the hash and the certificate', () => {
    const broken = {
      ...signatureRequest,
      documentHash: { algorithm: 'SHA-256', value: 'bm90IGEgaGFzaA==' },
      signature: { ...signatureRequest.signature, certificate: 'MIIDdzCCAl+gAwIBAgIE' },
    };
    expect(validate(SignatureRequestSchema, broken, { locale: 'en' })).toEqual({
      ok: false,
      issues: [
        {
          path: ['documentHash', 'value'],
          code: 'signature.hash',
          message: 'A SHA-256 digest in base64 has 44 characters',
        },
        {
          path: ['signature', 'certificate'],
          code: 'signature.pem',
          message: 'The certificate must be PEM (-----BEGIN CERTIFICATE-----)',
        },
      ],
    });
  });
});

describe('SignatureRequestInputSchema', () => {
  const input = {
    documentHash: signatureRequest.documentHash,
    documentName: 'To-khai.pdf',
    signer: { taxCode: '0100233488', name: 'Công ty TNHH An Phát' },
    provider: 'viettel-mysign',
  };

  it('accepts an organisation signing by tax code', () => {
    expect(validate(SignatureRequestInputSchema, input).ok).toBe(true);
  });

  it('needs an identifier for the signer', () => {
    expect(
      validate(SignatureRequestInputSchema, { ...input, signer: { name: 'Ai đó' } }, { locale: 'vi' }),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: ['signer', 'citizenId'],
          code: 'signature.signerId',
          message: 'Người ký phải có số CCCD hoặc mã số thuế',
        },
      ],
    });
  });

  it('refuses fields the platform sets', () => {
    expect(
      validate(SignatureRequestInputSchema, { ...input, status: 'signed' }, { locale: 'en' }),
    ).toMatchObject({
      issues: [{ path: [], message: 'Fields not allowed: status' }],
    });
  });
});
