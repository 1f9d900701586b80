/**
 * A fixture client for stories and unit tests: the parts of `MotcuaClient` the widgets use, answered from static
 * data (no network), with knobs for latency, failure and the events a watched dossier emits. Not shipped.
 *
 * @example
 * const client = createFixtureClient({ latencyMs: 50 });
 * render(<MotcuaProvider client={client}><StatusTracker dossierCode={dossierProcessing.code!} /></MotcuaProvider>);
 */
import type { DossierEvent } from '@motcua/contract';
import type { DossierFee, ProcessingStep } from '@motcua/core';
import type { Dossier, FileInfo, MotcuaClient, Payment, UploadOptions, UploadSource } from '@motcua/sdk';
import { applyEvent } from '../status-tracker/useStatusTracker.js';

// ——— Data: a birth registration filed online at Phường Ba Đình, Hà Nội ———

export const officer = {
  id: 'off_12',
  name: 'Phạm Minh Châu',
  title: 'Công chức tư pháp - hộ tịch',
  department: 'Ủy ban nhân dân phường Ba Đình',
};

export const DOSSIER_CODE = '000.00.14.H56-250701-0001';

export const history: ProcessingStep[] = [
  {
    actor: 'applicant',
    at: '2025-07-01T08:30:00+07:00',
    startedAt: '2025-07-01T08:30:00+07:00',
    content: 'Nộp hồ sơ trực tuyến',
    status: 1,
  },
  {
    actor: 'deskOfficer',
    officer,
    at: '2025-07-01T09:15:00+07:00',
    startedAt: '2025-07-01T08:30:00+07:00',
    content: 'Tiếp nhận hồ sơ',
    status: 2,
  },
  {
    actor: 'specialist',
    officer,
    at: '2025-07-01T10:00:00+07:00',
    startedAt: '2025-07-01T09:15:00+07:00',
    content: 'Chuyển xử lý',
    status: 4,
    legalDeadline: '2025-07-03T16:00:00+07:00',
  },
];

export const fees: DossierFee[] = [
  {
    code: 'LP01',
    name: 'Lệ phí đăng ký khai sinh quá hạn',
    kind: 'fee',
    amount: 8_000,
    collectedAt: 'submission',
    paid: false,
  },
  {
    code: 'P02',
    name: 'Phí cấp bản sao trích lục khai sinh',
    kind: 'charge',
    amount: 16_000,
    collectedAt: 'result',
    paid: false,
  },
];

const baseDossier: Dossier = {
  id: 'd_01J2ABCD',
  code: DOSSIER_CODE,
  procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  field: { code: 'G09-TP05', name: 'Hộ tịch' },
  applicant: { kind: 'citizen', fullName: 'Trần Thị Bình', citizenId: '001190123456' },
  channel: 2,
  summary: 'Đăng ký khai sinh cho Nguyễn An Nhiên',
  status: 4,
  dates: {
    createdAt: '2025-07-01T08:00:00+07:00',
    submittedAt: '2025-07-01T08:30:00+07:00',
    acceptedAt: '2025-07-01T09:15:00+07:00',
    appointmentAt: '2025-07-08T16:00:00+07:00',
  },
  receivingAgency: { code: '000.00.14.H56', name: 'Ủy ban nhân dân phường Ba Đình' },
  documents: [],
  formData: {},
  fees,
  supplementRequests: [],
  results: [],
  history,
} as Dossier;

/** Being processed, appointment on 8 July 2025 (render with `now` before it). */
export const dossierProcessing: Dossier = baseDossier;

/** More documents requested, with an open request and its deadline. */
export const dossierSupplement: Dossier = {
  ...baseDossier,
  status: 5,
  supplementRequests: [
    {
      id: 'sup_01',
      requestedBy: officer,
      requestedAt: '2025-07-02T09:00:00+07:00',
      items: [
        { componentId: 'giay-chung-sinh', description: 'Ảnh chụp giấy chứng sinh bị mờ, vui lòng chụp lại' },
      ],
      reason: 'Giấy tờ không rõ nét',
      deadline: '2025-07-09T17:00:00+07:00',
      previousAppointmentAt: '2025-07-08T16:00:00+07:00',
    },
  ],
  history: [
    ...history,
    {
      actor: 'specialist',
      officer,
      at: '2025-07-02T09:00:00+07:00',
      startedAt: '2025-07-01T10:00:00+07:00',
      content: 'Yêu cầu bổ sung: ảnh chụp giấy chứng sinh bị mờ',
      status: 5,
    },
  ],
} as Dossier;

/** Result returned: final, fees paid. */
export const dossierReturned: Dossier = {
  ...baseDossier,
  status: 10,
  dates: {
    ...baseDossier.dates,
    finishedAt: '2025-07-03T15:00:00+07:00',
    returnedAt: '2025-07-04T08:00:00+07:00',
  },
  fees: fees.map((fee) => ({ ...fee, paid: true, paidOnline: true, paymentId: 'pay_01J2' })),
  history: [
    ...history,
    {
      actor: 'specialist',
      officer,
      at: '2025-07-03T15:00:00+07:00',
      startedAt: '2025-07-01T10:00:00+07:00',
      content: 'Hoàn thành xử lý, đã ký giấy khai sinh',
      status: 9,
    },
    {
      actor: 'deskOfficer',
      officer,
      at: '2025-07-04T08:00:00+07:00',
      startedAt: '2025-07-03T15:00:00+07:00',
      content: 'Trả kết quả trực tuyến',
      status: 10,
    },
  ],
} as Dossier;

