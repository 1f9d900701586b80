/**
 * Building blocks of the seed procedure catalogue: fields (lĩnh vực), legal documents, fees, channels and
 * document components, so each procedure file reads like the catalogue page it imitates.
 */
import type {
  DocumentComponent,
  Fee,
  FeeKind,
  LegalDocument,
  Procedure,
  ProcedureAgencyRole,
  ProcedureChannel,
  ProcessingTime,
} from '@motcua/core';
import type { AgencyRole } from '../agencies.js';

/**
 * How sure the seed is about a procedure's national code:
 * - `seen`: the code appears, with this procedure's name, in public portal links and independent public
 *   datasets built from the national procedure database (secondary, not checked against the database itself);
 * - `illustrative`: no code was found; the seed uses the `9.` range, which the national database does not
 *   issue, so an illustrative code can never be mistaken for a real one.
 */
export type CodeProvenance = 'seen' | 'illustrative';

/** A procedure of the seed, with what the national record cannot say. */
export interface SeedProcedure extends Procedure {
  /**
   * Which kind of agency plays which part, by the sandbox's agency roles: a national procedure names tiers
   * ("Ủy ban nhân dân cấp xã"), not agencies, so the concrete agencies depend on where the dossier is filed
   * (see `procedureAgencies`).
   */
  readonly agencyRoles: readonly { readonly role: AgencyRole; readonly part: ProcedureAgencyRole }[];
  readonly codeProvenance: CodeProvenance;
  /** Where the fees, times and components come from, and what is illustrative. */
  readonly provenance: string;
}

/**
 * Fields (lĩnh vực). Names are the catalogue's; CODES ARE ILLUSTRATIVE (open: each ministry numbers its
 * fields, and the national codes were not found except the shape `G03-GD10`), kept in this one table.
 */
