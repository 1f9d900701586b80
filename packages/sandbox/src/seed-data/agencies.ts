/**
 * Seed agencies (cơ quan) of three provinces: Hà Nội (01), Thành phố Hồ Chí Minh (79) and Lâm Đồng (68).
 *
 * Where the facts come from:
 * - Provinces and communes: core's unit data (`@motcua/core/units`, the post-1 July 2025 two-tier list). Every
 *   commune of the three provinces gets its People's Committee and its commune police, generated, never listed.
 * - Agency names: the post-March 2025 department line-up (Decree 45/2025/NĐ-CP merged departments: Finance took
 *   Planning and Investment, Construction took Transport, Agriculture and Environment took Natural Resources,
 *   Home Affairs took Labour). Names are real kinds of body; spellings follow official usage.
 * - Codes: QCVN 102:2016/BTTTT shape (`000.00.00.H26`, four groups, level-1 body on the right). Only the
 *   level-1 codes are believed real (see {@link PROVINCE_LEVEL1_CODES}); every lower group is a SANDBOX SCHEME,
 *   illustrative, documented below, because the post-2025 re-issue of lower codes is not public.
 *
 * The sandbox scheme for lower groups:
 * - `000.00.00.Hxx` — the provincial People's Committee (level 1).
 * - `000.00.NN.Hxx` — a provincial body, NN from {@link PROVINCIAL_BODIES} (level 2, parent = the committee).
 * - `III.00.00.Hxx` — the People's Committee of the commune whose 1-based position in `communesOf(province)`
 *   (sorted by unit code) is III. Level 4 with the committee as structural parent: the only 3-digit group is
 *   the 4th, and Hồ Chí Minh City has 168 communes, more than a 2-digit group can hold.
 * - `III.00.10.Hxx` — the police of that same commune (Công an xã/phường), child of the provincial police.
 * Consequence: a new commune inserted into the unit data renumbers the communes after it. The unit list changes
 * rarely and is versioned (unitsDataInfo.effectiveDate); seeds are regenerated with it.
 */
import type { Agency, AgencyKind } from '@motcua/core';
import { communesOf, findUnit } from '@motcua/core/units';

/** The provinces the sandbox seeds: Hà Nội, Thành phố Hồ Chí Minh, Lâm Đồng (post-2025 codes). */
export const SEED_PROVINCE_CODES = ['01', '79', '68'] as const;
export type SeedProvinceCode = (typeof SEED_PROVINCE_CODES)[number];

/**
 * Level-1 agency codes (QCVN 102:2016 annex) of the seeded provinces' People's Committees.
 *
 * open: post-2025 re-issue unknown. H26 (Hà Nội) and H29 (Hồ Chí Minh City) appear in the two cities' own
 * procedure URLs (`….000.00.00.H29`); H56 (Lâm Đồng) appears in procedure codes of Lâm Đồng's portal. After the
 * 2025 mergers Hồ Chí Minh City absorbed Bình Dương and Bà Rịa–Vũng Tàu, and Lâm Đồng absorbed Đắk Nông and
 * Bình Thuận; whether the merged provinces keep the absorbing province's level-1 code has not been published.
 */
export const PROVINCE_LEVEL1_CODES: Readonly<Record<SeedProvinceCode, string>> = {
  '01': 'H26',
  '79': 'H29',
  '68': 'H56',
};

/** What a provincial body does, as procedures name their implementing agencies. */
export type ProvincialRole =
  | 'provincialCommittee'
  | 'serviceCentre'
  | 'justice'
  | 'construction'
  | 'agricultureEnvironment'
  | 'finance'
  | 'health'
  | 'education'
  | 'homeAffairs'
  | 'industryTrade'
  | 'scienceTechnology'
  | 'police'
  | 'socialInsurance';

/** What a commune-level body does. */
export type CommuneRole = 'communeCommittee' | 'communePolice';

export type AgencyRole = ProvincialRole | CommuneRole;

interface ProvincialBody {
  readonly role: Exclude<ProvincialRole, 'provincialCommittee'>;
  /** Level-2 group of the code (sandbox scheme, illustrative). */
  readonly group: string;
  readonly kind: AgencyKind;
  /** Vietnamese name before the province's name: `Sở Tư pháp` + ` thành phố Hà Nội`. */
  readonly name: string;
  /** English name before `of <province>`. */
  readonly nameEn: string;
}

/**
 * The provincial bodies seeded in every province. Group numbers are the sandbox's own (illustrative).
 * Police and social insurance are branches of central bodies (Ministry of Public Security, Viet Nam Social
 * Security), not of the provincial committee; the sandbox files them under the province's code tree because the
 * real codes of those branches were not found, and a dossier routed to them must still carry a province code.
 */
