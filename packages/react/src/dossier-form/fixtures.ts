/**
 * Test and story data for the dossier form (not exported by the package): the birth-registration e-form modelled
 * on core's fixture and the sandbox's seed (Circular 04/2024/TT-BTP), and fixture client parts for the calls the
 * form makes. Nothing here reaches the network.
 */
import type { FormSpec } from '@motcua/core';
import type { Dossier, MotcuaClient } from '@motcua/sdk';
import type { FixtureClientOptions } from '../test/fixtures.js';

export const BIRTH_PROCEDURE = '1.001193';

export const birthSpec = {
  id: 'to-khai-dang-ky-khai-sinh',
  version: 3,
  title: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration' },
  fields: [
    {
      type: 'section',
      name: 'registration',
      title: { vi: 'Thông tin đăng ký', en: 'Registration' },
      fields: [
        {
          type: 'radio',
          name: 'registrationType',
          label: { vi: 'Loại đăng ký', en: 'Type of registration' },
          required: true,
          options: [
            { value: 'onTime', label: { vi: 'Đăng ký khai sinh đúng hạn', en: 'On time' } },
            { value: 'late', label: { vi: 'Đăng ký khai sinh quá hạn', en: 'Late' } },
            { value: 'reRegistration', label: { vi: 'Đăng ký lại khai sinh', en: 'Re-registration' } },
          ],
        },
        {
          type: 'textarea',
          name: 'lateReason',
          label: { vi: 'Lý do đăng ký quá hạn', en: 'Why the registration is late' },
          required: true,
          maxLength: 1000,
          visibleWhen: { field: 'registrationType', equals: 'late' },
        },
      ],
    },
    {
      type: 'section',
      name: 'child',
      title: { vi: 'Thông tin của trẻ', en: 'The child' },
      fields: [
        {
          type: 'text',
          name: 'childFullName',
          label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' },
          required: true,
          maxLength: 100,
          pattern: {
            regex: "[\\p{L}' ]+",
            message: {
              vi: 'Họ tên chỉ gồm chữ cái và dấu cách',
              en: 'A name contains only letters and spaces',
            },
          },
        },
        {
          type: 'date',
          name: 'childBirthDate',
          label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
          required: true,
          min: '1900-01-01',
          max: 'today',
        },
        {
          type: 'radio',
          name: 'childGender',
          label: { vi: 'Giới tính', en: 'Sex' },
          required: true,
          options: [
            { value: 'male', label: { vi: 'Nam', en: 'Male' } },
            { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
          ],
        },
        {
          type: 'address',
          name: 'childBirthPlace',
          label: { vi: 'Nơi sinh', en: 'Place of birth' },
          required: true,
          granularity: 'commune',
        },
        {
          type: 'select',
          name: 'childEthnicity',
          label: { vi: 'Dân tộc', en: 'Ethnicity' },
          defaultValue: 'kinh',
          options: [
            { value: 'kinh', label: { vi: 'Kinh' } },
            { value: 'tay', label: { vi: 'Tày' } },
            { value: 'thai', label: { vi: 'Thái' } },
            { value: 'hmong', label: { vi: 'Mông' } },
          ],
        },
      ],
    },
    {
      type: 'section',
      name: 'mother',
      title: { vi: 'Thông tin người mẹ', en: 'The mother' },
      fields: [
        {
          type: 'text',
          name: 'motherFullName',
          label: { vi: 'Họ, chữ đệm và tên người mẹ', en: "Mother's full name" },
          required: true,
          prefill: { source: 'population', claim: 'fullName', editable: false },
        },
        {
          type: 'citizenId',
          name: 'motherCitizenId',
          label: { vi: 'Số định danh cá nhân của người mẹ', en: "Mother's citizen ID number" },
          required: true,
          prefill: { source: 'population', claim: 'citizenId', editable: false },
        },
      ],
    },
    {
      type: 'section',
      name: 'father',
      title: { vi: 'Thông tin người cha', en: 'The father' },
      fields: [
        {
          type: 'checkbox',
          name: 'fatherUnknown',
          label: { vi: 'Chưa xác định được cha', en: 'The father is not established' },
        },
        {
          type: 'text',
          name: 'fatherFullName',
          label: { vi: 'Họ, chữ đệm và tên người cha', en: "Father's full name" },
          required: true,
          visibleWhen: { not: { field: 'fatherUnknown', equals: true } },
        },
        {
          type: 'citizenId',
          name: 'fatherCitizenId',
          label: { vi: 'Số định danh cá nhân của người cha', en: "Father's citizen ID number" },
          required: true,
          visibleWhen: { not: { field: 'fatherUnknown', equals: true } },
        },
      ],
    },
    {
      type: 'group',
      name: 'witnesses',
      label: { vi: 'Người làm chứng', en: 'Witnesses' },
      itemLabel: { vi: 'Người làm chứng {n}', en: 'Witness {n}' },
      minItems: 0,
      maxItems: 3,
      fields: [
        { type: 'text', name: 'fullName', label: { vi: 'Họ và tên', en: 'Full name' }, required: true },
        {
          type: 'citizenId',
          name: 'citizenId',
          label: { vi: 'Số định danh cá nhân', en: 'Citizen ID' },
          required: true,
        },
      ],
    },
    {
      type: 'attachment',
      name: 'birthCertificate',
      label: { vi: 'Giấy chứng sinh', en: 'Birth certificate from the hospital' },
      componentId: 'giay-chung-sinh',
      required: true,
      maxFiles: 2,
      acceptedTypes: ['application/pdf', 'image/*'],
      maxSizeBytes: 5 * 1024 * 1024,
    },
    {
      type: 'phone',
      name: 'applicantPhone',
      label: { vi: 'Số điện thoại', en: 'Phone number' },
      required: true,
      prefill: { source: 'profile', claim: 'phone', editable: true },
    },
    { type: 'email', name: 'applicantEmail', label: { vi: 'Thư điện tử', en: 'Email' } },
    {
      type: 'checkbox',
      name: 'declaration',
      label: {
        vi: 'Tôi cam đoan nội dung khai trên đây là đúng sự thật',
        en: 'I declare that the information given is true',
      },
      required: true,
    },
  ],
} satisfies FormSpec;

/** A short form: two fields, no sections (single page). */
export const shortSpec = {
  id: 'phan-anh',
  version: 1,
  title: { vi: 'Phản ánh, kiến nghị', en: 'Feedback' },
  fields: [
    {
      type: 'text',
      name: 'subject',
      label: { vi: 'Tiêu đề', en: 'Subject' },
      required: true,
      maxLength: 200,
    },
    {
      type: 'textarea',
      name: 'content',
      label: { vi: 'Nội dung phản ánh', en: 'What happened' },
      hint: { vi: 'Nêu rõ thời gian, địa điểm', en: 'Say when and where' },
      required: true,
      maxLength: 2000,
    },
  ],
} satisfies FormSpec;

/** Very long Vietnamese labels and options, for wrapping. */
export const longTextSpec = {
  id: 'cap-lai-gcn',
  version: 1,
  title: {
    vi: 'Đơn đề nghị cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất do bị mất',
  },
  fields: [
    {
      type: 'textarea',
      name: 'lossCircumstances',
      label: {
        vi: 'Trình bày hoàn cảnh bị mất Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất, kèm theo xác nhận của Ủy ban nhân dân cấp xã nơi có đất về việc đã niêm yết thông báo mất giấy trong thời gian 15 ngày',
      },
      required: true,
    },
    {
      type: 'radio',
      name: 'landUseRight',
      label: { vi: 'Hình thức sử dụng đất' },
      required: true,
      options: [
        {
          value: 'private',
          label: {
            vi: 'Sử dụng riêng của hộ gia đình, cá nhân theo quyết định giao đất, cho thuê đất, công nhận quyền sử dụng đất của cơ quan nhà nước có thẩm quyền',
          },
        },
        {
          value: 'shared',
          label: {
            vi: 'Sử dụng chung của nhiều người sử dụng đất, nhiều chủ sở hữu nhà ở, tài sản khác gắn liền với đất',
          },
        },
      ],
    },
  ],
} satisfies FormSpec;

/** Values prefilled for the birth form, as `client.citizenData.prefill` answers them. */
export const birthPrefill = {
  procedureCode: BIRTH_PROCEDURE,
  formSpec: { id: birthSpec.id, version: birthSpec.version },
  values: {
    motherFullName: {
      value: 'Trần Thị Bình',
      source: 'population',
      claim: 'fullName',
      editable: false,
      retrievedAt: '2025-07-01T08:00:00+07:00',
      consentId: 'cons_01',
    },
    motherCitizenId: {
      value: '001190123456',
      source: 'population',
      claim: 'citizenId',
      editable: false,
      retrievedAt: '2025-07-01T08:00:00+07:00',
      consentId: 'cons_01',
    },
    applicantPhone: {
      value: '0912345678',
      source: 'profile',
      claim: 'phone',
      editable: true,
      retrievedAt: '2025-07-01T08:00:00+07:00',
    },
  },
};

/** A problem as the SDK's `ApiError` carries it (branded like one, so `isApiError` recognises it). */
export function apiError(
  status: number,
  code: string,
  fieldErrors: { path: (string | number)[]; code: string; message: string }[] = [],
): Error {
  const error = new Error(code) as Error & Record<string | symbol, unknown>;
  error.name = 'ApiError';
  error[Symbol.for('motcua.sdk.error')] = 'api';
  error.status = status;
  error.code = code;
  error.fieldErrors = fieldErrors;
  error.problem = { type: 'about:blank', title: code, status, code, errors: fieldErrors };
  return error;
}

export interface DossierPartsOptions {
  latencyMs?: number;
  /** `submit` answers with this error once, then succeeds (a retry after a dropped answer). */
  failSubmitOnce?: Error;
  /** `submit` always answers with this error. */
  failSubmit?: Error;
  /** `citizenData.prefill` fails with this. */
  failPrefill?: Error;
}

export interface DossierParts {
  parts: FixtureClientOptions['parts'];
  calls: RecordedCall[];
  readonly submitted: number;
}

export interface RecordedCall {
  method: string;
  args: unknown[];
  idempotencyKey?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The `dossiers` and `citizenData` calls of the form, answered in memory. Idempotent like the platform: a call
 * repeated with the same key returns the first answer and files nothing twice.
 */
export function dossierParts(options: DossierPartsOptions = {}): DossierParts {
  const calls: RecordedCall[] = [];
  const replies = new Map<string, unknown>();
  let created = 0;
  let submitted = 0;
  let failedOnce = false;
  const latency = options.latencyMs ?? 0;
  const once = async <T>(key: string | undefined, run: () => Promise<T> | T): Promise<T> => {
    if (key && replies.has(key)) return replies.get(key) as T;
    const value = await run();
    if (key) replies.set(key, value);
    return value;
  };
  const draft = (id: string, extra: Partial<Dossier> = {}) =>
    ({ id, code: null, status: 0, formData: {}, documents: [], ...extra }) as unknown as Dossier;

  const parts = {
    dossiers: {
      async create(body: unknown, call?: { idempotencyKey?: string }) {
        calls.push({ method: 'dossiers.create', args: [body], idempotencyKey: call?.idempotencyKey });
        await sleep(latency);
        return once(call?.idempotencyKey, () => draft(`d_${++created}`));
      },
      async update(ref: string, body: unknown, call?: { idempotencyKey?: string }) {
        calls.push({ method: 'dossiers.update', args: [ref, body], idempotencyKey: call?.idempotencyKey });
        await sleep(latency);
        return draft(ref);
      },
      async attach(ref: string, body: unknown, call?: { idempotencyKey?: string }) {
        calls.push({ method: 'dossiers.attach', args: [ref, body], idempotencyKey: call?.idempotencyKey });
        await sleep(latency);
        return once(call?.idempotencyKey, () => draft(ref));
      },
      async submit(ref: string, body: unknown, call?: { idempotencyKey?: string }) {
        calls.push({ method: 'dossiers.submit', args: [ref, body], idempotencyKey: call?.idempotencyKey });
        await sleep(latency);
        if (options.failSubmit) throw options.failSubmit;
        return once(call?.idempotencyKey, () => {
          if (options.failSubmitOnce && !failedOnce) {
            failedOnce = true;
            throw options.failSubmitOnce;
          }
          submitted++;
          return draft(ref, {
            code: `000.00.14.H56-250701-${String(submitted).padStart(4, '0')}`,
            status: 1,
          } as Partial<Dossier>);
        });
      },
    },
    citizenData: {
      async createConsent(body: unknown, call?: { idempotencyKey?: string }) {
        calls.push({
          method: 'citizenData.createConsent',
          args: [body],
          idempotencyKey: call?.idempotencyKey,
        });
        await sleep(latency);
        return {
          id: 'cons_01',
          status: 'active',
          grantedAt: '2025-07-01T08:00:00+07:00',
          ...(body as object),
        };
      },
      async prefill(procedureCode: string) {
        calls.push({ method: 'citizenData.prefill', args: [procedureCode] });
        await sleep(latency);
        if (options.failPrefill) throw options.failPrefill;
        return structuredClone(birthPrefill);
      },
    },
  } as unknown as { [K in keyof MotcuaClient]?: Partial<MotcuaClient[K]> };

  return {
    parts,
    calls,
    /** Dossiers actually filed (replays not counted). */
    get submitted() {
      return submitted;
    },
  };
}
