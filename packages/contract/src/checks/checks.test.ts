import { describeIssuesFrom, validateFrom, validationMessages } from '@motcua/core';
import { birthRegistrationSpec } from '@motcua/core/examples';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { EndpointSpec } from '../endpoint.js';
import { allEndpoints } from '../endpoints/index.js';
import { isPlatformEndpoint } from '../routes.js';
import { exportName, renderChecksModule } from './render.js';
import type { Check, EndpointChecks, RawIssue } from './runtime.js';

type ZodSchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

const platformEndpoints = allEndpoints.filter(isPlatformEndpoint);
const PARTS = ['params', 'query', 'body', 'response'] as const;

// Imported once the freshness test has had its say, so a broken file can still be rewritten with `-u`.
let generated: Record<string, EndpointChecks>;
beforeAll(async () => {
  generated = await import('../checks.generated.js').catch(() => ({}));
});
const checksOf = (id: string) => generated[exportName(id)];

describe('the generated checks', () => {
  it('are up to date (rewrite them with `vitest run -u src/checks/checks.test.ts`)', async () => {
    await expect(renderChecksModule(platformEndpoints)).toMatchFileSnapshot('../checks.generated.ts');
  });

  it('cover every part of every platform endpoint but binary bodies', () => {
    for (const spec of platformEndpoints) {
      const checks = checksOf(spec.id);
      expect(checks?.id).toBe(spec.id);
      for (const part of PARTS) {
        const binary = part === 'body' && spec.requestKind === 'binary';
        expect(typeof checks?.[part], `${spec.id} ${part}`).toBe(
          spec[part] && !binary ? 'function' : 'undefined',
        );
      }
    }
  });

  it('refuse a schema they cannot reproduce, naming where it is', () => {
    const odd = {
      ...platformEndpoints[0],
      response: z.object({ when: z.date() }),
    } as unknown as EndpointSpec;
    expect(() => renderChecksModule([odd])).toThrow(/response\.when: zod type 'date' is not supported/);
    const closure = z.object({ n: z.number().check(z.refine((value) => value > 1)) });
    expect(() => renderChecksModule([{ ...odd, response: closure } as unknown as EndpointSpec])).toThrow(
      /a refinement is not a function exported by @motcua\/core/,
    );
  });
});

describe('the generated checks answer as the zod schemas do', () => {
  const cases = platformEndpoints.flatMap((spec) =>
    PARTS.flatMap((part) => {
      const schema = spec[part] as ZodSchema | undefined;
      const binary = part === 'body' && spec.requestKind === 'binary';
      return schema && !binary ? [{ name: `${spec.id} ${part}`, id: spec.id, part, schema }] : [];
    }),
  );

  it.each(cases)('$name, on a sample and every one-change variant of it', ({ id, part, schema }) => {
    const check = checksOf(id)?.[part] as Check;
    const base = sample(schema);
    const values = [base, ...variants(base), ...ODD_VALUES];
    for (const value of values)
      expect(outcome(check, value), JSON.stringify(value)).toEqual(zodOutcome(schema, value));
  });

  it('agree on a whole worked dossier, procedure and e-form', () => {
    const procedures = platformEndpoints.find((spec) => spec.id === 'procedures.get');
    const check = checksOf('procedures.get')?.response as Check;
    const procedure = {
      ...(sample(procedures?.response as ZodSchema) as object),
      formSpec: birthRegistrationSpec,
    };
    for (const value of [procedure, ...variants(procedure)])
      expect(outcome(check, value)).toEqual(zodOutcome(procedures?.response as ZodSchema, value));
  });
});

/** What a check says of a value, as the SDK reports it: the parsed value, or each issue's path, code and words. */
function outcome(check: Check, value: unknown) {
  const issues: RawIssue[] = [];
  const parsed = check(structuredClone(value), [], issues);
  return issues.length
    ? { ok: false, issues: describeIssuesFrom(validationMessages, issues, { locale: 'en' }) }
    : { ok: true, value: parsed };
}

function zodOutcome(schema: ZodSchema, value: unknown) {
  return validateFrom(validationMessages, schema, structuredClone(value), { locale: 'en' });
}

const ODD_VALUES = [undefined, null, 0, -1, 1.5, Number.NaN, '', ' ', 'x', true, [], [1], {}, { x: 1 }];

/**
 * Strings a sample may use: the first one a string schema accepts is taken. Domain identifiers first, so a
 * schema wanting one gets a real one.
 */
const STRINGS = [
  '001087123456',
  '0100233488',
  '0912345678',
  '000.00.14.H56-250701-0001',
  '000.00.14.H56',
  '1.001193',
  '2025-07-01T08:30:00+07:00',
  '2025-07-01',
  '01',
  '00004',
  'application/pdf',
  'an@example.vn',
  'https://dichvucong.gov.vn/thanh-toan',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'openid profile',
  'dGhpcyBpcyBhIHZlcmlmaWVyIHRoYXQgaXMgbG9uZyBlbm91Z2g',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
  'SHA-256',
  'Nguyễn Văn An',
  'fullName',
  'file_01',
  'a',
  '123456',
];
const NUMBERS = [1, 0, 2, 1000, 18_000];

/** A value for a schema, valid wherever a candidate can make it so (object rules may still refuse it). */
function sample(schema: ZodSchema, depth = 0): unknown {
  const def = schema._zod.def as unknown as Def;
  if (depth > 8) return undefined;
  const accepted = (candidates: readonly unknown[]) =>
    candidates.find((candidate) => z.safeParse(schema, candidate).success) ?? candidates[0];
  switch (def.type) {
    case 'string':
      return accepted(STRINGS);
    case 'number':
      return accepted(NUMBERS);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'enum':
      return Object.values(def.entries as object)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'optional':
    case 'nullable':
      return depth > 6
        ? def.type === 'optional'
          ? undefined
          : null
        : sample(def.innerType as ZodSchema, depth);
    case 'array':
      return depth > 6 ? [] : [sample(def.element as ZodSchema, depth + 1)];
    case 'record':
      return {
        [String(sample(def.keyType as ZodSchema, depth))]: sample(def.valueType as ZodSchema, depth + 1),
      };
    case 'union':
      return accepted((def.options as ZodSchema[]).map((option) => sample(option, depth + 1)));
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, ZodSchema>).map(([key, value]) => [
          key,
          sample(value, depth + 1),
        ]),
      );
    default:
      return undefined;
  }
}

/** The value with one thing changed: each node replaced by an odd value, each key dropped, one key added. */
function variants(value: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown, replace: (next: unknown) => unknown) => {
    for (const odd of [undefined, null, 7, '', ' Đã  nộp ', 'x'.repeat(300), [], {}])
      found.push(replace(odd));
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries())
        visit(item, (next) => replace(node.map((old, i) => (i === index ? next : old))));
      found.push(replace([...node, ...node]));
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        visit(record[key], (next) => replace({ ...record, [key]: next }));
        const { [key]: _, ...rest } = record;
        found.push(replace(rest));
      }
      found.push(replace({ ...record, unexpected: 1 }));
    } else if (typeof node === 'string') {
      found.push(replace(` ${node} `), replace(node.normalize('NFD')), replace(node.toUpperCase()));
    } else if (typeof node === 'number') {
      found.push(replace(node + 0.5), replace(-node - 1), replace(Number.MAX_SAFE_INTEGER + 2));
    }
  };
  visit(value, (next) => next);
  return found;
}
