'use client';

import type { MotcuaClient } from '@motcua/sdk';
import { type ChangeEvent, type DragEvent, useCallback, useId, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { formatBytes } from '../internal/format.js';
import { LiveRegion, useAnnouncer } from '../internal/live-region.js';
import { fileUploadMessages } from '../messages/file-upload.js';
import { useLocale, useMotcuaClient, useT } from '../provider/hooks.js';
import { displayFileName } from './file-name.js';
import {
  refusalOf,
  type UploadEvent,
  type UploadedFile,
  type UploadItem,
  type UploadRejection,
  useFileUpload,
} from './useFileUpload.js';

export interface FileUploadProps {
  id: string;
  name?: string;
  /** The question, e.g. 'Giấy chứng sinh'. */
  label: string;
  /** Replaces the generated hint (accepted types and size). */
  hint?: string;
  /** Accepted media types; checked before upload. */
  accept?: readonly string[];
  /** Largest file in bytes (default 10 MiB). */
  maxSize?: number;
  /** Most files (default 10). */
  maxFiles?: number;
  /** An error decided by the form ('Chọn tệp giấy chứng sinh'). */
  error?: string;
  /** Overrides the provider's client. */
  client?: MotcuaClient;
  /**
   * The stored files, when the form owns the list (controlled; e.g. restored from a draft): finished uploads and
   * removals are proposed through `onChange` and show once passed back. Uploads in flight stay the widget's.
   */
  value?: readonly UploadedFile[];
  /** The stored files to start with, when the widget owns the list (uncontrolled). */
  defaultValue?: readonly UploadedFile[];
  /** The stored files whenever they change: an upload finished, a stored file was removed. */
  onChange?: (files: UploadedFile[]) => void;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/**
 * Upload several files for one document component (thành phần hồ sơ): each file is checked for type and size before
 * upload, then sent through the SDK with its own progress bar, retry and remove; results are announced politely.
 *
 * @example
 * <FileUpload id="giay-chung-sinh" label="Giấy chứng sinh" accept={['application/pdf', 'image/*']}
 *   maxSize={5 * 1024 * 1024} onChange={(files) => setValue('giayChungSinh', files)} />
 *
 * @example
 * // The form owns the list: a saved draft's files show as uploaded, and removing one goes through the form.
 * const [files, setFiles] = useState<UploadedFile[]>(draft.birthCertificate ?? []);
 * <FileUpload id="giay-chung-sinh" label="Giấy chứng sinh" value={files} onChange={setFiles} />
 */
export function FileUpload({
  id,
  name,
  label,
  hint,
  accept,
  maxSize = 10 * 1024 * 1024,
  maxFiles = 10,
  error,
  client: clientProp,
  value,
  defaultValue,
  onChange,
}: FileUploadProps) {
  const t = useT(fileUploadMessages);
  const locale = useLocale();
  const client = useMotcuaClient(clientProp);
  const { message, announce } = useAnnouncer();
  const listId = useId();

  const onEvent = useCallback(
    (event: UploadEvent) => {
      if (event.type === 'rejected') return; // announced as a group below
      announce(t(`fileUpload.announce.${event.type}`, { name: displayFileName(event.name) }), {
        immediate: true,
      });
    },
    [announce, t],
  );

  const upload = useFileUpload({ client, accept, maxSize, maxFiles, value, defaultValue, onChange, onEvent });

  const types = accept?.length
    ? accept
        .map((type) =>
          type === 'image/*'
            ? t('fileUpload.anyImage')
            : (TYPE_NAMES[type] ?? type.split('/')[1]?.toUpperCase() ?? type),
        )
        .join(', ')
    : '';
  const size = formatBytes(maxSize, locale);
  const hintText =
    hint ??
    (types ? t('fileUpload.hint', { types, maxSize: size }) : t('fileUpload.hintAnyType', { maxSize: size }));
  const rejectionText = (rejection: UploadRejection) =>
    rejection.reason === 'count'
      ? t('fileUpload.error.count', { max: maxFiles })
      : t(`fileUpload.error.${rejection.reason}`, {
          name: displayFileName(rejection.name),
          types,
          maxSize: size,
        });
  const rejectionMessages = [...new Set(upload.rejections.map(rejectionText))];

  const addFiles = (files: File[]) => {
    const refused = upload.add(files);
    if (refused.length > 0) announce([...new Set(refused.map(rejectionText))].join(' '), { immediate: true });
  };
  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    // Clear the native input so the same file can be chosen again after removing it; the list holds the files.
    event.currentTarget.value = '';
    addFiles(files);
  };
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = Boolean(error) || rejectionMessages.length > 0;

  return (
    <div
      className="motcua-form-group motcua-file-upload"
      data-state={upload.state}
      data-invalid={hasError ? 'true' : undefined}
    >
      <label id={`${id}-label`} className="motcua-label" htmlFor={id}>
        {label}
      </label>
      <div id={hintId} className="motcua-hint">
        {hintText}
      </div>
      {hasError ? (
        <div id={errorId} className="motcua-error-message">
          {error ? (
            <p className="motcua-file-upload__error">
              <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
              {error}
            </p>
          ) : null}
          {rejectionMessages.map((text) => (
            <p key={text} className="motcua-file-upload__error">
              <span className="motcua-visually-hidden">{t('common.errorPrefix')} </span>
              {text}
            </p>
          ))}
        </div>
      ) : null}
      {/* The native input's own words ("Choose Files", "No file chosen") come from the browser, not our catalogue:
          it stays in the page for forms and tests, and a real button opens it. */}
      <input
        ref={inputRef}
        id={`${id}-input`}
        name={name ?? id}
        className="motcua-visually-hidden"
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        multiple={maxFiles > 1}
        accept={accept?.join(',')}
        onChange={onInput}
      />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the button is the control. */}
      <div
        className="motcua-file-upload__dropzone"
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button
          id={id}
          type="button"
          className="motcua-button"
          data-variant="secondary"
          aria-labelledby={`${id}-label ${id}-choose`}
          aria-describedby={cx(hintId, hasError && errorId)}
          onClick={() => inputRef.current?.click()}
        >
          <span id={`${id}-choose`}>{t('fileUpload.choose')}</span>
        </button>
        <span className="motcua-file-upload__drop">{t('fileUpload.drop')}</span>
      </div>
      <p id={listId} className="motcua-file-upload__list-title">
        {t('fileUpload.listLabel')}
      </p>
      {upload.items.length === 0 ? (
        <p className="motcua-file-upload__empty">{t('fileUpload.empty')}</p>
      ) : (
        <ul className="motcua-file-upload__list" aria-labelledby={listId}>
          {upload.items.map((item) => (
            <FileRow
              key={item.key}
              item={item}
              onRetry={() => upload.retry(item.key)}
              onRemove={() => upload.remove(item.key)}
            />
          ))}
        </ul>
      )}
      <LiveRegion message={message} />
    </div>
  );
}

