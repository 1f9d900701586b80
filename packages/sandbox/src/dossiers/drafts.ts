/**
 * Drafts (status 0): created, changed and given their documents by the applicant. Changes are allowed in
 * status 0, and while a supplement is requested (status 5) for the form, the documents and the note only;
 * anything else answers 409 `dossier.notEditable`. Drafts have no history and emit no events: the processing
 * history starts at submission.
 */
import type { DossierDraftInput, DossierUpdateInput } from '@motcua/core';
import {
  type ApplicantInput,
  type DocumentSubmission,
  type DossierStatusCode,
  dossierStatusLabel,
  DossierStatus as S,
} from '@motcua/core';
import type { CitizenPrincipal } from '../auth/principal.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import { ProblemError } from '../http/problem.js';
import type { SeedProcedure } from '../seed-data/index.js';
import type { ApplicantActing } from './access.js';
import {
  channelOf,
  defaultReceivingAgency,
  requireComponent,
  requireOnline,
  requireProcedure,
  requireReceivingAgency,
} from './catalogue.js';
import { type AttachmentInput, resolveAttachment } from './files.js';
import { communeOfClaims, type DomainContext } from './lifecycle.js';
import { assertLockedAnswers } from './locked-answers.js';
import { sayIn, says } from './messages.js';
import { type DossierChanges, type DossierRow, newId, saveDossier, searchTextOf } from './repository.js';

const owner = (acting: ApplicantActing) => ({
  personaId: acting.personaId,
  key: `persona:${acting.personaId}`,
});

function requireChannel(ctx: DomainContext, procedure: SeedProcedure, channel: number): void {
  if (channelOf(procedure, channel)) return;
  throw new ProblemError('request.invalid', {
    detail: says('procedure.noChannel', { channel }),
    errors: [
      {
        path: ['channel'],
        code: 'procedure.noChannel',
        message: sayIn(ctx.locale, 'procedure.noChannel', { channel }),
      },
    ],
  });
}

/** Resolves a list of attachments, one submission per component (a later entry for a component wins). */
async function resolveDocuments(
  ctx: DomainContext,
  procedure: SeedProcedure,
  acting: ApplicantActing,
  inputs: readonly AttachmentInput[],
): Promise<DocumentSubmission[]> {
  const byComponent = new Map<string, DocumentSubmission>();
  for (const [index, input] of inputs.entries()) {
    const component = requireComponent(procedure, input.componentId);
    byComponent.set(
      component.id,
      await resolveAttachment(ctx.db, ctx.dialect, ctx.locale, owner(acting), component, input, [
        'documents',
        index,
        'fileIds',
      ]),
    );
  }
  return [...byComponent.values()];
}

/**
 * Starts a draft. The procedure must exist (404) and be online-capable (422 `procedure.notOnline`); the
 * channel (online by default) must be one the procedure publishes. The receiving agency is the one chosen,
 * or else the People's Committee of the commune of the applicant's address (the body's, else the e-ID's).
 */
