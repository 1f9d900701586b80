import type { ColumnType, Generated } from 'kysely';

/**
 * Storage conventions, chosen once for both engines:
 * - timestamps are ISO 8601 UTC strings with milliseconds (`2026-02-13T03:00:00.000Z`, see {@link toTimestamp}):
 *   the same text on SQLite and PostgreSQL, readable in a database shell, and — being fixed-width — ordered
 *   correctly by plain string comparison, so `where expires_at > ?` works without engine date functions;
 * - JSON is stored as text (see {@link toJson}), parsed by the code that owns the column;
 * - 64-bit integers (`bigint`/`bigserial` on PostgreSQL) are read back as JavaScript numbers on both engines.
 */
export type Timestamp = string;

/** A JSON document stored as text. */
export type JsonText = string;

/** `Idempotency-Key` outcomes: the response a key's first request produced, replayed to later requests. */
export interface IdempotencyKeyTable {
  /** Who sent the key (`persona:<id>`, `agencyKey:<id>` or `anonymous`): keys are scoped per principal. */
  principal: string;
  key: string;
  endpoint_id: string;
  /** SHA-256 (hex) of the canonical JSON of the request's params, query and body. */
  request_hash: string;
  /** `completed`: rows are written only by the transaction that produced the response. */
  status: 'completed';
  response_status: number;
  response_body: string | null;
  /** Response headers worth replaying (content type, location), as a JSON object. */
  response_headers: JsonText;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/**
 * The outbox: every domain event, in commit order. Server-sent event streams resume from `Last-Event-ID`
 * (= `id`) and webhook deliveries read from here.
 */
export interface EventTable {
  id: Generated<number>;
  type: string;
  /** Stream keys: which dossier and which agency the event concerns, when it concerns one. */
  dossier_code: string | null;
  agency_code: string | null;
  payload: JsonText;
  created_at: Timestamp;
}

/** Opaque bearer tokens. Only their SHA-256 is stored: a database dump holds no usable credential. */
export interface TokenTable {
  token_hash: string;
  persona_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** Back-office systems' API keys (`X-Api-Key`), hashed like tokens. */
export interface ApiKeyTable {
  key_hash: string;
  /** A stable, printable identifier of the key (never the key itself). */
  id: string;
  agency_code: string;
  label: string;
  created_at: Timestamp;
}

export type PersonaKind = 'citizen' | 'business' | 'officer';
export type OfficerRole = 'deskOfficer' | 'specialist';

/** Demo identities: citizens and businesses (applicants) and officers (desk officers and specialists). */
export interface PersonaTable {
  id: string;
  kind: PersonaKind;
  display_name: string;
  /** What an e-ID userinfo answer would carry (citizen ID, name, birth date, contacts…), as JSON. */
  claims: JsonText;
  /** Officers only: the agency they work for (QCVN 102:2016 code). */
  agency_code: string | null;
  role: OfficerRole | null;
  created_at: Timestamp;
}

/** The test clock: a single row (`id = 1`) holding how far the sandbox's time runs ahead of real time. */
export interface ClockTable {
  id: number;
  offset_ms: ColumnType<number, number, number>;
}

/**
 * Every table of the sandbox. Domain modules add theirs by declaration merging, next to their migrations:
 *
 * @example
 * declare module '../db/schema' {
 *   interface Database { dossiers: DossierTable }
 * }
 */
export interface Database {
  idempotency_keys: IdempotencyKeyTable;
  events: EventTable;
  tokens: TokenTable;
  api_keys: ApiKeyTable;
  personas: PersonaTable;
  clock: ClockTable;
}
