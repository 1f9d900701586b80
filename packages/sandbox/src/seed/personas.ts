import type { Kysely } from 'kysely';
import { hashSecret } from '../auth/credentials.js';
import { toJson, toTimestamp } from '../db/portable.js';
import type { Database, OfficerRole, PersonaKind } from '../db/schema.js';
import type { SeedContext } from './context.js';

/**
 * The demo agency the seeded officers work for: a commune-level People's Committee, coded QCVN 102:2016 style
 * (lower units fill the left groups). Agency records themselves are seeded with the procedure catalogue.
 */
export const DEMO_AGENCY_CODE = '000.00.14.H56';

/** A demo identity, as seeded. */
export interface PersonaSeed {
  readonly id: string;
  readonly kind: PersonaKind;
  readonly displayName: string;
  readonly claims: Readonly<Record<string, unknown>>;
  readonly agencyCode?: string;
  readonly role?: OfficerRole;
}

/**
 * The demo personas. Identifiers are structurally valid but invented: citizen IDs are `0` + a pre-2025 province
 * code, a century/gender digit, two birth-year digits and six digits (no checksum exists); the business uses the
 * tax code the domain notes give as a valid example (its check digit holds).
 */
export const PERSONAS: readonly PersonaSeed[] = [
  {
    id: 'citizen-an',
    kind: 'citizen',
    displayName: 'Nguyễn Văn An',
    claims: {
      // 001 Hà Nội, 0 = male born in the 1900s, 87 = 1987.
      citizenId: '001087123456',
      fullName: 'Nguyễn Văn An',
      birthDate: '1987-03-12',
      gender: 'male',
      phone: '0912345678',
      email: 'nguyen.van.an@example.vn',
      permanentAddress: { line: 'Số 12 phố Đội Cấn', communeCode: '00004', provinceCode: '01' },
      identityLevel: 2,
    },
  },
  {
    id: 'citizen-binh',
    kind: 'citizen',
    displayName: 'Trần Thị Bình',
    claims: {
      // 079 Hồ Chí Minh City, 1 = female born in the 1900s, 95 = 1995.
      citizenId: '079195004321',
      fullName: 'Trần Thị Bình',
      birthDate: '1995-11-02',
      gender: 'female',
      phone: '0987654321',
      email: 'tran.thi.binh@example.vn',
      permanentAddress: { line: '45 đường Lê Lợi', communeCode: '26734', provinceCode: '79' },
      identityLevel: 2,
    },
  },
  {
    id: 'business-minh-phat',
    kind: 'business',
    displayName: 'Công ty TNHH Minh Phát',
    claims: {
      taxCode: '0100233488',
      enterpriseName: 'Công ty TNHH Minh Phát',
      // The legal representative signs in with their own e-ID and acts for the business.
      representative: { fullName: 'Lê Minh Phát', citizenId: '001080765432' },
      phone: '0243123456',
      email: 'lienhe@minhphat.example.vn',
    },
  },
  {
    id: 'officer-desk',
    kind: 'officer',
    displayName: 'Phạm Thị Cúc',
    agencyCode: DEMO_AGENCY_CODE,
    role: 'deskOfficer',
    claims: {
      fullName: 'Phạm Thị Cúc',
      title: 'Cán bộ tiếp nhận, Bộ phận Một cửa',
      email: 'cuc.pt@example.gov.vn',
    },
  },
  {
    id: 'officer-specialist',
    kind: 'officer',
    displayName: 'Hoàng Văn Dũng',
    agencyCode: DEMO_AGENCY_CODE,
    role: 'specialist',
    claims: { fullName: 'Hoàng Văn Dũng', title: 'Chuyên viên xử lý', email: 'dung.hv@example.gov.vn' },
  },
];

/**
 * The demo back-office system's API key (`X-Api-Key`), for endpoints open to `agencyKey`. A sandbox secret,
 * printed by the CLI on purpose.
 */
export const DEMO_AGENCY_API_KEY = {
  id: 'demo-agency-system',
  key: 'sk_sandbox_demo_agency_system_000_00_14_H56',
};

/**
 * Seeds the personas and the demo API key. Inserting an existing id does nothing, so seeding an already seeded
 * (file or PostgreSQL) database is harmless.
 *
 * @example
 * await seedPersonas(trx, { clock, dialect: 'sqlite' });
 */
export async function seedPersonas(db: Kysely<Database>, { clock }: SeedContext): Promise<void> {
  const createdAt = toTimestamp(clock.now());
  await db
    .insertInto('personas')
    .values(
      PERSONAS.map((persona) => ({
        id: persona.id,
        kind: persona.kind,
        display_name: persona.displayName,
        claims: toJson(persona.claims),
        agency_code: persona.agencyCode ?? null,
        role: persona.role ?? null,
        created_at: createdAt,
      })),
    )
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  await db
    .insertInto('api_keys')
    .values({
      key_hash: hashSecret(DEMO_AGENCY_API_KEY.key),
      id: DEMO_AGENCY_API_KEY.id,
      agency_code: DEMO_AGENCY_CODE,
      label: 'Hệ thống một cửa điện tử (demo)',
      created_at: createdAt,
    })
    .onConflict((conflict) => conflict.column('key_hash').doNothing())
    .execute();
}
