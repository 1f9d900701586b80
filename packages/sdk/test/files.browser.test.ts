/**
 * `client.files.upload` from a browser page: a real `File` read by tus-js-client's browser side (XMLHttpRequest),
 * sent cross-origin to a real sandbox, cut mid-way by the sandbox's fault injection and resumed.
 */
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, isApiError, type MotcuaClient } from '../src/index.js';
import { largePdf, sha256 } from './pdf.js';

const baseUrl = inject('sandboxUrl') as string;
const CHUNK = 64 * 1024;

async function personaToken(persona: string): Promise<string> {
  const response = await fetch(`${baseUrl}/sandbox/personas/${persona}/token`, { method: 'POST' });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

interface SeenRequest {
  method: string;
  url: string;
  offset: number | undefined;
  /** The HTTP status, or 0 when the connection failed without an answer. */
  status?: number;
}

/**
 * Records the page's XMLHttpRequests (tus-js-client's browser transport) while letting them through untouched:
 * method, `Upload-Offset` and how each ended.
 */
function watchRequests(): { seen: SeenRequest[]; stop: () => void } {
  const seen: SeenRequest[] = [];
  const { open, send, setRequestHeader } = XMLHttpRequest.prototype;
  const entries = new WeakMap<XMLHttpRequest, SeenRequest>();
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
    const entry: SeenRequest = { method, url: String(url), offset: undefined };
    entries.set(this, entry);
    seen.push(entry);
    // biome-ignore lint/complexity/noArguments: forwards every overload of open()
    return open.apply(this, arguments as unknown as Parameters<typeof open>);
  } as typeof open;
  XMLHttpRequest.prototype.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
    const entry = entries.get(this);
    if (entry && name.toLowerCase() === 'upload-offset') entry.offset = Number(value);
    return setRequestHeader.call(this, name, value);
  };
  XMLHttpRequest.prototype.send = function (
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    this.addEventListener('loadend', () => {
      const entry = entries.get(this);
      if (entry) entry.status = this.status;
    });
    return send.call(this, body);
  };
  return {
    seen,
    stop: () => Object.assign(XMLHttpRequest.prototype, { open, send, setRequestHeader }),
  };
}

describe('files.upload in Chromium against the real sandbox', () => {
  let token: string;
  let citizen: MotcuaClient;
  let watch: ReturnType<typeof watchRequests> | undefined;

  beforeAll(async () => {
    token = await personaToken('citizen-an');
    citizen = createClient({ baseUrl, token, retry: { limit: 3, backoffLimit: 50 } });
  });
  afterEach(() => watch?.stop());

  it('uploads a File cut mid-way by a dropped connection, resuming from the acknowledged offset', async () => {
    const pdf = largePdf(5 * CHUNK);
    const file = new File([pdf], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
    // Creation and the first two chunks go through, then the connection is dropped. Twice: Chromium resends a
    // request once by itself when a kept-alive connection drops, which would hide a single cut from tus.
    const cutting = createClient({
      baseUrl,
      token,
      headers: { 'X-Sandbox-Fault': 'drop;after=3;times=2', 'X-Sandbox-Fault-Once': crypto.randomUUID() },
    });
    watch = watchRequests();
    const progress: [number, number][] = [];
    const info = await cutting.files.upload(file, {
      chunkSize: CHUNK,
      retryDelays: [0, 100, 200],
      onProgress: (sent, total) => progress.push([sent, total]),
    });
    watch.stop();

    expect(info).toMatchObject({
      name: 'giay-chung-sinh.pdf',
      mediaType: 'application/pdf',
      status: 'complete',
      size: file.size,
      offset: file.size,
      sha256: await sha256(pdf),
    });
    const tus = watch.seen.map(({ method, offset, status }) => ({ method, offset, status }));
    const cut = tus.findIndex((request) => request.status === 0);
    // The third chunk's PATCH was cut; tus then asked the platform where the upload stood (HEAD) and went on from
    // that offset, not from zero.
    expect(tus[cut], 'a request was cut').toEqual({ method: 'PATCH', offset: 2 * CHUNK, status: 0 });
    const afterCut = tus.slice(cut).filter((request) => request.status !== 0);
    expect(afterCut[0]).toMatchObject({ method: 'HEAD', status: 200 });
    expect(afterCut[1]).toEqual({ method: 'PATCH', offset: 2 * CHUNK, status: 204 });
    const chunks = tus.filter((request) => request.method === 'PATCH' && request.status === 204);
    expect(chunks.map((request) => request.offset)).toEqual([0, 1, 2, 3, 4, 5].map((n) => n * CHUNK));
    expect(progress.at(-1)).toEqual([file.size, file.size]);
    expect(progress.some(([sent]) => sent > 0 && sent < file.size)).toBe(true);

    const back = await citizen.files.download(info.fileId);
    expect(back.size).toBe(file.size);
    expect(await sha256(back)).toBe(await sha256(pdf));
  });

  it('stops at once when the signal aborts mid-way, with the signal’s reason', async () => {
    const pdf = largePdf(8 * CHUNK);
    const controller = new AbortController();
    const reason = new Error('người dùng đã huỷ');
    watch = watchRequests();
    const outcome = await citizen.files
      .upload(new Blob([pdf], { type: 'application/pdf' }), {
        chunkSize: CHUNK,
        signal: controller.signal,
        onProgress: (sent) => {
          if (sent >= 2 * CHUNK) controller.abort(reason);
        },
      })
      .catch((error: unknown) => error);
    const sentBefore = watch.seen.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    watch.stop();
    expect(outcome).toBe(reason);
    expect(watch.seen).toHaveLength(sentBefore);
    expect(watch.seen.filter((request) => request.method === 'PATCH').length).toBeLessThan(8);
  });

  it('reads the platform’s refusal across origins: an ApiError with its code, not a network error', async () => {
    const notAPdf = new File([new TextEncoder().encode('MZ\x90\x00 not a PDF')], 'virus.pdf', {
      type: 'application/pdf',
    });
    const error = await citizen.files.upload(notAPdf, { retryDelays: [] }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 415, code: 'file.typeNotAllowed' });
  });
});
