import { randomBytes } from 'node:crypto';
import { citizenData } from '@motcua/contract';
import { foldText, type PrefillClaim, type StoredFile } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { CitizenPrincipal } from '../auth/principal.js';
import { findProcedure } from '../catalogue/repository.js';
import { fromJson, toJson, toTimestamp } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import { type RouteDefinition, reply, route } from '../http/route.js';
import { type SeedCitizen, scenarioFor } from '../seed-data/index.js';
import { activeConsent, nationalCodeOf } from './consents.js';
import { applicantCitizenId, fitToField, populationClaim, prefillFields, profileClaim } from './prefill.js';
import { lookupCitizen } from './registry.js';
import type { ConsentTable } from './schema.js';

/** How long a consent lasts, in days of test-clock time: enough to prepare and file one dossier. */
export const CONSENT_TTL_DAYS = 30;

const DAY_MS = 86_400_000;

type ConsentStatus = 'active' | 'revoked' | 'expired';

function consentStatus(row: ConsentTable, now: Date): ConsentStatus {
  if (row.status === 'revoked') return 'revoked';
  return row.expires_at <= toTimestamp(now) ? 'expired' : 'active';
}

function toConsent(row: ConsentTable, now: Date) {
  return {
    id: row.id,
    purpose: row.purpose,
    procedureCode: row.procedure_code,
    scopes: fromJson<PrefillClaim[]>(row.scopes),
    status: consentStatus(row, now),
    grantedAt: row.granted_at,
    expiresAt: row.expires_at,
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
  };
}

function citizenIdOf(principal: CitizenPrincipal): string {
  const citizenId = applicantCitizenId(principal.claims);
  // Every seeded applicant has one; a persona without would be a broken seed.
  if (citizenId === undefined) throw new Error(`Persona ${principal.personaId} has no citizen ID`);
  return citizenId;
}

/** True when the citizen is the scenario person who declines every data-sharing consent in VNeID. */
function declinesConsent(principal: CitizenPrincipal, citizenId: string): boolean {
  const phone = typeof principal.claims.phone === 'string' ? principal.claims.phone : undefined;
  return (
    scenarioFor('consent', 'citizenId', citizenId)?.outcome === 'denied' ||
    (phone !== undefined && scenarioFor('consent', 'phone', phone)?.outcome === 'denied')
  );
}

async function procedureOrNotFound(db: Kysely<Database>, code: string) {
  const procedure = await findProcedure(db, code);
  if (!procedure)
    throw new ProblemError('resource.notFound', {
      detail: { vi: `Không có thủ tục mã ${code}`, en: `There is no procedure ${code}` },
    });
  return procedure;
}

/**
 * The citizen-data routes: consents, prefill and the data store. All act for the signed-in applicant only: a
 * consent or document of someone else is "not found".
 */
