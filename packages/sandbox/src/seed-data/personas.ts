/**
 * Demo personas: who can sign in to the sandbox (citizens and businesses as applicants, officers of the seeded
 * agencies), and the API keys of the agencies' back-office systems.
 *
 * Real: the shape of e-ID claims (core's `IdentityClaims`), the two VNeID assurance levels, the desk officer /
 * specialist split of one-stop processing (Decree 118/2025/NĐ-CP), the two tax codes' check digits.
 * Illustrative: every name, `sub`, e-mail and key. Tax code 0100233488 is valid in form; the company name given
 * to it here is invented (the sandbox does not claim to know who really holds it). Same for 0314409058.
 */
import type { IdentityClaims } from '@motcua/core';
import {
  agencyForRole,
  PROVINCE_LEVEL1_CODES,
  PROVINCIAL_BODIES,
  type ProvincialRole,
  provincialAgencyCode,
  SEED_PROVINCE_CODES,
  type SeedProvinceCode,
} from './agencies.js';
import { CITIZEN_IDS, citizenById } from './population.js';

/** Matches the sandbox's `personas.kind` column. */
export type SeedPersonaKind = 'citizen' | 'business' | 'officer';
/** Cán bộ tiếp nhận (one-stop desk) or chuyên viên xử lý (processing specialist). */
export type SeedOfficerRole = 'deskOfficer' | 'specialist';

/** What a business's sign-in (organisation e-ID through the national portal) yields, in the sandbox's terms. */
export interface BusinessClaims {
  readonly sub: string;
  readonly taxCode: string;
  readonly name: string;
  /** The legal representative who signs in on the business's behalf. */
  readonly representative: { readonly citizenId: string; readonly name: string };
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
}

/** What an officer's sign-in (the province's one-stop software, often through the Government CA) yields. */
export interface OfficerClaims {
  readonly sub: string;
  readonly name: string;
  /** Chức danh as printed on the processing history. */
  readonly title: string;
  readonly agencyCode: string;
  readonly email: string;
}

interface PersonaBase {
  /** Stable slug, the sandbox's sign-in handle (`citizen-an`). */
  readonly id: string;
  readonly displayName: string;
  /** One line on why the persona exists (shown by the sandbox's persona picker). */
  readonly description: string;
}

export interface CitizenPersona extends PersonaBase {
  readonly kind: 'citizen';
  readonly claims: IdentityClaims;
  readonly agencyCode: null;
  readonly role: null;
}

export interface BusinessPersona extends PersonaBase {
  readonly kind: 'business';
  readonly claims: BusinessClaims;
  readonly agencyCode: null;
  readonly role: null;
}

export interface OfficerPersona extends PersonaBase {
  readonly kind: 'officer';
  readonly claims: OfficerClaims;
  readonly agencyCode: string;
  readonly role: SeedOfficerRole;
}

export type SeedPersona = CitizenPersona | BusinessPersona | OfficerPersona;

/**
 * A citizen persona whose claims are read from the population record, as VNeID's userinfo would carry them.
 * A level-1 account carries no addresses (its identity was not verified against the registry in person).
 */
function citizen(id: string, citizenId: string, assuranceLevel: 1 | 2, description: string): CitizenPersona {
  const record = citizenById(citizenId);
  if (!record) throw new Error(`Persona ${id} names unknown citizen ${citizenId}`);
  const claims: IdentityClaims = {
    sub: `vneid|${citizenId}`,
    citizenId,
    name: record.fullName,
    birthdate: record.birthDate,
    gender: record.gender,
    assuranceLevel,
    ...(record.phone === undefined ? {} : { phone: record.phone }),
    ...(record.email === undefined ? {} : { email: record.email }),
    ...(assuranceLevel === 2 && record.permanentAddress !== undefined
      ? {
          addresses: {
            permanent: record.permanentAddress,
            ...(record.currentAddress === undefined ? {} : { current: record.currentAddress }),
          },
        }
      : {}),
  };
  return {
    id,
    kind: 'citizen',
    displayName: record.fullName,
    description,
    claims,
    agencyCode: null,
    role: null,
  };
}

