import type { DossierDraftInput, FieldSpec, FormAnswers } from '@motcua/core';
import type { Dossier, MotcuaClient } from '@motcua/sdk';

/** What the form cannot know from its spec: who files, where, and a summary. */
export type DossierDetails = Omit<DossierDraftInput, 'procedureCode' | 'formData' | 'documents'>;

/**
 * One logical submission: the idempotency key every call of it (and every retry of it) reuses, the answers it
 * carries, and the draft it created. A double click or a retry after a dropped answer repeats the same calls
 * with the same keys, so the platform files the dossier once. New answers mean a new submission (a new key:
 * the platform refuses a key reused with a different body), which updates the draft the earlier one created.
 */
export interface SubmissionAttempt {
  key: string;
  fingerprint: string;
  /** The draft created by this attempt or an earlier one. */
  dossierId?: string;
  /** The draft came from an earlier attempt with other answers: update it before attaching. */
  needsUpdate?: boolean;
}

/** The attempt to use for these answers: the current one while they are the same, else a new one. */
export function nextAttempt(current: SubmissionAttempt | undefined, fingerprint: string): SubmissionAttempt {
  if (current && current.fingerprint === fingerprint) return current;
  return {
    key: newAttemptKey(),
    fingerprint,
    ...(current?.dossierId ? { dossierId: current.dossierId, needsUpdate: true } : {}),
  };
}

function attachmentsOf(
  fields: readonly FieldSpec[],
  answers: Record<string, unknown>,
  into: Map<string, string[]>,
) {
  for (const field of fields) {
    if (field.type === 'section') attachmentsOf(field.fields, answers, into);
    else if (field.type === 'attachment') {
      const files = answers[field.name];
      if (!Array.isArray(files) || files.length === 0) continue;
      const ids = into.get(field.componentId) ?? [];
      for (const file of files as { fileId: string }[]) if (!ids.includes(file.fileId)) ids.push(file.fileId);
      into.set(field.componentId, ids);
    }
  }
  return into;
}

/**
 * The files of each document component, from the validated answers (top level and sections: attachments in
 * repeatable groups stay in the answers, which the platform resolves itself).
 */
export function documentsOf(
  fields: readonly FieldSpec[],
  answers: FormAnswers,
): { componentId: string; fileIds: string[] }[] {
  return [...attachmentsOf(fields, answers, new Map())].map(([componentId, fileIds]) => ({
    componentId,
    fileIds,
  }));
}

export interface SubmitInput {
  client: MotcuaClient;
  procedureCode: string;
  fields: readonly FieldSpec[];
  details: DossierDetails;
  formData: FormAnswers;
}

/** A fresh key for a new logical submission. */
export function newAttemptKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Files a dossier through the SDK: create the draft (or update the one an earlier attempt created), attach each
 * component's files, submit. Every call carries a key derived from the attempt's, so repeating the whole
 * sequence is safe. `attempt.dossierId` is set as soon as the draft exists, so a retry does not create another.
 */
export async function fileDossier(input: SubmitInput, attempt: SubmissionAttempt): Promise<Dossier> {
  const { client, procedureCode, details, formData } = input;
  const key = (step: string) => `${attempt.key}.${step}`;
  if (attempt.dossierId && attempt.needsUpdate) {
    await client.dossiers.update(attempt.dossierId, { ...details, formData });
    attempt.needsUpdate = false;
  }
  if (!attempt.dossierId) {
    const draft = await client.dossiers.create(
      { channel: 2, ...details, procedureCode, formData },
      { idempotencyKey: key('create') },
    );
    attempt.dossierId = draft.id;
  }
  const dossierId = attempt.dossierId;
  for (const document of documentsOf(input.fields, formData)) {
    await client.dossiers.attach(dossierId, document, {
      idempotencyKey: key(`attach.${encodeURIComponent(document.componentId)}`),
    });
  }
  return client.dossiers.submit(dossierId, { formData }, { idempotencyKey: key('submit') });
}
