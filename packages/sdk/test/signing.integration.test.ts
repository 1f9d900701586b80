import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, type MotcuaClient, type SignatureRequest } from '../src/index.js';
import { minimalPdf, startSandbox, type TestSandbox } from './support.js';

const AN = { citizenId: '001087123456', name: 'Nguyễn Văn An' };
/** Sandbox scenarios (seed-data/scenarios.ts): this signer refuses on the phone, that one never answers. */
const LOI_REJECTS = { citizenId: '001081006604', name: 'Phan Văn Lợi' };
const HAI_LETS_EXPIRE = { citizenId: '075093002210', name: 'Bùi Thanh Hải' };

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe('remote signing against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  let workDir: string;

  beforeAll(async () => {
    sb = await startSandbox();
    citizen = await sb.client('citizen-an');
    workDir = mkdtempSync(join(tmpdir(), 'motcua-sdk-signing-'));
  });
  afterAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    await sb?.close();
  });

  const start = (document: Uint8Array, signer: { citizenId: string; name: string }) =>
    citizen.signatures.create({
      documentHash: { algorithm: 'SHA-256', value: createHash('sha256').update(document).digest('base64') },
      documentName: 'to-khai-khai-sinh.pdf',
      signer,
      provider: 'sandbox',
    });

  /** Waits for the end, moving the test clock past the emulated signer's answer (3 s) after the first poll. */
  async function waitWithClock(
    id: string,
    minutes = 1,
  ): Promise<{ final: SignatureRequest; seen: string[] }> {
    const seen: string[] = [];
    let advanced: Promise<void> | undefined;
    const final = await citizen.signatures.waitFor(id, {
      pollInterval: 50,
      onProgress: (request, remainingMs) => {
        seen.push(request.status);
        expect(remainingMs).toBeGreaterThanOrEqual(0);
        advanced ??= sb.advanceClock({ minutes });
      },
    });
    await advanced;
    return { final, seen };
  }

  it('signs: waitFor → result → a detached CMS that verifies against caCertificate()', async () => {
    const document = minimalPdf('To khai dang ky khai sinh');
    const request = await start(document, AN);
    expect(request.status).toBe('waitingForConfirmation');
    const { final, seen } = await waitWithClock(request.id);
    expect(seen[0]).toBe('waitingForConfirmation');
    expect(final.status).toBe('signed');

    const result = await citizen.signatures.result(request.id);
    expect(result.documentHash.value).toBe(createHash('sha256').update(document).digest('base64'));
    const caPem = await citizen.signatures.caCertificate();
    expect(caPem).toMatch(/^-----BEGIN CERTIFICATE-----/);

    // The chain: the signer's certificate was issued by the published CA, which signed itself.
    const ca = new X509Certificate(caPem);
    const leaf = new X509Certificate(final.signature?.certificate ?? '');
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(ca.ca).toBe(true);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.subject).toContain('Nguyễn Văn An');
    expect(result.certificateChain.map((pem) => new X509Certificate(pem).fingerprint256)).toContain(
      ca.fingerprint256,
    );

    if (!hasOpenssl) {
      console.warn('openssl not found: the CMS signature itself is not verified');
      return;
    }
    const files = {
      document: join(workDir, 'document.pdf'),
      tampered: join(workDir, 'tampered.pdf'),
      signature: join(workDir, 'signature.p7s'),
      ca: join(workDir, 'ca.pem'),
    };
    writeFileSync(files.document, document);
    writeFileSync(files.tampered, minimalPdf('To khai dang ky khai tu'));
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
    expect(good.status, good.stderr).toBe(0);
    expect(good.stderr).toContain('Verification successful');
    expect(verify(files.tampered).status).not.toBe(0);
  });

  it("ends 'rejected' for the signer who refuses, and the result is then refused", async () => {
    const request = await start(minimalPdf('Don de nghi'), LOI_REJECTS);
    const { final } = await waitWithClock(request.id);
    expect(final.status).toBe('rejected');
    expect(final.signature).toBeUndefined();
    const error = await citizen.signatures.result(request.id).catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('signature.notSigned');
  });

  it("ends 'expired' when the signer never answers within the provider's five minutes", async () => {
    const request = await start(minimalPdf('Don de nghi'), HAI_LETS_EXPIRE);
    const { final } = await waitWithClock(request.id, 6);
    expect(final.status).toBe('expired');
  });

  it('the sandbox phone control confirms at once', async () => {
    const request = await start(minimalPdf('Don de nghi'), AN);
    const confirmed = await sb.confirmSignature(request.id);
    expect(confirmed.status).toBe('signed');
    expect((await citizen.signatures.waitFor(request.id)).status).toBe('signed');
  });

  it('waitFor stops when its signal aborts', async () => {
    const request = await start(minimalPdf('Don de nghi'), HAI_LETS_EXPIRE);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 100);
    await expect(
      citizen.signatures.waitFor(request.id, { pollInterval: 30, signal: controller.signal }),
    ).rejects.toThrow('cancelled by the user');
  });
});