/** Submitted, nothing else has happened: a history of one step. */
export const dossierJustSubmitted: Dossier = {
  ...baseDossier,
  status: 1,
  dates: { createdAt: '2025-07-01T08:00:00+07:00', submittedAt: '2025-07-01T08:30:00+07:00' },
  history: history.slice(0, 1),
} as Dossier;

/** No processing step at all (a dossier just created at the desk). */
export const dossierNoHistory: Dossier = { ...baseDossier, status: 1, history: [] } as Dossier;

const LONG =
  'Đề nghị cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất do bị mất, kèm theo đính chính thông tin người sử dụng đất ở xã Nghĩa Hưng, tỉnh Ninh Bình';

/** Long Vietnamese text everywhere, for wrapping. */
export const dossierLongText: Dossier = {
  ...baseDossier,
  procedure: { code: '1.004227', name: LONG },
  summary: LONG,
  history: history.map((step) => ({ ...step, content: `${step.content}: ${LONG}` })),
  fees: [
    {
      ...fees[0],
      name: `Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (cấp lại do bị mất)`,
    } as DossierFee,
    {
      ...fees[1],
      name: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất đối với hộ gia đình, cá nhân',
    } as DossierFee,
  ],
} as Dossier;

export const dossiers: Record<string, Dossier> = { [DOSSIER_CODE]: dossierProcessing };

/** Events a watched, processed dossier emits: finished, then result returned. */
export const events: DossierEvent[] = [
  {
    id: '1043',
    type: 'dossier.finished',
    dossierCode: DOSSIER_CODE,
    agencyCode: '000.00.14.H56',
    status: 9,
    previousStatus: 4,
    at: '2025-07-03T15:00:00+07:00',
    actor: { role: 'specialist', id: officer.id, name: officer.name },
    data: {},
  },
  {
    id: '1044',
    type: 'dossier.resultReturned',
    dossierCode: DOSSIER_CODE,
    agencyCode: '000.00.14.H56',
    status: 10,
    previousStatus: 9,
    at: '2025-07-04T08:00:00+07:00',
    actor: { role: 'deskOfficer', id: officer.id, name: officer.name },
    data: {},
  },
];

export const payment: Payment = {
  id: 'pay_01J2',
  dossierCode: DOSSIER_CODE,
  lookupCode: 'PT250701000123',
  lines: fees.map(({ kind, code, name, amount }) => ({ kind, code, name, amount })),
  total: 24_000,
  currency: 'VND',
  status: 'pending',
  beneficiary: { accountName: 'UBND phường Ba Đình', accountNumber: '3511000123', bank: 'Kho bạc Nhà nước' },
  createdAt: '2025-07-01T08:35:00+07:00',
} as Payment;

// ——— The client ———

export interface FixtureClientOptions {
  /** Dossiers by code or id (default: {@link dossiers}). */
  dossiers?: Record<string, Dossier>;
  /**
   * Events `dossiers.watch(code)` yields, by code (default: none; the watch stays open until aborted). Like the
   * platform, the fixture moves the dossier first: `dossiers.get` reads it as the event left it.
   */
  events?: Record<string, DossierEvent[]>;
  /** Delay before each watched event, ms (default 10). */
  eventIntervalMs?: number;
  /** Latency of every call, ms (default 0). `Infinity` never answers: the loading state. */
  latencyMs?: number;
  /** Make reads (`dossiers.get`, `dossiers.history`) fail: the error state. */
  failReads?: boolean;
  /** Uploads of files whose name matches fail (once each, unless `failUploadsAlways`). */
  failUploads?: RegExp;
  failUploadsAlways?: boolean;
  /** Progress callbacks per upload (default 4). */
  uploadSteps?: number;
  /** What `payments.create` does: answer with a checkout URL (default), or fail. */
  payment?: 'checkout' | 'fail' | 'paid';
  /**
   * Statuses `payments.get` answers in turn, the last one repeating (default: `pending`): a payer back from the
   * gateway. A `paid` answer has its `paidAt`, a `failed` one the gateway's `failureReason`.
   */
  paymentStatuses?: Payment['status'][];
  /** Make `payments.get` fail with this HTTP status (the first `failPaymentReads` times, default always). */
  failPaymentReads?: { status: number; times?: number };
  /** Extra or replacement resources (e.g. `procedures`, `units`, `signatures`), shallow-merged per resource. */
  parts?: { [K in keyof MotcuaClient]?: Partial<MotcuaClient[K]> };
}

export interface FixtureCall {
  method: string;
  args: unknown[];
}

