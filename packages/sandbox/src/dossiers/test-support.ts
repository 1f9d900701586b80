/**
 * Test helpers of the dossier suites (imported by `*.test.ts` only): a JSON client, uploads through the files
 * module's tus endpoint, e-form answers generated from a procedure's form spec, and a server-sent events
 * reader.
 */
import { sampleAnswers } from '@motcua/core/examples';
import type { RunningSandbox } from '../../test/harness.js';
import { type SeedProcedure, seedProcedureByCode } from '../seed-data/index.js';

/** What tests read answers as: assertions (`expect`) check the shape, so the type stays loose. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely and checked by expect().
export type Loose = any;

/** A JSON answer: status, parsed body, headers. */
export interface Answer<T = Loose> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface CallOptions {
  readonly token?: string;
  readonly apiKey?: string;
  readonly json?: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * A small JSON client over a running sandbox.
 *
 * @example
 * const { status, body } = await client(sb).post('/dossiers', { token, json: draft });
 */
export function client(sb: RunningSandbox) {
  const call = async <T = Loose>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Answer<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.apiKey) headers['X-Api-Key'] = options.apiKey;
    const response = await sb.request(path, {
      method,
      headers,
      ...(options.token ? { token: options.token } : {}),
      ...(options.json === undefined ? {} : { json: options.json }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? null : JSON.parse(text),
      headers: response.headers,
    };
  };
  return {
    call,
    get: <T = Loose>(path: string, options?: CallOptions) => call<T>('GET', path, options),
    post: <T = Loose>(path: string, options?: CallOptions) => call<T>('POST', path, options),
    patch: <T = Loose>(path: string, options?: CallOptions) => call<T>('PATCH', path, options),
    delete: <T = Loose>(path: string, options?: CallOptions) => call<T>('DELETE', path, options),
  };
}

/**
 * Uploads a small PDF through `POST /files` (tus creation-with-upload) and returns its file id.
 *
 * @example
 * const fileId = await uploadPdf(sb, token, 'giay-chung-sinh.pdf');
 */
export async function uploadPdf(sb: RunningSandbox, token: string, name = 'giay-to.pdf'): Promise<string> {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${name}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
  const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');
  const response = await sb.request('/files', {
    method: 'POST',
    token,
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(bytes.length),
      'Upload-Metadata': `filename ${b64(name)},filetype ${b64('application/pdf')}`,
      'Content-Type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
  const info = (await response.json()) as { fileId?: string; status?: string };
  if (response.status !== 201 || info.status !== 'complete' || !info.fileId) {
    throw new Error(`upload failed: ${response.status} ${JSON.stringify(info)}`);
  }
  return info.fileId;
}

/**
 * Plausible answers to every field of a procedure's e-form (attachments left to the documents), so a suite
 * can file any seed procedure.
 *
 * @example
 * const formData = answersFor(seedProcedureByCode('1.001193')!);
 */
export function answersFor(
  procedure: SeedProcedure,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return sampleAnswers(procedure.formSpec, overrides);
}

/** One server-sent event as read by {@link sseReader}. */
export interface SseFrame {
  readonly id?: string;
  readonly event?: string;
  readonly data?: string;
  readonly comment?: string;
}

/**
 * Reads server-sent events frame by frame from a streaming response.
 *
 * @example
 * const events = sseReader(response);
 * const frame = await events.next((f) => f.event === 'dossier.accepted');
 */
export function sseReader(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const frames: SseFrame[] = [];
  let ended = false;

  const parse = (block: string): SseFrame => {
    const frame: Record<string, string> = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) frame.comment = line.slice(1).trim();
      const match = /^(id|event|data|retry): ?(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) frame[match[1]] = match[2];
    }
    return frame;
  };

  const pull = async (timeoutMs: number): Promise<boolean> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const result = await Promise.race([reader.read(), timeout]);
    clearTimeout(timer);
    if (result === 'timeout') throw new Error('no server-sent event in time');
    if (result.done) {
      ended = true;
      return false;
    }
    buffer += decoder.decode(result.value, { stream: true });
    let cut = buffer.indexOf('\n\n');
    while (cut >= 0) {
      frames.push(parse(buffer.slice(0, cut)));
      buffer = buffer.slice(cut + 2);
      cut = buffer.indexOf('\n\n');
    }
    return true;
  };

  return {
    /** The next frame matching `accept` (events only by default), skipping the others. */
    async next(
      accept: (frame: SseFrame) => boolean = (frame) => frame.event !== undefined,
      timeoutMs = 5000,
    ) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = frames.findIndex(accept);
        if (index >= 0) return frames.splice(0, index + 1).at(-1) as SseFrame;
        frames.length = 0;
        if (ended) throw new Error('the event stream ended');
        await pull(Math.max(deadline - Date.now(), 1));
      }
    },
    /** Whether the stream ends within the time. */
    async ended(timeoutMs = 2000): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      while (!ended && Date.now() < deadline) {
        try {
          await pull(Math.max(deadline - Date.now(), 1));
        } catch {
          return false;
        }
      }
      return ended;
    },
    async cancel() {
      await reader.cancel().catch(() => undefined);
    },
  };
}

/** The applicant the suites file as: citizen An, living in Ba Đình (commune 00004), Hà Nội. */
export const AN_APPLICANT = {
  kind: 'citizen',
  fullName: 'Nguyễn Văn An',
  citizenId: '001087123456',
  phone: '0912345678',
  address: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
} as const;

/** What {@link fileDossier} may change. */
export interface FileOptions {
  readonly procedureCode?: string;
  readonly receivingAgencyCode?: string;
  readonly resultDeliveryAgencyCode?: string;
  readonly applicant?: Record<string, unknown>;
  readonly formData?: Record<string, unknown>;
  /** Submit too (default); `false` leaves a complete draft. */
  readonly submit?: boolean;
}

/**
 * Creates a draft of a procedure (birth registration by default), attaches an uploaded PDF to every required
 * component, and submits it with generated answers. Fails the test on any error.
 *
 * @example
 * const dossier = await fileDossier(sb, token);
 */
export async function fileDossier(
  sb: RunningSandbox,
  token: string,
  options: FileOptions = {},
): Promise<Loose> {
  const api = client(sb);
  const procedure = seedProcedureByCode(options.procedureCode ?? '1.001193');
  if (!procedure) throw new Error(`no procedure ${options.procedureCode}`);
  const created = await api.post('/dossiers', {
    token,
    json: {
      procedureCode: procedure.code,
      applicant: options.applicant ?? AN_APPLICANT,
      ...(options.receivingAgencyCode ? { receivingAgencyCode: options.receivingAgencyCode } : {}),
      ...(options.resultDeliveryAgencyCode
        ? { resultDeliveryAgencyCode: options.resultDeliveryAgencyCode }
        : {}),
      formData: answersFor(procedure, options.formData),
    },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  for (const component of procedure.documentComponents.filter((c) => c.required)) {
    const fileId = await uploadPdf(sb, token, `${component.id}.pdf`);
    const attached = await api.post(`/dossiers/${created.body.id}/documents`, {
      token,
      json: { componentId: component.id, fileIds: [fileId] },
    });
    if (attached.status !== 200)
      throw new Error(`attach: ${attached.status} ${JSON.stringify(attached.body)}`);
  }
  if (options.submit === false) return (await api.get(`/dossiers/${created.body.id}`, { token })).body;
  const submitted = await api.post(`/dossiers/${created.body.id}/submit`, {
    token,
    json: { declaration: true },
  });
  if (submitted.status !== 200)
    throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return submitted.body;
}
