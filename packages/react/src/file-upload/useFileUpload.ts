'use client';

import { type FileReference, isAcceptedMediaType } from '@motcua/core';
import { isApiError, type MotcuaClient } from '@motcua/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';

export type UploadStatus = 'uploading' | 'done' | 'failed';

/**
 * A file the platform stores, as a form keeps it and an e-form answer references it (core's `FileReference`): what
 * `value` holds and `onChange` reports. The `FileInfo` an upload resolves with is one.
 */
export type UploadedFile = FileReference;

/** One row of the list: a stored file, or a chosen one and where its upload stands. */
export interface UploadItem {
  key: string;
  /** The name the file had on the uploader's device. */
  name: string;
  /** Bytes. */
  size: number;
  /** The chosen file, kept for a retry; absent for a stored file the form gave (`value`, `defaultValue`). */
  file?: File;
  status: UploadStatus;
  /** Bytes the platform acknowledged, and the total. */
  sent: number;
  total: number;
  /** The stored file, once uploaded: attach `info.fileId` to the dossier. */
  info?: UploadedFile;
  error?: unknown;
}

/** A file refused before any byte was sent. */
export interface UploadRejection {
  name: string;
  reason: 'type' | 'size' | 'empty' | 'count';
}

/** What happened, for announcements. */
export interface UploadEvent {
  type: 'started' | 'done' | 'failed' | 'removed' | 'rejected';
  name: string;
}

export interface UseFileUploadOptions {
  client: MotcuaClient;
  /** Accepted media types (`'application/pdf'`, `'image/*'`); empty or absent accepts all. */
  accept?: readonly string[];
  /** Largest file in bytes (default 10 MiB). */
  maxSize?: number;
  /** Most files, stored and uploading together (default 10). */
  maxFiles?: number;
  /**
   * The stored files, when the form owns the list (controlled): a finished upload or a removal is only proposed
   * through `onChange`, and shows once the form passes the new list back. Uploads in flight stay the widget's own.
   */
  value?: readonly UploadedFile[];
  /** The stored files to start with, when the widget owns the list (uncontrolled): a saved draft's. */
  defaultValue?: readonly UploadedFile[];
  /** Called with the stored files whenever they change: an upload finished, a stored file was removed. */
  onChange?: (files: UploadedFile[]) => void;
  onEvent?: (event: UploadEvent) => void;
}

let counter = 0;

const NONE: readonly UploadedFile[] = [];

/**
 * The platform's reason for refusing an upload (a 4xx problem: content that is not the declared type, too large for
 * the platform), in the request's language; `undefined` for failures a retry may cure (network, 5xx, 408, 429).
 *
 * @example
 * refusalOf(item.error) // 'Tệp khai báo là application/pdf nhưng nội dung là application/x-msdownload'
 */
export function refusalOf(error: unknown): string | undefined {
  if (!isApiError(error) || error.status >= 500 || error.status === 408 || error.status === 429)
    return undefined;
  return error.problem.detail ?? error.problem.title;
}

/**
 * Checks a file before upload: empty, wrong type (core's `isAcceptedMediaType`), too large.
 *
 * @example
 * checkFile(file, { accept: ['application/pdf'], maxSize: 5 * 1024 * 1024 }) // 'type' | 'size' | 'empty' | null
 */
export function checkFile(
  file: Pick<File, 'size' | 'type'>,
  { accept, maxSize = 10 * 1024 * 1024 }: { accept?: readonly string[]; maxSize?: number },
): UploadRejection['reason'] | null {
  if (file.size === 0) return 'empty';
  if (!isAcceptedMediaType(file.type, accept)) return 'type';
  if (file.size > maxSize) return 'size';
  return null;
}

/**
 * Several files uploaded through the SDK (`client.files.upload`, resumable), each with its progress, retry and
 * removal; type and size checked before anything is sent. The stored files are the form's (`value` + `onChange`)
 * or the widget's own (`defaultValue`); the uploads in flight are always the widget's.
 *
 * @example
 * const [files, setFiles] = useState<UploadedFile[]>(draft.files);
 * const upload = useFileUpload({ client, accept: ['application/pdf', 'image/*'], value: files, onChange: setFiles });
 * <input type="file" multiple onChange={(e) => upload.add([...e.currentTarget.files!])} />
 */
