import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { SignatureVerificationError, verifyDetachedSignature } from '../signing/verify.js';
import { client, fileDossier, type Loose } from './test-support.js';

const AN = { citizenId: '001087123456', name: 'Nguyễn Văn An' };
const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

describe.each(testDatabases())('signed documents on a dossier, on $name', (engine) => {
  let sb: RunningSandbox;
  let an: string;
  let binh: string;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
    an = await sb.token('citizen-an');
    binh = await sb.token('citizen-binh');
  });
  afterAll(() => sb.stop());

  /** A signing transaction over a hex SHA-256, confirmed on the sandbox phone unless told otherwise. */
  async function sign(sha256Hex: string, confirm = true, token = an): Promise<string> {
    const started = await api.post('/signatures', {
      token,
      json: {
        documentHash: { algorithm: 'SHA-256', value: hexToBase64(sha256Hex) },
        documentName: 'giay-chung-sinh.pdf',
        signer: AN,
        provider: 'vnpt-smartca',
      },
    });
    expect(started.status).toBe(201);
    if (confirm) expect((await api.post(`/sandbox/signatures/${started.body.id}/confirm`)).status).toBe(200);
    return started.body.id;
  }

  const firstFile = (dossier: Loose) => dossier.documents[0] as { componentId: string; files: Loose[] };

  it('attaches a verified signature, lists it, records a step, and answers replays with the same one', async () => {
    const dossier = await fileDossier(sb, an);
    const document = firstFile(dossier);
    const file = document.files[0];
    const requestId = await sign(file.sha256);

    const attach = () =>
      api.post(`/dossiers/${dossier.code}/signatures`, {
        token: an,
        json: { requestId, componentId: document.componentId },
      });
    const attached = await attach();
    expect(attached.status, JSON.stringify(attached.body)).toBe(201);
    expect(attached.body).toMatchObject({
      requestId,
      componentId: document.componentId,
      fileId: file.fileId,
      fileName: file.name,
      documentHash: { algorithm: 'SHA-256', value: hexToBase64(file.sha256) },
      signer: AN,
      provider: 'vnpt-smartca',
      signature: { format: 'cms' },
    });
    expect(attached.body.certificateChain).toHaveLength(1);

    // The stored CMS verifies against the published CA, over the file's digest.
    const caPem = await (await sb.request('/signatures/ca.pem')).text();
    const verified = verifyDetachedSignature(
      Buffer.from(attached.body.signature.value, 'base64'),
      caPem,
      new Date(attached.body.signedAt),
    );
    expect(verified.digest.toString('hex')).toBe(file.sha256);

    const again = await attach();
    expect(again.status).toBe(201);
    expect(again.body).toEqual(attached.body);

    const listed = await api.get(`/dossiers/${dossier.code}/signatures`, { token: an });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([attached.body]);
    const history = await api.get(`/dossiers/${dossier.code}/history`, { token: an });
    const steps = history.body.items.filter((step: Loose) => step.content.includes('ký số'));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ actor: 'applicant', status: 1 });
    expect(steps[0].content).toContain(file.name);
  });

  it('refuses a signature over another document, an unfinished one, and one of an unknown component', async () => {
    const dossier = await fileDossier(sb, an);
    const { componentId } = firstFile(dossier);
    const attach = (requestId: string, component = componentId) =>
      api.post(`/dossiers/${dossier.code}/signatures`, {
        token: an,
        json: { requestId, componentId: component },
      });

    const tampered = await attach(await sign('ab'.repeat(32)));
    expect(tampered.status).toBe(422);
    expect(tampered.body.code).toBe('signature.documentMismatch');

    const waiting = await attach(await sign(firstFile(dossier).files[0].sha256, false));
    expect(waiting.status).toBe(409);
    expect(waiting.body.code).toBe('signature.notSigned');

    const unknown = await attach(await sign(firstFile(dossier).files[0].sha256), 'no-such-component');
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('dossier.unknownComponent');
    expect((await api.get(`/dossiers/${dossier.code}/signatures`, { token: an })).body.items).toEqual([]);
  });

  it("refuses a CMS that does not verify, someone else's dossier or transaction, and a closed dossier", async () => {
    const dossier = await fileDossier(sb, an);
    const document = firstFile(dossier);
    const requestId = await sign(document.files[0].sha256);
    const attach = (token: string) =>
      api.post(`/dossiers/${dossier.code}/signatures`, {
        token,
        json: { requestId, componentId: document.componentId },
      });

    // Binh does not see An's dossier, and An cannot attach Binh's transaction.
    expect((await attach(binh)).status).toBe(404);
    const binhs = await api.post(`/dossiers/${dossier.code}/signatures`, {
      token: an,
      json: {
        requestId: await sign(document.files[0].sha256, true, binh),
        componentId: document.componentId,
      },
    });
    expect(binhs.status).toBe(404);

    // A signature whose bytes were changed after signing no longer verifies.
    const row = await sb.sandbox.db
      .selectFrom('signature_requests')
      .select('signature_value')
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    const original = Buffer.from(row.signature_value ?? '', 'base64');
    const broken = Buffer.from(original);
    broken[broken.length - 5] = (broken[broken.length - 5] ?? 0) ^ 0xff;
    const caPem = await (await sb.request('/signatures/ca.pem')).text();
    expect(() => verifyDetachedSignature(broken, caPem, new Date())).toThrow(SignatureVerificationError);
    // The untouched one holds only against the right root, while the signer's certificate was valid.
    expect(verifyDetachedSignature(original, caPem, new Date()).digest.toString('hex')).toBe(
      document.files[0].sha256,
    );
    const signerPem = verifyDetachedSignature(original, caPem, new Date()).signerCertificatePem;
    expect(() => verifyDetachedSignature(original, signerPem, new Date())).toThrow(
      /not issued by the trusted CA/,
    );
    const inTenYears = new Date(Date.now() + 10 * 365 * 86_400_000);
    expect(() => verifyDetachedSignature(original, caPem, inTenYears)).toThrow(/not valid when it signed/);
    const setSignature = (value: Buffer) =>
      sb.sandbox.db
        .updateTable('signature_requests')
        .set({ signature_value: value.toString('base64') })
        .where('id', '=', requestId)
        .execute();
    await setSignature(broken);
    const invalid = await attach(an);
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('signature.invalid');
    await setSignature(original);

    const withdrawn = await api.post(`/dossiers/${dossier.code}/withdraw`, {
      token: an,
      json: { reason: 'Nộp nhầm' },
    });
    expect(withdrawn.status).toBe(200);
    const closed = await attach(an);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('dossier.notEditable');
  });
});
