import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { CITIZEN_IDS } from '../seed-data/population.js';
import { scenarios } from '../seed-data/scenarios.js';
import { CA_COMMON_NAME } from './ca.js';
import { OIDS } from './cms.js';

const { asn1, pki } = forge;
type Asn1 = forge.asn1.Asn1;

const MINUTE = 60_000;
const AN = { citizenId: '001087123456', name: 'Nguyễn Văn An' };

function hasOpenssl(): boolean {
  return spawnSync('openssl', ['version']).status === 0;
}

/** Reads a detached CMS SignedData with forge's ASN.1 parser, independently of how the sandbox built it. */
function readCms(base64: string) {
  const root = asn1.fromDer(forge.util.decode64(base64));
  const [contentType, wrapped] = root.value as Asn1[];
  expect(asn1.derToOid((contentType as Asn1).value as string)).toBe(OIDS.signedData);
  const signedData = ((wrapped as Asn1).value as Asn1[])[0] as Asn1;
  const [version, , encapsulated, certificates, signerInfos] = signedData.value as Asn1[];
  const signerInfo = ((signerInfos as Asn1).value as Asn1[])[0] as Asn1;
  const [, , digestAlgorithm, signedAttrs, , signature] = signerInfo.value as Asn1[];
  const attributes = new Map<string, Asn1>();
  for (const attribute of (signedAttrs as Asn1).value as Asn1[]) {
    const [type, values] = attribute.value as Asn1[];
    attributes.set(
      asn1.derToOid((type as Asn1).value as string),
      ((values as Asn1).value as Asn1[])[0] as Asn1,
    );
  }
  return {
    version: asn1.derToInteger((version as Asn1).value as string),
    encapsulated: encapsulated as Asn1,
    certificates: ((certificates as Asn1).value as Asn1[]).map((node) => pki.certificateFromAsn1(node)),
    digestAlgorithm: asn1.derToOid((((digestAlgorithm as Asn1).value as Asn1[])[0] as Asn1).value as string),
    signedAttrs: signedAttrs as Asn1,
    attributes,
    signature: (signature as Asn1).value as string,
  };
}