export function useFileUpload({
  client,
  accept,
  maxSize = 10 * 1024 * 1024,
  maxFiles = 10,
  value,
  defaultValue,
  onChange,
  onEvent,
}: UseFileUploadOptions) {
  const [own, setOwn] = useState<readonly UploadedFile[]>(defaultValue ?? NONE);
  const storedFiles = value ?? own;
  // The stored list as of the last change, readable synchronously from upload callbacks: two uploads finishing
  // before the form re-renders must both be kept. A new `value` from the form replaces it.
  const stored = useRef(storedFiles);
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    setSeenValue(value);
    stored.current = storedFiles;
  }
  const [pending, setPending] = useState<UploadItem[]>([]);
  const [rejections, setRejections] = useState<UploadRejection[]>([]);
  // Uploads not finished, readable synchronously too (state would be a render late).
  const inFlight = useRef<UploadItem[]>([]);
  // A finished upload keeps its row's key, so the row (and the focus in it) stays put.
  const keys = useRef(new Map<string, string>());
  const controllers = useRef(new Map<string, AbortController>());
  const callbacks = useRef({ onChange, onEvent });
  callbacks.current = { onChange, onEvent };
  const controlled = value !== undefined;

  const store = useCallback(
    (next: UploadedFile[]) => {
      stored.current = next;
      if (!controlled) setOwn(next);
      callbacks.current.onChange?.(next);
    },
    [controlled],
  );

  const track = useCallback((next: UploadItem[]) => {
    inFlight.current = next;
    setPending(next);
  }, []);

  const update = useCallback(
    (key: string, patch: Partial<UploadItem>) =>
      track(inFlight.current.map((item) => (item.key === key ? { ...item, ...patch } : item))),
    [track],
  );

  const start = useCallback(
    (item: UploadItem & { file: File }) => {
      const controller = new AbortController();
      controllers.current.set(item.key, controller);
      callbacks.current.onEvent?.({ type: 'started', name: item.name });
      client.files
        .upload(item.file, {
          name: item.name,
          mediaType: item.file.type,
          signal: controller.signal,
          onProgress: (sent, total) => {
            if (!controller.signal.aborted) update(item.key, { sent, total });
          },
        })
        .then(
          (info) => {
            if (controller.signal.aborted) return;
            controllers.current.delete(item.key);
            keys.current.set(info.fileId, item.key);
            track(inFlight.current.filter((candidate) => candidate.key !== item.key));
            store([...stored.current, info]);
            callbacks.current.onEvent?.({ type: 'done', name: item.name });
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            controllers.current.delete(item.key);
            update(item.key, { status: 'failed', error });
            callbacks.current.onEvent?.({ type: 'failed', name: item.name });
          },
        );
    },
    [client, update, track, store],
  );

  /** Checks and starts uploading the chosen files; returns the ones refused. */
  const add = useCallback(
    (files: readonly File[]): UploadRejection[] => {
      const refused: UploadRejection[] = [];
      const accepted: (UploadItem & { file: File })[] = [];
      let room = maxFiles - stored.current.length - inFlight.current.length;
      for (const file of files) {
        const reason = checkFile(file, { accept, maxSize }) ?? (room <= 0 ? 'count' : null);
        if (reason) {
          refused.push({ name: file.name, reason });
          continue;
        }
        room -= 1;
        counter += 1;
        accepted.push({
          key: `upload-${counter}`,
          name: file.name,
          size: file.size,
          file,
          status: 'uploading',
          sent: 0,
          total: file.size,
        });
      }
      setRejections(refused);
      for (const rejection of refused)
        callbacks.current.onEvent?.({ type: 'rejected', name: rejection.name });
      if (accepted.length > 0) {
        track([...inFlight.current, ...accepted]);
        for (const item of accepted) start(item);
      }
      return refused;
    },
    [accept, maxSize, maxFiles, track, start],
  );

  const retry = useCallback(
    (key: string) => {
      const item = inFlight.current.find((candidate) => candidate.key === key);
      if (item?.status !== 'failed' || !item.file) return;
      const fresh = { ...item, file: item.file, status: 'uploading' as const, sent: 0, error: undefined };
      update(key, fresh);
      start(fresh);
    },
    [start, update],
  );

  /** Removes a row: stops its upload, or proposes the stored files without it. */
  const remove = useCallback(
    (key: string) => {
      const uploading = inFlight.current.find((candidate) => candidate.key === key);
      if (uploading) {
        controllers.current.get(key)?.abort();
        controllers.current.delete(key);
        track(inFlight.current.filter((candidate) => candidate.key !== key));
        callbacks.current.onEvent?.({ type: 'removed', name: uploading.name });
        return;
      }
      const file = stored.current.find(
        (candidate) => (keys.current.get(candidate.fileId) ?? candidate.fileId) === key,
      );
      if (!file) return;
      store(stored.current.filter((candidate) => candidate !== file));
      callbacks.current.onEvent?.({ type: 'removed', name: file.name });
    },
    [track, store],
  );

  // Leaving the page section stops uploads in flight.
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  const items: UploadItem[] = [
    ...storedFiles.map(
      (info): UploadItem => ({
        key: keys.current.get(info.fileId) ?? info.fileId,
        name: info.name,
        size: info.size,
        status: 'done',
        sent: info.size,
        total: info.size,
        info,
      }),
    ),
    ...pending,
  ];
  const state: 'idle' | 'uploading' | 'failed' | 'done' =
    items.length === 0
      ? 'idle'
      : pending.some((item) => item.status === 'uploading')
        ? 'uploading'
        : pending.some((item) => item.status === 'failed')
          ? 'failed'
          : 'done';

  return { items, rejections, state, add, retry, remove, clearRejections: () => setRejections([]) };
}
