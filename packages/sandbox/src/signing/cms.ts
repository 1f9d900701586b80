/**
 * Detached CMS (PKCS#7) SignedData over a hash the integrator computed: what a remote-signing provider returns
 * for a PDF byte range (RFC 5652; the attributes PAdES/CAdES baseline asks for).
 *
 * forge's `pkcs7.createSignedData()` digests the content itself and cannot sign a given hash, so the structure
 * is built here with forge's ASN.1 encoder:
 *
 * ```
 * ContentInfo { signedData, [0] SignedData {
 *   version 1, digestAlgorithms { sha256 }, encapContentInfo { data } (no content: detached),
 *   certificates [0] { signer, CA },
 *   signerInfos { SignerInfo {
 *     version 1, sid IssuerAndSerialNumber, digestAlgorithm sha256,
 *     signedAttrs [0] { contentType data, signingTime, messageDigest <the given hash>, signingCertificateV2 },
 *     signatureAlgorithm rsaEncryption, signature RSASSA-PKCS1-v1_5(SHA-256(DER(SET OF signedAttrs)))
 * } } } }
 * ```
 */
import { createHash, sign } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
const { Class, Type } = asn1;

export const OIDS = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

type Asn1 = forge.asn1.Asn1;

const seq = (items: Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
const oid = (id: string) => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(id).getBytes());
const int = (value: number) =>
  asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const octets = (bytes: Uint8Array) =>
  asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, Buffer.from(bytes).toString('binary'));
const nul = () => asn1.create(Class.UNIVERSAL, Type.NULL, false, '');
const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');

/** A DER `SET OF`: its elements sorted by their encodings (X.690 §11.6), which signatures over it rely on. */
function setOf(items: Asn1[], tagClass = Class.UNIVERSAL, tag: number = Type.SET): Asn1 {
  const sorted = items
    .map((item) => ({ item, bytes: der(item) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map(({ item }) => item);
  return asn1.create(tagClass, tag, true, sorted);
}

const attribute = (type: string, value: Asn1) => seq([oid(type), setOf([value])]);

/** UTCTime until 2049, GeneralizedTime after (RFC 5652 §11.3). */
function time(date: Date): Asn1 {
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(Class.UNIVERSAL, Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

/** The parts of a certificate a SignerInfo points at, taken from its own DER (never re-encoded). */
function certificateParts(pem: string): { node: Asn1; der: Buffer; issuer: Asn1; serial: Asn1 } {
  const bytes = Buffer.from(forge.pem.decode(pem)[0]?.body ?? '', 'binary');
  // Bit strings stay opaque so the certificate re-encodes to exactly its own bytes.
  const fromDer = asn1.fromDer as unknown as (bytes: string, options: { decodeBitStrings: boolean }) => Asn1;
  const node = fromDer(bytes.toString('binary'), { decodeBitStrings: false });
  const tbs = (node.value as Asn1[])[0] as Asn1;
  const fields = tbs.value as Asn1[];
  const versioned = fields[0]?.tagClass === Class.CONTEXT_SPECIFIC;
  const serial = fields[versioned ? 1 : 0];
  const issuer = fields[versioned ? 3 : 2];
  if (!serial || !issuer) throw new Error('Not an X.509 certificate');
  return { node, der: bytes, issuer, serial };
}

/** What to sign and with what. */
export interface DetachedSignatureInput {
  /** The SHA-256 digest of the signed content (the PDF byte range), 32 bytes. */
  digest: Uint8Array;
  signingTime: Date;
  /** The signer's certificate and PKCS#8 private key, PEM. */
  signerCertificatePem: string;
  signerPrivateKeyPem: string;
  /** Certificates up the chain (issuer first), embedded so a verifier needs only the root. */
  chainPems: readonly string[];
}

/**
 * A detached CMS SignedData (DER) over a given SHA-256 digest, RSA-SHA256, with signing time, the ESS
 * signing-certificate-v2 attribute, and the certificates embedded.
 *
 * @example
 * const cms = createDetachedSignature({ digest, signingTime: now(), signerCertificatePem, signerPrivateKeyPem, chainPems: [caPem] });
 * cms.toString('base64') // 'MIIH…'
 */
export function createDetachedSignature(input: DetachedSignatureInput): Buffer {
  if (input.digest.byteLength !== 32) throw new RangeError('A SHA-256 digest is 32 bytes');
  const signer = certificateParts(input.signerCertificatePem);
  const chain = input.chainPems.map(certificateParts);

  const essCertIdV2 = seq([
    // hashAlgorithm: DEFAULT sha256, so omitted.
    octets(createHash('sha256').update(signer.der).digest()),
    seq([seq([asn1.create(Class.CONTEXT_SPECIFIC, 4, true, [signer.issuer])]), signer.serial]),
  ]);
  const signedAttributes = [
    attribute(OIDS.contentType, oid(OIDS.data)),
    attribute(OIDS.signingTime, time(input.signingTime)),
    attribute(OIDS.messageDigest, octets(input.digest)),
    attribute(OIDS.signingCertificateV2, seq([seq([essCertIdV2])])),
  ];
  // The signature covers the attributes as a DER SET OF; the SignerInfo carries the same as [0] IMPLICIT.
  const signedAttributesSet = setOf(signedAttributes);
  const signature = sign('sha256', der(signedAttributesSet), input.signerPrivateKeyPem);
  const signedAttributesField = asn1.create(
    Class.CONTEXT_SPECIFIC,
    0,
    true,
    signedAttributesSet.value as Asn1[],
  );

  const signerInfo = seq([
    int(1),
    seq([signer.issuer, signer.serial]),
    seq([oid(OIDS.sha256)]),
    signedAttributesField,
    seq([oid(OIDS.rsaEncryption), nul()]),
    octets(signature),
  ]);
  const signedData = seq([
    int(1),
    setOf([seq([oid(OIDS.sha256)])]),
    seq([oid(OIDS.data)]),
    setOf([signer.node, ...chain.map((certificate) => certificate.node)], Class.CONTEXT_SPECIFIC, 0),
    setOf([signerInfo]),
  ]);
  return der(seq([oid(OIDS.signedData), asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}
