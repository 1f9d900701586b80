/**
 * The sandbox's National Population Database (Cơ sở dữ liệu quốc gia về dân cư): 23 invented citizens in five
 * families and a few singles, living in the three seeded provinces.
 *
 * Real: the citizen-ID structure (Circular 07/2016/TT-BCA as amended by 59/2021/TT-BCA: `0` + pre-2025 province
 * code of birth registration, century-and-gender digit, 2-digit birth year, 6 digits), the unit codes (core's
 * current unit data), the pre-2025 → post-2025 province mapping behind each birth place (core's legacy data).
 * Illustrative: every person, number's last 6 digits, street and phone. The people do not exist; any match
 * with a real person is a coincidence. Streets are real street names but house numbers are invented.
 *
 * Addresses use CURRENT province and commune codes; their text is composed from the unit data so code and text
 * cannot disagree. Birth places and hometowns name the unit as it was called at the time (old province names)
 * and carry the current province code it now belongs to.
 */
import type { CitizenRecord, RegisteredPlace } from '@motcua/core';
import { findUnit } from '@motcua/core/units';

/** Family relations as the population registry links them (quan hệ nhân thân). */
export type FamilyRelationKind = 'father' | 'mother' | 'spouse' | 'child';

export interface FamilyRelation {
  readonly kind: FamilyRelationKind;
  /** The relative's citizen ID: always another record of {@link seedPopulation}. */
  readonly citizenId: string;
}

/** Tình trạng hôn nhân, as the registry (and the marital status certificate) state it. */
export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed';

/**
 * One registry record: core's `CitizenRecord` plus what the registry also holds and core does not model yet
 * (family relations, marital status, the contact phone and e-mail registered with the e-ID).
 */
export interface SeedCitizen extends CitizenRecord {
  readonly relations: readonly FamilyRelation[];
  readonly maritalStatus: MaritalStatus;
  readonly phone?: string;
  readonly email?: string;
}

/**
 * An address from current unit codes: text composed from the unit data, so it cannot contradict the codes.
 *
 * @example
 * residence('Số 12 phố Đội Cấn', '00004').text // 'Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội'
 */
export function residence(street: string, communeCode: string): RegisteredPlace {
  const commune = findUnit(communeCode);
  const province = commune?.provinceCode ? findUnit(commune.provinceCode) : undefined;
  if (!commune || !province) throw new Error(`Seed address names unknown commune ${communeCode}`);
  return {
    text: `${street}, ${commune.fullName}, ${province.fullName}`,
    provinceCode: province.code,
    communeCode: commune.code,
    street,
  };
}

/** A birth place or hometown as recorded then (old names), with the current province code it now lies in. */
function place(text: string, provinceCode: string, communeCode?: string): RegisteredPlace {
  return communeCode === undefined ? { text, provinceCode } : { text, provinceCode, communeCode };
}

const HANOI = place('Thành phố Hà Nội', '01');
const PHU_DONG = place('Xã Phù Đổng, huyện Gia Lâm, thành phố Hà Nội', '01', '00541');
const SAIGON = place('Thành phố Hồ Chí Minh', '79');
const BEN_TRE = place('Tỉnh Bến Tre', '86');
const LAM_DONG = place('Tỉnh Lâm Đồng', '68');

const at = {
  phuDong: residence('Thôn Phù Đổng 1', '00541'),
  doiCan: residence('Số 12 phố Đội Cấn', '00004'),
  lyTuTrong: residence('Số 45 đường Lý Tự Trọng', '26740'),
  yersin: residence('Số 18 đường Yersin', '25747'),
  dienBienPhu: residence('Số 7 đường Điện Biên Phủ', '26929'),
  canGio: residence('Ấp Đồng Hòa', '27664'),
  quangTrungGoVap: residence('Số 102 đường Quang Trung', '26884'),
  langBiang: residence('Thôn Đạ Nghịt', '24846'),
  ducTrong: residence('Thôn Phú Thạnh', '24958'),
  phanThiet: residence('Số 25 đường Trần Hưng Đạo', '22945'),
  cauGiay: residence('Số 8 ngõ 165 phố Cầu Giấy', '00166'),
  hangBac: residence('Số 10 phố Hàng Bạc', '00070'),
  dongDa: residence('Số 21 ngõ 72 phố Tôn Thất Tùng', '00235'),
  haDong: residence('Số 5 phố Quang Trung', '09556'),
  thuDuc: residence('Số 30 đường Võ Văn Ngân', '26824'),
  longBien: residence('Số 17 phố Nguyễn Văn Cừ', '00145'),
  tanDinh: residence('Số 60 đường Hai Bà Trưng', '26737'),
  vungTau: residence('Số 3 đường Thùy Vân', '26506'),
};

