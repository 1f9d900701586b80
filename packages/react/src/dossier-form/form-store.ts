import {
  type FieldSpec,
  type FormSpec,
  type GroupFieldSpec,
  type InputFieldSpec,
  visibleFields,
} from '@motcua/core';
import {
  addressValue,
  childKey,
  conditionDependencies,
  dateAnswer,
  type FieldKey,
  ITEM_PREFIX,
  initialValue,
  inputsAt,
  moneyAnswer,
  numberAnswer,
} from './spec-model.js';

type Listener = () => void;

/** A stored file of an attachment field, as the form holds it and submits it (core's `FileReference`). */
export interface AttachmentValue {
  fileId: string;
  name: string;
  mediaType: string;
  size: number;
}

/** What a saved draft holds: the raw values and the order of group items, enough to rebuild the store. */
export interface StoreSnapshot {
  values: Record<FieldKey, unknown>;
  groups: Record<FieldKey, string[]>;
}

/** One error shown beside a field and in the summary. */
export interface FormError {
  /** The field's key (or the key of the field holding the offending part). */
  key: FieldKey;
  /** The parts of a composite field the message is about (`communeCode`, `day`…): the first gets the link. */
  parts?: readonly string[];
  /** Beside the field. */
  message: string;
  /** In the error summary: the message with the question it is about. */
  summary: string;
  /** The element the summary's link focuses. */
  fieldId: string;
}

/** Where a prefilled answer came from, shown under its label. */
export interface Provenance {
  source: 'population' | 'profile';
  editable: boolean;
}

/**
 * The dossier form's state, outside React: one value per field key, group item lists, which fields show, and
 * errors. Each field component subscribes to its own key with `useSyncExternalStore`, so a keystroke re-renders
 * the field typed into and nothing else. Visibility is recomputed (with core's `visibleFields`, the same rules the
 * server applies) only when a field some condition reads changes, or a group gains or loses an item.
 */
export class FormStore {
  readonly spec: FormSpec;
  private values = new Map<FieldKey, unknown>();
  private groups = new Map<FieldKey, string[]>();
  private fields = new Map<FieldKey, InputFieldSpec>();
  private visible = new Set<FieldKey>();
  private errors = new Map<FieldKey, FormError>();
  private provenances = new Map<FieldKey, Provenance>();
  private errorList: readonly FormError[] = [];
  private readonly deps: Set<string>;
  private readonly keyListeners = new Map<FieldKey, Set<Listener>>();
  private readonly visibilityListeners = new Set<Listener>();
  private readonly errorListeners = new Set<Listener>();
  private readonly changeListeners = new Set<(key: FieldKey) => void>();
  private nextItem = 1;
  private version = 0;

  constructor(spec: FormSpec, snapshot?: StoreSnapshot) {
    this.spec = spec;
    this.deps = conditionDependencies(spec.fields);
    if (snapshot) this.load(snapshot);
    else this.initLevel(spec.fields, '');
    this.recomputeVisibility(false);
  }

  private initLevel(fields: readonly FieldSpec[], parent: FieldKey): void {
    for (const field of inputsAt(fields)) {
      const key = childKey(parent, field.name);
      this.fields.set(key, field);
      if (field.type === 'group') {
        const ids: string[] = [];
        this.groups.set(key, ids);
        for (let i = 0; i < (field.minItems ?? 0); i++) ids.push(this.createItem(field, key));
      } else this.values.set(key, initialValue(field));
    }
  }

  private createItem(group: GroupFieldSpec, groupKey: FieldKey): string {
    const id = `${ITEM_PREFIX}${this.nextItem++}`;
    this.initLevel(group.fields, childKey(groupKey, id));
    return id;
  }

  /** Replaces every value with a snapshot's (a restored draft), keeping only keys the spec still has. */
  load(snapshot: StoreSnapshot): void {
    this.values.clear();
    this.groups.clear();
    this.fields.clear();
    this.provenances.clear();
    const walk = (fields: readonly FieldSpec[], parent: FieldKey) => {
      for (const field of inputsAt(fields)) {
        const key = childKey(parent, field.name);
        this.fields.set(key, field);
        if (field.type === 'group') {
          const saved = snapshot.groups[key];
          const ids = Array.isArray(saved)
            ? saved.filter((id) => typeof id === 'string' && id.startsWith(ITEM_PREFIX))
            : [];
          for (const id of ids) {
            const n = Number(id.slice(ITEM_PREFIX.length));
            if (Number.isFinite(n) && n >= this.nextItem) this.nextItem = n + 1;
          }
          this.groups.set(key, ids);
          for (const id of ids) walk(field.fields, childKey(key, id));
        } else {
          this.values.set(
            key,
            Object.hasOwn(snapshot.values, key) ? snapshot.values[key] : initialValue(field),
          );
        }
      }
    };
    walk(this.spec.fields, '');
    this.version++;
    for (const listeners of this.keyListeners.values()) for (const listener of listeners) listener();
    this.recomputeVisibility(true);
    for (const listener of this.changeListeners) listener('');
  }

