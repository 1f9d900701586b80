import { dossiersGet, dossiersList } from '@motcua/contract/checks';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { DossierSummary } from '../src/index.js';
import { createValidation } from '../src/validation.js';
import { prepareDraft, startSandbox, type TestSandbox } from './support.js';

describe('overdue dossiers against the real sandbox', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(() => sb?.close());

  it('says when the platform clock has passed the appointment, in the dossier and the queue', async () => {
    const citizen = await sb.client('citizen-an');
    const { draft, formData } = await prepareDraft(citizen);
    const code = (await citizen.dossiers.submit(draft.id, { formData, declaration: true })).code as string;
    const accepted = await (await sb.client('officer-ba-dinh-desk')).officer.accept(code, {});
    expect(accepted).toMatchObject({ overdue: false, overdueDays: 0 });
    expectTypeOf(accepted.overdue).toEqualTypeOf<boolean | undefined>();
    expectTypeOf<DossierSummary['overdueDays']>().toEqualTypeOf<number | undefined>();

    await sb.advanceClock({ days: 30 });
    // Tokens live an hour of test-clock time: sign in again after moving the clock.
    const validation = createValidation([dossiersGet, dossiersList]);
    const desk = await sb.client('officer-ba-dinh-desk', { validation });
    const late = await desk.dossiers.get(code);
    expect(late.overdue).toBe(true);
    expect(late.overdueDays).toBeGreaterThanOrEqual(10);
    const queue = await desk.dossiers.list({ limit: 50 }).toArray({ limit: 50 });
    expect(queue.find((item) => item.code === code)).toMatchObject({
      overdue: true,
      overdueDays: late.overdueDays,
    });
  });
});
