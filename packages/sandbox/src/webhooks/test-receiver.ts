/**
 * Test-only: a webhook receiver on a loopback port that records every delivery with its raw bytes, answers
 * with a scripted status, and verifies `Motcua-Signature` on its own (HMAC-SHA256 over `<t>.` + the raw body),
 * as an integrator's receiver would — without the sandbox's signing code.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as received. */
  readonly raw: Buffer;
  /** `performance.now()` when it arrived. */
  readonly at: number;
  /** What the receiver answered. */
  readonly answered: number;
}

export interface Receiver {
  readonly url: string;
  readonly received: ReceivedDelivery[];
  /** Statuses to answer with, in order; once used up, 200. */
  script(statuses: readonly number[]): void;
  /** Resolves once `count` deliveries have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedDelivery[]>;
  close(): Promise<void>;
}

/** The parts of a `Motcua-Signature` header. */
export function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value ?? '');
  return { timestamp, signatures };
}

/**
 * Whether one of the header's `v1` signatures is the HMAC of `<t>.` + raw body under `secret`, and `t` is within
 * `toleranceSeconds` of now.
 */
export function verifySignature(
  header: string | undefined,
  raw: Buffer,
  secret: string,
  toleranceSeconds = 300,
): boolean {
  if (!header) return false;
  const { timestamp, signatures } = parseSignatureHeader(header);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds)
    return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(raw).digest();
  return signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** Starts a receiver on 127.0.0.1 and a free port. */
export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedDelivery[] = [];
  let statuses: number[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answered = statuses.shift() ?? 200;
      received.push({
        headers: request.headers,
        raw: Buffer.concat(chunks),
        at: performance.now(),
        answered,
      });
      response.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'nope');
      for (const waiter of waiters) waiter();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    script(next) {
      statuses = [...next];
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(received.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} deliveries, got ${received.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
