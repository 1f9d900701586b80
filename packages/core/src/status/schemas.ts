import * as z from 'zod/mini';
import { ACTORS, type Actor } from './actors.js';
import { type DossierStatusCode, isDossierStatusCode } from './codes.js';

/**
 * A dossier status code, 0–10 (0 = our Draft). Anything else, a non-integer included, reads 'status.unknown'.
 * The bounds are declared too so that generated JSON Schema / OpenAPI shows them.
 *
 * @example
 * validate(DossierStatusCodeSchema, 11, { locale: 'en' }) // issue 'status.unknown'
 */
export const DossierStatusCodeSchema = z
  .number()
  .check(
    z.refine(isDossierStatusCode, { params: { key: 'status.unknown' }, abort: true }),
    z.int(),
    z.gte(0),
    z.lte(10),
  ) as z.ZodMiniType<DossierStatusCode, number>;

/**
 * Who moved a dossier: applicant, desk officer, specialist or the system.
 *
 * @example
 * validate(ActorSchema, 'specialist') // { ok: true, value: 'specialist' }
 */
export const ActorSchema: z.ZodMiniType<Actor, Actor> = z.enum(ACTORS);