const citizens: CitizenPersona[] = [
  citizen('citizen-an', CITIZEN_IDS.an, 2, 'Hà Nội, Ba Đình; married, one son: the default demo citizen.'),
  citizen('citizen-binh', CITIZEN_IDS.binh, 2, "An's wife: registers their newborn's birth."),
  citizen('citizen-phuc', CITIZEN_IDS.phuc, 2, 'TP.HCM, phường Sài Gòn; single, marrying Trang.'),
  citizen(
    'citizen-trang',
    CITIZEN_IDS.trang,
    2,
    'Permanent in Thủ Dầu Một, living in Bình Thạnh: temporary residence.',
  ),
  citizen('citizen-mai', CITIZEN_IDS.mai, 2, "Gò Vấp; applies for her elderly father's social allowance."),
  citizen('citizen-ka-hong', CITIZEN_IDS.kaHong, 2, 'Cơ Ho woman in Lâm Đồng (Lang Biang - Đà Lạt).'),
  citizen('citizen-bao', CITIZEN_IDS.bao, 2, 'Đức Trọng, Lâm Đồng: household business, land certificate.'),
  citizen(
    'citizen-thanh-tam',
    CITIZEN_IDS.thanhTam,
    2,
    'Student from Phan Thiết: judicial record certificate.',
  ),
  citizen('citizen-ngoc-anh', CITIZEN_IDS.ngocAnh, 2, 'Hoàn Kiếm: runs a household business (phở shop).'),
  citizen('citizen-tuan', CITIZEN_IDS.tuan, 2, 'Legal representative of Công ty TNHH Thương mại An Phát.'),
  citizen('citizen-hanh', CITIZEN_IDS.hanh, 2, 'Scenario: never consents to data sharing.'),
  citizen('citizen-loi', CITIZEN_IDS.loi, 2, 'Scenario: rejects every remote-signing request.'),
  citizen('citizen-hai', CITIZEN_IDS.hai, 2, 'Scenario: lets remote-signing requests expire.'),
  citizen('citizen-thu', CITIZEN_IDS.thu, 2, 'Scenario: her online payments are declined.'),
  citizen('citizen-duc', CITIZEN_IDS.duc, 2, 'Scenario: his online payments time out.'),
  citizen(
    'citizen-lien',
    CITIZEN_IDS.lien,
    1,
    'Level-1 e-ID account: no verified addresses, cannot sign remotely.',
  ),
];

const tuan = citizenById(CITIZEN_IDS.tuan);
const phuc = citizenById(CITIZEN_IDS.phuc);

const businesses: BusinessPersona[] = [
  {
    id: 'business-an-phat',
    kind: 'business',
    displayName: 'Công ty TNHH Thương mại An Phát',
    description: 'An enterprise in Hà Nội (head office, valid tax code 0100233488).',
    claims: {
      sub: 'vneid-org|0100233488',
      taxCode: '0100233488',
      name: 'Công ty TNHH Thương mại An Phát',
      representative: { citizenId: CITIZEN_IDS.tuan, name: tuan?.fullName ?? 'Hoàng Minh Tuấn' },
      phone: '02437654321',
      email: 'lienhe@anphat.example.vn',
      address: 'Số 8 ngõ 165 phố Cầu Giấy, Phường Cầu Giấy, Thành phố Hà Nội',
    },
    agencyCode: null,
    role: null,
  },
  {
    id: 'business-sai-gon-so',
    kind: 'business',
    displayName: 'Công ty Cổ phần Công nghệ Sài Gòn Số',
    description: 'An enterprise in TP.HCM (tax code 0314409058) with a branch in Lâm Đồng.',
    claims: {
      sub: 'vneid-org|0314409058',
      taxCode: '0314409058',
      name: 'Công ty Cổ phần Công nghệ Sài Gòn Số',
      representative: { citizenId: CITIZEN_IDS.phuc, name: phuc?.fullName ?? 'Lê Hoàng Phúc' },
      email: 'contact@saigonso.example.vn',
      address: 'Số 45 đường Lý Tự Trọng, Phường Sài Gòn, Thành phố Hồ Chí Minh',
    },
    agencyCode: null,
    role: null,
  },
  {
    id: 'business-sai-gon-so-lam-dong',
    kind: 'business',
    displayName: 'Chi nhánh Lâm Đồng - Công ty Cổ phần Công nghệ Sài Gòn Số',
    description: 'A dependent branch (tax code 0314409058-002); scenario: its organisation signing fails.',
    claims: {
      sub: 'vneid-org|0314409058-002',
      taxCode: '0314409058-002',
      name: 'Chi nhánh Lâm Đồng - Công ty Cổ phần Công nghệ Sài Gòn Số',
      representative: { citizenId: CITIZEN_IDS.phuc, name: phuc?.fullName ?? 'Lê Hoàng Phúc' },
      address: 'Số 2 đường Trần Hưng Đạo, Phường Xuân Hương - Đà Lạt, Tỉnh Lâm Đồng',
    },
    agencyCode: null,
    role: null,
  },
];

