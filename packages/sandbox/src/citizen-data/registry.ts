/**
 * The emulated National Population Database, as provincial systems reach it through the data-sharing platform
 * (LGSP/NDXP): a lookup by citizen ID that finds a record, finds none, or fails because the platform is down.
 * The magic citizen IDs of `seed-data/scenarios.ts` force the last two outcomes.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fromJson } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { ProblemError } from '../http/problem.js';
import { type SeedCitizen, scenarioFor } from '../seed-data/index.js';
import './schema.js';

/** Seconds a caller should wait before asking the registry again when it is unavailable. */
export const REGISTRY_RETRY_AFTER_SECONDS = 5;

/** What the registry answered. */
export type RegistryAnswer =
  | { readonly outcome: 'found'; readonly recordId: string; readonly record: SeedCitizen }
  | { readonly outcome: 'notFound' }
  | { readonly outcome: 'unavailable'; readonly retryAfterSeconds: number };

/**
 * The registry's identifier of a record: stable, opaque, and not the citizen ID itself.
 *
 * @example
 * populationRecordId('001087123456') // 'npd-3c1f…' (16 hex digits)
 */
export function populationRecordId(citizenId: string): string {
  return `npd-${createHash('sha256').update(`npd:${citizenId}`).digest('hex').slice(0, 16)}`;
}

/**
 * Looks a citizen up. `registryUnavailable`'s ID answers `unavailable`; `unknownCitizen`'s (and any number the
 * registry does not hold) `notFound`.
 *
 * @example
 * const answer = await queryRegistry(db, '001087123456');
 * if (answer.outcome === 'found') answer.record.fullName // 'Nguyễn Văn An'
 */
export async function queryRegistry(db: Kysely<Database>, citizenId: string): Promise<RegistryAnswer> {
  const id = citizenId.trim();
  const scenario = scenarioFor('population', 'citizenId', id);
  if (scenario?.outcome === 'unavailable')
    return { outcome: 'unavailable', retryAfterSeconds: REGISTRY_RETRY_AFTER_SECONDS };
  if (scenario?.outcome === 'notFound') return { outcome: 'notFound' };
  const row = await db
    .selectFrom('population_records')
    .select(['record_id', 'document'])
    .where('citizen_id', '=', id)
    .executeTakeFirst();
  return row
    ? { outcome: 'found', recordId: row.record_id, record: fromJson<SeedCitizen>(row.document) }
    : { outcome: 'notFound' };
}

/**
 * Like {@link queryRegistry}, but failures are the problems an endpoint answers with: `404 resource.notFound`
 * ("no such citizen in the registry") or `503 server.unavailable` with `Retry-After`.
 *
 * @example
 * const { record, recordId } = await lookupCitizen(db, principalCitizenId);
 */
export async function lookupCitizen(
  db: Kysely<Database>,
  citizenId: string,
): Promise<{ recordId: string; record: SeedCitizen }> {
  const answer = await queryRegistry(db, citizenId);
  if (answer.outcome === 'found') return answer;
  const masked = `*********${citizenId.trim().slice(-3)}`;
  if (answer.outcome === 'unavailable') {
    throw new ProblemError('server.unavailable', {
      detail: {
        vi: 'Nền tảng chia sẻ dữ liệu (LGSP/NDXP) không phản hồi khi tra cứu Cơ sở dữ liệu quốc gia về dân cư; hãy thử lại sau hoặc để công dân tự khai',
        en: 'The data-sharing platform (LGSP/NDXP) did not answer the National Population Database lookup; retry later or let the citizen type the answers',
      },
      headers: { 'Retry-After': String(answer.retryAfterSeconds) },
    });
  }
  throw new ProblemError('resource.notFound', {
    detail: {
      vi: `Cơ sở dữ liệu quốc gia về dân cư không có công dân số định danh ${masked}`,
      en: `The National Population Database has no citizen with ID ${masked}`,
    },
  });
}
