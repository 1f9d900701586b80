import type { IdentityClaims } from '@motcua/core';
import type { Kysely } from 'kysely';
import { hashSecret } from '../auth/credentials.js';
import { toJson, toTimestamp } from '../db/portable.js';
import type { Database, OfficerRole, PersonaKind } from '../db/schema.js';
import {
  type CitizenPersona,
  scenarios,
  seedApiKeys,
  seedPersonas as seedDataPersonas,
} from '../seed-data/index.js';
import { batches } from './batch.js';
import type { SeedContext } from './context.js';

/** A demo identity, as seeded into `personas`. */
export interface PersonaSeed {
  readonly id: string;
  readonly kind: PersonaKind;
  readonly displayName: string;
  /** One line on what the persona is for in a demo (shown by `GET /sandbox/personas` and the sign-in page). */
  readonly description: string;
  readonly claims: Readonly<Record<string, unknown>>;
  readonly agencyCode?: string;
  readonly role?: OfficerRole;
}

/**
 * A citizen whose e-ID works but whom the population registry cannot serve: the only way a magic citizen ID of
 * `scenarios` reaches the registry through prefill (which looks up the signed-in citizen). Sandbox conventions,
 * illustrative; the registry holds no record for either number.
 */
function registryScenarioPersona(
  id: string,
  citizenId: string,
  name: string,
  birthdate: string,
  gender: 'male' | 'female',
  description: string,
): CitizenPersona {
  const claims: IdentityClaims = {
    sub: `vneid|${citizenId}`,
    citizenId,
    name,
    birthdate,
    gender,
    assuranceLevel: 2,
  };
  return { id, kind: 'citizen', displayName: name, description, claims, agencyCode: null, role: null };
}

/**
 * Personas the seed-data does not have, for the registry's magic values (see `seed-data/scenarios.ts`):
 * `citizen-unregistered` (079099999999, the registry answers "no such citizen") and `citizen-registry-down`
 * (001199999999, the data-sharing platform times out).
 */
export const REGISTRY_SCENARIO_PERSONAS: readonly CitizenPersona[] = [
  registryScenarioPersona(
    'citizen-unregistered',
    scenarios.unknownCitizen.value,
    'Phạm Minh Quân',
    '1999-06-01',
    'male',
    'Scenario: the population registry has no record of this citizen ID (prefill answers 404).',
  ),
  registryScenarioPersona(
    'citizen-registry-down',
    scenarios.registryUnavailable.value,
    'Vũ Thị Thảo',
    '1999-09-09',
    'female',
    'Scenario: the provincial data-sharing platform times out for her (prefill answers 503, Retry-After).',
  ),
];

/**
 * Every seeded persona: seed-data's 73 (16 citizens, 3 businesses, officers of the seeded agencies) and the two
 * registry-scenario citizens.
 */
export const PERSONAS: readonly PersonaSeed[] = [...seedDataPersonas, ...REGISTRY_SCENARIO_PERSONAS].map(
  (persona): PersonaSeed => ({
    id: persona.id,
    kind: persona.kind,
    displayName: persona.displayName,
    description: persona.description,
    claims: persona.claims as unknown as Readonly<Record<string, unknown>>,
    ...(persona.agencyCode === null ? {} : { agencyCode: persona.agencyCode }),
    ...(persona.role === null ? {} : { role: persona.role }),
  }),
);

const byId = new Map(PERSONAS.map((persona) => [persona.id, persona]));

/**
 * A seeded persona by id.
 *
 * @example
 * personaSeed('citizen-an')?.description // 'Hà Nội, Ba Đình; married, one son: the default demo citizen.'
 */
export function personaSeed(id: string): PersonaSeed | undefined {
  return byId.get(id);
}

/**
 * The demo agency: Hà Nội's Public Administration Service Centre, the one agency with both a seeded desk
 * officer (`DEMO_OFFICER_ID`) and a seeded back-office API key (`DEMO_AGENCY_API_KEY`).
 */
export const DEMO_AGENCY_CODE = '000.00.01.H26';

/** The desk officer of {@link DEMO_AGENCY_CODE}. */
export const DEMO_OFFICER_ID = 'officer-ha-noi-centre-desk';

const demoKey = seedApiKeys.find((key) => key.agencyCode === DEMO_AGENCY_CODE);
if (!demoKey) throw new Error(`seed-data has no API key for ${DEMO_AGENCY_CODE}`);

/**
 * The demo back-office system's API key (`X-Api-Key`) for {@link DEMO_AGENCY_CODE}: one of seed-data's 36
 * deterministic keys (`sk_sandbox_<level-1 code>_<body>`), printed by the CLI on purpose.
 */
export const DEMO_AGENCY_API_KEY: { readonly id: string; readonly key: string } = {
  id: demoKey.id,
  key: demoKey.key,
};

/**
 * Seeds the personas. Inserting an existing id does nothing, so seeding an already seeded (file or PostgreSQL)
 * database is harmless.
 *
 * @example
 * await seedPersonas(trx, { clock, dialect: 'sqlite' });
 */
export async function seedPersonas(db: Kysely<Database>, { clock }: SeedContext): Promise<void> {
  const createdAt = toTimestamp(clock.now());
  const rows = PERSONAS.map((persona) => ({
    id: persona.id,
    kind: persona.kind,
    display_name: persona.displayName,
    claims: toJson(persona.claims),
    agency_code: persona.agencyCode ?? null,
    role: persona.role ?? null,
    created_at: createdAt,
  }));
  for (const batch of batches(rows)) {
    await db
      .insertInto('personas')
      .values(batch)
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
  }
}

/**
 * Seeds seed-data's 36 back-office API keys (one per provincial body of each seeded province), stored as their
 * SHA-256 like every credential.
 *
 * @example
 * await seedAgencyApiKeys(trx, context); // then X-Api-Key: sk_sandbox_h26_justice works
 */
export async function seedAgencyApiKeys(db: Kysely<Database>, { clock }: SeedContext): Promise<void> {
  const createdAt = toTimestamp(clock.now());
  await db
    .insertInto('api_keys')
    .values(
      seedApiKeys.map((key) => ({
        key_hash: hashSecret(key.key),
        id: key.id,
        agency_code: key.agencyCode,
        label: key.label,
        created_at: createdAt,
      })),
    )
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}