const ROLE_TITLE: Readonly<Record<SeedOfficerRole, string>> = {
  deskOfficer: 'Cán bộ tiếp nhận',
  specialist: 'Chuyên viên xử lý',
};

function officer(
  id: string,
  name: string,
  agencyCode: string | undefined,
  role: SeedOfficerRole,
  description: string,
): OfficerPersona {
  if (agencyCode === undefined) throw new Error(`Officer ${id} names an agency the seed lacks`);
  return {
    id,
    kind: 'officer',
    displayName: name,
    description,
    claims: {
      sub: `officer|${id}`,
      name,
      title: ROLE_TITLE[role],
      agencyCode,
      email: `${id}@sandbox.motcua.example`,
    },
    agencyCode,
    role,
  };
}

/** Two communes per province whose committees and police are staffed, by slug. */
export const STAFFED_COMMUNES: Readonly<Record<SeedProvinceCode, readonly { slug: string; code: string }[]>> =
  {
    '01': [
      { slug: 'ba-dinh', code: '00004' },
      { slug: 'hoan-kiem', code: '00070' },
    ],
    '79': [
      { slug: 'sai-gon', code: '26740' },
      { slug: 'binh-thanh', code: '26929' },
    ],
    '68': [
      { slug: 'xuan-huong-da-lat', code: '24781' },
      { slug: 'duc-trong', code: '24958' },
    ],
  };

const PROVINCE_SLUG: Readonly<Record<SeedProvinceCode, string>> = {
  '01': 'ha-noi',
  '79': 'hcm',
  '68': 'lam-dong',
};

/** Hand-named officers, the ones demos use: a desk officer and a specialist per staffed commune, and more. */
const NAMED_OFFICERS: readonly [
  string,
  string,
  SeedProvinceCode,
  ProvincialRole | { commune: string; police?: true },
  SeedOfficerRole,
][] = [
  ['officer-ha-noi-centre-desk', 'Nguyễn Thị Thu Hà', '01', 'serviceCentre', 'deskOfficer'],
  ['officer-ha-noi-justice', 'Trần Quang Minh', '01', 'justice', 'specialist'],
  ['officer-ba-dinh-desk', 'Phạm Thị Hồng Nhung', '01', { commune: '00004' }, 'deskOfficer'],
  ['officer-ba-dinh-specialist', 'Lê Văn Thành', '01', { commune: '00004' }, 'specialist'],
  ['officer-hoan-kiem-desk', 'Đinh Thị Lan Anh', '01', { commune: '00070' }, 'deskOfficer'],
  ['officer-hoan-kiem-specialist', 'Ngô Đức Toàn', '01', { commune: '00070' }, 'specialist'],
  ['officer-hcm-centre-desk', 'Trần Thị Ngọc Hân', '79', 'serviceCentre', 'deskOfficer'],
  ['officer-hcm-justice', 'Nguyễn Hoàng Long', '79', 'justice', 'specialist'],
  ['officer-sai-gon-desk', 'Lâm Thị Mỹ Duyên', '79', { commune: '26740' }, 'deskOfficer'],
  ['officer-sai-gon-specialist', 'Võ Minh Khang', '79', { commune: '26740' }, 'specialist'],
  ['officer-binh-thanh-desk', 'Huỳnh Thị Kim Ngân', '79', { commune: '26929' }, 'deskOfficer'],
  ['officer-binh-thanh-specialist', 'Đoàn Văn Hậu', '79', { commune: '26929' }, 'specialist'],
  ['officer-lam-dong-centre-desk', 'Phan Thị Thanh Thủy', '68', 'serviceCentre', 'deskOfficer'],
  ['officer-lam-dong-justice', "K'Tiếng", '68', 'justice', 'specialist'],
  ['officer-xuan-huong-da-lat-desk', 'Lê Thị Bích Ngọc', '68', { commune: '24781' }, 'deskOfficer'],
  ['officer-xuan-huong-da-lat-specialist', 'Trần Đình Phong', '68', { commune: '24781' }, 'specialist'],
  ['officer-duc-trong-desk', 'Nguyễn Thị Hải Yến', '68', { commune: '24958' }, 'deskOfficer'],
  ['officer-duc-trong-specialist', 'Hồ Văn Sang', '68', { commune: '24958' }, 'specialist'],
];

