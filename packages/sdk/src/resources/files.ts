import type { files as endpoints, ResponseOf } from '@motcua/contract';
import type { DetailedError } from 'tus-js-client';
import { ApiError, NetworkError } from '../errors.js';
import type { CallOptions, Transport } from '../transport.js';

type E = typeof endpoints;
export type FileInfo = ResponseOf<E['get']>;

/** What can be uploaded: a browser `File`/`Blob`, bytes, or a Node readable stream (give `size` then). */
export type UploadSource = Blob | ArrayBuffer | Uint8Array | NodeJS.ReadableStream;

export interface UploadOptions {
  /** File name sent as metadata (default: the `File`'s name). */
  name?: string;
  /** Declared media type; the platform sniffs the bytes and refuses a mismatch. */
  mediaType?: string;
  /** Total size in bytes, required for streams. */
  size?: number;
  /** Called as bytes are acknowledged by the platform. */
  onProgress?: (sentBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
  /** Bytes per request (default 5 MiB): a dropped connection costs at most one chunk. */
  chunkSize?: number;
  /** Delays between resume attempts after a dropped connection, in ms. */
  retryDelays?: number[];
}

/** A Blob or bytes as tus reads a file: one chunk at a time, as bytes both HTTP stacks can send. */
function chunksOf(input: Blob | Uint8Array) {
  const size = (input as Blob).size ?? (input as Uint8Array).byteLength;
  return {
    size,
    async slice(start: number, end: number) {
      const part = input instanceof Uint8Array ? input.subarray(start, end) : input.slice(start, end);
      const value = part instanceof Uint8Array ? part : new Uint8Array(await part.arrayBuffer());
      // tus and its Node HTTP stack read a chunk's length from `size`.
      return { value: Object.assign(value, { size: value.byteLength }), done: end >= size };
    },
    close() {},
  };
}

/** A refusal the platform explained (a problem) stays an `ApiError`; anything else is a network failure. */
function uploadError(error: DetailedError): Error {
  try {
    const problem = JSON.parse(error.originalResponse?.getBody() ?? '');
    if (typeof problem?.code === 'string') return new ApiError(problem);
  } catch {}
  return new NetworkError(error.message, { cause: error });
}

/**
 * Uploads over the tus resumable-upload protocol (tus.io): after a dropped connection the upload resumes from
 * the last byte the platform acknowledged, never from zero.
 *
 * @example
 * const file = await client.files.upload(input.files[0], { onProgress: (sent, total) => bar.value = sent / total });
 * await client.dossiers.attach(draft.id, { componentId: 'giay-chung-sinh', fileIds: [file.fileId] });
 */
export function filesResource(t: Transport) {
  const get = (id: string, options?: CallOptions) => t.invoke('files.get', { params: { id }, ...options });
  return {
    /** Uploads a file and resolves with its stored metadata (type sniffed, SHA-256). @example await client.files.upload(blob) */
    async upload(source: UploadSource, options: UploadOptions = {}): Promise<FileInfo> {
      // Loaded on first use: pages that never upload do not pay for the tus client.
      const { Upload } = await import('tus-js-client');
      const name =
        options.name ?? (typeof File !== 'undefined' && source instanceof File ? source.name : 'file');
      const mediaType =
        options.mediaType ?? (typeof Blob !== 'undefined' && source instanceof Blob ? source.type : '');
      const input = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
      const location = await new Promise<string>((resolve, reject) => {
        const upload = new Upload(input as never, {
          endpoint: `${t.options.baseUrl}/files`,
          chunkSize: options.chunkSize ?? 5 * 1024 * 1024,
          retryDelays: options.retryDelays ?? [0, 500, 1000, 3000, 5000],
          uploadSize: options.size,
          metadata: { filename: name, filetype: mediaType },
          headers: { ...t.options.headers, 'Accept-Language': t.options.locale },
          // tus reads Blobs only in browsers and bytes only as Node Buffers: this reads both, anywhere.
          ...(ArrayBuffer.isView(input) || (typeof Blob !== 'undefined' && input instanceof Blob)
            ? { fileReader: { openFile: async () => chunksOf(input as Blob | Uint8Array) } }
            : {}),
          // Before every request: the token may have been refreshed since the upload began.
          onBeforeRequest: async (request) => {
            for (const [header, value] of Object.entries(await t.credentials()))
              request.setHeader(header, value);
          },
          onProgress: (sent, total) => options.onProgress?.(sent, total),
          onSuccess: () => resolve(upload.url ?? ''),
          onError: (error) => reject(uploadError(error as DetailedError)),
        });
        options.signal?.addEventListener('abort', () => {
          void upload.abort();
          reject(options.signal?.reason);
        });
        upload.start();
      });
      return get(location.split('/').pop() ?? '', { signal: options.signal });
    },
    /** Metadata of an uploaded file. @example await client.files.get(id) */
    get,
    /** Downloads a file's bytes. @example const blob = await client.files.download(id) */
    download: async (id: string, options?: CallOptions): Promise<Blob> =>
      (await t.raw('files.content', { params: { id }, ...options })).blob(),
  };
}
