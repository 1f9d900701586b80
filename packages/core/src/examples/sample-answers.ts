import type { FieldSpec, FormSpec } from '../form-spec/spec.js';

/** A plausible answer to one field, within its limits; attachments are left out (they go to the documents). */
function sampleAnswer(field: Exclude<FieldSpec, { type: 'section' }>): unknown {
  switch (field.type) {
    case 'text': {
      // A pattern on a text field is almost always a person's name: give one that such patterns accept.
      const base = field.pattern ? 'Nguyễn Văn An' : 'Nội dung mẫu';
      return base.slice(0, field.maxLength ?? base.length).padEnd(field.minLength ?? 0, 'a');
    }
    case 'textarea':
      return 'Nội dung mẫu';
    case 'number':
      return field.min ?? 1;
    case 'money':
      return field.min ?? 100_000;
    case 'date':
      if (field.min === 'today') return '2035-01-01';
      if (field.max === 'today') return '1990-01-01';
      return field.min ?? field.max ?? '2000-01-01';
    case 'select':
    case 'radio':
      return field.defaultValue ?? field.options[0]?.value;
    case 'checkbox':
      return true;
    case 'checkboxes':
      return field.options.slice(0, Math.max(field.minSelected ?? 1, 1)).map((option) => option.value);
    case 'citizenId':
      return '001087123456';
    case 'taxCode':
      return '0100233488';
    case 'phone':
      return '0912345678';
    case 'email':
      return 'an@example.vn';
    case 'address': {
      const granularity = field.granularity ?? 'street';
      if (granularity === 'province') return { provinceCode: '01' };
      if (granularity === 'commune') return { provinceCode: '01', communeCode: '00004' };
      return { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' };
    }
    case 'group':
      return Array.from({ length: Math.max(field.minItems ?? 1, 1) }, () => answersTo(field.fields, {}));
    default:
      return undefined;
  }
}

function answersTo(fields: readonly FieldSpec[], into: Record<string, unknown>): Record<string, unknown> {
  for (const field of fields) {
    if (field.type === 'section') answersTo(field.fields, into);
    else {
      const value = sampleAnswer(field);
      if (value !== undefined) into[field.name] = value;
    }
  }
  return into;
}

/**
 * Plausible answers to every field of any e-form, within each field's limits (Hà Nội's Ba Đình ward for addresses,
 * citizen An's identifiers), so a demo, a seed or a test can file any procedure. Attachments are left out: they
 * travel as the dossier's documents. `overrides` replace single answers.
 *
 * @example
 * ```ts
 * import { sampleAnswers } from '@motcua/core/examples';
 *
 * const procedure = await client.procedures.get('1.001193');
 * await client.dossiers.submit(draft.id, { formData: sampleAnswers(procedure.formSpec), declaration: true });
 * ```
 */
export function sampleAnswers(
  spec: Pick<FormSpec, 'fields'> | null | undefined,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...answersTo(spec?.fields ?? [], {}), ...overrides };
}
