import { foldText } from '@motcua/core';
import type { Kysely } from 'kysely';
import { toJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { batches } from '../seed/batch.js';
import type { Seeder } from '../seed/context.js';
import { seedPopulation } from '../seed-data/index.js';
import { seedCitizenDocuments } from './documents.js';
import { populationRecordId } from './registry.js';
import './schema.js';

/**
 * Seeds the population registry (seed-data's 23 citizens) and their data-store documents. Insert-if-absent.
 *
 * @example
 * await seedCitizenData(trx, context);
 */
export const seedCitizenData: Seeder = async (db: Kysely<Database>) => {
  await db
    .insertInto('population_records')
    .values(
      seedPopulation.map((citizen) => ({
        citizen_id: citizen.citizenId,
        record_id: populationRecordId(citizen.citizenId),
        full_name: citizen.fullName,
        document: toJson(citizen),
      })),
    )
    .onConflict((conflict) => conflict.column('citizen_id').doNothing())
    .execute();
  const documents = seedCitizenDocuments.map((document, position) => ({
    id: document.id,
    citizen_id: document.citizenId,
    position,
    title: document.title,
    document_type: document.documentType,
    document_type_folded: foldText(document.documentType),
    issuer: document.issuer ?? null,
    issued_on: document.issuedOn ?? null,
    valid_until: document.validUntil ?? null,
    file: toJson(document.file),
    from_dossier_code: document.fromDossierCode ?? null,
  }));
  for (const batch of batches(documents)) {
    await db
      .insertInto('citizen_documents')
      .values(batch)
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
  }
};
