/**
 * What a dossier must contain before it is filed (and again when a supplement is answered): the declaration,
 * every required document component, and e-form answers that pass the procedure's compiled form spec.
 */
import type { FieldProblem } from '@motcua/contract';
import {
  compileFormSpec,
  type DocumentSubmission,
  type FieldSpec,
  type FileReference,
  type FormSpec,
  type Locale,
  validate,
} from '@motcua/core';
import { findUnit } from '@motcua/core/units';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import type { SeedProcedure } from '../seed-data/index.js';
import { requireComponent } from './catalogue.js';
import { type FileOwner, resolveAttachment } from './files.js';
import { sayIn, says } from './messages.js';

/** The name of the sworn-statement checkbox the seed forms end with. */
const DECLARATION_FIELD = 'declaration';

interface AttachmentField {
  readonly name: string;
  readonly componentId: string;
}

/**
 * Attachment fields answering at the top level of the answers (directly or inside sections, whose fields
 * answer at the section's level). Attachments inside repeatable groups belong to items and are left alone.
 */
function attachmentFields(fields: readonly FieldSpec[], found: AttachmentField[] = []): AttachmentField[] {
  for (const field of fields) {
    if (field.type === 'attachment') found.push({ name: field.name, componentId: field.componentId });
    if (field.type === 'section') attachmentFields(field.fields, found);
  }
  return found;
}

function asksDeclaration(fields: readonly FieldSpec[]): boolean {
  return fields.some(
    (field) =>
      (field.type === 'checkbox' && field.name === DECLARATION_FIELD && field.required === true) ||
      (field.type === 'section' && asksDeclaration(field.fields)),
  );
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const communeInProvince = (communeCode: string, provinceCode: string) => {
  const unit = findUnit(communeCode);
  return unit ? unit.provinceCode === provinceCode : undefined;
};

/**
 * Compiled validators by form spec: compiling a spec costs more than checking answers with it. A validator
 * reads the clock for `today` bounds at each check (core's `CompileOptions.now`), through `checkingNow`, set
 * around each synchronous check to the request's clock; its locale only words errors in the spec itself, and
 * the messages of answers follow `validate`'s locale.
 */
const validators = new WeakMap<FormSpec, ReturnType<typeof compileFormSpec>>();
let checkingNow: () => Date = () => new Date();

function validatorFor(spec: FormSpec, locale: Locale): ReturnType<typeof compileFormSpec> {
  let validator = validators.get(spec);
  if (!validator) {
    validator = compileFormSpec(spec, { locale, now: () => checkingNow(), communeInProvince });
    validators.set(spec, validator);
  }
  return validator;
}

/** What the checks need. */
export interface ContentsContext {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly locale: Locale;
  now(): Date;
}

/**
 * Checks a dossier's contents and returns them as they will be stored:
 * 1. the documents attached per component fill the form's empty attachment fields of that component;
 * 2. a procedure whose form ends with a required `declaration` checkbox needs it ticked, or `declaration: true`
 *    sent with the submission → 422 `dossier.notConfirmed`;
 * 3. every required component has files (attached, or answered in the form) → 422 `dossier.incomplete`
 *    listing the missing components (`errors` at `['documents', componentId]`);
 * 4. the answers pass `compileFormSpec(procedure.formSpec)` → 422 `request.invalid` with paths prefixed
 *    `['formData', …]`; the validated answers (normalised, hidden fields stripped) are what is kept;
 * 5. files answered in the form for a component without attached documents are resolved like attachments and
 *    listed among the documents.
 */
export async function checkContents(
  ctx: ContentsContext,
  procedure: SeedProcedure,
  input: { formData: Record<string, unknown>; documents: DocumentSubmission[]; declaration?: boolean },
  owner: FileOwner,
): Promise<{ formData: Record<string, unknown>; documents: DocumentSubmission[] }> {
  const spec = procedure.formSpec;
  const documents = [...input.documents];
  const attached = new Map(documents.filter((d) => d.files.length > 0).map((d) => [d.componentId, d]));
  const fields = spec ? attachmentFields(spec.fields) : [];
  const answers: Record<string, unknown> = { ...input.formData };
  for (const field of fields) {
    const submission = attached.get(field.componentId);
    if (submission && isEmpty(answers[field.name])) {
      answers[field.name] = submission.files.map(
        ({ fileId, name, mediaType, size }): FileReference => ({ fileId, name, mediaType, size }),
      );
    }
  }

  if (spec && asksDeclaration(spec.fields)) {
    if (input.declaration === true) answers[DECLARATION_FIELD] = true;
    else if (answers[DECLARATION_FIELD] !== true) {
      throw new ProblemError('dossier.notConfirmed', { detail: says('dossier.notConfirmed') });
    }
  }

  const answered = new Set(
    fields.filter((field) => !isEmpty(answers[field.name])).map((field) => field.componentId),
  );
  const missing = procedure.documentComponents.filter(
    (component) => component.required && !attached.has(component.id) && !answered.has(component.id),
  );
  if (missing.length > 0) {
    throw new ProblemError('dossier.incomplete', {
      detail: says('dossier.incomplete', { components: missing.map((c) => `“${c.name}”`).join(', ') }),
      errors: missing.map(
        (component): FieldProblem => ({
          path: ['documents', component.id],
          code: 'dossier.componentMissing',
          message: sayIn(ctx.locale, 'dossier.componentMissing', { name: component.name }),
        }),
      ),
    });
  }

  if (!spec) return { formData: answers, documents };
  const validator = validatorFor(spec, ctx.locale);
  checkingNow = () => ctx.now();
  let result: ReturnType<typeof validate<typeof validator>>;
  try {
    result = validate(validator, answers, { locale: ctx.locale });
  } finally {
    checkingNow = () => new Date();
  }
  if (!result.ok) {
    throw new ProblemError('request.invalid', {
      errors: result.issues.map((issue) => ({ ...issue, path: ['formData', ...issue.path] })),
    });
  }
  const formData = result.value as Record<string, unknown>;
  for (const field of fields) {
    const files = formData[field.name];
    if (attached.has(field.componentId) || !Array.isArray(files) || files.length === 0) continue;
    const component = requireComponent(procedure, field.componentId);
    const submission = await resolveAttachment(
      ctx.db,
      ctx.dialect,
      ctx.locale,
      owner,
      component,
      { componentId: component.id, fileIds: (files as FileReference[]).map((file) => file.fileId) },
      ['formData', field.name],
    );
    documents.push(submission);
    attached.set(component.id, submission);
  }
  return { formData, documents };
}