function FileRow({
  item,
  onRetry,
  onRemove,
}: {
  item: UploadItem;
  onRetry: () => void;
  onRemove: () => void;
}) {
  const t = useT(fileUploadMessages);
  const locale = useLocale();
  const nameId = useId();
  const name = displayFileName(item.name);
  // The platform refused these bytes: say why, and offer no retry that would send them again.
  const refusal = item.status === 'failed' ? refusalOf(item.error) : undefined;
  const percent = item.total > 0 ? Math.min(100, Math.floor((item.sent / item.total) * 100)) : 0;
  return (
    <li className="motcua-file-upload__item" data-status={item.status}>
      <div className="motcua-file-upload__summary">
        <span id={nameId} className="motcua-file-upload__name">
          <bdi>{name}</bdi>
        </span>
        <span className="motcua-file-upload__size">{formatBytes(item.size, locale)}</span>
      </div>
      {item.status === 'uploading' ? (
        <div className="motcua-file-upload__progress">
          <progress max={100} value={percent} aria-labelledby={nameId} />
          <span>{t('fileUpload.progress', { percent })}</span>
        </div>
      ) : (
        <p className="motcua-file-upload__status" data-status={item.status}>
          {item.status !== 'failed'
            ? t('fileUpload.status.done')
            : refusal
              ? `${name}: ${refusal}`
              : t('fileUpload.error.upload', { name })}
        </p>
      )}
      <div className="motcua-file-upload__actions">
        {item.status === 'failed' && !refusal ? (
          <button type="button" className="motcua-link-button" onClick={onRetry}>
            {t('common.retry')}
            <span className="motcua-visually-hidden"> {name}</span>
          </button>
        ) : null}
        <button type="button" className="motcua-link-button" onClick={onRemove}>
          {t('common.remove')}
          <span className="motcua-visually-hidden"> {name}</span>
        </button>
      </div>
    </li>
  );
}
