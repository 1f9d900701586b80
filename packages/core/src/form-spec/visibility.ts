import { AnswerScope, buildScope, evaluateCondition, isPlainObject, type Path, readAnswer } from './scope.js';
import type { Condition, FieldSpec, FormSpec } from './spec.js';

/**
 * Evaluates a `visibleWhen` condition against one level of answers (`undefined` means always visible).
 * For a field inside a group item, pass `{ ...formAnswers, ...itemAnswers }`: inner names win, as they do in
 * the compiled validator. This reads answers as given; {@link visibleFields} also treats answers of hidden
 * fields as absent, which is what the validator does.
 *
 * @example
 * isFieldVisible({ field: 'registrationType', equals: 'late' }, { registrationType: 'late' }) // true
 */
export function isFieldVisible(
  condition: Condition | undefined,
  answers: Readonly<Record<string, unknown>>,
): boolean {
  if (!condition) return true;
  return evaluateCondition(condition, (path) => readAnswer(isPlainObject(answers) ? answers : {}, path));
}

/**
 * A field that shows for the current answers, and where its answer lives.
 *
 * @example
 * const keys = new Set(visibleFields(spec, answers).map((v) => v.path.join('.')));
 */
export interface VisibleField {
  /**
   * Path of the answer, e.g. `['witnesses', 1, 'citizenId']`. A section has no answer: its path ends with its
   * name at the level where its fields answer.
   */
  path: Path;
  field: FieldSpec;
}

/**
 * Every field that shows for the given answers, in form order, with one entry per group item for fields in
 * repeatable groups. Hidden fields are left out, as are fields whose condition depends on a hidden one.
 * Widgets render from this; the compiled validator applies the same rules, so what shows is what is checked.
 *
 * @example
 * visibleFields(spec, { registrationType: 'onTime' }).map((v) => v.path.join('.'))
 * // ['registrationType', 'childFullName', …] without 'lateReason'
 */
export function visibleFields(spec: FormSpec, answers: unknown): VisibleField[] {
  const result: VisibleField[] = [];
  const walk = (
    fields: readonly FieldSpec[],
    level: unknown,
    path: Path,
    parent: AnswerScope | undefined,
  ) => {
    const scope = buildScope(fields, [], parent?.scope);
    const values = isPlainObject(level) ? level : {};
    const answerScope = new AnswerScope(scope, values, parent, true);
    for (const entry of scope.entries) {
      if (!answerScope.isVisible(entry)) continue;
      const { field } = entry;
      result.push({ path: [...path, field.name], field });
      if (field.type !== 'group') continue;
      const items = values[field.name];
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        walk(field.fields, item, [...path, field.name, index], answerScope);
      });
    }
  };
  walk(spec.fields, answers, [], undefined);
  return result;
}
