/**
 * The domain rules the schemas check beyond shape, as plain functions without zod. The schemas run them
 * through `ruleCheck`; the checks `@motcua/contract` generates call them by name, so both say the same thing
 * and a bundle of generated checks carries no zod.
 */
import type { FieldSpec } from '../form-spec/spec.js';
import type { MessageParams } from '../messages/catalogue.js';
import { isCalendarDate } from './calendar.js';

/**
 * What a domain rule finds wrong: the catalogue key (as `key`, or in `params.key`), its placeholders, and
 * where, relative to the value checked.
 */
export interface RuleFinding {
  key?: string;
  params?: MessageParams & { key?: string };
  path?: readonly (string | number)[];
  /** The offending value; the whole value checked when absent. */
  input?: unknown;
}

/**
 * A domain rule: nothing wrong is `null` (or an empty list).
 *
 * @example
 * const hasContact: Rule<{ phone?: string }> = (value) =>
 *   value.phone ? null : { key: 'feedback.contact', path: ['phone'] };
 */
export type Rule<T> = (value: T) => RuleFinding | readonly RuleFinding[] | null | undefined;

/** A rule's finding as an issue: its path (relative to the value checked), the offending value, its key. */
export interface RuleIssue {
  path: (string | number)[];
  input: unknown;
  params: MessageParams & { key: string };
}

/**
 * What a rule finds wrong with a value, each finding in one shape (zod's `ruleCheck` and the checks
 * `@motcua/contract` generates both report these).
 *
 * @example
 * ruleIssues(feedbackContactRule, {}) // [{ path: ['phone'], input: {}, params: { key: 'feedback.contact' } }]
 */
export function ruleIssues<T>(rule: Rule<T>, value: T): RuleIssue[] {
  const found = rule(value);
  if (!found) return [];
  return (Array.isArray(found) ? found : [found as RuleFinding]).map((finding) => ({
    path: finding.path ? [...finding.path] : [],
    input: 'input' in finding ? finding.input : value,
    params: { ...finding.params, key: (finding.key ?? finding.params?.key) as string },
  }));
}

/**
 * A draft has no dossier code yet; anything past the draft must have one.
 *
 * @example
 * dossierCodeRule({ status: 0, code: '000.00.14.H56-250701-0001' }) // { key: 'dossier.draftHasCode', path: ['code'], … }
 */
export const dossierCodeRule: Rule<{ status: number; code: string | null }> = (dossier) => {
  if (dossier.status === 0 && dossier.code !== null)
    return { key: 'dossier.draftHasCode', path: ['code'], input: dossier.code };
  if (dossier.status !== 0 && dossier.code === null)
    return { key: 'dossier.codeRequired', path: ['code'], input: null };
  return null;
};

/**
 * An update must change something.
 *
 * @example
 * dossierUpdateRule({}) // { key: 'dossier.emptyUpdate' }
 */
export const dossierUpdateRule: Rule<object> = (update) =>
  Object.values(update).some((value) => value !== undefined) ? null : { key: 'dossier.emptyUpdate' };

/**
 * The identifier each kind must give, reported on the missing field: a citizen is known by citizen ID, an
 * enterprise by tax code (organisations may have either or neither).
 *
 * @example
 * applicantIdentityRule({ kind: 'citizen' }) // { key: 'applicant.citizenIdRequired', path: ['citizenId'], … }
 */
export const applicantIdentityRule: Rule<{
  kind: string;
  citizenId?: string | undefined;
  taxCode?: string | undefined;
}> = (applicant) => {
  if (applicant.kind === 'citizen' && applicant.citizenId === undefined)
    return { key: 'applicant.citizenIdRequired', path: ['citizenId'], input: undefined };
  if (applicant.kind === 'enterprise' && applicant.taxCode === undefined)
    return { key: 'applicant.taxCodeRequired', path: ['taxCode'], input: undefined };
  return null;
};

/**
 * A payment's total is the sum of its lines, and a paid payment says when.
 *
 * @example
 * paymentRule({ lines: [{ amount: 10_000 }], total: 12_000, status: 'pending' }) // [{ key: 'payment.total', … }]
 */