  /** Every input field with its key, in form order, group items included (hidden ones too: check `isVisible`). */
  walk(visit: (key: FieldKey, field: InputFieldSpec, depth: number) => void): void {
    const level = (fields: readonly FieldSpec[], parent: FieldKey, depth: number) => {
      for (const field of inputsAt(fields)) {
        const key = childKey(parent, field.name);
        visit(key, field, depth);
        if (field.type === 'group')
          for (const id of this.groups.get(key) ?? []) level(field.fields, childKey(key, id), depth + 1);
      }
    };
    level(this.spec.fields, '', 0);
  }

  provenance(key: FieldKey): Provenance | undefined {
    return this.provenances.get(key);
  }

  provenanceMap(): Record<FieldKey, Provenance> {
    return Object.fromEntries(this.provenances);
  }

  setProvenance(key: FieldKey, provenance: Provenance | undefined): void {
    if (provenance) this.provenances.set(key, provenance);
    else this.provenances.delete(key);
    this.emit(key);
  }

  /** The values to save (uploads in flight are not values: they cannot resume after a reload). */
  snapshot(): StoreSnapshot {
    return { values: Object.fromEntries(this.values), groups: Object.fromEntries(this.groups) };
  }

  field(key: FieldKey): InputFieldSpec | undefined {
    return this.fields.get(key);
  }

  // ── Values ────────────────────────────────────────────────────────────────────────────────────────

  get(key: FieldKey): unknown {
    return this.values.get(key);
  }

  set(key: FieldKey, value: unknown): void {
    if (Object.is(this.values.get(key), value)) return;
    this.values.set(key, value);
    this.version++;
    this.emit(key);
    const name = key.slice(key.lastIndexOf('.') + 1);
    if (this.deps.has(name)) this.recomputeVisibility(true);
    for (const listener of this.changeListeners) listener(key);
  }

  subscribe(key: FieldKey, listener: Listener): () => void {
    let listeners = this.keyListeners.get(key);
    if (!listeners) {
      listeners = new Set();
      this.keyListeners.set(key, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  /** Called after any change (for autosave): with the key changed, or `''` after a whole reload. */
  onChange(listener: (key: FieldKey) => void): () => void {
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  }

  /** Increases on every change: a cheap "has anything changed since" check. */
  get changes(): number {
    return this.version;
  }

  private emit(key: FieldKey): void {
    const listeners = this.keyListeners.get(key);
    if (listeners) for (const listener of listeners) listener();
  }

  // ── Uploads ───────────────────────────────────────────────────────────────────────────────────────

  private readonly uploads = new Map<FieldKey, number>();

  /** Counts an upload into an attachment field until the returned function is called. */
  trackUpload(key: FieldKey): () => void {
    this.uploads.set(key, (this.uploads.get(key) ?? 0) + 1);
    let settled = false;
    return () => {
      if (settled) return;
      settled = true;
      const left = (this.uploads.get(key) ?? 1) - 1;
      if (left > 0) this.uploads.set(key, left);
      else this.uploads.delete(key);
    };
  }

  /** Whether an attachment field has uploads in flight: the form does not go on until they finish. */
  isUploading(key: FieldKey): boolean {
    return this.uploads.has(key);
  }

  // ── Groups ────────────────────────────────────────────────────────────────────────────────────────

  items(groupKey: FieldKey): readonly string[] {
    return this.groups.get(groupKey) ?? EMPTY;
  }

  addItem(groupKey: FieldKey): string | undefined {
    const group = this.fields.get(groupKey);
    const current = this.groups.get(groupKey);
    if (group?.type !== 'group' || !current) return undefined;
    if (group.maxItems !== undefined && current.length >= group.maxItems) return undefined;
    const id = this.createItem(group, groupKey);
    this.groups.set(groupKey, [...current, id]);
    this.changed(groupKey);
    return id;
  }

  removeItem(groupKey: FieldKey, itemId: string): void {
    const current = this.groups.get(groupKey);
    if (!current?.includes(itemId)) return;
    this.groups.set(
      groupKey,
      current.filter((id) => id !== itemId),
    );
    const prefix = `${childKey(groupKey, itemId)}.`;
    for (const key of [...this.values.keys()]) if (key.startsWith(prefix)) this.values.delete(key);
    for (const key of [...this.groups.keys()]) if (key.startsWith(prefix)) this.groups.delete(key);
    for (const key of [...this.fields.keys()]) if (key.startsWith(prefix)) this.fields.delete(key);
    this.changed(groupKey);
  }

  private changed(groupKey: FieldKey): void {
    this.version++;
    this.emit(groupKey);
    this.recomputeVisibility(true);
    for (const listener of this.changeListeners) listener(groupKey);
  }

  // ── Answers ───────────────────────────────────────────────────────────────────────────────────────

  /**
   * The answers as the validator (and the server) reads them: dates as `YYYY-MM-DD`, numbers as numbers, blanks
   * as absent. What cannot be read (`12a`) is passed as typed, so the shared rules report it.
   */
  answers(): Record<string, unknown> {
    const build = (fields: readonly FieldSpec[], parent: FieldKey): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const field of inputsAt(fields)) {
        const key = childKey(parent, field.name);
        if (field.type === 'group') {
          const ids = this.groups.get(key) ?? [];
          out[field.name] = ids.map((id) => build(field.fields, childKey(key, id)));
          continue;
        }
        const answer = toAnswer(field, this.values.get(key));
        if (answer !== undefined) out[field.name] = answer;
      }
      return out;
    };
    return build(this.spec.fields, '');
  }

  /**
   * Turns a path of answers (`['witnesses', 1, 'citizenId']`, as the validator and server report it) into the
   * key of the field it names, with any remaining part (`['communeCode']`, `[0, 'size']`).
   */
  keyOfPath(path: readonly (string | number)[]): { key: FieldKey; rest: (string | number)[] } | undefined {
    let key = '';
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (typeof segment !== 'string') return key === '' ? undefined : { key, rest: path.slice(i) };
      const next = childKey(key, segment);
      const field = this.fields.get(next);
      if (!field) return key === '' ? undefined : { key, rest: path.slice(i) };
      key = next;
      if (field.type === 'group') {
        const index = path[i + 1];
        const id = typeof index === 'number' ? this.groups.get(key)?.[index] : undefined;
        if (id === undefined) return { key, rest: path.slice(i + 1) };
        key = childKey(key, id);
        i++;
      }
    }
    return key === '' ? undefined : { key, rest: [] };
  }

