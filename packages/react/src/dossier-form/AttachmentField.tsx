'use client';

import type { InputFieldSpec } from '@motcua/core';
import type { MotcuaClient } from '@motcua/sdk';
import { useCallback, useMemo } from 'react';
import { FileUpload } from '../file-upload/FileUpload.js';
import type { UploadedFile } from '../file-upload/useFileUpload.js';
import { useFieldParts, useFieldValue, useFormContext } from './field-parts.js';
import type { AttachmentValue, FormStore } from './form-store.js';
import type { FieldKey } from './spec-model.js';

const NO_FILES: readonly AttachmentValue[] = [];

/**
 * Files of one document component, through the shared FileUpload in its controlled mode: the form store owns the
 * stored files (so a restored draft's show as uploaded, and the check page lists them), FileUpload owns the uploads
 * in flight. Uploads run through a wrapped client that tells the store while they last, so the form can refuse to
 * go on half-uploaded.
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

  const tracked = useMemo(
    () => (client ? trackUploads(client, store, fieldKey) : undefined),
    [client, store, fieldKey],
  );

  const onChange = useCallback(
    (files: UploadedFile[]) =>
      store.set(
        fieldKey,
        files.map(({ fileId, name, mediaType, size }) => ({ fileId, name, mediaType, size })),
      ),
    [store, fieldKey],
  );

  return (
    <div className="motcua-dossier-form__attachment" data-invalid={parts.error ? 'true' : undefined}>
      <FileUpload
        id={parts.id}
        label={`${parts.label}${field.required ? '' : ` ${t('common.optional')}`}`}
        hint={parts.hint || undefined}
        accept={field.acceptedTypes}
        maxSize={field.maxSizeBytes}
        maxFiles={field.maxFiles ?? 20}
        error={parts.error?.message}
        client={tracked}
        value={Array.isArray(value) ? value : NO_FILES}
        onChange={onChange}
      />
    </div>
  );
}

function trackUploads(client: MotcuaClient, store: FormStore, key: FieldKey): MotcuaClient {
  const upload: MotcuaClient['files']['upload'] = async (source, options) => {
    const done = store.trackUpload(key);
    try {
      return await client.files.upload(source, options);
    } finally {
      done();
    }
  };
  return { ...client, files: { ...client.files, upload } };
}
