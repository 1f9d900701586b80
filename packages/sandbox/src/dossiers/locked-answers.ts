/**
 * The platform's side of locked prefilled fields: an answer the registry (or the e-ID sign-in) vouches for
 * must be the vouched value, whatever the form in the browser allowed. Checked when a draft is created or
 * updated (the answers given) and when it is filed or a supplement is answered (the answers kept).
 */
import type { FieldProblem } from '@motcua/contract';
import { normalizeText } from '@motcua/core';
import { type LockedAnswer, lockedAnswers } from '../citizen-data/index.js';
import { ProblemError } from '../http/problem.js';
import type { SeedProcedure } from '../seed-data/index.js';
import type { ApplicantActing } from './access.js';
import type { DomainContext } from './lifecycle.js';
import { sayIn, says } from './messages.js';

/** Text is compared as it reads: NFC, trimmed, single spaces; objects member by member, whatever their order. */
function canonical(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, member]) => member !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, member]) => [key, canonical(member)]),
    );
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

const absent = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Refuses answers that differ from what their locked field must hold (`lockedAnswers`), with one field error
 * per answer at `['formData', name]` → 422 `dossier.prefillMismatch`. Absent answers are left to the form's
 * own rules (a draft may be partial; a hidden field is not kept).
 *
 * @example
 * await assertLockedAnswers(ctx, procedure, acting, formData);
 */
export async function assertLockedAnswers(
  ctx: DomainContext,
  procedure: SeedProcedure,
  acting: ApplicantActing,
  answers: Readonly<Record<string, unknown>>,
): Promise<void> {
  const locked = await lockedAnswers(ctx.db, acting, procedure, ctx.now());
  const changed = locked.filter(
    ({ field, value }) => !absent(answers[field.name]) && !same(answers[field.name], value),
  );
  if (changed.length === 0) return;
  const problem = ({ field, vouchedBy }: LockedAnswer) => {
    const key = vouchedBy === 'registry' ? 'dossier.prefillMismatch' : 'dossier.identityMismatch';
    return (locale: 'vi' | 'en') => sayIn(locale, key, { label: field.label[locale] ?? field.label.vi });
  };
  throw new ProblemError('dossier.prefillMismatch', {
    detail: says('dossier.prefillChanged', (locale) => ({
      fields: changed.map((answer) => problem(answer)(locale)).join('; '),
    })),
    errors: changed.map(
      (answer): FieldProblem => ({
        path: ['formData', answer.field.name],
        code: 'dossier.prefillMismatch',
        message: problem(answer)(ctx.locale),
      }),
    ),
  });
}