export const citizenDataRoutes: readonly RouteDefinition[] = [
  route(citizenData.createConsent, async ({ db, body, principal, now }) => {
    await procedureOrNotFound(db, body.procedureCode);
    const citizenId = citizenIdOf(principal);
    if (declinesConsent(principal, citizenId)) {
      // The consent request reached the citizen's VNeID app and was declined: nothing is recorded.
      throw new ProblemError('auth.consentRequired', {
        detail: {
          vi: 'Công dân đã từ chối yêu cầu chia sẻ dữ liệu trên ứng dụng VNeID',
          en: 'The citizen declined the data-sharing request in the VNeID app',
        },
      });
    }
    const grantedAt = now();
    const row: ConsentTable = {
      id: `consent-${randomBytes(12).toString('base64url')}`,
      persona_id: principal.personaId,
      citizen_id: citizenId,
      purpose: body.purpose,
      procedure_code: body.procedureCode,
      national_code: nationalCodeOf(body.procedureCode),
      scopes: toJson([...new Set(body.scopes)]),
      status: 'active',
      granted_at: toTimestamp(grantedAt),
      expires_at: toTimestamp(new Date(grantedAt.getTime() + CONSENT_TTL_DAYS * DAY_MS)),
      revoked_at: null,
    };
    await db.insertInto('consents').values(row).execute();
    return reply(toConsent(row, grantedAt), { status: 201 });
  }),

  route(citizenData.listConsents, async ({ db, principal, now }) => {
    const rows = await db
      .selectFrom('consents')
      .selectAll()
      .where('persona_id', '=', principal.personaId)
      .orderBy('granted_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return { items: rows.map((row) => toConsent(row, now())) };
  }),

  route(citizenData.revokeConsent, async ({ db, params, principal, now }) => {
    const row = await db
      .selectFrom('consents')
      .selectAll()
      .where('id', '=', params.id)
      .where('persona_id', '=', principal.personaId)
      .executeTakeFirst();
    if (!row)
      throw new ProblemError('resource.notFound', {
        detail: { vi: `Không có sự đồng ý ${params.id}`, en: `There is no consent ${params.id}` },
      });
    const status = consentStatus(row, now());
    if (status !== 'active')
      throw new ProblemError('consent.notActive', {
        detail: {
          vi: status === 'revoked' ? 'Sự đồng ý đã bị thu hồi' : 'Sự đồng ý đã hết hạn',
          en: status === 'revoked' ? 'The consent was already revoked' : 'The consent has expired',
        },
      });
    const revokedAt = toTimestamp(now());
    await db
      .updateTable('consents')
      .set({ status: 'revoked', revoked_at: revokedAt })
      .where('id', '=', row.id)
      .execute();
    return toConsent({ ...row, status: 'revoked', revoked_at: revokedAt }, now());
  }),

  route(citizenData.prefill, async ({ db, query, principal, now }) => {
    const procedure = await procedureOrNotFound(db, query.procedureCode);
    const { formSpec } = procedure;
    if (!formSpec)
      throw new ProblemError('resource.notFound', {
        detail: {
          vi: `Thủ tục ${procedure.code} không có tờ khai điện tử`,
          en: `Procedure ${procedure.code} has no e-form`,
        },
      });
    const fields = prefillFields(formSpec.fields);
    const retrievedAt = toTimestamp(now());
    const needed = [
      ...new Set(fields.filter((field) => field.prefill.source === 'population').map((f) => f.prefill.claim)),
    ];
    let population:
      | { consent: ConsentTable; scopes: Set<string>; recordId: string; record: SeedCitizen }
      | undefined;
    if (needed.length > 0) {
      const consent = await activeConsent(db, principal.personaId, procedure.code, now());
      if (!consent)
        throw new ProblemError('auth.consentRequired', {
          detail: {
            vi: `Cần sự đồng ý của công dân cho thủ tục ${nationalCodeOf(procedure.code)} (POST /citizen-data/consents, phạm vi: ${needed.join(', ')})`,
            en: `The citizen's consent for procedure ${nationalCodeOf(procedure.code)} is needed (POST /citizen-data/consents, scopes: ${needed.join(', ')})`,
          },
        });
      const { record, recordId } = await lookupCitizen(db, consent.citizen_id);
      population = { consent, scopes: new Set(fromJson<string[]>(consent.scopes)), record, recordId };
    }
    // `recordId` names the registry record (or the e-ID subject) a value came from; the contract has no member for it yet.
    const values: Record<string, citizenData.PrefilledValue & { recordId?: string }> = {};
    for (const field of fields) {
      const { source, claim, editable } = field.prefill;
      if (source === 'population') {
        if (!population?.scopes.has(claim)) continue;
        const value = fitToField(field, populationClaim(population.record, claim));
        if (value === undefined) continue;
        values[field.name] = {
          value,
          source,
          claim,
          editable,
          retrievedAt,
          consentId: population.consent.id,
          recordId: population.recordId,
        };
      } else {
        const value = fitToField(field, profileClaim(principal.claims, claim));
        if (value === undefined) continue;
        const sub = principal.claims.sub;
        values[field.name] = {
          value,
          source,
          claim,
          editable,
          retrievedAt,
          ...(typeof sub === 'string' ? { recordId: sub } : {}),
        };
      }
    }
    return {
      procedureCode: procedure.code,
      formSpec: { id: formSpec.id, version: formSpec.version },
      values,
    };
  }),

  route(citizenData.documents, async ({ db, query, principal }) => {
    // A business signs in through its representative; the data store is the person's, not the company's.
    const citizenId = principal.personaKind === 'citizen' ? applicantCitizenId(principal.claims) : undefined;
    if (citizenId === undefined) return { items: [] };
    let rows = await db
      .selectFrom('citizen_documents')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .orderBy('position')
      .execute();
    if (query.documentType !== undefined) {
      const wanted = foldText(query.documentType);
      rows = rows.filter((row) => row.document_type_folded.includes(wanted));
    }
    if (query.procedureCode !== undefined) {
      // Documents whose type a component of the procedure names ("Bản sao Giấy khai sinh" takes a birth certificate).
      const procedure = await findProcedure(db, query.procedureCode);
      const components = (procedure?.documentComponents ?? []).map((component) => foldText(component.name));
      rows = rows.filter((row) => components.some((name) => name.includes(row.document_type_folded)));
    }
    return {
      items: rows.map((row) => ({
        id: row.id,
        title: row.title,
        documentType: row.document_type,
        ...(row.issuer === null ? {} : { issuer: row.issuer }),
        ...(row.issued_on === null ? {} : { issuedOn: row.issued_on }),
        ...(row.valid_until === null ? {} : { validUntil: row.valid_until }),
        file: fromJson<StoredFile>(row.file),
        ...(row.from_dossier_code === null ? {} : { fromDossierCode: row.from_dossier_code }),
      })),
    };
  }),
];