export const PROVINCIAL_BODIES: readonly ProvincialBody[] = [
  {
    role: 'serviceCentre',
    group: '01',
    kind: 'serviceCentre',
    name: 'Trung tâm Phục vụ hành chính công',
    nameEn: 'Public Administration Service Centre',
  },
  { role: 'justice', group: '02', kind: 'department', name: 'Sở Tư pháp', nameEn: 'Department of Justice' },
  {
    role: 'construction',
    group: '03',
    kind: 'department',
    name: 'Sở Xây dựng',
    nameEn: 'Department of Construction',
  },
  {
    role: 'agricultureEnvironment',
    group: '04',
    kind: 'department',
    name: 'Sở Nông nghiệp và Môi trường',
    nameEn: 'Department of Agriculture and Environment',
  },
  { role: 'finance', group: '05', kind: 'department', name: 'Sở Tài chính', nameEn: 'Department of Finance' },
  { role: 'health', group: '06', kind: 'department', name: 'Sở Y tế', nameEn: 'Department of Health' },
  {
    role: 'education',
    group: '07',
    kind: 'department',
    name: 'Sở Giáo dục và Đào tạo',
    nameEn: 'Department of Education and Training',
  },
  {
    role: 'homeAffairs',
    group: '08',
    kind: 'department',
    name: 'Sở Nội vụ',
    nameEn: 'Department of Home Affairs',
  },
  {
    role: 'industryTrade',
    group: '09',
    kind: 'department',
    name: 'Sở Công Thương',
    nameEn: 'Department of Industry and Trade',
  },
  { role: 'police', group: '10', kind: 'police', name: 'Công an', nameEn: 'Police' },
  {
    role: 'scienceTechnology',
    group: '11',
    kind: 'department',
    name: 'Sở Khoa học và Công nghệ',
    nameEn: 'Department of Science and Technology',
  },
  {
    role: 'socialInsurance',
    group: '12',
    kind: 'other',
    name: 'Bảo hiểm xã hội',
    nameEn: 'Social Security',
  },
];

/** Level-2 group of the provincial police, under which commune police codes are filed. */
const POLICE_GROUP = '10';

/**
 * Head offices of the three People's Committees (publicly listed addresses; street names as of 2025, ward
 * names after the 2025 reorganisation).
 */
const COMMITTEE_ADDRESSES: Readonly<Record<SeedProvinceCode, string>> = {
  '01': '79 Đinh Tiên Hoàng, phường Hoàn Kiếm, thành phố Hà Nội',
  '79': '86 Lê Thánh Tôn, phường Sài Gòn, Thành phố Hồ Chí Minh',
  '68': '36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng',
};

function provinceOf(code: SeedProvinceCode) {
  const unit = findUnit(code);
  if (!unit) throw new Error(`Seed province ${code} is missing from the unit data`);
  return unit;
}

/**
 * `thành phố Hà Nội`, `tỉnh Lâm Đồng`: the province's full name as it reads inside an agency's name. "Thành phố
 * Hồ Chí Minh" keeps its capital: the words are part of the city's proper name.
 */
function provinceInName(code: SeedProvinceCode): string {
  const unit = provinceOf(code);
  if (unit.name === 'Hồ Chí Minh') return unit.fullName;
  return unit.type === 'city' ? `thành phố ${unit.name}` : `tỉnh ${unit.name}`;
}

/** `phường Ba Đình`, `xã Đức Trọng`, `đặc khu Côn Đảo`: the commune's full name inside a sentence. */
function communeInName(fullName: string): string {
  return fullName.charAt(0).toLowerCase() + fullName.slice(1);
}

function code(level4: string, level3: string, level2: string, level1: string): string {
  return `${level4}.${level3}.${level2}.${level1}`;
}

/** Sandbox-issued code of a provincial body (illustrative except the level-1 part). */
export function provincialAgencyCode(provinceCode: SeedProvinceCode, role: ProvincialRole): string {
  const level1 = PROVINCE_LEVEL1_CODES[provinceCode];
  if (role === 'provincialCommittee') return code('000', '00', '00', level1);
  const body = PROVINCIAL_BODIES.find((candidate) => candidate.role === role);
  if (!body) throw new Error(`Unknown provincial role ${role}`);
  return code('000', '00', body.group, level1);
}

