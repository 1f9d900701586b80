/**
 * Test and story data for the procedure search (not exported by the package): a slice of the catalogue and a
 * fixture `procedures.search` that matches like the platform (diacritics and case ignored), with latency and
 * failure knobs.
 */
import { foldText } from '@motcua/core';
import type { MotcuaClient, ProcedureSummary } from '@motcua/sdk';
import type { FixtureClientOptions } from '../test/fixtures.js';

export const FIELDS = [
  { code: 'G09-TP05', name: 'Hộ tịch' },
  { code: 'G09-TP06', name: 'Chứng thực' },
  { code: 'G01-CA03', name: 'Đăng ký, quản lý cư trú' },
  { code: 'G06-TC12', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  { code: 'G07-NM01', name: 'Đất đai' },
];

const field = (code: string) => FIELDS.find((f) => f.code === code) as { code: string; name: string };

export const procedures: ProcedureSummary[] = [
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    implementingLevel: 'commune',
    field: field('G09-TP05'),
    onlineLevel: 'full',
  },
  {
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    implementingLevel: 'commune',
    field: field('G09-TP05'),
    onlineLevel: 'full',
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    implementingLevel: 'commune',
    field: field('G09-TP05'),
    onlineLevel: 'partial',
  },
  {
    code: '2.000635',
    name: 'Thủ tục cấp bản sao trích lục hộ tịch',
    implementingLevel: 'commune',
    field: field('G09-TP05'),
    onlineLevel: 'full',
  },
  {
    code: '1.004746',
    name: 'Thủ tục xác nhận thông tin hộ tịch',
    implementingLevel: 'commune',
    field: field('G09-TP05'),
    onlineLevel: 'full',
  },
  {
    code: '2.000815',
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản',
    implementingLevel: 'commune',
    field: field('G09-TP06'),
    onlineLevel: 'partial',
  },
  {
    code: '1.004194',
    name: 'Đăng ký thường trú',
    implementingLevel: 'commune',
    field: field('G01-CA03'),
    onlineLevel: 'full',
  },
  {
    code: '1.004222',
    name: 'Đăng ký tạm trú',
    implementingLevel: 'commune',
    field: field('G01-CA03'),
    onlineLevel: 'full',
  },
  {
    code: '2.000720',
    name: 'Đăng ký thành lập hộ kinh doanh',
    implementingLevel: 'commune',
    field: field('G06-TC12'),
    onlineLevel: 'full',
  },
  {
    code: '1.004227',
    name: 'Thủ tục đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất',
    implementingLevel: 'province',
    field: field('G07-NM01'),
    onlineLevel: 'partial',
  },
  {
    code: '1.000775',
    name: 'Cấp phiếu lý lịch tư pháp',
    implementingLevel: 'ministry',
    field: { code: 'G01-CA10', name: 'Lý lịch tư pháp' },
    onlineLevel: 'none',
  },
] as ProcedureSummary[];

export interface SearchPartsOptions {
  latencyMs?: number;
  /** Every search fails (the error state). */
  fail?: boolean;
  /** Fail only the first search (then retry works). */
  failOnce?: boolean;
  items?: ProcedureSummary[];
}

export interface SearchParts {
  parts: FixtureClientOptions['parts'];
  calls: { method: string; args: unknown[] }[];
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** `procedures.search` answered from {@link procedures}. */
export function searchParts(options: SearchPartsOptions = {}): SearchParts {
  const calls: SearchParts['calls'] = [];
  const items = options.items ?? procedures;
  let failed = false;
  const search = (query: Record<string, unknown> = {}, call?: { signal?: AbortSignal }) => {
    calls.push({ method: 'procedures.search', args: [query] });
    const fetchPage = async () => {
      await sleep(options.latencyMs ?? 0, call?.signal);
      if (options.fail || (options.failOnce && !failed)) {
        failed = true;
        throw new Error('Service unavailable');
      }
      const q = typeof query.q === 'string' ? foldText(query.q) : '';
      const limit = typeof query.limit === 'number' ? query.limit : 20;
      const found = items.filter(
        (p) =>
          (!q || foldText(`${p.code} ${p.name}`).includes(q)) &&
          (!query.fieldCode || p.field.code === query.fieldCode) &&
          (!query.level || p.implementingLevel === query.level) &&
          (!query.onlineLevel || p.onlineLevel === query.onlineLevel),
      );
      return { items: found.slice(0, limit), nextCursor: found.length > limit ? 'next' : null };
    };
    return {
      async *[Symbol.asyncIterator]() {
        yield* (await fetchPage()).items;
      },
      async *pages() {
        yield await fetchPage();
      },
      async toArray({ limit }: { limit: number }) {
        return (await fetchPage()).items.slice(0, limit);
      },
    };
  };
  const parts = { procedures: { search } } as unknown as {
    [K in keyof MotcuaClient]?: Partial<MotcuaClient[K]>;
  };
  return { parts, calls };
}
