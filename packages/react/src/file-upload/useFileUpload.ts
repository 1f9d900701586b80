'use client';

import { isAcceptedMediaType } from '@motcua/core';
import type { FileInfo, MotcuaClient } from '@motcua/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';

export type UploadStatus = 'uploading' | 'done' | 'failed';

/** One chosen file and where its upload stands. */
export interface UploadItem {
  key: string;
  file: File;
  status: UploadStatus;
  /** Bytes the platform acknowledged, and the total. */
  sent: number;
  total: number;
  /** The stored file, once uploaded: attach `info.fileId` to the dossier. */
  info?: FileInfo;
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
  /** Most files at once (default 10). */
  maxFiles?: number;
  /** Called with the stored files whenever the set of completed uploads changes. */
  onChange?: (files: FileInfo[]) => void;
  onEvent?: (event: UploadEvent) => void;
}

let counter = 0;

function stored(items: readonly UploadItem[]): FileInfo[] {
  return items.flatMap((item) => (item.status === 'done' && item.info ? [item.info] : []));
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
 * removal; type and size checked before anything is sent.
 *
 * @example
 * const upload = useFileUpload({ client, accept: ['application/pdf', 'image/*'], onChange: setFiles });
 * <input type="file" multiple onChange={(e) => upload.add([...e.currentTarget.files!])} />
 */
export function useFileUpload({
  client,
  accept,
  maxSize = 10 * 1024 * 1024,
  maxFiles = 10,
  onChange,
  onEvent,
}: UseFileUploadOptions) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [rejections, setRejections] = useState<UploadRejection[]>([]);
  // The list as of the last change, readable synchronously from upload callbacks (state would be a render late).
  const list = useRef<UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const callbacks = useRef({ onChange, onEvent });
  callbacks.current = { onChange, onEvent };

  const commit = useCallback((next: UploadItem[]) => {
    const doneBefore = stored(list.current);
    list.current = next;
    setItems(next);
    const doneAfter = stored(next);
    if (doneAfter.map((info) => info.fileId).join('|') !== doneBefore.map((info) => info.fileId).join('|'))
      callbacks.current.onChange?.(doneAfter);
  }, []);

  const update = useCallback(
    (key: string, patch: Partial<UploadItem>) =>
      commit(list.current.map((item) => (item.key === key ? { ...item, ...patch } : item))),
    [commit],
  );

  const start = useCallback(
    (item: UploadItem) => {
      const controller = new AbortController();
      controllers.current.set(item.key, controller);
      callbacks.current.onEvent?.({ type: 'started', name: item.file.name });
      client.files
        .upload(item.file, {
          name: item.file.name,
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
            update(item.key, { status: 'done', info, sent: item.file.size, total: item.file.size });
            callbacks.current.onEvent?.({ type: 'done', name: item.file.name });
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            controllers.current.delete(item.key);
            update(item.key, { status: 'failed', error });
            callbacks.current.onEvent?.({ type: 'failed', name: item.file.name });
          },
        );
    },
    [client, update],
  );

  /** Checks and starts uploading the chosen files; returns the ones refused. */
  const add = useCallback(
    (files: readonly File[]): UploadRejection[] => {
      const refused: UploadRejection[] = [];
      const accepted: UploadItem[] = [];
      let room = maxFiles - list.current.length;
      for (const file of files) {
        const reason = checkFile(file, { accept, maxSize }) ?? (room <= 0 ? 'count' : null);
        if (reason) {
          refused.push({ name: file.name, reason });
          continue;
        }
        room -= 1;
        counter += 1;
        accepted.push({ key: `upload-${counter}`, file, status: 'uploading', sent: 0, total: file.size });
      }
      setRejections(refused);
      for (const rejection of refused)
        callbacks.current.onEvent?.({ type: 'rejected', name: rejection.name });
      if (accepted.length > 0) {
        commit([...list.current, ...accepted]);
        for (const item of accepted) start(item);
      }
      return refused;
    },
    [accept, maxSize, maxFiles, commit, start],
  );

  const retry = useCallback(
    (key: string) => {
      const item = list.current.find((candidate) => candidate.key === key);
      if (item?.status !== 'failed') return;
      const fresh: UploadItem = { ...item, status: 'uploading', sent: 0, error: undefined };
      update(key, fresh);
      start(fresh);
    },
    [start, update],
  );

  const remove = useCallback(
    (key: string) => {
      const item = list.current.find((candidate) => candidate.key === key);
      controllers.current.get(key)?.abort();
      controllers.current.delete(key);
      commit(list.current.filter((candidate) => candidate.key !== key));
      if (item) callbacks.current.onEvent?.({ type: 'removed', name: item.file.name });
    },
    [commit],
  );

  // Leaving the page section stops uploads in flight.
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  const state: 'idle' | 'uploading' | 'failed' | 'done' =
    items.length === 0
      ? 'idle'
      : items.some((item) => item.status === 'uploading')
        ? 'uploading'
        : items.some((item) => item.status === 'failed')
          ? 'failed'
          : 'done';

  return { items, rejections, state, add, retry, remove, clearRejections: () => setRejections([]) };
}
