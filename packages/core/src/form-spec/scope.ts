import type { Condition, ConditionValue, FieldSpec, SectionFieldSpec } from './spec.js';

/** A path into a spec or into answers. */
export type Path = (string | number)[];

/** One field of a scope, where it sits in the spec, and the section (if any) it sits in. */
export interface ScopeEntry {
  field: FieldSpec;
  /** Path of the field object in the spec, e.g. `['fields', 2, 'fields', 0]`. */
  specPath: Path;
  /** The innermost section holding it within this scope, whose visibility it inherits. */
  section: ScopeEntry | undefined;
}

/**
 * The fields answering at one level: a form's top level, or one item of a repeatable group. Sections are
 * opened up (they do not nest answers), groups are not (each item is a scope of its own).
 */
export interface Scope {
  /** Every field at this level in spec order, sections included. */
  entries: ScopeEntry[];
  /** Answer-bearing fields by name (sections have no answer and cannot be referred to). */
  inputs: Map<string, ScopeEntry>;
  parent: Scope | undefined;
}

/** Builds the scope of a list of fields, keeping the first of duplicate names (duplicates are a spec error). */
export function buildScope(fields: readonly FieldSpec[], specPath: Path, parent: Scope | undefined): Scope {
  const scope: Scope = { entries: [], inputs: new Map(), parent };
  const visit = (list: readonly FieldSpec[], path: Path, section: ScopeEntry | undefined) => {
    list.forEach((field, index) => {
      const entry: ScopeEntry = { field, specPath: [...path, index], section };
      scope.entries.push(entry);
      if (field.type === 'section') visit(field.fields, [...path, index, 'fields'], entry);
      else if (!scope.inputs.has(field.name)) scope.inputs.set(field.name, entry);
    });
  };
  visit(fields, specPath, undefined);
  return scope;
}

/** Finds the field a condition names, innermost scope first; `depth` counts how many scopes out it was. */
export function resolveName(scope: Scope, name: string): { entry: ScopeEntry; depth: number } | undefined {
  let depth = 0;
  for (let current: Scope | undefined = scope; current; current = current.parent, depth++) {
    const entry = current.inputs.get(name);
    if (entry) return { entry, depth };
  }
  return undefined;
}

/** Splits `birthPlace.provinceCode` into the field name and the optional address part. */
export function splitFieldPath(path: string): [name: string, part: string | undefined] {
  const dot = path.indexOf('.');
  return dot === -1 ? [path, undefined] : [path.slice(0, dot), path.slice(dot + 1)];
}

/** Sections containing a field, innermost first. */
export function sectionsOf(entry: ScopeEntry): SectionFieldSpec[] {
  const sections: SectionFieldSpec[] = [];
  for (let section = entry.section; section; section = section.section)
    sections.push(section.field as SectionFieldSpec);
  return sections;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether an answer counts as not given: absent, `null`, a blank string, an empty list, or an object
 * (an address) whose parts are all not given. Widgets send `''` for an untouched input; that is no answer.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every(isEmptyAnswer);
  return false;
}

function sameValue(answer: unknown, expected: ConditionValue): boolean {
  if (typeof answer === 'string' && typeof expected === 'string')
    return answer.normalize('NFC').trim() === expected.normalize('NFC').trim();
  return answer === expected;
}

function matches(answer: unknown, expected: ConditionValue): boolean {
  // A multi-choice answer "equals" a value when it contains it: "shown when 'other' is among the choices".
  return Array.isArray(answer)
    ? answer.some((item) => sameValue(item, expected))
    : sameValue(answer, expected);
}

/**
 * Evaluates a condition, reading answers through `lookup` (which decides scoping and whether hidden fields
 * count as absent). Total: any JSON answer yields true or false, never an exception.
 */
export function evaluateCondition(condition: Condition, lookup: (fieldPath: string) => unknown): boolean {
  if ('all' in condition) return condition.all.every((inner) => evaluateCondition(inner, lookup));
  if ('any' in condition) return condition.any.some((inner) => evaluateCondition(inner, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  const answer = lookup(condition.field);
  if ('equals' in condition) return matches(answer, condition.equals);
  if ('in' in condition) return condition.in.some((expected) => matches(answer, expected));
  return !isEmptyAnswer(answer);
}

/** Reads `name` or `name.part` from one level of answers. */
export function readAnswer(answers: Readonly<Record<string, unknown>>, fieldPath: string): unknown {
  const [name, part] = splitFieldPath(fieldPath);
  const value = Object.hasOwn(answers, name) ? answers[name] : undefined;
  if (part === undefined) return value;
  return isPlainObject(value) && Object.hasOwn(value, part) ? value[part] : undefined;
}

/**
 * Answers at one level while they are being checked, linked to the enclosing level so conditions can look
 * outwards. Visibility is computed on demand and remembered: a field whose condition names a hidden field
 * sees that field as absent, whatever was typed into it.
 */
export class AnswerScope {
  private readonly visibility = new Map<ScopeEntry, boolean>();

  constructor(
    readonly scope: Scope,
    readonly answers: Readonly<Record<string, unknown>>,
    readonly parent: AnswerScope | undefined,
    /** False inside an item of a hidden group: nothing in it shows. */
    readonly containerVisible: boolean,
  ) {}

  isVisible(entry: ScopeEntry): boolean {
    const known = this.visibility.get(entry);
    if (known !== undefined) return known;
    // Cycles are refused when a spec is checked; this guard only keeps an unchecked spec from recursing forever.
    this.visibility.set(entry, false);
    let visible = entry.section ? this.isVisible(entry.section) : this.containerVisible;
    const condition = entry.field.visibleWhen;
    if (visible && condition) visible = evaluateCondition(condition, (path) => this.lookup(path));
    this.visibility.set(entry, visible);
    return visible;
  }

  /** The effective answer a condition sees: innermost scope first; hidden fields read as absent. */
  lookup(fieldPath: string): unknown {
    const [name] = splitFieldPath(fieldPath);
    for (let level: AnswerScope | undefined = this; level; level = level.parent) {
      const entry = level.scope.inputs.get(name);
      if (entry) return level.isVisible(entry) ? readAnswer(level.answers, fieldPath) : undefined;
    }
    return undefined;
  }
}