/** A fixture client plus the calls it received, for assertions. */
export type FixtureClient = MotcuaClient & { calls: FixtureCall[] };

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (ms === Number.POSITIVE_INFINITY) {
      signal?.addEventListener('abort', () => reject(signal.reason));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** A problem like the SDK's ApiError, without needing a server. */
export class FixtureError extends Error {
  readonly status: number;
  constructor(message: string, status = 500) {
    super(message);
    this.name = 'FixtureError';
    this.status = status;
  }
}

/** Builds a fixture client. See {@link FixtureClientOptions}. */
export function createFixtureClient(options: FixtureClientOptions = {}): FixtureClient {
  const calls: FixtureCall[] = [];
  const store = options.dossiers ?? dossiers;
  const latency = options.latencyMs ?? 0;
  const failedOnce = new Set<string>();
  let uploaded = 0;
  let paymentReads = 0;

  // Dossiers as watched events left them, over the static store (shared by every fixture client).
  const moved = new Map<string, Dossier>();
  const find = (ref: string): Dossier => {
    const dossier =
      moved.get(ref) ?? store[ref] ?? Object.values(store).find((d) => d.id === ref || d.code === ref);
    if (!dossier) throw new FixtureError(`Dossier ${ref} not found`, 404);
    return dossier;
  };

  const client = {
    calls,
    dossiers: {
      async get(ref: string, call?: { signal?: AbortSignal }) {
        calls.push({ method: 'dossiers.get', args: [ref] });
        await wait(latency, call?.signal);
        if (options.failReads) throw new FixtureError('Service unavailable', 503);
        return structuredClone(find(ref));
      },
      async history(ref: string, call?: { signal?: AbortSignal }) {
        calls.push({ method: 'dossiers.history', args: [ref] });
        await wait(latency, call?.signal);
        if (options.failReads) throw new FixtureError('Service unavailable', 503);
        return { items: structuredClone(find(ref).history) };
      },
      async *watch(ref: string, watchOptions: { signal?: AbortSignal } = {}) {
        calls.push({ method: 'dossiers.watch', args: [ref] });
        for (const event of options.events?.[ref] ?? []) {
          await wait(options.eventIntervalMs ?? 10, watchOptions.signal);
          moved.set(ref, applyEvent(find(ref), event));
          yield structuredClone(event);
        }
        // A real stream stays open until a final status or an abort.
        await wait(Number.POSITIVE_INFINITY, watchOptions.signal).catch(() => undefined);
      },
    },
    files: {
      async upload(source: UploadSource, upload: UploadOptions = {}): Promise<FileInfo> {
        const file = source as File;
        const name = upload.name ?? file.name ?? 'file';
        calls.push({ method: 'files.upload', args: [name] });
        const total = upload.size ?? file.size ?? 0;
        const steps = options.uploadSteps ?? 4;
        for (let step = 1; step <= steps; step += 1) {
          await wait(Math.max(latency / steps, 1), upload.signal);
          const failing =
            options.failUploads?.test(name) && (options.failUploadsAlways || !failedOnce.has(name));
          if (failing && step === Math.ceil(steps / 2)) {
            failedOnce.add(name);
            throw new FixtureError('Connection reset', 0);
          }
          upload.onProgress?.(Math.round((total * step) / steps), total);
        }
        uploaded += 1;
        return {
          fileId: `file_${String(uploaded).padStart(4, '0')}`,
          name,
          mediaType: upload.mediaType ?? file.type ?? 'application/octet-stream',
          size: total,
          offset: total,
          status: 'complete',
          createdAt: '2025-07-01T08:20:00+07:00',
        } as FileInfo;
      },
    },
    payments: {
      async create(body: { dossierCode: string; returnUrl?: string }, call?: { signal?: AbortSignal }) {
        calls.push({ method: 'payments.create', args: [body] });
        await wait(latency, call?.signal);
        if (options.payment === 'fail') throw new FixtureError('Payment gateway unavailable', 502);
        if (options.payment === 'paid')
          return { ...payment, status: 'paid', paidAt: '2025-07-01T08:40:00+07:00' } as Payment;
        return { ...payment, checkoutUrl: 'https://thanhtoan.example.vn/checkout/PT250701000123' };
      },
      async get(id: string, call?: { signal?: AbortSignal }) {
        calls.push({ method: 'payments.get', args: [id] });
        await wait(latency, call?.signal);
        const failing = options.failPaymentReads;
        if (failing && (failing.times === undefined || paymentReads < failing.times)) {
          paymentReads += 1;
          throw new FixtureError('Payment service unavailable', failing.status);
        }
        const statuses = options.paymentStatuses ?? ['pending'];
        const status = statuses[Math.min(paymentReads++, statuses.length - 1)] ?? 'pending';
        if (status === 'paid')
          return { ...payment, status, paidAt: '2025-07-01T08:40:00+07:00', channel: 'qr' } as Payment;
        if (status === 'failed')
          return { ...payment, status, failureReason: 'Ngân hàng từ chối giao dịch' } as Payment;
        return { ...payment, status } as Payment;
      },
    },
  } as Record<string, unknown>;

  for (const [resource, part] of Object.entries(options.parts ?? {}))
    client[resource] = { ...((client[resource] as object | undefined) ?? {}), ...part };

  return client as unknown as FixtureClient;
}