function namedOfficers(): OfficerPersona[] {
  return NAMED_OFFICERS.map(([id, name, provinceCode, where, role]) => {
    const agency =
      typeof where === 'string'
        ? agencyForRole(where, { provinceCode })
        : agencyForRole('communeCommittee', { communeCode: where.commune });
    return officer(id, name, agency?.code, role, `${ROLE_TITLE[role]}, ${agency?.name ?? '?'}.`);
  });
}

/**
 * One specialist per remaining provincial body and per staffed commune's police, so every procedure of the
 * catalogue has someone to process it. Named by post, not by person: "Chuyên viên Sở Y tế tỉnh Lâm Đồng".
 */
function postOfficers(): OfficerPersona[] {
  const staffed = new Set(['serviceCentre', 'justice']);
  const officers: OfficerPersona[] = [];
  for (const provinceCode of SEED_PROVINCE_CODES) {
    const slug = PROVINCE_SLUG[provinceCode];
    for (const body of PROVINCIAL_BODIES) {
      if (staffed.has(body.role)) continue;
      const agency = agencyForRole(body.role, { provinceCode });
      officers.push(
        officer(
          `officer-${slug}-${kebab(body.role)}`,
          `Chuyên viên ${agency?.name ?? body.name}`,
          agency?.code,
          'specialist',
          `Processing specialist of ${agency?.nameEn ?? body.nameEn}.`,
        ),
      );
    }
    for (const commune of STAFFED_COMMUNES[provinceCode]) {
      const police = agencyForRole('communePolice', { communeCode: commune.code });
      officers.push(
        officer(
          `officer-${commune.slug}-police`,
          `Cán bộ ${police?.name ?? 'Công an xã'}`,
          police?.code,
          'specialist',
          `Residence registration officer of ${police?.nameEn ?? 'the commune police'}.`,
        ),
      );
    }
  }
  return officers;
}

function kebab(value: string): string {
  return value.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Every persona: 16 citizens (15 level-2, 1 level-1), 3 businesses, and the officers.
 *
 * @example
 * seedPersonas.find((p) => p.id === 'citizen-an')?.claims // { citizenId: '001087123456', … }
 */
export const seedPersonas: readonly SeedPersona[] = Object.freeze([
  ...citizens,
  ...businesses,
  ...namedOfficers(),
  ...postOfficers(),
]);

/** A back-office system's API key (`X-Api-Key`): matches the sandbox's `api_keys` table (stored hashed). */
export interface SeedApiKey {
  /** Stable, printable id of the key (never the key itself). */
  readonly id: string;
  readonly agencyCode: string;
  readonly label: string;
  /** The secret, deterministic on purpose: sandbox-only, recognisable by its `sk_sandbox_` prefix. */
  readonly key: string;
}

/**
 * One API key per provincial body of each seeded province, e.g. `sk_sandbox_h26_justice` for Hà Nội's
 * Department of Justice. Deterministic so that test suites and demos can hard-code them.
 */
export const seedApiKeys: readonly SeedApiKey[] = Object.freeze(
  SEED_PROVINCE_CODES.flatMap((provinceCode) =>
    PROVINCIAL_BODIES.map((body): SeedApiKey => {
      const level1 = PROVINCE_LEVEL1_CODES[provinceCode].toLowerCase();
      const role = body.role.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      const agencyCode = provincialAgencyCode(provinceCode, body.role);
      const agency = agencyForRole(body.role, { provinceCode });
      return {
        id: `key-${level1}-${kebab(body.role)}`,
        agencyCode,
        label: `Phần mềm một cửa - ${agency?.name ?? body.name}`,
        key: `sk_sandbox_${level1}_${role}`,
      };
    }),
  ),
);

/**
 * A persona by id.
 *
 * @example
 * personaById('officer-ba-dinh-desk')?.role // 'deskOfficer'
 */
export function personaById(id: string): SeedPersona | undefined {
  return seedPersonas.find((persona) => persona.id === id);
}