function buildProvince(provinceCode: SeedProvinceCode): Agency[] {
  const unit = provinceOf(provinceCode);
  const inName = provinceInName(provinceCode);
  const committeeCode = provincialAgencyCode(provinceCode, 'provincialCommittee');
  const agencies: Agency[] = [
    {
      code: committeeCode,
      name: `Ủy ban nhân dân ${inName}`,
      nameEn: `People's Committee of ${unit.fullNameEn}`,
      kind: 'provincialCommittee',
      provinceCode,
      address: COMMITTEE_ADDRESSES[provinceCode],
    },
  ];
  for (const body of PROVINCIAL_BODIES) {
    agencies.push({
      code: provincialAgencyCode(provinceCode, body.role),
      name: `${body.name} ${inName}`,
      nameEn: `${body.nameEn} of ${unit.fullNameEn}`,
      kind: body.kind,
      provinceCode,
      parentCode: committeeCode,
    });
  }
  const level1 = PROVINCE_LEVEL1_CODES[provinceCode];
  const policeCode = provincialAgencyCode(provinceCode, 'police');
  communesOf(provinceCode).forEach((commune, index) => {
    const position = String(index + 1).padStart(3, '0');
    const inSentence = communeInName(commune.fullName);
    agencies.push({
      code: code(position, '00', '00', level1),
      name: `Ủy ban nhân dân ${inSentence}`,
      nameEn: `People's Committee of ${commune.fullNameEn}`,
      kind: 'communeCommittee',
      provinceCode,
      communeCode: commune.code,
      parentCode: committeeCode,
    });
    agencies.push({
      code: code(position, '00', POLICE_GROUP, level1),
      name: `Công an ${inSentence}`,
      nameEn: `Police of ${commune.fullNameEn}`,
      kind: 'police',
      provinceCode,
      communeCode: commune.code,
      parentCode: policeCode,
    });
  });
  return agencies;
}

/**
 * Every seeded agency: per province its People's Committee, {@link PROVINCIAL_BODIES}, and for each commune its
 * People's Committee and police. Deterministic: the same unit data gives the same list in the same order.
 */
export const seedAgencies: readonly Agency[] = Object.freeze(SEED_PROVINCE_CODES.flatMap(buildProvince));

const byCode = new Map(seedAgencies.map((agency) => [agency.code, agency]));
const committeeByCommune = new Map<string, Agency>();
const policeByCommune = new Map<string, Agency>();
for (const agency of seedAgencies) {
  if (agency.communeCode === undefined) continue;
  (agency.kind === 'police' ? policeByCommune : committeeByCommune).set(agency.communeCode, agency);
}

/**
 * A seeded agency by its code.
 *
 * @example
 * agencyByCode('000.00.02.H26')?.name // 'Sở Tư pháp thành phố Hà Nội'
 */
export function agencyByCode(agencyCode: string): Agency | undefined {
  return byCode.get(agencyCode);
}

/**
 * The People's Committee of a commune of a seeded province (`undefined` elsewhere). Accepts the unit data's
 * code aliases through `findUnit`.
 *
 * @example
 * agencyForCommune('00004')?.name // 'Ủy ban nhân dân phường Ba Đình'
 */
export function agencyForCommune(communeCode: string): Agency | undefined {
  const unit = findUnit(communeCode);
  return unit ? committeeByCommune.get(unit.code) : undefined;
}

/**
 * The police of a commune of a seeded province: residence registration is theirs, not the committee's.
 *
 * @example
 * policeForCommune('00004')?.name // 'Công an phường Ba Đình'
 */
export function policeForCommune(communeCode: string): Agency | undefined {
  const unit = findUnit(communeCode);
  return unit ? policeByCommune.get(unit.code) : undefined;
}

/**
 * The seeded agency playing a role in a province, or for a commune-level role, in a commune.
 *
 * @example
 * agencyForRole('justice', { provinceCode: '68' })?.code // '000.00.02.H56'
 * agencyForRole('communeCommittee', { communeCode: '00004' })?.code // '001.00.00.H26'
 */
export function agencyForRole(
  role: AgencyRole,
  where: { provinceCode?: string; communeCode?: string },
): Agency | undefined {
  if (role === 'communeCommittee' || role === 'communePolice') {
    if (where.communeCode === undefined) return undefined;
    return role === 'communeCommittee'
      ? agencyForCommune(where.communeCode)
      : policeForCommune(where.communeCode);
  }
  const provinceCode = where.provinceCode ?? (where.communeCode && findUnit(where.communeCode)?.provinceCode);
  if (!provinceCode || !(SEED_PROVINCE_CODES as readonly string[]).includes(provinceCode)) return undefined;
  return byCode.get(provincialAgencyCode(provinceCode as SeedProvinceCode, role));
}