export const FIELDS = {
  civilStatus: { code: 'G09-TP05', name: 'Hộ tịch' },
  authentication: { code: 'G09-TP06', name: 'Chứng thực' },
  judicialRecord: { code: 'G01-CA10', name: 'Lý lịch tư pháp' },
  residence: { code: 'G01-CA03', name: 'Đăng ký, quản lý cư trú' },
  householdBusiness: { code: 'G06-TC12', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  enterprise: { code: 'G06-TC11', name: 'Thành lập và hoạt động doanh nghiệp' },
  construction: { code: 'G08-XD01', name: 'Hoạt động xây dựng' },
  land: { code: 'G07-NM01', name: 'Đất đai' },
  socialProtection: { code: 'G12-NV05', name: 'Bảo trợ xã hội' },
  healthInsurance: { code: 'G13-BH02', name: 'Thu bảo hiểm xã hội, bảo hiểm y tế' },
  education: { code: 'G03-GD10', name: 'Giáo dục trung học' },
  foodSafety: { code: 'G11-YT07', name: 'An toàn thực phẩm và dinh dưỡng' },
  pharmacy: { code: 'G11-YT03', name: 'Dược phẩm' },
  roadTraffic: { code: 'G01-CA15', name: 'Đường bộ' },
} as const;

/** Legal documents (real numbers, titles and issue dates as published; issuer named as the document does). */
export const LAW = {
  civilStatusLaw: law('60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', 'Quốc hội'),
  decree123: law(
    '123/2015/NĐ-CP',
    'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    '2015-11-15',
    'Chính phủ',
  ),
  circular04of2020: law(
    '04/2020/TT-BTP',
    'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
    '2020-05-28',
    'Bộ Tư pháp',
  ),
  circular85of2019: law(
    '85/2019/TT-BTC',
    'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
    '2019-11-29',
    'Bộ Tài chính',
  ),
  circular281of2016: law(
    '281/2016/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch',
    '2016-11-14',
    'Bộ Tài chính',
  ),
  decree63of2024: law(
    '63/2024/NĐ-CP',
    'Nghị định quy định việc thực hiện liên thông điện tử 02 nhóm thủ tục hành chính: Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; Đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    '2024-06-10',
    'Chính phủ',
  ),
  residenceLaw: law('68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  decree154of2024: law(
    '154/2024/NĐ-CP',
    'Nghị định quy định chi tiết một số điều của Luật Cư trú',
    '2024-11-26',
    'Chính phủ',
  ),
  circular55of2021: law(
    '55/2021/TT-BCA',
    'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    '2021-05-15',
    'Bộ Công an',
  ),
  circular75of2022: law(
    '75/2022/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký cư trú',
    '2022-12-22',
    'Bộ Tài chính',
  ),
  judicialRecordLaw: law('28/2009/QH12', 'Luật Lý lịch tư pháp', '2009-06-17', 'Quốc hội'),
  circular244of2016: law(
    '244/2016/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
    '2016-11-11',
    'Bộ Tài chính',
  ),
  decree23of2015: law(
    '23/2015/NĐ-CP',
    'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    '2015-02-16',
    'Chính phủ',
  ),
  circular226of2016: law(
    '226/2016/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
    '2016-11-11',
    'Bộ Tài chính',
  ),
  enterpriseLaw: law('59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17', 'Quốc hội'),
  // Replaced Decree 01/2021/NĐ-CP from 1 July 2025 (household businesses now register at the commune).
  decree168of2025: law('168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2025-06-30', 'Chính phủ'),
  circular47of2019: law(
    '47/2019/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp',
    '2019-08-05',
    'Bộ Tài chính',
  ),
  constructionLaw: law('50/2014/QH13', 'Luật Xây dựng', '2014-06-18', 'Quốc hội'),
  constructionLawAmendment: law(
    '62/2020/QH14',
    'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng',
    '2020-06-17',
    'Quốc hội',
  ),
  landLaw: law('31/2024/QH15', 'Luật Đất đai', '2024-01-18', 'Quốc hội'),
  decree101of2024: law(
    '101/2024/NĐ-CP',
    'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai',
    '2024-07-29',
    'Chính phủ',
  ),
  decree118of2025: law(
    '118/2025/NĐ-CP',
    'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    '2025-06-09',
    'Chính phủ',
  ),
  elderlyLaw: law('39/2009/QH12', 'Luật Người cao tuổi', '2009-11-23', 'Quốc hội'),
  disabilityLaw: law('51/2010/QH12', 'Luật Người khuyết tật', '2010-06-17', 'Quốc hội'),
  decree20of2021: law(
    '20/2021/NĐ-CP',
    'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
    '2021-03-15',
    'Chính phủ',
  ),
  decree28of2012: law(
    '28/2012/NĐ-CP',
    'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật',
    '2012-04-10',
    'Chính phủ',
  ),
  circular01of2019: law(
    '01/2019/TT-BLĐTBXH',
    'Thông tư quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
    '2019-01-02',
    'Bộ Lao động - Thương binh và Xã hội',
  ),
  healthInsuranceLaw: law('25/2008/QH12', 'Luật Bảo hiểm y tế', '2008-11-14', 'Quốc hội'),
  educationLaw: law('43/2019/QH14', 'Luật Giáo dục', '2019-06-14', 'Quốc hội'),
  circular32of2020: law(
    '32/2020/TT-BGDĐT',
    'Thông tư ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học',
    '2020-09-15',
    'Bộ Giáo dục và Đào tạo',
  ),
  // Issue dates left out where the seed is not sure of them (the schema makes them optional).
  circular30of2024: lawUndated(
    '30/2024/TT-BGDĐT',
    'Thông tư ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông',
    'Bộ Giáo dục và Đào tạo',
  ),
  decision51of2002: lawUndated(
    '51/2002/QĐ-BGDĐT',
    'Quyết định ban hành Quy định chuyển trường và tiếp nhận học sinh học tại trường trung học cơ sở và trường trung học phổ thông',
    'Bộ Giáo dục và Đào tạo',
  ),
  foodSafetyLaw: law('55/2010/QH12', 'Luật An toàn thực phẩm', '2010-06-17', 'Quốc hội'),
  decree15of2018: law(
    '15/2018/NĐ-CP',
    'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
    '2018-02-02',
    'Chính phủ',
  ),
  circular67of2021: law(
    '67/2021/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm',
    '2021-08-05',
    'Bộ Tài chính',
  ),
  pharmacyLaw: law('105/2016/QH13', 'Luật Dược', '2016-04-06', 'Quốc hội'),
  decree54of2017: law(
    '54/2017/NĐ-CP',
    'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược',
    '2017-05-08',
    'Chính phủ',
  ),
  circular277of2016: lawUndated(
    '277/2016/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, mỹ phẩm',
    'Bộ Tài chính',
  ),
  roadTrafficSafetyLaw: law(
    '36/2024/QH15',
    'Luật Trật tự, an toàn giao thông đường bộ',
    '2024-06-27',
    'Quốc hội',
  ),
  circular37of2023: law(
    '37/2023/TT-BTC',
    'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng',
    '2023-06-07',
    'Bộ Tài chính',
  ),
  circular35of2024: lawUndated(
    '35/2024/TT-BCA',
    'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
    'Bộ Công an',
  ),
} satisfies Record<string, LegalDocument>;

function law(number: string, title: string, issuedOn: string, issuer: string): LegalDocument {
  return { number, title, issuedOn, issuer };
}

function lawUndated(number: string, title: string, issuer: string): LegalDocument {
  return { number, title, issuer };
}

/** Types every seeded component accepts, as DVCQG's upload rules commonly state: PDF and photos. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
/** 10 MiB per file: a common portal limit (illustrative; portals range from 5 to 20 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Where blank templates (mẫu đơn, tờ khai) are served from. The `.invalid` host is deliberate: the sandbox
 * server maps it to its own `/templates/` route; core's schema wants an absolute URL.
 */
export const TEMPLATE_BASE_URL = 'https://sandbox.motcua.invalid/templates/';

export interface ComponentOptions {
  originals?: number;
  copies?: number;
  required?: boolean;
  /** File name of the blank template, served under {@link TEMPLATE_BASE_URL}. */
  template?: { name: string; file: string };
  note?: string;
  maxFiles?: number;
}

/**
 * A document component accepting PDF, JPEG and PNG up to {@link MAX_FILE_BYTES}. Defaults: 1 original, 0
 * copies, required, at most 5 files.
 */
export function component(id: string, name: string, options: ComponentOptions = {}): DocumentComponent {
  return {
    id,
    name,
    originals: options.originals ?? 1,
    copies: options.copies ?? 0,
    required: options.required ?? true,
    ...(options.template && {
      template: { name: options.template.name, url: `${TEMPLATE_BASE_URL}${options.template.file}` },
    }),
    acceptedTypes: [...ACCEPTED_TYPES],
    maxSizeBytes: MAX_FILE_BYTES,
    maxFiles: options.maxFiles ?? 5,
    ...(options.note !== undefined && { note: options.note }),
  };
}

/** A fee line; `kind` defaults to `fee` (lệ phí) and collection to submission. */
export function fee(
  code: string,
  name: string,
  amount: number,
  options: { kind?: FeeKind; description?: string; collectedAt?: Fee['collectedAt'] } = {},
): Fee {
  return {
    code,
    name,
    kind: options.kind ?? 'fee',
    amount,
    collectedAt: options.collectedAt ?? 'submission',
    ...(options.description !== undefined && { description: options.description }),
  };
}

export const workingDays = (value: number): ProcessingTime => ({ value, unit: 'workingDays' });
export const days = (value: number): ProcessingTime => ({ value, unit: 'days' });

/** The same time and fees on each listed channel (1 in person, 2 online, 3 postal). */
export function channels(
  list: readonly (1 | 2 | 3)[],
  processingTime: ProcessingTime,
  fees: readonly Fee[],
  description?: string,
): ProcedureChannel[] {
  return list.map((channel) => ({
    channel,
    processingTime,
    fees: [...fees],
    ...(description !== undefined && { description }),
  }));
}

/** Identity: gives a procedure literal its type, and keeps each file's data readable. */
export function defineProcedure(procedure: SeedProcedure): SeedProcedure {
  return procedure;
}
