/**
 * Integration-test support: a real `@motcua/sandbox` on a free port (SQLite in memory), persona tokens, SDK
 * clients, a small real PDF, and e-form answers built from a procedure's form spec as the platform serves it.
 */
import { sampleAnswers } from '@motcua/core/examples';
import { createSandbox, type Sandbox, type SandboxOptions } from '@motcua/sandbox';
import { type ClientOptions, createClient, type MotcuaClient } from '../src/index.js';

export interface TestSandbox {
  readonly sandbox: Sandbox;
  readonly url: string;
  /** A bearer token of a seeded persona (`citizen-an`, `officer-ba-dinh-desk`…). */
  token(persona: string): Promise<string>;
  /** An SDK client signed in as a persona (fast retries unless told otherwise). */
  client(persona: string, options?: Partial<ClientOptions>): Promise<MotcuaClient>;
  /** A new `X-Api-Key` for a seeded agency. */
  agencyKey(agencyCode: string): Promise<string>;
  /** Moves the test clock forward. */
  advanceClock(by: { days?: number; hours?: number; minutes?: number }): Promise<void>;
  /** The signer confirms on the sandbox phone (a sandbox-only control, not a platform endpoint). */
  confirmSignature(id: string): Promise<{ status: string }>;
  /** The payer pays at the sandbox gateway (a sandbox-only control). */
  payAtGateway(paymentId: string, channel: string): Promise<void>;
  close(): Promise<void>;
}

/** Retries that do not slow a suite down. */
export const FAST_RETRY = { limit: 3, backoffLimit: 50 } as const;

async function post(url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Starts a sandbox for one test file.
 *
 * @example
 * let sb: TestSandbox;
 * beforeAll(async () => { sb = await startSandbox(); });
 * afterAll(() => sb.close());
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await createSandbox({ database: ':memory:', logger: false, ...options });
  const server = await sandbox.listen({ port: 0 });
  const { url } = server;
  const token = async (persona: string) =>
    ((await post(`${url}/sandbox/personas/${persona}/token`)) as { accessToken: string }).accessToken;
  return {
    sandbox,
    url,
    token,
    async client(persona, options = {}) {
      return createClient({ baseUrl: url, token: await token(persona), retry: FAST_RETRY, ...options });
    },
    async agencyKey(agencyCode) {
      return (
        (await post(`${url}/sandbox/agency-keys`, { agencyCode, label: 'sdk tests' })) as { key: string }
      ).key;
    },
    async advanceClock(by) {
      await post(`${url}/sandbox/clock/advance`, by);
    },
    confirmSignature: async (id) =>
      (await post(`${url}/sandbox/signatures/${id}/confirm`)) as { status: string },
    async payAtGateway(paymentId, channel) {
      await post(`${url}/sandbox/payments/${paymentId}/complete`, { channel });
    },
    close: () => sandbox.close(),
  };
}

/**
 * A small but well-formed PDF (one page, a cross-reference table with true offsets) saying `text`.
 *
 * @example
 * const bytes = minimalPdf('Giấy chứng sinh');
 */
export function minimalPdf(text: string): Uint8Array {
  const ascii = text.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  const stream = `BT /F1 12 Tf 72 720 Td (${ascii.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: every character is one byte, so the offsets above are byte offsets.
  return Uint8Array.from(body, (char) => char.charCodeAt(0));
}

/**
 * Plausible answers to every field of an e-form, from the spec the platform serves with the procedure.
 *
 * @example
 * const formData = answersFor((await client.procedures.get('1.001193')).formSpec);
 */
export function answersFor(
  formSpec: { fields: readonly unknown[] } | null | undefined,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return sampleAnswers(formSpec as Parameters<typeof sampleAnswers>[0], overrides);
}

/** Citizen An of Ba Đình (commune 00004), Hà Nội: the applicant the suites file as. */
export const AN_APPLICANT = {
  kind: 'citizen',
  fullName: 'Nguyễn Văn An',
  citizenId: '001087123456',
  phone: '0912345678',
  address: { provinceCode: '01', communeCode: '00004', street: 'Số 12 phố Đội Cấn' },
} as const;

/** Birth registration (đăng ký khai sinh), commune level: one required document, an e-form, no fee. */
export const BIRTH = '1.001193';

/**
 * A complete draft through the SDK: created, every required component given an uploaded PDF. Returns the
 * draft and the answers to submit it with.
 *
 * @example
 * const { draft, formData } = await prepareDraft(citizen);
 * await citizen.dossiers.submit(draft.id, { formData, declaration: true });
 */
export async function prepareDraft(client: MotcuaClient, procedureCode = BIRTH) {
  const procedure = await client.procedures.get(procedureCode);
  const draft = await client.dossiers.create({ procedureCode, applicant: AN_APPLICANT });
  for (const component of procedure.documentComponents.filter((c) => c.required)) {
    const file = await client.files.upload(minimalPdf(component.name), {
      name: `${component.id}.pdf`,
      mediaType: 'application/pdf',
    });
    await client.dossiers.attach(draft.id, { componentId: component.id, fileIds: [file.fileId] });
  }
  return { draft, procedure, formData: answersFor(procedure.formSpec) };
}
