import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, type MotcuaClient } from '../src/index.js';
import { AN_APPLICANT, answersFor, BIRTH, minimalPdf, startSandbox, type TestSandbox } from './support.js';

const AN = { citizenId: AN_APPLICANT.citizenId, name: AN_APPLICANT.fullName };
const COMPONENT = 'giay-chung-sinh';
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe('signed documents on a dossier, against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  let workDir: string;

  beforeAll(async () => {
    sb = await startSandbox();
    citizen = await sb.client('citizen-an');
    workDir = mkdtempSync(join(tmpdir(), 'motcua-sdk-dossier-signatures-'));
  });
  afterAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    await sb?.close();
  });

  /** Files a birth registration whose certificate is `pdf`, uploaded for real. */
  async function fileWith(pdf: Uint8Array) {
    const procedure = await citizen.procedures.get(BIRTH);
    const file = await citizen.files.upload(pdf, {
      name: 'giay-chung-sinh.pdf',
      mediaType: 'application/pdf',
    });
    const draft = await citizen.dossiers.create({ procedureCode: BIRTH, applicant: AN_APPLICANT });
    await citizen.dossiers.attach(draft.id, { componentId: COMPONENT, fileIds: [file.fileId] });
    const dossier = await citizen.dossiers.submit(draft.id, {
      formData: answersFor(procedure.formSpec),
      declaration: true,
    });
    return { code: dossier.code as string, file };
  }

  /** Signs a document's SHA-256 on the sandbox phone and waits for the result. */
  async function sign(digest: Buffer): Promise<string> {
    const request = await citizen.signatures.create({
      documentHash: { algorithm: 'SHA-256', value: digest.toString('base64') },
      documentName: 'giay-chung-sinh.pdf',
      signer: AN,
      provider: 'vnpt-smartca',
    });
    await sb.confirmSignature(request.id);
    expect((await citizen.signatures.waitFor(request.id, { pollInterval: 50 })).status).toBe('signed');
    return request.id;
  }

  it('signs an uploaded PDF, attaches the signature, and lists it with a CMS openssl verifies', async () => {
    const pdf = minimalPdf('Giay chung sinh');
    const { code, file } = await fileWith(pdf);
    // The platform's own record of the file is what is signed.
    const stored = (await citizen.dossiers.get(code)).documents[0]?.files[0];
    expect(stored?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const requestId = await sign(Buffer.from(stored?.sha256 ?? '', 'hex'));

    const attached = await citizen.dossiers.attachSignature(code, { requestId, componentId: COMPONENT });
    expect(attached).toMatchObject({
      requestId,
      componentId: COMPONENT,
      fileId: file.fileId,
      signer: AN,
      provider: 'vnpt-smartca',
    });
    // Retried (a lost answer, a double click): the same signature, not a second one.
    expect(await citizen.dossiers.attachSignature(code, { requestId, componentId: COMPONENT })).toEqual(
      attached,
    );
    const { items } = await citizen.dossiers.signatures(code);
    expect(items).toEqual([attached]);

    if (!hasOpenssl) {
      console.warn('openssl not found: the listed CMS signature itself is not verified');
      return;
    }
    const paths = {
      document: join(workDir, 'giay-chung-sinh.pdf'),
      tampered: join(workDir, 'tampered.pdf'),
      signature: join(workDir, 'signature.p7s'),
      ca: join(workDir, 'ca.pem'),
    };
    writeFileSync(
      paths.document,
      new Uint8Array(await (await citizen.files.download(file.fileId)).arrayBuffer()),
    );
    writeFileSync(paths.tampered, minimalPdf('Giay chung tu'));
    writeFileSync(paths.signature, Buffer.from(items[0]?.signature.value ?? '', 'base64'));
    writeFileSync(paths.ca, await citizen.signatures.caCertificate());
    const verify = (content: string) =>
      spawnSync(
        'openssl',
        ['cms', '-verify', '-binary', '-inform', 'DER', '-in', paths.signature, '-content', content].concat([
          '-CAfile',
          paths.ca,
          '-purpose',
          'any',
          '-out',
          '/dev/null',
        ]),
        { encoding: 'utf8' },
      );
    const good = verify(paths.document);
    expect(good.status, good.stderr).toBe(0);
    expect(verify(paths.tampered).status).not.toBe(0);
  });

  it("refuses a signature over a tampered document's hash: it is not the file the dossier holds", async () => {
    const pdf = minimalPdf('Giay chung sinh');
    const { code } = await fileWith(pdf);
    const tampered = Buffer.from(pdf);
    tampered[tampered.length - 10] = 0x21;
    const requestId = await sign(createHash('sha256').update(tampered).digest());

    const error = await citizen.dossiers
      .attachSignature(code, { requestId, componentId: COMPONENT })
      .catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(422);
    expect(isApiError(error) && error.code).toBe('signature.documentMismatch');
    expect((await citizen.dossiers.signatures(code)).items).toEqual([]);
  });

  it('refuses a transaction the signer has not confirmed', async () => {
    const pdf = minimalPdf('Giay chung sinh');
    const { code } = await fileWith(pdf);
    const request = await citizen.signatures.create({
      documentHash: { algorithm: 'SHA-256', value: createHash('sha256').update(pdf).digest('base64') },
      documentName: 'giay-chung-sinh.pdf',
      signer: AN,
      provider: 'sandbox',
    });
    const error = await citizen.dossiers
      .attachSignature(code, { requestId: request.id, componentId: COMPONENT })
      .catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('signature.notSigned');
  });
});
