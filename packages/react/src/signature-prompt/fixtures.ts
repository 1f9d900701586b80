/**
 * Test and story data for the signature prompt (not exported by the package): a fixture `signatures` resource that
 * plays the signer's phone without a network.
 */
import type { MotcuaClient, SignatureRequest, SignatureResult } from '@motcua/sdk';
import type { FixtureClientOptions } from '../test/fixtures.js';

export type SignatureOutcome =
  | 'signed'
  | 'rejected'
  | 'expired'
  | 'failed'
  | 'authorisationFailed'
  | 'never'
  | 'network';

export interface SignaturePartsOptions {
  /** How the transaction ends (default `signed`). `never` keeps waiting; `network` fails the create call. */
  outcome?: SignatureOutcome;
  /** Milliseconds before it ends (default 60). */
  afterMs?: number;
  /** Milliseconds from creation to the provider's expiry (default 5 minutes). */
  expiresInMs?: number;
  /** Remaining time reported by each poll drops by this much more than real time (simulated minutes). */
  acceleration?: number;
}

export interface SignatureParts {
  parts: FixtureClientOptions['parts'];
  calls: { method: string; args: unknown[] }[];
}

const CERT = '-----BEGIN CERTIFICATE-----\nMIIBfixture\n-----END CERTIFICATE-----';

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

/** The `signatures` calls the prompt makes, answered in memory. */
export function signatureParts(options: SignaturePartsOptions = {}): SignatureParts {
  const calls: SignatureParts['calls'] = [];
  const outcome = options.outcome ?? 'signed';
  const afterMs = options.afterMs ?? 60;
  const expiresIn = options.expiresInMs ?? 5 * 60_000;
  const acceleration = options.acceleration ?? 1;
  let created = 0;
  const requests = new Map<string, SignatureRequest>();

  const parts = {
    signatures: {
      async create(body: Record<string, unknown>, call?: { signal?: AbortSignal }) {
        calls.push({ method: 'signatures.create', args: [body] });
        await sleep(10, call?.signal);
        if (outcome === 'network') throw Object.assign(new Error('fetch failed'), { name: 'NetworkError' });
        const now = Date.now();
        const request = {
          id: `sig_${++created}`,
          documentHash: body.documentHash,
          documentName: body.documentName,
          signer: body.signer,
          provider: body.provider,
          status: 'waitingForConfirmation',
          createdAt: new Date(now).toISOString(),
          expiresAt: new Date(now + expiresIn).toISOString(),
        } as SignatureRequest;
        requests.set(request.id, request);
        return request;
      },
      async waitFor(
        id: string,
        wait: {
          signal?: AbortSignal;
          pollInterval?: number;
          onProgress?: (r: SignatureRequest, ms: number) => void;
        } = {},
      ) {
        calls.push({ method: 'signatures.waitFor', args: [id] });
        const request = requests.get(id) as SignatureRequest;
        const started = Date.now();
        const interval = Math.min(wait.pollInterval ?? 2000, 20);
        for (;;) {
          const elapsed = (Date.now() - started) * acceleration;
          const remaining = Math.max(0, Date.parse(request.expiresAt) - started - elapsed);
          const done = outcome !== 'never' && Date.now() - started >= afterMs;
          const status = done ? outcome : 'waitingForConfirmation';
          const current = {
            ...request,
            status,
            ...(status === 'signed'
              ? {
                  completedAt: new Date().toISOString(),
                  signature: { format: 'cms', value: 'MIAG', certificate: CERT },
                }
              : {}),
          } as SignatureRequest;
          wait.onProgress?.(current, remaining);
          if (done) return current;
          await sleep(interval, wait.signal);
        }
      },
      async result(id: string) {
        calls.push({ method: 'signatures.result', args: [id] });
        const request = requests.get(id) as SignatureRequest;
        return {
          requestId: id,
          documentHash: request.documentHash,
          signature: { format: 'cms', value: 'MIAG', certificate: CERT },
          certificateChain: [CERT],
          signedAt: new Date().toISOString(),
        } as SignatureResult;
      },
    },
  } as unknown as { [K in keyof MotcuaClient]?: Partial<MotcuaClient[K]> };

  return { parts, calls };
}

/** SHA-256 of the bytes of "abc": a digest everyone can check. */
export const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

export const signer = { citizenId: '001087123456', name: 'Nguyễn Văn An' };