const VN = { ethnicity: 'Kinh', religion: 'Không', nationality: 'Việt Nam' } as const;

/** Citizen IDs of the seeded people, by a short name, for tests, personas and scenarios. */
export const CITIZEN_IDS = {
  hung: '001058001122',
  lan: '001161000845',
  an: '001087123456',
  binh: '036190004512',
  khoi: '001218003271',
  phuc: '079092004187',
  trang: '074195006923',
  tam: '083043000318',
  mai: '083168002456',
  dung: '079065003817',
  kaHong: '068198005271',
  bao: '068085002741',
  hoa: '038188001563',
  huy: '068212004805',
  thanhTam: '060303008842',
  tuan: '040079005126',
  ngocAnh: '001183002947',
  hanh: '034175003318',
  loi: '001081006604',
  hai: '075093002210',
  thu: '030189004471',
  duc: '079200001385',
  lien: '077197003052',
} as const;

const id = CITIZEN_IDS;

/**
 * The registry. Families: Nguyễn (Hà Nội: grandparents, An and Bình, their son Khôi), Võ/Trương (TP.HCM: Tám,
 * his daughter Mai and her husband Dũng), Đặng (Lâm Đồng: Bảo, Hoa, their son Huy); Phúc and Trang are an
 * engaged couple for marriage registration. The rest are singles, several of them scenario people
 * (see `scenarios`).
 */
