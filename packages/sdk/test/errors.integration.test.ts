import { createServer } from 'node:net';
import { PROBLEMS } from '@motcua/contract';
import * as checks from '@motcua/contract/checks';
import { identifierMessages, validationMessages } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiError,
  createClient,
  isApiError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
  type MotcuaClient,
} from '../src/index.js';
import { createValidation } from '../src/validation.js';
import { AN_APPLICANT, BIRTH, prepareDraft, startSandbox, type TestSandbox } from './support.js';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await failure(promise);
  if (!isApiError(error)) throw error;
  return error;
}

describe('errors and validation against the real sandbox', () => {
  let sb: TestSandbox;
  let citizen: MotcuaClient;
  let code: string;

  beforeAll(async () => {
    sb = await startSandbox();
    citizen = await sb.client('citizen-an');
    const { draft, formData } = await prepareDraft(citizen);
    code = (await citizen.dossiers.submit(draft.id, { formData, declaration: true })).code as string;
  });
  afterAll(() => sb?.close());

  it('422: invalid e-form answers name their fields under formData, in the client language', async () => {
    const { draft, formData } = await prepareDraft(citizen);
    const wrong = { ...formData, childFullName: 'Bé 123', childBirthDate: 'hôm qua' };
    const vi = await apiFailure(citizen.dossiers.submit(draft.id, { formData: wrong, declaration: true }));
    expect(vi).toMatchObject({ status: 422, code: 'request.invalid' });
    expect(vi.problem.title).toBe(PROBLEMS['request.invalid'].vi);
    const paths = vi.fieldErrors.map((e) => e.path);
    expect(paths).toContainEqual(['formData', 'childFullName']);
    expect(paths).toContainEqual(['formData', 'childBirthDate']);
    expect(vi.requestId).toMatch(/\S/);

    const english = await sb.client('citizen-an', { locale: 'en' });
    const en = await apiFailure(english.dossiers.submit(draft.id, { formData: wrong, declaration: true }));
    expect(en.problem.title).toBe(PROBLEMS['request.invalid'].en);
    expect(en.message).toContain(PROBLEMS['request.invalid'].en);
    expect(en.fieldErrors.map((e) => e.path)).toEqual(paths);
    expect(en.fieldErrors.map((e) => e.message)).not.toEqual(vi.fieldErrors.map((e) => e.message));
    // Nothing was filed.
    expect((await citizen.dossiers.get(draft.id)).status).toBe(0);
  });

  it('422: a draft without its required documents is incomplete, naming the component', async () => {
    const draft = await citizen.dossiers.create({ procedureCode: BIRTH, applicant: AN_APPLICANT });
    const error = await apiFailure(citizen.dossiers.submit(draft.id, { declaration: true }));
    expect(error).toMatchObject({ status: 422, code: 'dossier.incomplete' });
    expect(error.fieldErrors).toEqual([
      expect.objectContaining({ path: ['documents', 'giay-chung-sinh'], code: 'dossier.componentMissing' }),
    ]);
  });

  it('409: an illegal move names both statuses; the English client reads it in English', async () => {
    const vi = await apiFailure(citizen.dossiers.submit(code));
    expect(vi).toMatchObject({ status: 409, code: 'dossier.illegalTransition' });
    expect(vi.problem.title).toBe(PROBLEMS['dossier.illegalTransition'].vi);
    const english = await sb.client('citizen-an', { locale: 'en' });
    const en = await apiFailure(english.dossiers.supplement(code));
    expect(en).toMatchObject({ status: 409, code: 'dossier.illegalTransition' });
    expect(en.problem.title).toBe(PROBLEMS['dossier.illegalTransition'].en);
    expect(en.message).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(en.message).not.toBe(vi.message);
  });

  it("404 for another citizen's dossier, 403 for another agency's officer, 401 without or with a bad token", async () => {
    const binh = await sb.client('citizen-binh');
    expect(await apiFailure(binh.dossiers.get(code))).toMatchObject({
      status: 404,
      code: 'resource.notFound',
    });
    expect(await apiFailure(binh.dossiers.history(code))).toMatchObject({ status: 404 });

    const { draft, formData } = await prepareDraft(citizen);
    const fresh = (await citizen.dossiers.submit(draft.id, { formData, declaration: true })).code as string;
    const elsewhere = await sb.client('officer-hoan-kiem-desk');
    expect(await apiFailure(elsewhere.officer.accept(fresh, {}))).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });

    const anonymous = createClient({ baseUrl: sb.url });
    expect(await apiFailure(anonymous.dossiers.list().toArray({ limit: 1 }))).toMatchObject({
      status: 401,
      code: 'auth.required',
    });
    const forged = createClient({ baseUrl: sb.url, token: 'not-a-real-token' });
    const invalid = await apiFailure(forged.dossiers.get(code));
    expect(invalid).toMatchObject({ status: 401, code: 'auth.invalidToken' });
    expect(invalid.message).not.toContain('not-a-real-token');
  });

  it('network and timeout failures are told apart', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const offline = createClient({ baseUrl: `http://127.0.0.1:${closed}`, retry: false });
    expect(isNetworkError(await failure(offline.units.provinces()))).toBe(true);

    const impatient = await sb.client('citizen-an', { timeout: 100, retry: false });
    const slow = await failure(impatient.units.provinces({ headers: { 'X-Sandbox-Fault': 'latency=1000' } }));
    expect(isTimeoutError(slow)).toBe(true);
  });

  describe('with validation', () => {
    let requests: string[];
    let validating: MotcuaClient;

    beforeAll(async () => {
      requests = [];
      const counting: typeof fetch = (input, init) => {
        const request = new Request(input, init);
        requests.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      };
      validating = await sb.client('citizen-an', {
        fetch: counting,
        locale: 'en',
        validation: createValidation(
          Object.values(checks).filter(({ id }) => /^(dossiers|procedures)\./.test(id)),
        ),
      });
    });

    it('refuses bad arguments before any request, naming the field', async () => {
      const badCode = await failure(validating.procedures.get('not-a-code'));
      expect(isValidationError(badCode) && badCode.source).toBe('request');
      expect(isValidationError(badCode) && badCode.message).toMatch(/^params\.code: /);

      const badApplicant = await failure(
        validating.dossiers.create({
          procedureCode: BIRTH,
          applicant: { ...AN_APPLICANT, citizenId: '123' },
        }),
      );
      expect(isValidationError(badApplicant) && badApplicant.issues[0]?.path).toEqual([
        'applicant',
        'citizenId',
      ]);
      expect(isValidationError(badApplicant) && badApplicant.message).toMatch(
        /^body\.applicant\.citizenId: /,
      );

      const badWithdraw = await failure(validating.dossiers.withdraw(code, { reason: '' }));
      expect(isValidationError(badWithdraw) && badWithdraw.issues[0]?.path).toEqual(['reason']);
      expect(requests).toEqual([]);
    });

    it('checks the answers of the real platform and lets them through', async () => {
      const procedure = await validating.procedures.get(BIRTH);
      expect(procedure.code).toBe(BIRTH);
      const dossier = await validating.dossiers.get(code);
      expect(dossier.code).toBe(code);
      const page = await validating.dossiers.list({ limit: 2 }).toArray({ limit: 3 });
      expect(page.length).toBeGreaterThan(0);
      const { items } = await validating.dossiers.history(code);
      expect(items[0]?.status).toBe(1);
      expect(requests.length).toBeGreaterThanOrEqual(4);
    });

    describe('of the endpoints named, as a page imports it', () => {
      const named = [checks.dossiersCreate, checks.dossiersSubmit, checks.dossiersEvents];

      it("names the field in the client locale with core's generic words, the rule in its code", async () => {
        const sent: string[] = [];
        const counting: typeof fetch = (input, init) => {
          const request = new Request(input, init);
          sent.push(request.url);
          return fetch(request);
        };
        const bad = { procedureCode: BIRTH, applicant: { ...AN_APPLICANT, citizenId: '123' } };
        for (const [locale, message] of [
          ['vi', 'Giá trị không hợp lệ'],
          ['en', 'Invalid value'],
        ] as const) {
          const client = await sb.client('citizen-an', {
            fetch: counting,
            locale,
            validation: createValidation(named),
          });
          const error = await failure(client.dossiers.create(bad));
          if (!isValidationError(error)) throw error;
          expect(error.issues).toEqual([
            { path: ['applicant', 'citizenId'], code: 'citizenId.length', message },
          ]);
          expect(error.message).toBe(`body.applicant.citizenId: ${message}`);
        }
        expect(sent).toEqual([]);
      });

      it('speaks the domain catalogues passed, and overrides', async () => {
        const client = await sb.client('citizen-an', {
          locale: 'en',
          validation: createValidation(named, {
            messages: [validationMessages, identifierMessages],
            overrides: { en: { 'validation.required': 'Required' } },
          }),
        });
        const error = await failure(
          client.dossiers.create({ procedureCode: BIRTH, applicant: { ...AN_APPLICANT, citizenId: '123' } }),
        );
        expect(isValidationError(error) && error.issues[0]?.message).toBe(
          identifierMessages.en['citizenId.length'],
        );
        const missing = await failure(client.dossiers.create({ applicant: AN_APPLICANT } as never));
        expect(isValidationError(missing) && missing.message).toBe('body.procedureCode: Required');
      });

      it('creates, submits and watches through the checks; leaves the other endpoints unchecked', async () => {
        const client = await sb.client('citizen-an', { validation: createValidation(named) });
        const { draft, formData } = await prepareDraft(client);
        const submitted = await client.dossiers.submit(draft.id, { formData, declaration: true });
        expect(submitted.status).toBe(1);
        for await (const event of client.dossiers.watch(submitted.code as string)) {
          expect(event.type).toBe('dossier.submitted');
          break;
        }
        // `dossiers.withdraw` is not named: its bad argument reaches the platform, which refuses it.
        const refused = await apiFailure(client.dossiers.withdraw(submitted.code as string, { reason: '' }));
        expect(refused.status).toBe(422);
      });

      it('refuses a malformed answer of a named endpoint, naming the field', async () => {
        const tampering: typeof fetch = async (input, init) => {
          const request = new Request(input, init);
          const response = await fetch(request);
          if (request.method !== 'POST') return response;
          const { status: _dropped, ...rest } = (await response.json()) as Record<string, unknown>;
          return Response.json(rest, { status: response.status });
        };
        const client = await sb.client('citizen-an', {
          fetch: tampering,
          locale: 'en',
          validation: createValidation(named),
        });
        const error = await failure(
          client.dossiers.create({ procedureCode: BIRTH, applicant: AN_APPLICANT }),
        );
        if (!isValidationError(error)) throw error;
        expect(error.source).toBe('response');
        expect(error.issues).toContainEqual({
          path: ['status'],
          code: 'validation.required',
          message: 'Enter this information',
        });
      });
    });

    it('validates every endpoint of the contract when given all the checks', async () => {
      const everything = await sb.client('citizen-an', {
        validation: createValidation(Object.values(checks)),
      });
      expect((await everything.units.provinces()).items.length).toBeGreaterThan(0);
      expect(isValidationError(await failure(everything.units.communes('x')))).toBe(true);
    });
  });
});
