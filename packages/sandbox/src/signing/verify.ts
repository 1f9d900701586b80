/**
 * Checks a detached CMS SignedData as `openssl cms -verify -CAfile ca.pem` would, for the shape
 * `createDetachedSignature` makes (RSA, SHA-256, signed attributes): the signer's certificate was issued by the
 * trusted root and was valid when it signed, the RSA signature covers the signed attributes, and the message
 * digest it carries is the one the content must have.
 */
import { verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { OIDS } from './cms.js';

const { asn1 } = forge;
const { Class, Type } = asn1;
type Asn1 = forge.asn1.Asn1;

/** What a valid signature says. */
export interface VerifiedSignature {
  /** The SHA-256 of the signed content (the `messageDigest` attribute), 32 bytes. */
  digest: Buffer;
  /** The signer's certificate, PEM. */
  signerCertificatePem: string;
}

/** Why a signature is not accepted. */
export class SignatureVerificationError extends Error {
  override readonly name = 'SignatureVerificationError';
}

function fail(reason: string): never {
  throw new SignatureVerificationError(reason);
}

const children = (node: Asn1 | undefined): Asn1[] => (Array.isArray(node?.value) ? node.value : []);
const bytesOf = (node: Asn1 | undefined) =>
  Buffer.from(typeof node?.value === 'string' ? node.value : '', 'binary');
const oidOf = (node: Asn1 | undefined) => (typeof node?.value === 'string' ? asn1.derToOid(node.value) : '');
const isTagged = (node: Asn1, tag: number) => node.tagClass === Class.CONTEXT_SPECIFIC && node.type === tag;
const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');

/** An INTEGER's value, ignoring the sign byte DER may prepend. */
const serialOf = (node: Asn1 | undefined) => BigInt(`0x${bytesOf(node).toString('hex') || '0'}`);

function parse(cms: Uint8Array): Asn1 {
  try {
    // Bit strings stay opaque so embedded certificates re-encode to exactly their own bytes.
    const fromDer = asn1.fromDer as unknown as (
      bytes: string,
      options: { decodeBitStrings: boolean },
    ) => Asn1;
    return fromDer(Buffer.from(cms).toString('binary'), { decodeBitStrings: false });
  } catch {
    return fail('not DER');
  }
}

/**
 * Verifies a detached CMS signature against a trusted root certificate, at a moment the signer's certificate
 * must have been valid. Throws `SignatureVerificationError` saying what failed.
 *
 * @example
 * const { digest } = verifyDetachedSignature(cms, caPem, signedAt);
 * digest.equals(sha256OfTheFile) // the signature is over that file
 */
export function verifyDetachedSignature(
  cms: Uint8Array,
  trustedRootPem: string,
  at: Date,
): VerifiedSignature {
  const [type, wrapped] = children(parse(cms));
  if (oidOf(type) !== OIDS.signedData) fail('not a CMS SignedData');
  const fields = children(children(wrapped)[0]);
  const certificates = fields
    .filter((field) => isTagged(field, 0))
    .flatMap(children)
    .map((node) => new X509Certificate(der(node)));
  const signerInfos = fields.at(-1);
  const signerInfo = children(signerInfos)[0];
  if (!signerInfo || children(signerInfos).length !== 1) fail('expected exactly one signer');

  const [, sid, digestAlgorithm, signedAttributes, , signature] = children(signerInfo);
  if (oidOf(children(digestAlgorithm)[0]) !== OIDS.sha256) fail('the digest algorithm is not SHA-256');
  if (!signedAttributes || !isTagged(signedAttributes, 0)) fail('no signed attributes');
  const serial = serialOf(children(sid)[1]);
  const signer = certificates.find((certificate) => BigInt(`0x${certificate.serialNumber}`) === serial);
  if (!signer) fail("the signer's certificate is not embedded");

  // The signature covers the attributes as a DER SET OF, not as the [0] IMPLICIT field that carries them.
  const attributesSet = asn1.create(Class.UNIVERSAL, Type.SET, true, children(signedAttributes));
  if (!verify('sha256', der(attributesSet), signer.publicKey, bytesOf(signature))) {
    fail('the signature does not match the signed attributes');
  }
  const messageDigest = children(signedAttributes).find(
    (attribute) => oidOf(children(attribute)[0]) === OIDS.messageDigest,
  );
  const digest = bytesOf(children(children(messageDigest)[1])[0]);
  if (digest.byteLength !== 32) fail('no SHA-256 message digest');

  const root = new X509Certificate(trustedRootPem);
  if (!signer.checkIssued(root) || !signer.verify(root.publicKey)) {
    fail("the signer's certificate was not issued by the trusted CA");
  }
  if (at < new Date(signer.validFrom) || at > new Date(signer.validTo)) {
    fail("the signer's certificate was not valid when it signed");
  }
  return { digest, signerCertificatePem: signer.toString() };
}