export const seedPopulation: readonly SeedCitizen[] = [
  {
    citizenId: id.hung,
    fullName: 'Nguyễn Văn Hùng',
    birthDate: '1958-10-12',
    gender: 'male',
    birthPlace: PHU_DONG,
    hometown: PHU_DONG,
    permanentAddress: at.phuDong,
    currentAddress: at.phuDong,
    ...VN,
    maritalStatus: 'married',
    relations: [
      { kind: 'spouse', citizenId: id.lan },
      { kind: 'child', citizenId: id.an },
    ],
  },
  {
    citizenId: id.lan,
    fullName: 'Lê Thị Lan',
    birthDate: '1961-04-20',
    gender: 'female',
    birthPlace: PHU_DONG,
    hometown: PHU_DONG,
    permanentAddress: at.phuDong,
    currentAddress: at.phuDong,
    ...VN,
    maritalStatus: 'married',
    relations: [
      { kind: 'spouse', citizenId: id.hung },
      { kind: 'child', citizenId: id.an },
    ],
  },
  {
    citizenId: id.an,
    fullName: 'Nguyễn Văn An',
    birthDate: '1987-03-15',
    gender: 'male',
    birthPlace: HANOI,
    hometown: PHU_DONG,
    permanentAddress: at.doiCan,
    currentAddress: at.doiCan,
    ...VN,
    maritalStatus: 'married',
    phone: '0912345678',
    email: 'nguyenvanan@example.vn',
    relations: [
      { kind: 'father', citizenId: id.hung },
      { kind: 'mother', citizenId: id.lan },
      { kind: 'spouse', citizenId: id.binh },
      { kind: 'child', citizenId: id.khoi },
    ],
  },
  {
    citizenId: id.binh,
    fullName: 'Trần Thị Bình',
    birthDate: '1990-08-22',
    gender: 'female',
    birthPlace: place('Tỉnh Nam Định', '37'),
    hometown: place('Huyện Hải Hậu, tỉnh Nam Định', '37'),
    permanentAddress: at.doiCan,
    currentAddress: at.doiCan,
    ...VN,
    maritalStatus: 'married',
    phone: '0987654321',
    relations: [
      { kind: 'spouse', citizenId: id.an },
      { kind: 'child', citizenId: id.khoi },
    ],
  },
  {
    citizenId: id.khoi,
    fullName: 'Nguyễn Minh Khôi',
    birthDate: '2018-05-10',
    gender: 'male',
    birthPlace: HANOI,
    hometown: PHU_DONG,
    permanentAddress: at.doiCan,
    currentAddress: at.doiCan,
    ...VN,
    maritalStatus: 'single',
    relations: [
      { kind: 'father', citizenId: id.an },
      { kind: 'mother', citizenId: id.binh },
    ],
  },
  {
    citizenId: id.phuc,
    fullName: 'Lê Hoàng Phúc',
    birthDate: '1992-11-02',
    gender: 'male',
    birthPlace: SAIGON,
    hometown: place('Tỉnh Tiền Giang', '82'),
    permanentAddress: at.lyTuTrong,
    currentAddress: at.lyTuTrong,
    ...VN,
    maritalStatus: 'single',
    phone: '0903123456',
    email: 'lehoangphuc@example.vn',
    relations: [],
  },
  {
    citizenId: id.trang,
    fullName: 'Phạm Thị Thu Trang',
    birthDate: '1995-04-18',
    gender: 'female',
    birthPlace: place('Tỉnh Bình Dương', '79'),
    hometown: place('Tỉnh Bình Dương', '79'),
    permanentAddress: at.yersin,
    // Lives on temporary residence in Bình Thạnh: the case for temporary-residence registration.
    currentAddress: at.dienBienPhu,
    ...VN,
    maritalStatus: 'single',
    phone: '0938765432',
    relations: [],
  },
  {
    citizenId: id.tam,
    fullName: 'Võ Văn Tám',
    // Day and month were never recorded: a partial birth date, as the registry holds for many elders.
    birthDate: '1943',
    gender: 'male',
    birthPlace: BEN_TRE,
    hometown: BEN_TRE,
    permanentAddress: at.canGio,
    currentAddress: at.canGio,
    ...VN,
    maritalStatus: 'widowed',
    relations: [{ kind: 'child', citizenId: id.mai }],
  },
  {
    citizenId: id.mai,
    fullName: 'Võ Thị Mai',
    birthDate: '1968-07-27',
    gender: 'female',
    birthPlace: BEN_TRE,
    hometown: BEN_TRE,
    permanentAddress: at.quangTrungGoVap,
    currentAddress: at.quangTrungGoVap,
    ...VN,
    religion: 'Phật giáo',
    maritalStatus: 'married',
    phone: '0918222333',
    relations: [
      { kind: 'father', citizenId: id.tam },
      { kind: 'spouse', citizenId: id.dung },
    ],
  },
  {
    citizenId: id.dung,
    fullName: 'Trương Văn Dũng',
    birthDate: '1965-02-14',
    gender: 'male',
    birthPlace: SAIGON,
    hometown: place('Tỉnh Long An', '80'),
    permanentAddress: at.quangTrungGoVap,
    currentAddress: at.quangTrungGoVap,
    ...VN,
    maritalStatus: 'married',
    relations: [{ kind: 'spouse', citizenId: id.mai }],
  },
  {
    citizenId: id.kaHong,
    fullName: 'Ka Hồng',
    birthDate: '1998-12-05',
    gender: 'female',
    birthPlace: place('Huyện Lạc Dương, tỉnh Lâm Đồng', '68'),
    hometown: place('Huyện Lạc Dương, tỉnh Lâm Đồng', '68'),
    permanentAddress: at.langBiang,
    currentAddress: at.langBiang,
    ethnicity: 'Cơ Ho',
    religion: 'Công giáo',
    nationality: 'Việt Nam',
    maritalStatus: 'single',
    phone: '0356789012',
    relations: [],
  },
  {
    citizenId: id.bao,
    fullName: 'Đặng Quốc Bảo',
    birthDate: '1985-06-30',
    gender: 'male',
    birthPlace: LAM_DONG,
    hometown: place('Huyện Đức Trọng, tỉnh Lâm Đồng', '68', '24958'),
    permanentAddress: at.ducTrong,
    currentAddress: at.ducTrong,
    ...VN,
    maritalStatus: 'married',
    phone: '0336888999',
    relations: [
      { kind: 'spouse', citizenId: id.hoa },
      { kind: 'child', citizenId: id.huy },
    ],
  },
  {
    citizenId: id.hoa,
    fullName: 'Bùi Thị Hoa',
    birthDate: '1988-01-19',
    gender: 'female',
    birthPlace: place('Tỉnh Thanh Hóa', '38'),
    hometown: place('Tỉnh Thanh Hóa', '38'),
    permanentAddress: at.ducTrong,
    currentAddress: at.ducTrong,
    ...VN,
    maritalStatus: 'married',
    phone: '0972111222',
    relations: [
      { kind: 'spouse', citizenId: id.bao },
      { kind: 'child', citizenId: id.huy },
    ],
  },
  {
    citizenId: id.huy,
    fullName: 'Đặng Gia Huy',
    birthDate: '2012-09-03',
    gender: 'male',
    birthPlace: LAM_DONG,
    hometown: place('Huyện Đức Trọng, tỉnh Lâm Đồng', '68', '24958'),
    permanentAddress: at.ducTrong,
    currentAddress: at.ducTrong,
    ...VN,
    maritalStatus: 'single',
    relations: [
      { kind: 'father', citizenId: id.bao },
      { kind: 'mother', citizenId: id.hoa },
    ],
  },
  {
    citizenId: id.thanhTam,
    fullName: 'Nguyễn Thị Thanh Tâm',
    birthDate: '2003-10-25',
    gender: 'female',
    birthPlace: place('Tỉnh Bình Thuận', '68'),
    hometown: place('Tỉnh Bình Thuận', '68'),
    permanentAddress: at.phanThiet,
    currentAddress: at.phanThiet,
    ...VN,
    maritalStatus: 'single',
    phone: '0767345678',
    email: 'thanhtam.nguyen@example.vn',
    relations: [],
  },
  {
    citizenId: id.tuan,
    fullName: 'Hoàng Minh Tuấn',
    birthDate: '1979-05-19',
    gender: 'male',
    birthPlace: place('Tỉnh Nghệ An', '40'),
    hometown: place('Tỉnh Nghệ An', '40'),
    permanentAddress: at.cauGiay,
    currentAddress: at.cauGiay,
    ...VN,
    maritalStatus: 'divorced',
    phone: '0904555666',
    email: 'tuan.hoang@anphat.example.vn',
    relations: [],
  },
  {
    citizenId: id.ngocAnh,
    fullName: 'Vũ Thị Ngọc Anh',
    birthDate: '1983-02-11',
    gender: 'female',
    birthPlace: HANOI,
    hometown: HANOI,
    permanentAddress: at.hangBac,
    currentAddress: at.hangBac,
    ...VN,
    maritalStatus: 'single',
    phone: '0985123123',
    relations: [],
  },
  {
    citizenId: id.hanh,
    fullName: 'Đỗ Thị Hạnh',
    birthDate: '1975-11-30',
    gender: 'female',
    birthPlace: place('Tỉnh Thái Bình', '33'),
    hometown: place('Tỉnh Thái Bình', '33'),
    permanentAddress: at.dongDa,
    currentAddress: at.dongDa,
    ...VN,
    maritalStatus: 'widowed',
    phone: '0913000111',
    relations: [],
  },
  {
    citizenId: id.loi,
    fullName: 'Phan Văn Lợi',
    birthDate: '1981-07-07',
    gender: 'male',
    birthPlace: HANOI,
    hometown: HANOI,
    permanentAddress: at.haDong,
    currentAddress: at.haDong,
    ...VN,
    maritalStatus: 'single',
    phone: '0977000402',
    relations: [],
  },
  {
    citizenId: id.hai,
    fullName: 'Bùi Thanh Hải',
    birthDate: '1993-03-03',
    gender: 'male',
    birthPlace: place('Tỉnh Đồng Nai', '75'),
    hometown: place('Tỉnh Đồng Nai', '75'),
    permanentAddress: at.thuDuc,
    currentAddress: at.thuDuc,
    ...VN,
    maritalStatus: 'single',
    phone: '0909000408',
    relations: [],
  },
  {
    citizenId: id.thu,
    fullName: 'Trịnh Thị Thu',
    birthDate: '1989-09-09',
    gender: 'female',
    birthPlace: place('Tỉnh Hải Dương', '31'),
    hometown: place('Tỉnh Hải Dương', '31'),
    permanentAddress: at.longBien,
    currentAddress: at.longBien,
    ...VN,
    maritalStatus: 'single',
    phone: '0394000402',
    relations: [],
  },
  {
    citizenId: id.duc,
    fullName: 'Lý Minh Đức',
    birthDate: '2000-12-12',
    gender: 'male',
    birthPlace: SAIGON,
    hometown: SAIGON,
    permanentAddress: at.tanDinh,
    currentAddress: at.tanDinh,
    ...VN,
    maritalStatus: 'single',
    phone: '0868000504',
    relations: [],
  },
  {
    citizenId: id.lien,
    fullName: 'Ngô Thị Kim Liên',
    birthDate: '1997-06-15',
    gender: 'female',
    birthPlace: place('Tỉnh Bà Rịa - Vũng Tàu', '79'),
    hometown: place('Tỉnh Bà Rịa - Vũng Tàu', '79'),
    permanentAddress: at.vungTau,
    currentAddress: at.vungTau,
    ...VN,
    maritalStatus: 'single',
    phone: '0833000111',
    relations: [],
  },
];

const byCitizenId = new Map(seedPopulation.map((citizen) => [citizen.citizenId, citizen]));

/**
 * A registry record by citizen ID, or `undefined` (the registry does not know the number).
 *
 * @example
 * citizenById('001087123456')?.fullName // 'Nguyễn Văn An'
 */
export function citizenById(citizenId: string): SeedCitizen | undefined {
  return byCitizenId.get(citizenId.trim());
}

/** The registry answer as core's `CitizenRecord`, without the sandbox-only fields. */
export function toCitizenRecord(citizen: SeedCitizen): CitizenRecord {
  const {
    relations: _relations,
    maritalStatus: _maritalStatus,
    phone: _phone,
    email: _email,
    ...record
  } = citizen;
  return record;
}
