'use client';

import type { InputFieldSpec } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { useCallback, useMemo, useRef } from 'react';
import { FileUpload } from '../file-upload/FileUpload.js';
import { displayFileName } from '../file-upload/file-name.js';
import type { UploadedFile } from '../file-upload/useFileUpload.js';
import { useFieldParts, useFieldValue, useFormContext } from './field-parts.js';
import type { AttachmentValue, FormStore } from './form-store.js';
import type { FieldKey } from './spec-model.js';

/**
 * Files of one document component, through the shared FileUpload. Uploads run through a wrapped client that
 * counts the ones in flight, so the form can refuse to submit half-uploaded; files the upload widget does not
 * know (restored from a draft, or from before the field was hidden) are listed above it with their own remove.
 */
export function AttachmentField({
  fieldKey,
  field,
}: {
  fieldKey: FieldKey;
  field: Extract<InputFieldSpec, { type: 'attachment' }>;
}) {
  const { store, client, t } = useFormContext();
  const value = useFieldValue<AttachmentValue[]>(store, fieldKey);
  const parts = useFieldParts(fieldKey, field);
  const known = useRef(new Set<string>());
  const files = Array.isArray(value) ? value : [];
  const saved = files.filter((file) => !known.current.has(file.fileId));

  const tracked = useMemo(
    () => (client ? trackUploads(client, store, fieldKey) : undefined),
    [client, store, fieldKey],
  );

  const onChange = useCallback(
    (uploaded: UploadedFile[]) => {
      const current = (store.get(fieldKey) as AttachmentValue[] | undefined) ?? [];
      const keep = current.filter((file) => !known.current.has(file.fileId) && file.fileId !== PENDING);
      known.current = new Set(uploaded.map((file) => file.fileId));
      const pending = current.filter((file) => file.fileId === PENDING);
      store.set(fieldKey, [
        ...keep,
        ...uploaded.map(({ fileId, name, mediaType, size }) => ({ fileId, name, mediaType, size })),
        ...pending,
      ]);
    },
    [store, fieldKey],
  );

  const shownSaved = saved.filter((file) => file.fileId !== PENDING);
  return (
    <div className="motcua-dossier-form__attachment" data-invalid={parts.error ? 'true' : undefined}>
      {shownSaved.length > 0 ? (
        <div className="motcua-dossier-form__saved">
          <p className="motcua-dossier-form__saved-title" id={`${parts.id}-saved`}>
            {t('dossierForm.savedFiles')}: {parts.label}
          </p>
          <ul className="motcua-dossier-form__saved-list" aria-labelledby={`${parts.id}-saved`}>
            {shownSaved.map((file) => (
              <li key={file.fileId} className="motcua-dossier-form__saved-item">
                <bdi>{displayFileName(file.name)}</bdi>
                <button
                  type="button"
                  className="motcua-link-button"
                  onClick={() =>
                    store.set(
                      fieldKey,
                      files.filter((other) => other.fileId !== file.fileId),
                    )
                  }
                >
                  {t('dossierForm.removeSaved')}
                  <span className="motcua-visually-hidden"> {displayFileName(file.name)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FileUpload
        id={parts.id}
        label={`${parts.label}${field.required ? '' : ` ${t('common.optional')}`}`}
        hint={parts.hint || undefined}
        accept={field.acceptedTypes}
        maxSize={field.maxSizeBytes}
        maxFiles={Math.max(0, (field.maxFiles ?? 20) - shownSaved.length)}
        error={parts.error?.message}
        client={tracked}
        onChange={onChange}
      />
    </div>
  );
}

/** Marks an attachment value while an upload is in flight; never submitted (the validator would refuse it). */
export const PENDING = '__uploading__';

function trackUploads(client: MotcuaClient, store: FormStore, key: FieldKey): MotcuaClient {
  const upload: MotcuaClient['files']['upload'] = async (source, options) => {
    const marker: AttachmentValue & { status: string } = {
      fileId: PENDING,
      name: '',
      mediaType: '',
      size: 0,
      status: 'uploading',
    };
    const current = (store.get(key) as AttachmentValue[] | undefined) ?? [];
    store.set(key, [...current, marker]);
    try {
      return await client.files.upload(source, options);
    } finally {
      const after = (store.get(key) as AttachmentValue[] | undefined) ?? [];
      const index = after.indexOf(marker);
      if (index !== -1) store.set(key, [...after.slice(0, index), ...after.slice(index + 1)]);
    }
  };
  return { ...client, files: { ...client.files, upload } };
}
