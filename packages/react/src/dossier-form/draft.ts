import type { FormSpec } from '@motcua/core';
import type { StoreSnapshot } from './form-store.js';

/** A draft saved on the device: the answers as typed, where the citizen was, and when. */
export interface SavedDraft {
  /** Format of this record, to refuse drafts written by another version of the widget. */
  v: 1;
  savedAt: string;
  page: number;
  data: StoreSnapshot;
  /** Keys filled from registry data, so a restored draft still says where they came from. */
  prefilled?: Record<string, { source: string; editable: boolean }>;
}

/**
 * The storage key of a form's draft: one per procedure and spec version, so a draft answered against version 2
 * is never poured into version 3 (whose fields may mean something else).
 *
 * @example
 * draftKey('1.001193', spec) // 'motcua:draft:1.001193:to-khai-dang-ky-khai-sinh@3'
 */
export function draftKey(procedureCode: string, spec: Pick<FormSpec, 'id' | 'version'>): string {
  return `motcua:draft:${procedureCode}:${spec.id}@${spec.version}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Storage can be switched off (Safari private mode, enterprise policy): drafts are then simply not kept.
    return undefined;
  }
}

export function readDraft(key: string): SavedDraft | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<SavedDraft>;
    if (
      draft.v !== 1 ||
      typeof draft.savedAt !== 'string' ||
      typeof draft.data !== 'object' ||
      draft.data === null ||
      typeof draft.data.values !== 'object' ||
      typeof draft.data.groups !== 'object'
    )
      return undefined;
    return { ...draft, page: typeof draft.page === 'number' ? draft.page : 0 } as SavedDraft;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, draft: SavedDraft): void {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: losing the draft must never break the form.
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // As above.
  }
}