export async function createDraft(
  ctx: DomainContext,
  principal: CitizenPrincipal,
  acting: ApplicantActing,
  input: DossierDraftInput,
): Promise<DossierRow> {
  const now = toTimestamp(ctx.now());
  const procedure = requireProcedure(input.procedureCode);
  requireOnline(procedure);
  const channel = input.channel ?? 2;
  requireChannel(ctx, procedure, channel);
  const receiving =
    input.receivingAgencyCode === undefined
      ? defaultReceivingAgency(input.applicant.address?.communeCode ?? communeOfClaims(principal.claims))
      : requireReceivingAgency(input.receivingAgencyCode);
  const delivery =
    input.resultDeliveryAgencyCode === undefined
      ? undefined
      : requireReceivingAgency(input.resultDeliveryAgencyCode);
  if (input.formData !== undefined) await assertLockedAnswers(ctx, procedure, acting, input.formData);
  const documents = await resolveDocuments(ctx, procedure, acting, input.documents ?? []);
  const summary = input.summary ?? `${procedure.name}: ${input.applicant.fullName}`;
  return ctx.db
    .insertInto('dossiers')
    .values({
      id: newId('d'),
      code: null,
      procedure_code: procedure.code,
      procedure_name: procedure.name,
      field_code: procedure.field.code,
      field_name: procedure.field.name,
      applicant_persona_id: acting.personaId,
      applicant: toJson(input.applicant),
      channel,
      summary,
      note: input.note ?? null,
      status: S.Draft,
      receiving_agency_code: receiving?.code ?? null,
      receiving_agency_name: receiving?.name ?? null,
      processing_agency_code: null,
      processing_agency_name: null,
      result_delivery_agency_code: delivery?.code ?? null,
      result_delivery_agency_name: delivery?.name ?? null,
      assigned_officer_id: null,
      assigned_officer_name: null,
      form_data: toJson(input.formData ?? {}),
      documents: toJson(documents),
      fees: toJson([]),
      results: toJson([]),
      search_text: searchTextOf(null, summary, input.applicant.fullName),
      created_at: now,
      updated_at: now,
      submitted_at: null,
      accepted_at: null,
      appointment_at: null,
      finished_at: null,
      returned_at: null,
      version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The fields a supplement answer may change; the rest are the draft's alone. */
const SUPPLEMENT_FIELDS: ReadonlySet<string> = new Set(['formData', 'documents', 'note']);

function assertEditable(row: DossierRow, fields: readonly string[] = []): void {
  const status = row.status as DossierStatusCode;
  if (status === S.Draft) return;
  if (status !== S.SupplementRequested) {
    throw new ProblemError('dossier.notEditable', {
      detail: says('dossier.notEditable', (locale) => ({ status: dossierStatusLabel(status, locale) })),
    });
  }
  const locked = fields.find((field) => !SUPPLEMENT_FIELDS.has(field));
  if (locked)
    throw new ProblemError('dossier.notEditable', {
      detail: says('dossier.notEditableField', { field: locked }),
    });
}

/** Changes a draft (or, while a supplement is requested, its form, documents and note): each field given replaces the old value. */
export async function updateDraft(
  ctx: DomainContext,
  row: DossierRow,
  acting: ApplicantActing,
  input: DossierUpdateInput,
): Promise<DossierRow> {
  const given = Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
  assertEditable(row, given);
  const procedure = requireProcedure(row.procedure_code);
  const changes: DossierChanges = {};
  if (input.channel !== undefined) {
    requireChannel(ctx, procedure, input.channel);
    changes.channel = input.channel;
  }
  if (input.receivingAgencyCode !== undefined) {
    const agency = requireReceivingAgency(input.receivingAgencyCode);
    changes.receiving_agency_code = agency.code;
    changes.receiving_agency_name = agency.name;
  }
  if (input.resultDeliveryAgencyCode !== undefined) {
    const agency = requireReceivingAgency(input.resultDeliveryAgencyCode);
    changes.result_delivery_agency_code = agency.code;
    changes.result_delivery_agency_name = agency.name;
  }
  if (input.documents !== undefined) {
    changes.documents = toJson(await resolveDocuments(ctx, procedure, acting, input.documents));
  }
  if (input.formData !== undefined) {
    await assertLockedAnswers(ctx, procedure, acting, input.formData);
    changes.form_data = toJson(input.formData);
  }
  if (input.note !== undefined) changes.note = input.note;
  if (input.applicant !== undefined) changes.applicant = toJson(input.applicant satisfies ApplicantInput);
  if (input.summary !== undefined) changes.summary = input.summary;
  if (input.summary !== undefined || input.applicant !== undefined) {
    const applicantName = input.applicant?.fullName ?? fromJson<{ fullName: string }>(row.applicant).fullName;
    changes.search_text = searchTextOf(row.code, input.summary ?? row.summary, applicantName);
  }
  return saveDossier(ctx.db, row, changes, ctx.now());
}

/** Sets the files of one component, replacing its earlier files. */
export async function attachDocuments(
  ctx: DomainContext,
  row: DossierRow,
  acting: ApplicantActing,
  input: AttachmentInput,
): Promise<DossierRow> {
  assertEditable(row);
  const procedure = requireProcedure(row.procedure_code);
  const component = requireComponent(procedure, input.componentId);
  const submission = await resolveAttachment(
    ctx.db,
    ctx.dialect,
    ctx.locale,
    owner(acting),
    component,
    input,
    ['fileIds'],
  );
  const documents = fromJson<DocumentSubmission[]>(row.documents).filter(
    (d) => d.componentId !== component.id,
  );
  return saveDossier(ctx.db, row, { documents: toJson([...documents, submission]) }, ctx.now());
}

/** Removes every file of one component. */
export async function detachDocuments(
  ctx: DomainContext,
  row: DossierRow,
  componentId: string,
): Promise<DossierRow> {
  assertEditable(row);
  const component = requireComponent(requireProcedure(row.procedure_code), componentId);
  const documents = fromJson<DocumentSubmission[]>(row.documents).filter(
    (d) => d.componentId !== component.id,
  );
  return saveDossier(ctx.db, row, { documents: toJson(documents) }, ctx.now());
}
