import type { ProblemCode } from '@motcua/contract';

/**
 * Fault injection for resilience tests, driven by request headers (never enabled on the real platform):
 *
 * `X-Sandbox-Fault: <directive>[; <directive>…]` with directives
 * - `latency=<ms>` — wait before handling (0–30000 ms); combines with any other directive;
 * - `status=<code>` — answer at once with a problem of that status (429, 500, 502, 503, 504), the handler never
 *   runs; `retry-after=<seconds>` adds a `Retry-After` header;
 * - `drop` — close the connection without any response, before the handler runs (nothing is written);
 * - `drop-after-commit` — run the handler and commit its writes, then close the connection without a response:
 *   the client cannot know its request succeeded, which is what an idempotent retry must survive;
 * - `times=<n>` — with `X-Sandbox-Fault-Once`, fault the first n attempts instead of only the first (without it,
 *   every attempt faults anyway).
 * - `after=<n>` — with `X-Sandbox-Fault-Once`, let the first n requests carrying the id through and fault the
 *   ones after them: a connection cut in the middle of a conversation, e.g. the third request of a tus upload.
 *
 * `X-Sandbox-Fault-Once: <id>` — apply the fault only to the first attempt (or first `times`) carrying this id;
 * later attempts with the same id pass untouched. A client that resends the same headers on retry (as the SDK
 * does) thus gets "fail the first attempt, succeed on retry". Using the request's `Idempotency-Key` as the id is
 * the natural choice.
 *
 * @example
 * // fail once with 503, then succeed
 * fetch(url, { headers: { 'X-Sandbox-Fault': 'status=503;retry-after=1', 'X-Sandbox-Fault-Once': key } })
 */
export const FAULT_HEADER = 'X-Sandbox-Fault';
/** See {@link FAULT_HEADER}. */
export const FAULT_ONCE_HEADER = 'X-Sandbox-Fault-Once';
/** Marks, on the in-process `fetch` path, a response that stands for a dropped connection. */
export const DROPPED_HEADER = 'X-Sandbox-Dropped';
/** Statuses `status=` may inject, with the problem each answers. */
export const FAULT_STATUSES = {
  429: 'rate.limited',
  500: 'server.error',
  502: 'server.unavailable',
  503: 'server.unavailable',
  504: 'server.unavailable',
} as const satisfies Record<number, ProblemCode>;
export const MAX_FAULT_LATENCY_MS = 30_000;
const MAX_RETRY_AFTER_SECONDS = 3600;
const MAX_TIMES = 100;

export type FaultStatus = keyof typeof FAULT_STATUSES;

/** A parsed `X-Sandbox-Fault` header. */
export interface Fault {
  latencyMs: number;
  action:
    | { kind: 'none' }
    | { kind: 'status'; status: FaultStatus; retryAfter?: number }
    | { kind: 'drop' }
    | { kind: 'drop-after-commit' };
  times: number;
  /** Requests carrying the `X-Sandbox-Fault-Once` id let through before the first fault. */
  after: number;
}

/**
 * Parses an `X-Sandbox-Fault` value; a string explains what is wrong with an invalid one.
 *
 * @example
 * parseFault('status=429; retry-after=1') // { latencyMs: 0, action: { kind: 'status', status: 429, retryAfter: 1 }, times: 1, after: 0 }
 */
export function parseFault(value: string): Fault | string {
  const fault: Fault = { latencyMs: 0, action: { kind: 'none' }, times: 1, after: 0 };
  let retryAfter: number | undefined;
  const setAction = (action: Fault['action']): string | undefined => {
    if (fault.action.kind !== 'none') return 'only one of status, drop and drop-after-commit';
    fault.action = action;
    return undefined;
  };
  const directives = value
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (directives.length === 0) return 'empty';
  for (const directive of directives) {
    const [rawName = '', rawValue] = directive.split('=', 2).map((part) => part.trim());
    const name = rawName.toLowerCase();
    const number = rawValue !== undefined && /^\d{1,9}$/.test(rawValue) ? Number(rawValue) : undefined;
    let problem: string | undefined;
    switch (name) {
      case 'latency':
        if (number === undefined || number > MAX_FAULT_LATENCY_MS)
          return `latency must be 0–${MAX_FAULT_LATENCY_MS} ms`;
        fault.latencyMs = number;
        break;
      case 'status':
        if (number === undefined || !(number in FAULT_STATUSES)) {
          return `status must be one of ${Object.keys(FAULT_STATUSES).join(', ')}`;
        }
        problem = setAction({ kind: 'status', status: number as FaultStatus });
        break;
      case 'retry-after':
        if (number === undefined || number > MAX_RETRY_AFTER_SECONDS)
          return `retry-after must be 0–${MAX_RETRY_AFTER_SECONDS} s`;
        retryAfter = number;
        break;
      case 'drop':
      case 'drop-after-commit':
        if (rawValue !== undefined) return `${name} takes no value`;
        problem = setAction({ kind: name });
        break;
      case 'times':
        if (number === undefined || number < 1 || number > MAX_TIMES) return `times must be 1–${MAX_TIMES}`;
        fault.times = number;
        break;
      case 'after':
        if (number === undefined || number > MAX_TIMES) return `after must be 0–${MAX_TIMES}`;
        fault.after = number;
        break;
      default:
        return `unknown directive "${name.slice(0, 40)}"`;
    }
    if (problem) return problem;
  }
  if (retryAfter !== undefined) {
    if (fault.action.kind !== 'status') return 'retry-after needs status';
    fault.action = { ...fault.action, retryAfter };
  }
  return fault;
}

/**
 * Remembers how many attempts each `X-Sandbox-Fault-Once` id has faulted. Bounded, oldest ids forgotten first:
 * ids are per test, and a long-running sandbox must not grow without limit.
 */
export class FaultMemory {
  readonly #seen = new Map<string, number>();
  readonly #capacity: number;

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  /** Whether the request carrying `id` should fault: the ones after the first `after`, `times` of them. */
  take(id: string, times: number, after = 0): boolean {
    const count = this.#seen.get(id) ?? 0;
    if (count >= after + times) return false;
    this.#seen.delete(id);
    this.#seen.set(id, count + 1);
    if (this.#seen.size > this.#capacity) {
      const oldest = this.#seen.keys().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    return count >= after;
  }

  clear(): void {
    this.#seen.clear();
  }
}
