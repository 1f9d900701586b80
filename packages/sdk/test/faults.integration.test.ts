import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, isNetworkError, type MotcuaClient } from '../src/index.js';
import { prepareDraft, startSandbox, type TestSandbox } from './support.js';

const N = 20;
const FAULTS = ['drop-after-commit', 'status=503', 'status=429;retry-after=1', 'drop'] as const;

interface Attempt {
  method: string;
  path: string;
  key: string | null;
  /** The status answered, or `'dropped'`. */
  outcome: number | 'dropped';
  replayed: boolean;
}

/** A fetch that records every attempt the SDK makes. */
function recordingFetch(attempts: Attempt[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const attempt: Attempt = {
      method: request.method,
      path: new URL(request.url).pathname,
      key: request.headers.get('idempotency-key'),
      outcome: 'dropped',
      replayed: false,
    };
    attempts.push(attempt);
    const response = await fetch(request);
    attempt.outcome = response.status;
    attempt.replayed = response.headers.get('idempotent-replayed') === 'true';
    return response;
  };
}

describe('exactly once under faults, against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  const attempts: Attempt[] = [];

  beforeAll(async () => {
    sb = await startSandbox();
    citizen = await sb.client('citizen-an', {
      fetch: recordingFetch(attempts),
      retry: { limit: 3, backoffLimit: 50, maxRetryAfter: 2000 },
    });
  });
  afterAll(() => sb?.close());

  it(`submits ${N} dossiers whose first attempt fails (dropped after commit, 503, 429, dropped): each exactly once`, async () => {
    const drafts = await Promise.all(Array.from({ length: N }, () => prepareDraft(citizen)));
    attempts.length = 0;

    const submitted = await Promise.all(
      drafts.map(({ draft, formData }, i) =>
        citizen.dossiers.submit(
          draft.id,
          { formData, declaration: true },
          {
            headers: {
              'X-Sandbox-Fault': FAULTS[i % FAULTS.length] as string,
              'X-Sandbox-Fault-Once': `submit-${randomUUID()}`,
            },
          },
        ),
      ),
    );

    // Every call succeeded with its dossier and a distinct official code.
    expect(submitted.map((d) => d.id)).toEqual(drafts.map((d) => d.draft.id));
    expect(submitted.every((d) => d.status === 1)).toBe(true);
    const codes = submitted.map((d) => d.code as string);
    expect(new Set(codes).size).toBe(N);

    // Each submission took exactly two attempts, with one Idempotency-Key between them; the retry of a
    // committed-then-dropped attempt was answered from the stored outcome.
    for (const [i, { draft }] of drafts.entries()) {
      const mine = attempts.filter((a) => a.path === `/dossiers/${draft.id}/submit`);
      expect(mine.map((a) => a.outcome)).toEqual(
        FAULTS[i % FAULTS.length]?.startsWith('drop') ? ['dropped', 200] : [i % 4 === 1 ? 503 : 429, 200],
      );
      expect(new Set(mine.map((a) => a.key)).size).toBe(1);
      expect(mine[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
      expect(mine[1]?.replayed).toBe(FAULTS[i % FAULTS.length] === 'drop-after-commit');
    }

    // The platform agrees: N dossiers filed, N submission events, in the desk's queue once each.
    const desk = await sb.client('officer-ba-dinh-desk');
    const queue = await desk.dossiers.list({ status: 1 }).toArray({ limit: 100 });
    expect(queue.map((d) => d.code).sort()).toEqual([...codes].sort());
    const rows = await sb.sandbox.db
      .selectFrom('events')
      .select(['dossier_code'])
      .where('type', '=', 'dossier.submitted')
      .execute();
    expect(rows.map((r) => r.dossier_code).sort()).toEqual([...codes].sort());
  });

  it('never retries a write that is not idempotent (PATCH), even when its answer is lost', async () => {
    const { draft } = await prepareDraft(citizen);
    attempts.length = 0;

    const unavailable = await citizen.dossiers
      .update(draft.id, { summary: 'Lần 1' }, { headers: { 'X-Sandbox-Fault': 'status=503' } })
      .catch((e: unknown) => e);
    expect(isApiError(unavailable) && unavailable.status).toBe(503);
    expect(attempts).toHaveLength(1);

    const lost = await citizen.dossiers
      .update(draft.id, { summary: 'Lần 2' }, { headers: { 'X-Sandbox-Fault': 'drop-after-commit' } })
      .catch((e: unknown) => e);
    expect(isNetworkError(lost)).toBe(true);
    expect(attempts).toHaveLength(2);
    expect(attempts.every((a) => a.method === 'PATCH' && a.key === null)).toBe(true);
    // It was applied once: the caller has to look before trying again.
    expect((await citizen.dossiers.get(draft.id)).summary).toBe('Lần 2');
  });

  it('a duplicate sent while the first is still running (409 idempotency.inProgress) waits and gets the same answer', async () => {
    const { draft, formData } = await prepareDraft(citizen);
    const idempotencyKey = randomUUID();
    attempts.length = 0;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // Hold the sandbox's database for a moment, so the first submission stays in progress (its key claimed).
    const busy = sb.sandbox.db.transaction().execute(() => pause(400));
    await pause(20);
    // A double click: the same logical submission again while the first is still running.
    const first = citizen.dossiers.submit(draft.id, { formData, declaration: true }, { idempotencyKey });
    await pause(100);
    const second = citizen.dossiers.submit(draft.id, { formData, declaration: true }, { idempotencyKey });
    const [a, b] = await Promise.all([first, second]);
    await busy;

    expect(b.code).toBe(a.code);
    const outcomes = attempts.filter((x) => x.path.endsWith('/submit')).map((x) => [x.outcome, x.replayed]);
    // The duplicate found the first in progress and was retried after Retry-After, not thrown at the caller.
    expect(outcomes).toEqual([
      [200, false], // the first, held up, then done
      [409, false], // the duplicate, while the first ran
      [200, true], // the duplicate again, a second later: the first's answer
    ]);
    expect((await citizen.dossiers.history(draft.id)).items.filter((s) => s.status === 1)).toHaveLength(1);
  });

  it('an illegal move (409) is not retried', async () => {
    const { draft, formData } = await prepareDraft(citizen);
    await citizen.dossiers.submit(draft.id, { formData, declaration: true });
    attempts.length = 0;
    const error = await citizen.dossiers
      .submit(draft.id, { formData, declaration: true })
      .catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('dossier.illegalTransition');
    expect(attempts).toHaveLength(1);
  });

  it('keeps a caller-chosen Idempotency-Key across its own retries', async () => {
    const { draft, formData } = await prepareDraft(citizen);
    const idempotencyKey = randomUUID();
    const noRetry = await sb.client('citizen-an', { retry: false });
    const first = await noRetry.dossiers
      .submit(
        draft.id,
        { formData, declaration: true },
        {
          idempotencyKey,
          headers: { 'X-Sandbox-Fault': 'drop-after-commit' },
        },
      )
      .catch((e: unknown) => e);
    expect(isNetworkError(first)).toBe(true);
    // The application retries the same logical call later, with the same key: the same dossier, once.
    const again = await noRetry.dossiers.submit(
      draft.id,
      { formData, declaration: true },
      { idempotencyKey },
    );
    expect(again.status).toBe(1);
    expect((await noRetry.dossiers.history(draft.id)).items.filter((s) => s.status === 1)).toHaveLength(1);
  });
});
