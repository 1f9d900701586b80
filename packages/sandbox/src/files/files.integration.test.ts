import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { DEMO_OFFICER_ID } from '../seed/personas.js';
import { getStoredFile } from './repository.js';
import { DEFAULT_MAX_FILE_SIZE } from './routes.js';
import { DOCX, PDF } from './sniff.js';

const TUS = { 'Tus-Resumable': '1.0.0' };
const CHUNK = { ...TUS, 'Content-Type': 'application/offset+octet-stream' };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A PDF-looking payload of `size` bytes: the magic, then random bytes. */
function fakePdf(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from('%PDF-1.7\n').copy(bytes, 0);
  return bytes;
}

/** A minimal ZIP holding `[Content_Types].xml` and `word/document.xml` (stored, no compression): a DOCX to a sniffer. */
function fakeDocx(): Buffer {
  const entries = ['[Content_Types].xml', 'word/document.xml'].map((name) => ({
    name: Buffer.from(name),
    data: Buffer.from('<?xml version="1.0"?><x/>'),
  }));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe.each(testDatabases())('tus uploads on $name', (engine) => {
  let sb: RunningSandbox;
  let an: string;
  let binh: string;

  beforeAll(async () => {
    sb = await startSandbox(engine);
    an = await sb.token('citizen-an');
    binh = await sb.token('citizen-binh');
  });
  afterAll(() => sb.stop());

  async function create(
    length: number,
    metadata: Record<string, string>,
    token = an,
    init: RequestInit = {},
  ) {
    const header = Object.entries(metadata)
      .map(([key, value]) => `${key} ${b64(value)}`)
      .join(',');
    return sb.request('/files', {
      method: 'POST',
      token,
      ...init,
      headers: { ...TUS, 'Upload-Length': String(length), 'Upload-Metadata': header, ...init.headers },
    });
  }

  async function createId(length: number, metadata: Record<string, string>): Promise<string> {
    const response = await create(length, metadata);
    expect(response.status).toBe(201);
    return (response.headers.get('location') ?? '').split('/').pop() ?? '';
  }

  const patch = (id: string, offset: number, bytes: Uint8Array, token = an) =>
    sb.request(`/files/${id}`, {
      method: 'PATCH',
      token,
      headers: { ...CHUNK, 'Upload-Offset': String(offset) },
      body: bytes as Uint8Array<ArrayBuffer>,
    });

  const head = (id: string, token = an) =>
    sb.request(`/files/${id}`, { method: 'HEAD', token, headers: TUS });

  async function upload(bytes: Uint8Array, metadata: Record<string, string>): Promise<Response> {
    const id = await createId(bytes.length, metadata);
    return patch(id, 0, bytes).then(async (response) => {
      if (response.status !== 204) return response;
      return sb.request(`/files/${id}`, { token: an });
    });
  }

  it('announces the tus capabilities on OPTIONS, without credentials', async () => {
    const response = await sb.request('/files', { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('tus-resumable')).toBe('1.0.0');
    expect(response.headers.get('tus-version')).toBe('1.0.0');
    expect(response.headers.get('tus-extension')?.split(',')).toEqual(
      expect.arrayContaining(['creation', 'creation-with-upload', 'termination', 'expiration']),
    );
    expect(response.headers.get('tus-max-size')).toBe(String(DEFAULT_MAX_FILE_SIZE));
  });

  it('still answers browser preflights with CORS, tus headers allowed', async () => {
    const response = await sb.request('/files', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'upload-offset, tus-resumable',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Upload-Offset/);
    expect(response.headers.get('tus-resumable')).toBeNull();
  });

  it('lets a page on another origin read the tus headers of its answers', async () => {
    const origin = { headers: { Origin: 'http://localhost:63315' } };
    const response = await create(10, { filename: 'a.pdf' }, an, origin);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining(['location', 'upload-offset', 'tus-resumable', 'upload-length']),
    );
  });

  it('uploads in three chunks, reports offsets, sniffs, hashes and serves the same bytes', async () => {
    const bytes = fakePdf(300_000);
    const response = await create(bytes.length, {
      filename: 'Giấy khai sinh.pdf',
      filetype: 'application/pdf',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('tus-resumable')).toBe('1.0.0');
    expect(response.headers.get('upload-expires')).toMatch(/GMT$/);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/files\/file_[\w-]+$/);
    const created = await response.json();
    expect(created).toMatchObject({
      name: 'Giấy khai sinh.pdf',
      size: 300_000,
      offset: 0,
      status: 'uploading',
    });
    expect(created.sha256).toBeUndefined();
    const id = created.fileId as string;

    const cuts = [0, 100_000, 200_000, 300_000];
    for (let i = 0; i < 3; i++) {
      const before = await head(id);
      expect(before.status).toBe(200);
      expect(before.headers.get('upload-offset')).toBe(String(cuts[i]));
      expect(before.headers.get('upload-length')).toBe('300000');
      expect(before.headers.get('cache-control')).toBe('no-store');
      expect(before.headers.get('upload-metadata')).toContain(`filename ${b64('Giấy khai sinh.pdf')}`);
      const sent = await patch(id, cuts[i] ?? 0, bytes.subarray(cuts[i], cuts[i + 1]));
      expect(sent.status).toBe(204);
      expect(sent.headers.get('upload-offset')).toBe(String(cuts[i + 1]));
      expect(sent.headers.get('tus-resumable')).toBe('1.0.0');
    }
    expect((await head(id)).headers.get('upload-offset')).toBe('300000');

    const info = await (await sb.request(`/files/${id}`, { token: an })).json();
    expect(info).toMatchObject({
      fileId: id,
      mediaType: PDF,
      size: 300_000,
      offset: 300_000,
      status: 'complete',
    });
    expect(info.sha256).toBe(sha256(bytes));
    expect(info.expiresAt).toBeUndefined();

    const download = await sb.request(`/files/${id}/content`, { token: an });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(PDF);
    expect(download.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Giay khai sinh.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20khai%20sinh.pdf`,
    );
    const received = Buffer.from(await download.arrayBuffer());
    expect(received.equals(bytes)).toBe(true);
    expect(sha256(received)).toBe(info.sha256);

    const cached = await sb.request(`/files/${id}/content`, {
      token: an,
      headers: { 'If-None-Match': `"${sha256(bytes)}"` },
    });
    expect(cached.status).toBe(304);

    expect(await getStoredFile(sb.sandbox.db, id)).toMatchObject({
      id,
      owner: 'persona:citizen-an',
      mediaType: PDF,
      size: 300_000,
      sha256: sha256(bytes),
      status: 'complete',
    });
  });

  it('accepts the first chunk with the creation request (creation-with-upload)', async () => {
    const docx = fakeDocx();
    const response = await sb.request('/files', {
      method: 'POST',
      token: an,
      headers: {
        ...CHUNK,
        'Upload-Length': String(docx.length),
        'Upload-Metadata': `filename ${b64('don.docx')}`,
      },
      body: docx as Uint8Array<ArrayBuffer>,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('upload-offset')).toBe(String(docx.length));
    expect(await response.json()).toMatchObject({
      status: 'complete',
      mediaType: DOCX,
      sha256: sha256(docx),
    });
  });

  it('resumes after a PATCH cut off mid-stream: the bytes that arrived are kept', async () => {
    const bytes = fakePdf(256 * 1024);
    const id = await createId(bytes.length, { filename: 'resume.pdf' });
    const firstPart = bytes.subarray(0, 64 * 1024);
    const controller = new AbortController();
    let pushed = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(streamController) {
        if (!pushed) {
          pushed = true;
          streamController.enqueue(firstPart);
        }
        // …and then the connection hangs until it is cut.
        return new Promise(() => {});
      },
    });
    const cut = fetch(`${sb.url}/files/${id}`, {
      method: 'PATCH',
      headers: { ...CHUNK, 'Upload-Offset': '0', Authorization: `Bearer ${an}` },
      body: stream,
      duplex: 'half',
      signal: controller.signal,
    } as RequestInit);
    await sleep(300);
    controller.abort();
    await expect(cut).rejects.toThrow();

    // The server commits what it received once it notices the cut.
    let offset = 0;
    for (let attempt = 0; attempt < 50 && offset === 0; attempt++) {
      await sleep(100);
      offset = Number((await head(id)).headers.get('upload-offset'));
    }
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(firstPart.length);

    const rest = await patch(id, offset, bytes.subarray(offset));
    expect(rest.status).toBe(204);
    const info = await (await sb.request(`/files/${id}`, { token: an })).json();
    expect(info).toMatchObject({ status: 'complete', mediaType: PDF, sha256: sha256(bytes) });
  });

  it('refuses a chunk at the wrong offset with 409 and the current offset', async () => {
    const bytes = fakePdf(1000);
    const id = await createId(bytes.length, { filename: 'a.pdf' });
    expect((await patch(id, 0, bytes.subarray(0, 400))).status).toBe(204);
    const stale = await patch(id, 0, bytes.subarray(0, 400));
    expect(stale.status).toBe(409);
    expect(stale.headers.get('upload-offset')).toBe('400');
    expect((await stale.json()).code).toBe('file.offsetMismatch');
    const ahead = await patch(id, 800, bytes.subarray(800));
    expect(ahead.status).toBe(409);
    expect((await head(id)).headers.get('upload-offset')).toBe('400');
  });

  it('checks the protocol: version, chunk media type, offset header', async () => {
    const id = await createId(10, { filename: 'a.txt' });
    const noVersion = await sb.request(`/files/${id}`, {
      method: 'PATCH',
      token: an,
      headers: { 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': '0' },
      body: 'hello',
    });
    expect(noVersion.status).toBe(412);
    expect(noVersion.headers.get('tus-version')).toBe('1.0.0');
    const wrongType = await sb.request(`/files/${id}`, {
      method: 'PATCH',
      token: an,
      headers: { ...TUS, 'Content-Type': 'application/octet-stream', 'Upload-Offset': '0' },
      body: 'hello',
    });
    expect(wrongType.status).toBe(415);
    const noOffset = await sb.request(`/files/${id}`, {
      method: 'PATCH',
      token: an,
      headers: CHUNK,
      body: 'hello',
    });
    expect(noOffset.status).toBe(422);
    expect((await noOffset.json()).errors[0].path).toEqual(['$headers', 'Upload-Offset']);
    expect((await create(10, {}, an, { headers: { 'Tus-Resumable': '0.2.2' } })).status).toBe(412);
  });

  it('enforces the size limit at creation and the declared length on append', async () => {
    const huge = await create(DEFAULT_MAX_FILE_SIZE + 1, { filename: 'big.pdf' });
    expect(huge.status).toBe(413);
    expect((await huge.json()).code).toBe('file.tooLarge');
    const id = await createId(10, { filename: 'small.txt' });
    const over = await patch(id, 0, Buffer.from('this is more than ten bytes'));
    expect(over.status).toBe(413);
    expect((await over.json()).code).toBe('file.tooLarge');
    expect((await head(id)).headers.get('upload-offset')).toBe('0');
  });

  it('refuses content that is not an accepted type, whatever the client declares, and forgets it', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(500)]);
    const id = await createId(exe.length, { filename: 'giay-to.pdf', filetype: 'application/pdf' });
    const refused = await patch(id, 0, exe);
    expect(refused.status).toBe(415);
    expect((await refused.json()).code).toBe('file.typeNotAllowed');
    expect((await head(id)).status).toBe(404);

    const gif = await upload(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), { filename: 'anh.gif' });
    expect(gif.status).toBe(415);
    const html = await upload(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), { filename: 'a.txt' });
    expect(html.status).toBe(415);
    const svg = await upload(Buffer.from('<?xml version="1.0"?><svg onload="alert(1)"/>'), {
      filename: 'a.xml',
    });
    expect(svg.status).toBe(415);

    // A declared type the platform refuses is refused before any byte is sent.
    const declared = await create(100, { filename: 'setup.exe', filetype: 'application/x-msdownload' });
    expect(declared.status).toBe(415);
  });

  it('refuses bytes that contradict the declared type', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(64),
    ]);
    const lying = await upload(png, { filename: 'scan.pdf', filetype: 'application/pdf' });
    expect(lying.status).toBe(415);
    expect((await lying.json()).detail).toMatch(/application\/pdf|image\/png/);
    const honest = await upload(png, { filename: 'scan.png', filetype: 'image/png' });
    expect(honest.status).toBe(200);
    expect(await honest.json()).toMatchObject({ mediaType: 'image/png', status: 'complete' });
    const undeclared = await upload(Buffer.from('Xin chào, đây là văn bản.\n'), { filename: 'ghi-chu.txt' });
    expect(await undeclared.json()).toMatchObject({ mediaType: 'text/plain' });
    const xml = await upload(Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<HoSo/>'), {
      filename: 'ho-so.xml',
      filetype: 'text/xml',
    });
    expect(await xml.json()).toMatchObject({ mediaType: 'application/xml' });
  });

  it('stores hostile names safely and serves them with a safe Content-Disposition', async () => {
    const hostile =
      '../../etc/<img src=x onerror=alert(1)>"; filename=evil.exe\r\nX-Injected: 1\u202Egpj.pdf';
    const response = await upload(Buffer.from('plain text\n'), { filename: hostile });
    expect(response.status).toBe(200);
    const info = await response.json();
    expect(info.name).not.toMatch(/[/\\\r\n\u202e]/);
    expect(info.name).toContain('<img src=x onerror=alert(1)>');
    const download = await sb.request(`/files/${info.fileId}/content`, { token: an });
    const disposition = download.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[^"\\]*"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/);
    expect(download.headers.get('x-injected')).toBeNull();
    expect(download.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    const fallback = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(fallback)).toBe(info.name);

    const dots = await upload(Buffer.from('x\n'), { filename: '..' });
    expect((await dots.json()).name).toBe('tep-dinh-kem');
  });

  it('hides a file from everyone but its uploader (404, not 403)', async () => {
    const bytes = fakePdf(2000);
    const uploaded = await (await upload(bytes, { filename: 'private.pdf' })).json();
    const id = uploaded.fileId as string;
    for (const path of [`/files/${id}`, `/files/${id}/content`]) {
      const response = await sb.request(path, { token: binh });
      expect(response.status).toBe(404);
    }
    expect((await head(id, binh)).status).toBe(404);
    expect((await patch(id, 2000, Buffer.from('x'), binh)).status).toBe(404);
    expect((await sb.request(`/files/${id}`, { method: 'DELETE', token: binh, headers: TUS })).status).toBe(
      404,
    );
    const officer = await sb.token(DEMO_OFFICER_ID);
    expect((await sb.request(`/files/${id}`, { token: officer })).status).toBe(404);
    expect((await sb.request(`/files/${id}`)).status).toBe(401);
    expect((await sb.request(`/files/${id}`, { token: an })).status).toBe(200);
  });

  it('terminates an upload with DELETE (tus termination)', async () => {
    const id = await createId(100, { filename: 'bo.pdf' });
    await patch(id, 0, fakePdf(50));
    const deleted = await sb.request(`/files/${id}`, { method: 'DELETE', token: an, headers: TUS });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('tus-resumable')).toBe('1.0.0');
    expect((await head(id)).status).toBe(404);
    const chunks = await sb.sandbox.db
      .selectFrom('file_chunks')
      .selectAll()
      .where('file_id', '=', id)
      .execute();
    expect(chunks).toHaveLength(0);
  });

  it('refuses downloading an unfinished upload', async () => {
    const id = await createId(100, { filename: 'chua-xong.pdf' });
    const response = await sb.request(`/files/${id}/content`, { token: an });
    expect(response.status).toBe(409);
    expect((await response.json()).code).toBe('file.notComplete');
  });

  it('replays a creation with the same Idempotency-Key', async () => {
    const init = { headers: { 'Idempotency-Key': `create-${randomBytes(4).toString('hex')}` } };
    const first = await create(100, { filename: 'mot-lan.pdf' }, an, init);
    const second = await create(100, { filename: 'mot-lan.pdf' }, an, init);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
  });

  it('refuses the same Idempotency-Key for an upload of another length or file (422)', async () => {
    const init = { headers: { 'Idempotency-Key': `create-${randomBytes(4).toString('hex')}` } };
    expect((await create(100, { filename: 'mot-lan.pdf' }, an, init)).status).toBe(201);
    for (const other of [
      await create(101, { filename: 'mot-lan.pdf' }, an, init),
      await create(100, { filename: 'hai-lan.pdf' }, an, init),
    ]) {
      expect(other.status).toBe(422);
      expect((await other.json()).code).toBe('idempotency.conflict');
    }
  });

  it('expires unfinished uploads on the test clock (410), and a reset wipes every byte', async () => {
    const id = await createId(100, { filename: 'het-han.pdf' });
    await patch(id, 0, fakePdf(10));
    await sb.request('/sandbox/clock/advance', { method: 'POST', json: { hours: 25 } });
    an = await sb.token('citizen-an'); // tokens live an hour
    const expired = await head(id);
    expect(expired.status).toBe(410);
    const late = await patch(id, 10, fakePdf(10));
    expect(late.status).toBe(410);
    expect((await late.json()).code).toBe('file.expired');
    expect((await sb.request(`/files/${id}`, { token: an })).status).toBe(404);

    await sb.sandbox.reset();
    expect(await sb.sandbox.db.selectFrom('file_chunks').selectAll().execute()).toHaveLength(0);
    expect(await sb.sandbox.db.selectFrom('stored_files').selectAll().execute()).toHaveLength(0);
  });
});
