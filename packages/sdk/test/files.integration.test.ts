import { connect, createServer, type Server, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, isApiError, type MotcuaClient } from '../src/index.js';
import { largePdf, sha256 } from './pdf.js';
import { startSandbox, type TestSandbox } from './support.js';

/**
 * A TCP proxy in front of the sandbox that cuts the connection (both ways, no answer) after passing `cutAfter`
 * bytes of the first `PATCH` — a network failure mid-chunk, which tus must resume from the server's offset.
 * It records the `Upload-Offset` of every PATCH it sees.
 */
async function cuttingProxy(target: URL, cutAfter: number) {
  const patchOffsets: number[] = [];
  let armed = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    let budget = Number.POSITIVE_INFINITY;
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (text.startsWith('PATCH ')) {
        patchOffsets.push(Number(/\r\nupload-offset:\s*(\d+)/i.exec(text)?.[1]));
        if (armed) {
          armed = false;
          budget = cutAfter;
        }
      }
      if (chunk.byteLength <= budget) {
        budget -= chunk.byteLength;
        upstream.write(chunk);
        return;
      }
      // Pass what fits, let it reach the server, then reset both sides.
      upstream.write(chunk.subarray(0, budget), () => {
        setTimeout(() => {
          upstream.destroy();
          client.destroy();
        }, 50);
      });
      budget = 0;
      client.pause();
    });
    upstream.on('data', (chunk) => client.write(chunk));
    for (const socket of [client, upstream]) {
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    patchOffsets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('files over tus against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;

  beforeAll(async () => {
    sb = await startSandbox();
    citizen = await sb.client('citizen-an');
  });
  afterAll(() => sb?.close());

  it('resumes an upload cut mid-chunk from the offset the platform acknowledged', async () => {
    const pdf = largePdf(600 * 1024);
    const proxy = await cuttingProxy(new URL(sb.url), 200 * 1024);
    try {
      const token = await sb.token('citizen-an');
      const throughProxy = createClient({ baseUrl: proxy.url, token });
      const progress: number[] = [];
      const file = await throughProxy.files.upload(pdf, {
        name: 'ban-ve.pdf',
        mediaType: 'application/pdf',
        retryDelays: [0, 100, 200],
        onProgress: (sent) => progress.push(sent),
      });
      expect(file).toMatchObject({
        status: 'complete',
        mediaType: 'application/pdf',
        size: pdf.byteLength,
        offset: pdf.byteLength,
        sha256: await sha256(pdf),
      });
      // Two PATCHes: from 0, cut; then from where the platform had got to — more than nothing, not the end.
      expect(proxy.patchOffsets).toHaveLength(2);
      expect(proxy.patchOffsets[0]).toBe(0);
      expect(proxy.patchOffsets[1]).toBeGreaterThan(0);
      expect(proxy.patchOffsets[1]).toBeLessThanOrEqual(200 * 1024);
      expect(progress.at(-1)).toBe(pdf.byteLength);
      const back = new Uint8Array(await (await citizen.files.download(file.fileId)).arrayBuffer());
      expect(back.byteLength).toBe(pdf.byteLength);
      expect(await sha256(back)).toBe(await sha256(pdf));
    } finally {
      await proxy.close();
    }
  });

  it('uploads a Blob, an ArrayBuffer and a Node stream, in several chunks', async () => {
    const pdf = largePdf(40 * 1024);
    const sources = [
      new Blob([pdf], { type: 'application/pdf' }),
      pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength),
      Readable.from([Buffer.from(pdf)]),
    ];
    for (const source of sources) {
      const file = await citizen.files.upload(source, {
        name: 'to-khai.pdf',
        size: pdf.byteLength,
        chunkSize: 16 * 1024,
      });
      expect(file).toMatchObject({
        mediaType: 'application/pdf',
        size: pdf.byteLength,
        sha256: await sha256(pdf),
      });
    }
  });

  it('turns a refused upload into an ApiError with the platform code, not a network error', async () => {
    const notAPdf = new TextEncoder().encode('MZ\x90\x00 pretending to be a PDF');
    const error = await citizen.files
      .upload(notAPdf, { name: 'virus.pdf', mediaType: 'application/pdf', retryDelays: [] })
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 415, code: 'file.typeNotAllowed' });
  });

  it('sends the client credentials on every tus request: no token, no upload', async () => {
    const anonymous = createClient({ baseUrl: sb.url });
    const error = await anonymous.files
      .upload(largePdf(10), { name: 'x.pdf', retryDelays: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'auth.required' });
  });
});
