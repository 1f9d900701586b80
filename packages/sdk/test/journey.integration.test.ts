import { createHash } from 'node:crypto';
import type { DossierEvent } from '@motcua/contract';
import { parseDossierCode } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MotcuaClient } from '../src/index.js';
import { AN_APPLICANT, answersFor, BIRTH, minimalPdf, startSandbox, type TestSandbox } from './support.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the citizen and officer journey through the SDK, against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  let desk: MotcuaClient;
  let specialist: MotcuaClient;

  beforeAll(async () => {
    sb = await startSandbox();
    [citizen, desk, specialist] = await Promise.all([
      sb.client('citizen-an'),
      sb.client('officer-ba-dinh-desk'),
      sb.client('officer-ba-dinh-specialist'),
    ]);
  });
  afterAll(() => sb?.close());

  it('searches, uploads, files, is processed with a supplement round, and returns the result', async () => {
    // The catalogue: search ignores diacritics, get has the components and the e-form.
    const found = await citizen.procedures.search({ q: 'khai sinh' }).toArray({ limit: 20 });
    expect(found.map((p) => p.code)).toContain(BIRTH);
    const procedure = await citizen.procedures.get(BIRTH);
    const required = procedure.documentComponents.filter((c) => c.required);
    expect(required.map((c) => c.id)).toEqual(['giay-chung-sinh']);
    expect(procedure.formSpec?.fields.length).toBeGreaterThan(0);

    // A real PDF over tus: stored with its sniffed type, size and SHA-256; the bytes come back unchanged.
    const pdf = minimalPdf('Giay chung sinh');
    const progress: number[] = [];
    const file = await citizen.files.upload(pdf, {
      name: 'giay-chung-sinh.pdf',
      mediaType: 'application/pdf',
      onProgress: (sent) => progress.push(sent),
    });
    expect(file).toMatchObject({ mediaType: 'application/pdf', size: pdf.byteLength, sha256: sha256(pdf) });
    expect(progress.at(-1)).toBe(pdf.byteLength);
    const downloaded = new Uint8Array(await (await citizen.files.download(file.fileId)).arrayBuffer());
    expect(sha256(downloaded)).toBe(sha256(pdf));

    // Draft → documents → submit: the official code of the receiving agency, dated today in Vietnam.
    const draft = await citizen.dossiers.create({ procedureCode: BIRTH, applicant: AN_APPLICANT });
    expect(draft).toMatchObject({ status: 0, code: null });
    const attached = await citizen.dossiers.attach(draft.id, {
      componentId: 'giay-chung-sinh',
      fileIds: [file.fileId],
    });
    expect(attached.documents).toEqual([
      expect.objectContaining({
        componentId: 'giay-chung-sinh',
        files: [expect.objectContaining({ fileId: file.fileId })],
      }),
    ]);
    const formData = answersFor(procedure.formSpec);
    const submitted = await citizen.dossiers.submit(draft.id, { formData, declaration: true });
    expect(submitted.status).toBe(1);
    const code = submitted.code as string;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect(code).toMatch(/-\d{6}-\d{4}$/);
    expect(parseDossierCode(code)).toMatchObject({
      agencyCode: submitted.receivingAgency?.code,
      date: today,
    });
    // The draft id keeps working, and so does the code.
    expect((await citizen.dossiers.get(draft.id)).code).toBe(code);

    // The citizen follows the dossier while the officers work on it.
    const events: DossierEvent[] = [];
    const watching = (async () => {
      for await (const event of citizen.dossiers.watch(code, { reconnectDelay: 50, pollInterval: 100 })) {
        events.push(event);
      }
    })();

    const queue = await desk.dossiers.list({ status: 1 }).toArray({ limit: 50 });
    expect(queue.map((d) => d.code)).toContain(code);

    const accepted = await desk.officer.accept(code, { note: 'Đủ giấy tờ' });
    expect(accepted.status).toBe(2);
    expect(accepted.dates.appointmentAt).toBeDefined();
    const assigned = await desk.officer.assign(code, { officerId: 'officer-ba-dinh-specialist' });
    expect(assigned.status).toBe(4);
    const asked = await specialist.officer.requestSupplement(code, {
      items: [{ componentId: 'giay-chung-sinh', description: 'Ảnh chụp bị mờ, vui lòng chụp lại' }],
      reason: 'Giấy tờ không rõ nét',
    });
    expect(asked.status).toBe(5);

    // The citizen supplies a clearer copy and answers.
    const clearer = await citizen.files.upload(minimalPdf('Giay chung sinh (ro net)'), {
      name: 'giay-chung-sinh-ro.pdf',
    });
    await citizen.dossiers.attach(code, { componentId: 'giay-chung-sinh', fileIds: [clearer.fileId] });
    const answered = await citizen.dossiers.supplement(code, { message: 'Đã chụp lại giấy chứng sinh' });
    expect(answered.status).toBe(4);
    expect(answered.documents[0]?.files[0]?.fileId).toBe(clearer.fileId);

    const finished = await specialist.officer.finish(code, {
      results: [{ code: 'KQ-KS', name: 'Giấy khai sinh' }],
    });
    expect(finished.status).toBe(9);
    const returned = await desk.officer.returnResult(code, { method: 'online' });
    expect(returned.status).toBe(10);
    expect(returned.dates.returnedAt).toBeDefined();

    // The history has every step, by whom.
    const { items: steps } = await citizen.dossiers.history(code);
    expect(steps.map((s) => s.status)).toEqual([1, 2, 4, 5, 4, 9, 10]);
    expect(steps.map((s) => s.actor)).toEqual([
      'applicant',
      'deskOfficer',
      'deskOfficer',
      'specialist',
      'applicant',
      'specialist',
      'deskOfficer',
    ]);

    // The watch saw each status change once, in order, and ended by itself at the final status.
    await watching;
    expect(events.map((e) => e.type)).toEqual([
      'dossier.submitted',
      'dossier.accepted',
      'dossier.assigned',
      'dossier.supplementRequested',
      'dossier.supplementAnswered',
      'dossier.finished',
      'dossier.resultReturned',
    ]);
    expect(events.map((e) => e.status)).toEqual([1, 2, 4, 5, 4, 9, 10]);
    expect(events.every((e) => e.dossierCode === code)).toBe(true);
    const ids = events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