describe.each(testDatabases())('remote signing on $name', (engine) => {
  let sb: RunningSandbox;
  let an: string;
  let binh: string;
  let caPem: string;
  let workDir: string;

  beforeAll(async () => {
    sb = await startSandbox(engine);
    an = await sb.token('citizen-an');
    binh = await sb.token('citizen-binh');
    workDir = mkdtempSync(join(tmpdir(), 'motcua-signing-'));
  });
  afterAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    await sb.stop();
  });

  const documentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

  async function start(
    signer: { citizenId?: string; taxCode?: string; name: string },
    document: Uint8Array = randomBytes(2048),
    init: { headers?: Record<string, string> } = {},
  ) {
    const response = await sb.request('/signatures', {
      method: 'POST',
      token: an,
      headers: init.headers,
      json: {
        documentHash: { algorithm: 'SHA-256', value: documentHash(document) },
        documentName: 'To-khai-khai-sinh.pdf',
        signer,
        provider: 'vnpt-smartca',
      },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; status: string; createdAt: string; expiresAt: string };
  }

  const read = async (id: string, token = an) =>
    (await (await sb.request(`/signatures/${id}`, { token })).json()) as {
      status: string;
      completedAt?: string;
      expiresAt: string;
      signature?: { value: string; certificate: string };
    };
  const act = (id: string, action: 'confirm' | 'reject' | 'expire') =>
    sb.request(`/sandbox/signatures/${id}/${action}`, { method: 'POST' });
  const advance = async (minutes: number) => {
    expect((await sb.request('/sandbox/clock/advance', { method: 'POST', json: { minutes } })).status).toBe(
      200,
    );
  };

  it('publishes the sandbox root CA as PEM', async () => {
    const response = await sb.request('/signatures/ca.pem');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-pem-file');
    caPem = await response.text();
    expect(caPem).toMatch(/^-----BEGIN CERTIFICATE-----\r?\n/);
    const ca = pki.certificateFromPem(caPem);
    expect(ca.subject.getField('CN').value).toBe(CA_COMMON_NAME);
    expect(ca.verify(ca)).toBe(true); // self-signed
    expect(ca.getExtension('basicConstraints')).toMatchObject({ cA: true });
    expect((ca.publicKey as forge.pki.rsa.PublicKey).n.bitLength()).toBe(2048);
    // Stable across calls: made once, stored.
    expect(await (await sb.request('/signatures/ca.pem')).text()).toBe(caPem);
  });

  it('signs after the signer confirms, with a detached CMS that verifies independently', async () => {
    const document = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(10_000)]);
    const created = await start(AN, document);
    expect(created.status).toBe('waitingForConfirmation');
    expect(new Date(created.expiresAt).getTime() - new Date(created.createdAt).getTime()).toBe(5 * MINUTE);
    expect((await read(created.id)).status).toBe('waitingForConfirmation');
    const early = await sb.request(`/signatures/${created.id}/result`, { token: an });
    expect(early.status).toBe(409);
    expect((await early.json()).code).toBe('signature.notSigned');

    const confirmed = await act(created.id, 'confirm');
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: 'signed', signature: { format: 'cms' } });

    const response = await sb.request(`/signatures/${created.id}/result`, { token: an });
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      requestId: string;
      documentHash: { value: string };
      signature: { format: string; value: string; certificate: string };
      certificateChain: string[];
      signedAt: string;
    };
    expect(result.requestId).toBe(created.id);
    expect(result.documentHash.value).toBe(documentHash(document));
    expect(result.certificateChain).toEqual([caPem]);

    // 1. The structure, read with forge: detached SignedData, SHA-256, the attributes CAdES/PAdES expect.
    const cms = readCms(result.signature.value);
    expect(cms.version).toBe(1);
    expect((cms.encapsulated.value as Asn1[]).length).toBe(1); // eContentType only: detached
    expect(cms.digestAlgorithm).toBe(OIDS.sha256);
    const digest = cms.attributes.get(OIDS.messageDigest)?.value as string;
    expect(Buffer.from(digest, 'binary').toString('base64')).toBe(documentHash(document));
    expect(asn1.derToOid(cms.attributes.get(OIDS.contentType)?.value as string)).toBe(OIDS.data);
    const signingTime = asn1.utcTimeToDate(cms.attributes.get(OIDS.signingTime)?.value as string);
    expect(Math.abs(signingTime.getTime() - new Date(result.signedAt).getTime())).toBeLessThan(1000);
    expect(cms.attributes.has(OIDS.signingCertificateV2)).toBe(true);

    // 2. The certificates (a DER SET: in byte order): the signer's, who they are, chaining to the published root.
    expect(cms.certificates).toHaveLength(2);
    const isCa = (certificate: forge.pki.Certificate) =>
      (certificate.getExtension('basicConstraints') as { cA?: boolean } | undefined)?.cA === true;
    const leaf = cms.certificates.find((certificate) => !isCa(certificate));
    const embeddedCa = cms.certificates.find((certificate) => certificate !== leaf);
    if (!leaf || !embeddedCa) throw new Error('certificates missing');
    expect(pki.certificateToPem(leaf)).toBe(result.signature.certificate);
    expect(pki.certificateToPem(embeddedCa)).toBe(caPem);
    expect(leaf.subject.getField('CN').value).toBe(forge.util.encodeUtf8(AN.name));
    expect(leaf.subject.getField({ name: 'serialNumber' }).value).toBe(AN.citizenId);
    expect(leaf.getExtension('basicConstraints')).toMatchObject({ cA: false });
    const ca = pki.certificateFromPem(caPem);
    expect(ca.verify(leaf)).toBe(true);
    expect(pki.verifyCertificateChain(pki.createCaStore([ca]), [leaf])).toBe(true);

    // 3. The signature over the DER SET OF signed attributes, with the signer's public key.
    const attributesSet = asn1.create(
      asn1.Class.UNIVERSAL,
      asn1.Type.SET,
      true,
      cms.signedAttrs.value as Asn1[],
    );
    const md = forge.md.sha256.create().update(asn1.toDer(attributesSet).getBytes());
    expect((leaf.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().bytes(), cms.signature)).toBe(true);

    // 4. forge's own PKCS#7 reader understands it.
    const message = forge.pkcs7.messageFromAsn1(asn1.fromDer(forge.util.decode64(result.signature.value)));
    expect((message as unknown as { certificates: unknown[] }).certificates).toHaveLength(2);

    // 5. OpenSSL verifies it against the original document bytes and the published root — and refuses a tampered one.
    if (!hasOpenssl()) {
      console.warn('openssl CLI not found: skipping the OpenSSL verification of the CMS signature');
      return;
    }
    const files = {
      document: join(workDir, 'document.pdf'),
      tampered: join(workDir, 'tampered.pdf'),
      signature: join(workDir, 'signature.p7s'),
      ca: join(workDir, 'ca.pem'),
    };
    writeFileSync(files.document, document);
    writeFileSync(files.tampered, Buffer.concat([document, Buffer.from(' ')]));
    writeFileSync(files.signature, Buffer.from(result.signature.value, 'base64'));
    writeFileSync(files.ca, caPem);
    const verify = (content: string) =>
      spawnSync(
        'openssl',
        ['cms', '-verify', '-binary', '-inform', 'DER', '-in', files.signature, '-content', content].concat([
          '-CAfile',
          files.ca,
          '-purpose',
          'any',
          '-out',
          '/dev/null',
        ]),
        { encoding: 'utf8' },
      );
    const good = verify(files.document);
    expect(good.stderr).toContain('Verification successful');
    expect(good.status).toBe(0);
    const bad = verify(files.tampered);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/digest failure|verification failure/i);
    const printed = execFileSync(
      'openssl',
      ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', files.signature],
      {
        encoding: 'utf8',
      },
    );
    expect(printed).toContain('signingTime');
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
  });

  it('hides a transaction from other callers', async () => {
    const created = await start(AN);
    expect((await sb.request(`/signatures/${created.id}`, { token: binh })).status).toBe(404);
    expect((await sb.request(`/signatures/${created.id}/result`, { token: binh })).status).toBe(404);
    expect((await sb.request('/sandbox/signatures/sig_nope/confirm', { method: 'POST' })).status).toBe(404);
  });

  it('creates a transaction once per Idempotency-Key', async () => {
    const document = randomBytes(100);
    const headers = { 'Idempotency-Key': randomUUID() };
    const first = await start(AN, document, { headers });
    const second = await start(AN, document, { headers });
    expect(second.id).toBe(first.id);
  });

  it('lets the sandbox reject or expire a transaction like the phone would', async () => {
    const rejected = await start(AN);
    expect(await (await act(rejected.id, 'reject')).json()).toMatchObject({ status: 'rejected' });
    const expired = await start(AN);
    const body = await (await act(expired.id, 'expire')).json();
    expect(body).toMatchObject({ status: 'expired' });
    expect(body.expiresAt).toBe(body.completedAt);
    const again = await act(expired.id, 'confirm');
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('signature.notPending');
    expect((await sb.request(`/signatures/${rejected.id}/result`, { token: an })).status).toBe(409);
  });

  it('fails authorisation at once for a signer without a certificate', async () => {
    const created = await start({
      citizenId: scenarios.signerWithoutCertificate.value,
      name: 'Ngô Thị Kim Liên',
    });
    expect(created.status).toBe('authorisationFailed');
    expect((await act(created.id, 'confirm')).status).toBe(409);
  });

  it('fails the signing of the organisation whose provider errors, even when confirmed', async () => {
    const created = await start({
      taxCode: scenarios.organisationSigningFails.value,
      name: 'Chi nhánh Công ty TNHH Minh Phát',
    });
    expect(created.status).toBe('waitingForConfirmation');
    expect(await (await act(created.id, 'confirm')).json()).toMatchObject({ status: 'failed' });
  });

  it('plays the signers on the test clock: ordinary ones confirm, Lợi rejects, Hải lets it expire', async () => {
    const ordinary = await start(AN);
    const rejecter = await start({ citizenId: CITIZEN_IDS.loi, name: 'Phan Văn Lợi' });
    const silent = await start({ citizenId: scenarios.signerLetsExpire.value, name: 'Bùi Thanh Hải' });
    const organisation = await start({ taxCode: '0100233488', name: 'Công ty TNHH Minh Phát' });
    for (const { id } of [ordinary, rejecter, silent, organisation]) {
      expect((await read(id)).status).toBe('waitingForConfirmation');
    }

    await advance(1);
    const signed = await read(ordinary.id);
    expect(signed.status).toBe('signed');
    expect(new Date(signed.completedAt ?? '').getTime() - new Date(ordinary.createdAt).getTime()).toBe(3000);
    expect(signed.signature?.value).toBeTruthy();
    expect((await read(organisation.id)).status).toBe('signed');
    expect((await read(rejecter.id)).status).toBe('rejected');
    expect((await read(silent.id)).status).toBe('waitingForConfirmation');

    await advance(5);
    const expired = await read(silent.id);
    expect(expired.status).toBe('expired');
    expect(expired.completedAt).toBe(silent.expiresAt);
    expect((await act(silent.id, 'confirm')).status).toBe(409);
    const result = await sb.request(`/signatures/${silent.id}/result`, { token: an });
    expect(result.status).toBe(409);
    expect((await result.json()).code).toBe('signature.notSigned');
  });

  it('expires an ordinary transaction nobody answered once the clock passes it, even if read late', async () => {
    // An ordinary signer answers after 3 s, so advancing past the deadline still finds it signed: the
    // answer came first. Expiry shows on a signer who never answers, read only after the deadline.
    const silent = await start({ citizenId: scenarios.signerLetsExpire.value, name: 'Bùi Thanh Hải' });
    await advance(6);
    expect((await read(silent.id)).status).toBe('expired');
    const ordinary = await start(AN);
    await advance(10);
    expect((await read(ordinary.id)).status).toBe('signed');
  });
});
