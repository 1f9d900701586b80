/**
 * The citizen-data tables: the emulated National Population Database, citizens' consents to share it, and the
 * documents of their data store (kho dữ liệu).
 */
import type { JsonText, Timestamp } from '../db/schema.js';

/** One record of the National Population Database (Cơ sở dữ liệu quốc gia về dân cư). */
export interface PopulationRecordTable {
  /** Số định danh cá nhân, 12 digits. */
  citizen_id: string;
  /** The registry's own identifier of the record, quoted as prefill provenance (`npd-…`). */
  record_id: string;
  full_name: string;
  /** seed-data's `SeedCitizen`: core's `CitizenRecord` plus relations, marital status, contacts. */
  document: JsonText;
}

/** A citizen's consent to share registry data for one procedure. */
export interface ConsentTable {
  id: string;
  /** Who gave it: the signed-in persona. */
  persona_id: string;
  /** Whose registry data it opens (the persona's, or a business representative's). */
  citizen_id: string;
  purpose: string;
  /** As given; matched on its national part. */
  procedure_code: string;
  /** National part of `procedure_code`, for matching. */
  national_code: string;
  /** Prefill claims it covers, as a JSON array. */
  scopes: JsonText;
  /** `expired` is never stored: it is `active` with `expires_at` passed on the test clock. */
  status: 'active' | 'revoked';
  granted_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

/** A document of a citizen's data store: an earlier result, or a digitised paper. */
export interface CitizenDocumentTable {
  id: string;
  citizen_id: string;
  position: number;
  title: string;
  document_type: string;
  /** `foldText(document_type)`, for diacritic-insensitive matching. */
  document_type_folded: string;
  issuer: string | null;
  issued_on: string | null;
  valid_until: string | null;
  /** core's `StoredFile` of its electronic copy, as JSON. */
  file: JsonText;
  from_dossier_code: string | null;
}

declare module '../db/schema.js' {
  interface Database {
    population_records: PopulationRecordTable;
    consents: ConsentTable;
    citizen_documents: CitizenDocumentTable;
  }
}