  // ── Visibility ────────────────────────────────────────────────────────────────────────────────────

  isVisible(key: FieldKey): boolean {
    return this.visible.has(key);
  }

  subscribeVisibility(listener: Listener): () => void {
    this.visibilityListeners.add(listener);
    return () => {
      this.visibilityListeners.delete(listener);
    };
  }

  private recomputeVisibility(notify: boolean): void {
    const next = new Set<FieldKey>();
    for (const { path } of visibleFields(this.spec, this.answers())) {
      let key = '';
      let ok = true;
      for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        if (typeof segment === 'number') {
          const id = this.groups.get(key)?.[segment];
          if (id === undefined) {
            ok = false;
            break;
          }
          key = childKey(key, id);
        } else key = childKey(key, segment as string);
      }
      if (ok) next.add(key);
    }
    const same = next.size === this.visible.size && [...next].every((key) => this.visible.has(key));
    if (same) return;
    this.visible = next;
    if (notify) for (const listener of this.visibilityListeners) listener();
  }

  // ── Errors ────────────────────────────────────────────────────────────────────────────────────────

  error(key: FieldKey): FormError | undefined {
    return this.errors.get(key);
  }

  errorsList(): readonly FormError[] {
    return this.errorList;
  }

  setErrors(list: readonly FormError[]): void {
    const before = this.errors;
    this.errors = new Map();
    for (const error of list) if (!this.errors.has(error.key)) this.errors.set(error.key, error);
    this.errorList = list;
    for (const key of new Set([...before.keys(), ...this.errors.keys()]))
      if (before.get(key) !== this.errors.get(key)) this.emitError(key);
    for (const listener of this.errorListeners) listener();
  }

  subscribeErrors(listener: Listener): () => void {
    this.errorListeners.add(listener);
    return () => {
      this.errorListeners.delete(listener);
    };
  }

  private readonly errorKeyListeners = new Map<FieldKey, Set<Listener>>();

  subscribeError(key: FieldKey, listener: Listener): () => void {
    let listeners = this.errorKeyListeners.get(key);
    if (!listeners) {
      listeners = new Set();
      this.errorKeyListeners.set(key, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private emitError(key: FieldKey): void {
    const listeners = this.errorKeyListeners.get(key);
    if (listeners) for (const listener of listeners) listener();
  }
}

const EMPTY: readonly string[] = Object.freeze([]);

/** One field's value as the validator reads it. */
export function toAnswer(field: InputFieldSpec, value: unknown): unknown {
  switch (field.type) {
    case 'date':
      return dateAnswer(value);
    case 'number':
      return numberAnswer(value);
    case 'money':
      return moneyAnswer(value);
    case 'checkbox':
      return value === true ? true : value === false ? false : undefined;
    case 'checkboxes':
      return Array.isArray(value) && value.length > 0 ? value : undefined;
    case 'address': {
      const address = addressValue(value);
      const out: Record<string, string> = {};
      for (const [part, text] of Object.entries(address)) if (text.trim() !== '') out[part] = text;
      return Object.keys(out).length > 0 ? out : undefined;
    }
    case 'attachment': {
      if (!Array.isArray(value)) return undefined;
      const files = (value as Partial<AttachmentValue>[])
        .filter((file) => typeof file.fileId === 'string' && file.fileId !== '')
        .map(({ fileId, name, mediaType, size }) => ({ fileId, name, mediaType, size }));
      return files.length > 0 ? files : undefined;
    }
    case 'citizenId':
      // Spaces, dots and dashes people type to group the digits are not part of the number.
      return typeof value === 'string' && value.trim() !== ''
        ? value.replace(/[\s.\-\u00a0]/g, '')
        : undefined;
    default:
      return typeof value === 'string' ? (value.trim() === '' ? undefined : value) : value;
  }
}
