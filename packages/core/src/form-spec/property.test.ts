import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthRegistrationSpec } from '../examples/birth-registration.js';
import { validate } from '../messages/validate.js';
import { compileFormSpec } from './compile.js';
import { type Condition, type FieldSpec, type FormSpec, FormSpecSchema } from './spec.js';

const label = { vi: 'Trường' };
const options = [
  { value: 'a', label: { vi: 'A' } },
  { value: 'b', label: { vi: 'B' } },
];

/** One field of any answer-bearing type except groups (nesting is added separately). */
const leafField = (name: string): fc.Arbitrary<FieldSpec> =>
  // Cast: fast-check infers `pattern: … | undefined`, which FieldSpec spells as an optional key.
  fc.oneof(
    fc.record({
      type: fc.constant('text' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      required: fc.boolean(),
      maxLength: fc.integer({ min: 1, max: 50 }),
      pattern: fc.option(fc.constant({ regex: '[a-z ]+', message: { vi: 'Chữ thường', en: 'Lowercase' } }), {
        nil: undefined,
      }),
    }),
    fc.record({ type: fc.constant('textarea' as const), name: fc.constant(name), label: fc.constant(label) }),
    fc.record({
      type: fc.constant('number' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      integer: fc.boolean(),
      min: fc.constant(0),
    }),
    fc.record({ type: fc.constant('money' as const), name: fc.constant(name), label: fc.constant(label) }),
    fc.record({
      type: fc.constant('date' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      max: fc.constant('today' as const),
    }),
    fc.record({
      type: fc.constantFrom('select' as const, 'radio' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      options: fc.constant(options),
      required: fc.boolean(),
    }),
    fc.record({ type: fc.constant('checkbox' as const), name: fc.constant(name), label: fc.constant(label) }),
    fc.record({
      type: fc.constant('checkboxes' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      options: fc.constant(options),
      maxSelected: fc.constant(1),
    }),
    fc.record({
      type: fc.constantFrom('citizenId' as const, 'taxCode' as const, 'phone' as const, 'email' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      required: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('address' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      granularity: fc.constantFrom('province' as const, 'commune' as const, 'street' as const),
    }),
    fc.record({
      type: fc.constant('attachment' as const),
      name: fc.constant(name),
      label: fc.constant(label),
      componentId: fc.constant('c1'),
      acceptedTypes: fc.constant(['application/pdf']),
      maxSizeBytes: fc.constant(1000),
    }),
  ) as fc.Arbitrary<FieldSpec>;

/** A condition on fields declared earlier, so a generated spec never has cycles. */
const conditionOn = (earlier: string[]): fc.Arbitrary<Condition | undefined> =>
  earlier.length === 0
    ? fc.constant(undefined)
    : fc.option(
        fc.oneof(
          fc.constantFrom(...earlier).map((field): Condition => ({ field, notEmpty: true })),
          fc.constantFrom(...earlier).map(
            (field): Condition => ({
              not: {
                any: [
                  { field, equals: true },
                  { field, equals: 0 },
                ],
              },
            }),
          ),
        ),
        { nil: undefined },
      );

/** Valid specs: fields f0…fn, some in a section or a repeatable group, conditions pointing backwards. */
const validSpec: fc.Arbitrary<FormSpec> = fc.integer({ min: 1, max: 8 }).chain((count) => {
  const names = Array.from({ length: count }, (_, index) => `f${index}`);
  const fields = names.map((name, index) =>
    fc
      .tuple(leafField(name), conditionOn(names.slice(0, index)), fc.integer({ min: 0, max: 9 }))
      .chain(([field, visibleWhen, wrap]) => {
        const withCondition = (visibleWhen ? { ...field, visibleWhen } : field) as FieldSpec;
        if (wrap === 0)
          return fc.constant<FieldSpec>({
            type: 'section',
            name: `s${index}`,
            title: label,
            fields: [withCondition],
          });
        if (wrap === 1)
          return leafField('inner').map(
            (inner): FieldSpec => ({ type: 'group', name, label, maxItems: 2, fields: [inner] }),
          );
        return fc.constant(withCondition);
      }),
  );
  return fc
    .tuple(...fields)
    .map((list): FormSpec => ({ id: 'generated', version: 1, title: label, fields: list }));
});

/** Answers shaped like the spec's names but with arbitrary JSON values, to reach every field's rules. */
const answersFor = (spec: FormSpec): fc.Arbitrary<unknown> => {
  const names = spec.fields
    .flatMap((field) => (field.type === 'section' ? field.fields : [field]))
    .map((f) => f.name);
  return fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom(...names, 'unknown'), fc.jsonValue(), { maxKeys: names.length + 1 }),
    plausibleAnswers(spec.fields),
  );
};

/** A value near what a widget would send for a field: often valid, sometimes blank or a near miss. */
function plausibleValue(field: FieldSpec): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'text':
      return fc.constantFrom('an', ' an   binh ', '', 'AB', 'x'.repeat(60));
    case 'textarea':
      return fc.string();
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'money':
      return fc.integer({ min: -5, max: 1_000_000 });
    case 'date':
      return fc.constantFrom('2020-01-01', '2099-01-01', '2023-02-29', '');
    case 'select':
    case 'radio':
      return fc.constantFrom('a', 'b', 'c', ' a ');
    case 'checkbox':
      return fc.boolean();
    case 'checkboxes':
      return fc.subarray(['a', 'b', 'a', 'c']);
    case 'citizenId':
      return fc.constantFrom('001087123456', '123', '');
    case 'taxCode':
      return fc.constantFrom('0100233488', '0100233480');
    case 'phone':
      return fc.constantFrom('0912345678', '0612345678', ' 0912 345 678 ');
    case 'email':
      return fc.constantFrom('an@example.vn', 'x');
    case 'address':
      return fc.record(
        {
          provinceCode: fc.constantFrom('01', '1', ''),
          communeCode: fc.constantFrom('00004', ''),
          street: fc.constantFrom('Số 1 phố Tràng Tiền', ''),
        },
        { requiredKeys: [] },
      );
    case 'attachment':
      return fc.array(
        fc.record({
          fileId: fc.constant('file_1'),
          name: fc.constant('a.pdf'),
          mediaType: fc.constantFrom('application/pdf', 'image/png'),
          size: fc.integer({ min: 0, max: 2000 }),
        }),
        { maxLength: 2 },
      );
    case 'group':
      return fc.array(plausibleAnswers(field.fields), { maxLength: 3 });
    case 'section':
      return fc.constant(undefined);
  }
}

function plausibleAnswers(fields: readonly FieldSpec[]): fc.Arbitrary<Record<string, unknown>> {
  const inputs = fields.flatMap((field) => (field.type === 'section' ? field.fields : [field]));
  return fc.record(Object.fromEntries(inputs.map((field) => [field.name, plausibleValue(field)])), {
    requiredKeys: [],
  });
}

describe('compileFormSpec properties', () => {
  it('generated specs are valid, and compiling them never throws', () => {
    fc.assert(
      fc.property(validSpec, (spec) => {
        expect(validate(FormSpecSchema, spec).ok).toBe(true);
        compileFormSpec(spec);
      }),
      { numRuns: 300 },
    );
  });

  it('validation never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(
        validSpec.chain((spec) => fc.tuple(fc.constant(spec), answersFor(spec))),
        ([spec, answers]) => {
          const validator = compileFormSpec(spec);
          const result = validate(validator, answers, { locale: 'en' });
          if (!result.ok) for (const issue of result.issues) expect(issue.message).not.toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('what the validator outputs, it accepts unchanged (cleaning is idempotent)', () => {
    fc.assert(
      fc.property(
        validSpec.chain((spec) => fc.tuple(fc.constant(spec), plausibleAnswers(spec.fields))),
        ([spec, answers]) => {
          const validator = compileFormSpec(spec);
          const result = validate(validator, answers);
          if (result.ok) expect(validate(validator, result.value)).toEqual({ ok: true, value: result.value });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the birth-registration validator never throws on arbitrary JSON', () => {
    const validator = compileFormSpec(birthRegistrationSpec);
    fc.assert(
      fc.property(fc.jsonValue(), (answers) => {
        validate(validator, answers);
        validate(validator, { witnesses: [answers], childBirthPlace: answers, birthCertificate: [answers] });
      }),
      { numRuns: 500 },
    );
  });
});
