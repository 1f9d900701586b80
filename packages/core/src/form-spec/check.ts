import type { MessageKey } from '../messages/messages.js';
import { isCalendarDate } from '../schemas/calendar.js';
import type { Rule } from '../schemas/rules.js';
import { buildScope, type Path, resolveName, type Scope, type ScopeEntry, splitFieldPath } from './scope.js';
import type { Condition, FieldSpec, FieldType, OptionSpec, PrefillClaim } from './spec.js';

/** A problem with a spec's meaning (its shape being fine), at its path. */
export interface SpecIssue {
  path: Path;
  input: unknown;
  params: { key: MessageKey; [name: string]: string | number | undefined };
}

/** Which field types each prefill claim can fill: the value's shape must fit the answer's. */
const PREFILL_TYPES: Record<PrefillClaim, readonly FieldType[]> = {
  fullName: ['text'],
  citizenId: ['citizenId'],
  birthDate: ['date'],
  gender: ['radio', 'select'],
  phone: ['phone'],
  email: ['email'],
  // Registries hold some places as text only (old units, abroad), so a text field may take them too.
  birthPlace: ['address', 'text', 'textarea'],
  hometown: ['address', 'text', 'textarea'],
  permanentAddress: ['address', 'text', 'textarea'],
  currentAddress: ['address', 'text', 'textarea'],
};

const ADDRESS_PARTS = new Set(['provinceCode', 'communeCode', 'street']);

/** Compiles a spec's pattern the way answers are matched (whole value, Unicode); `null` when it is invalid. */
export function compilePattern(regex: string): RegExp | null {
  try {
    return new RegExp(`^(?:${regex})$`, 'u');
  } catch {
    return null;
  }
}

/**
 * The e-form's inner consistency as a rule of `FormSpecSchema`: what {@link checkFormSpec} finds.
 *
 * @example
 * formSpecRule({ fields: [] }) // []
 */
export const formSpecRule: Rule<{ fields: readonly FieldSpec[] }> = (spec) => checkFormSpec(spec.fields);

/**
 * The checks a shape cannot express, over a spec whose shape is already valid. Returns every problem
 * (not only the first), each at the path of the offending value.
 */
export function checkFormSpec(fields: readonly FieldSpec[]): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const report = (
    path: Path,
    input: unknown,
    key: MessageKey,
    params: Record<string, string | number> = {},
  ) => issues.push({ path, input, params: { ...params, key } });
  // Visibility dependencies, for cycle detection: a field depends on the fields its condition names and on
  // the section or group holding it.
  const dependencies = new Map<ScopeEntry, ScopeEntry[]>();

  const visitScope = (
    list: readonly FieldSpec[],
    specPath: Path,
    parent: Scope | undefined,
    group?: ScopeEntry,
  ) => {
    const scope = buildScope(list, specPath, parent);
    const seen = new Set<string>();
    for (const entry of scope.entries) {
      const { field } = entry;
      if (seen.has(field.name))
        report([...entry.specPath, 'name'], field.name, 'formSpec.duplicateName', { name: field.name });
      seen.add(field.name);
      const holders = [entry.section ?? group].filter((holder) => holder !== undefined);
      dependencies.set(entry, holders);
      checkField(field, entry.specPath, report);
      if (field.visibleWhen)
        checkCondition(
          field.visibleWhen,
          [...entry.specPath, 'visibleWhen'],
          scope,
          entry,
          dependencies,
          report,
        );
      if (field.type === 'group') visitScope(field.fields, [...entry.specPath, 'fields'], scope, entry);
    }
  };
  visitScope(fields, ['fields'], undefined);
  findCycles(dependencies, report);
  return issues;
}

type Report = (path: Path, input: unknown, key: MessageKey, params?: Record<string, string | number>) => void;

function checkCondition(
  condition: Condition,
  path: Path,
  scope: Scope,
  owner: ScopeEntry,
  dependencies: Map<ScopeEntry, ScopeEntry[]>,
  report: Report,
): void {
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    const key = 'all' in condition ? 'all' : 'any';
    list.forEach((inner, index) => {
      checkCondition(inner, [...path, key, index], scope, owner, dependencies, report);
    });
    return;
  }
  if ('not' in condition) {
    checkCondition(condition.not, [...path, 'not'], scope, owner, dependencies, report);
    return;
  }
  const [name, part] = splitFieldPath(condition.field);
  const found = resolveName(scope, name);
  if (!found || (part !== undefined && (found.entry.field.type !== 'address' || !ADDRESS_PARTS.has(part)))) {
    report([...path, 'field'], condition.field, 'formSpec.unknownField', { field: condition.field });
    return;
  }
  dependencies.get(owner)?.push(found.entry);
  const target = found.entry.field;
  if (part !== undefined || !('options' in target)) return;
  const values = new Set(target.options.map((option) => option.value));
  const expected = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : [];
  expected.forEach((value, index) => {
    if (typeof value === 'string' && !values.has(value))
      report(
        'equals' in condition ? [...path, 'equals'] : [...path, 'in', index],
        value,
        'formSpec.unknownOption',
        { field: condition.field, value },
      );
  });
}

