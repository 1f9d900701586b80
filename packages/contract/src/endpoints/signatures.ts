import {
  DateTimeSchema,
  DocumentHashSchema,
  IdSchema,
  SignatureRequestInputSchema,
  SignatureRequestSchema,
  SignatureValueSchema,
} from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';

/**
 * Remote signing as VNPT SmartCA or Viettel MySign offer it (CSC-style sign-hash): the integrator sends the
 * hash of the PDF's byte range, the signer confirms in the provider's phone app within about five minutes,
 * and the integrator polls for the detached CMS signature to embed. In the sandbox, the phone is played by
 * the `/sandbox/signatures/{id}/…` controls.
 */

/**
 * A finished signature with what a verifier needs: the detached CMS, the signer's certificate and the chain
 * up to the CA (whose root is published at `/signatures/ca.pem`).
 */
export const SignatureResultSchema = z.object({
  requestId: IdSchema,
  documentHash: DocumentHashSchema,
  signature: SignatureValueSchema,
  /** PEM certificates from the signer's issuer up to the root, in order. */
  certificateChain: z.array(z.string()),
  signedAt: DateTimeSchema,
});
export type SignatureResult = z.infer<typeof SignatureResultSchema>;

const signatureParams = z.object({ id: IdSchema });
const anyone = ['citizen', 'officer', 'agencyKey'] as const;

/** Starts a signing transaction; the signer has about five minutes to confirm on their phone. */
export const create = endpoint({
  id: 'signatures.create',
  method: 'POST',
  path: '/signatures',
  tag: 'signatures',
  summary: 'Start remote signing of a document hash',
  body: SignatureRequestInputSchema,
  response: SignatureRequestSchema,
  status: 201,
  auth: anyone,
  errors: [],
  idempotent: true,
});

/** Where a signing transaction stands: poll until it is no longer `waitingForConfirmation`. */
export const get = endpoint({
  id: 'signatures.get',
  method: 'GET',
  path: '/signatures/{id}',
  tag: 'signatures',
  summary: 'Read a signing transaction',
  params: signatureParams,
  response: SignatureRequestSchema,
  auth: anyone,
  errors: ['resource.notFound'],
});

/** The signature of a `signed` transaction with its certificate chain. */
export const result = endpoint({
  id: 'signatures.result',
  method: 'GET',
  path: '/signatures/{id}/result',
  tag: 'signatures',
  summary: 'Get the detached signature and certificate chain',
  params: signatureParams,
  response: SignatureResultSchema,
  auth: anyone,
  errors: ['resource.notFound', 'signature.notSigned'],
});

/** The sandbox CA's root certificate, to trust when verifying sandbox signatures (never in production). */
export const caCertificate = endpoint({
  id: 'signatures.caCertificate',
  method: 'GET',
  path: '/signatures/ca.pem',
  tag: 'signatures',
  summary: "Download the signing CA's root certificate (PEM)",
  description: 'A literal path: routers must match it before `/signatures/{id}`.',
  responseKind: 'text',
  responseMediaType: 'application/x-pem-file',
  auth: [],
  errors: [],
});

function control<const A extends 'confirm' | 'reject' | 'expire'>(
  action: A,
  summary: string,
  description: string,
) {
  return {
    method: 'POST',
    path: `/sandbox/signatures/{id}/${action}` as `/sandbox/signatures/{id}/${A}`,
    tag: 'sandbox',
    summary,
    description,
    params: signatureParams,
    response: SignatureRequestSchema,
    auth: [],
    errors: ['resource.notFound', 'signature.notPending'],
    sandboxOnly: true,
  } as const;
}

/** Plays the signer confirming in the provider's app: the transaction becomes `signed`. */
export const confirm = endpoint({
  id: 'signatures.confirm',
  ...control(
    'confirm',
    'Confirm a signing transaction (sandbox)',
    'As if the signer confirmed on their phone.',
  ),
});

/** Plays the signer refusing: the transaction becomes `rejected`. */
export const reject = endpoint({
  id: 'signatures.reject',
  ...control('reject', 'Reject a signing transaction (sandbox)', 'As if the signer refused on their phone.'),
});

/** Lets the transaction time out now: it becomes `expired`. */
export const expire = endpoint({
  id: 'signatures.expire',
  ...control('expire', 'Expire a signing transaction (sandbox)', 'As if the five minutes had passed.'),
});
