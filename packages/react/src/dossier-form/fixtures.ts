/**
 * Test and story data for the dossier form (not exported by the package): core's birth-registration example
 * e-form, shorter specs, and fixture client parts for the calls the form makes. Nothing here reaches the network.
 */
import type { FormSpec } from '@motcua/core';
import { BIRTH_REGISTRATION_PROCEDURE, birthRegistrationSpec } from '@motcua/core/examples';
import type { Dossier, MotcuaClient } from '@motcua/sdk';
import type { FixtureClientOptions } from '../test/fixtures.js';

/** The birth-registration e-form that core ships as its worked example, and its procedure. */
export const birthSpec = birthRegistrationSpec;
export const BIRTH_PROCEDURE = BIRTH_REGISTRATION_PROCEDURE;

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