function checkRange(report: Report, path: Path, minKey: string, min: unknown, max: unknown) {
  if (typeof min === 'number' && typeof max === 'number' && min > max)
    report([...path, minKey], min, 'formSpec.minAboveMax', { min, max });
  if (
    typeof min === 'string' &&
    typeof max === 'string' &&
    isCalendarDate(min) &&
    isCalendarDate(max) &&
    min > max
  )
    report([...path, minKey], min, 'formSpec.minAboveMax', { min, max });
}

function checkOptions(options: readonly OptionSpec[], path: Path, report: Report): void {
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (seen.has(option.value))
      report([...path, 'options', index, 'value'], option.value, 'formSpec.duplicateOption', {
        value: option.value,
      });
    seen.add(option.value);
  });
}

function checkField(field: FieldSpec, path: Path, report: Report): void {
  const invalidDefault = (value: unknown) =>
    report([...path, 'defaultValue'], value, 'formSpec.invalidDefault');
  switch (field.type) {
    case 'text':
    case 'textarea': {
      checkRange(report, path, 'minLength', field.minLength, field.maxLength);
      const pattern =
        field.type === 'text' && field.pattern ? compilePattern(field.pattern.regex) : undefined;
      if (field.type === 'text' && field.pattern && pattern === null)
        report([...path, 'pattern', 'regex'], field.pattern.regex, 'formSpec.invalidRegex', {
          regex: field.pattern.regex,
        });
      const value = field.defaultValue;
      if (
        value !== undefined &&
        ((field.minLength !== undefined && value.length < field.minLength) ||
          (field.maxLength !== undefined && value.length > field.maxLength) ||
          (pattern && !pattern.test(value)))
      )
        invalidDefault(value);
      break;
    }
    case 'number':
    case 'money': {
      checkRange(report, path, 'min', field.min, field.max);
      const value = field.defaultValue;
      if (
        value !== undefined &&
        ((field.min !== undefined && value < field.min) ||
          (field.max !== undefined && value > field.max) ||
          (field.type === 'number' && field.integer && !Number.isInteger(value)))
      )
        invalidDefault(value);
      break;
    }
    case 'date': {
      checkRange(report, path, 'min', field.min, field.max);
      const value = field.defaultValue;
      // 'today' moves, so only fixed bounds can be compared with a fixed default.
      const fixed = (bound: string | undefined) => (bound === 'today' ? undefined : bound);
      const [min, max] = [fixed(field.min), fixed(field.max)];
      if (value !== undefined && ((min !== undefined && value < min) || (max !== undefined && value > max)))
        invalidDefault(value);
      break;
    }
    case 'select':
    case 'radio':
      checkOptions(field.options, path, report);
      if (
        field.defaultValue !== undefined &&
        !field.options.some((option) => option.value === field.defaultValue)
      )
        invalidDefault(field.defaultValue);
      break;
    case 'checkboxes':
      checkOptions(field.options, path, report);
      checkRange(report, path, 'minSelected', field.minSelected, field.maxSelected);
      if (field.defaultValue?.some((value) => !field.options.some((option) => option.value === value)))
        invalidDefault(field.defaultValue);
      break;
    case 'attachment':
      checkRange(report, path, 'minFiles', field.minFiles, field.maxFiles);
      break;
    case 'group':
      checkRange(report, path, 'minItems', field.minItems, field.maxItems);
      break;
    default:
      break;
  }
  if ('prefill' in field && field.prefill && !PREFILL_TYPES[field.prefill.claim].includes(field.type))
    report([...path, 'prefill', 'claim'], field.prefill.claim, 'formSpec.prefillType', {
      claim: field.prefill.claim,
      type: field.type,
    });
}

/** Reports each visibility cycle once, at the first `visibleWhen` on it (a cycle always runs through one). */
function findCycles(dependencies: Map<ScopeEntry, ScopeEntry[]>, report: Report): void {
  const done = new Set<ScopeEntry>();
  const stack: ScopeEntry[] = [];
  const visit = (entry: ScopeEntry) => {
    stack.push(entry);
    for (const next of dependencies.get(entry) ?? []) {
      const at = stack.indexOf(next);
      if (at !== -1) {
        const owner = stack.slice(at).find((member) => member.field.visibleWhen) ?? next;
        report([...owner.specPath, 'visibleWhen'], owner.field.visibleWhen, 'formSpec.conditionCycle', {
          name: owner.field.name,
        });
      } else if (!done.has(next)) visit(next);
    }
    stack.pop();
    done.add(entry);
  };
  for (const entry of dependencies.keys()) if (!done.has(entry)) visit(entry);
}