export const paymentRule: Rule<{
  lines: readonly { amount: number }[];
  total: number;
  status: string;
  paidAt?: string | undefined;
}> = (payment) => {
  const findings: RuleFinding[] = [];
  const sum = payment.lines.reduce((total, line) => total + line.amount, 0);
  if (sum !== payment.total)
    findings.push({ key: 'payment.total', params: { sum }, path: ['total'], input: payment.total });
  if (payment.status === 'paid' && payment.paidAt === undefined)
    findings.push({ key: 'payment.paidAt', path: ['paidAt'], input: undefined });
  return findings;
};

/**
 * Within a procedure, component ids and channels are unique, and the e-form's attachment fields bind to
 * components the procedure has.
 *
 * @example
 * procedureRule({ documentComponents: [{ id: 'a' }, { id: 'a' }], channels: [] }) // [{ key: 'procedure.duplicateComponent', … }]
 */
export const procedureRule: Rule<{
  documentComponents: readonly { id: string }[];
  channels: readonly { channel: number }[];
  formSpec?: { fields: readonly FieldSpec[] } | undefined;
}> = (procedure) => {
  const findings = [
    ...repeated(
      procedure.documentComponents,
      (component) => component.id,
      (id, index) => ({
        key: 'procedure.duplicateComponent',
        params: { componentId: id },
        path: ['documentComponents', index, 'id'],
        input: id,
      }),
    ),
    ...repeated(
      procedure.channels,
      (channel) => channel.channel,
      (channel, index) => ({
        key: 'procedure.duplicateChannel',
        params: { channel },
        path: ['channels', index, 'channel'],
        input: channel,
      }),
    ),
  ];
  const ids = new Set(procedure.documentComponents.map((component) => component.id));
  if (!procedure.formSpec) return findings;
  for (const { id, path } of attachmentComponents(procedure.formSpec.fields, [], ['formSpec', 'fields'])) {
    if (!ids.has(id))
      findings.push({ key: 'procedure.unknownComponent', params: { componentId: id }, path, input: id });
  }
  return findings;
};

/** A finding for each item whose key an earlier item already had. */
function repeated<T, K extends string | number>(
  items: readonly T[],
  keyOf: (item: T) => K,
  finding: (key: K, index: number) => RuleFinding,
): RuleFinding[] {
  const seen = new Set<K>();
  return items.flatMap((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) return [finding(key, index)];
    seen.add(key);
    return [];
  });
}

function attachmentComponents(
  fields: readonly FieldSpec[],
  found: { id: string; path: (string | number)[] }[],
  path: (string | number)[],
) {
  fields.forEach((field, index) => {
    if (field.type === 'attachment')
      found.push({ id: field.componentId, path: [...path, index, 'componentId'] });
    if (field.type === 'group' || field.type === 'section')
      attachmentComponents(field.fields, found, [...path, index, 'fields']);
  });
  return found;
}

/**
 * A signer is identified: by citizen ID (a person) or tax code (an organisation), reported on `citizenId`.
 *
 * @example
 * signerRule({ name: 'Nguyễn Văn An' }) // { key: 'signature.signerId', path: ['citizenId'] }
 */
export const signerRule: Rule<{ citizenId?: string | undefined; taxCode?: string | undefined }> = (signer) =>
  signer.citizenId !== undefined || signer.taxCode !== undefined
    ? null
    : { key: 'signature.signerId', path: ['citizenId'] };

/**
 * A signed request carries its signature.
 *
 * @example
 * signedRequestRule({ status: 'signed' }) // { key: 'signature.missing', path: ['signature'] }
 */
export const signedRequestRule: Rule<{ status: string; signature?: unknown }> = (request) =>
  request.status !== 'signed' || request.signature !== undefined
    ? null
    : { key: 'signature.missing', path: ['signature'] };

/**
 * An answer needs a way back: a phone number or an email address, reported on `phone`.
 *
 * @example
 * feedbackContactRule({}) // { key: 'feedback.contact', path: ['phone'] }
 */
export const feedbackContactRule: Rule<{ phone?: string | undefined; email?: string | undefined }> = (
  submitter,
) =>
  submitter.phone !== undefined || submitter.email !== undefined
    ? null
    : { key: 'feedback.contact', path: ['phone'] };

/**
 * A partial date that names its day names a real one.
 *
 * @example
 * partialDateRule('2025-02-30') // { key: 'validation.date' }
 */
export const partialDateRule: Rule<string> = (value) =>
  value.length < 10 || isCalendarDate(value) ? null : { key: 'validation.date' };
