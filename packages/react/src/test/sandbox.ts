/**
 * What the widgets' `*.sandbox.test.tsx` share: signing in as a seeded persona, filing a real dossier through the
 * SDK, and the sandbox's own controls (test clock, autopilot, payment checkout). Not shipped.
 */
import { createClient, type Dossier, type MotcuaClient } from '@motcua/sdk';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl?: string;
    timeTravelSandboxUrl?: string;
  }
}

/** The sandbox every integration test shares (started by bench/sandbox-global-setup.ts); unset: the tests skip. */
export const sandboxUrl = inject('sandboxUrl') ?? '';
/** A sandbox of its own for tests that move its clock or run its autopilot. */
export const timeTravelSandboxUrl = inject('timeTravelSandboxUrl') ?? '';

/**
 * A client signed in as a seeded persona (`citizen-an`, `officer-ba-dinh-desk`…), or anonymous without one;
 * `headers` go on every request (the sandbox's `X-Sandbox-Fault`).
 */
export async function signIn(
  baseUrl: string,
  persona?: string,
  { locale = 'vi', headers }: { locale?: 'vi' | 'en'; headers?: Record<string, string> } = {},
): Promise<MotcuaClient> {
  if (!persona) return createClient({ baseUrl, locale, headers });
  const response = await fetch(`${baseUrl}/sandbox/personas/${persona}/token`, { method: 'POST' });
  if (!response.ok) throw new Error(`No token for ${persona}: ${response.status}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return createClient({ baseUrl, token: accessToken, locale, headers });
}

/** Cấp bản sao trích lục hộ tịch: a commune procedure with one 8 000 đ charge, a citizen ID and two dates. */
export const EXTRACT_COPY = '2.000635';

/** Nguyễn Văn An (`citizen-an`), who lives in phường Ba Đình: its committee receives and processes his dossiers. */
export const AN = { kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456' } as const;

/** Answers to {@link EXTRACT_COPY}'s e-form that the platform accepts. */
export function extractCopyAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicantFullName: AN.fullName,
    applicantCitizenId: AN.citizenId,
    applicantBirthDate: '1987-05-12',
    applicantResidence: { provinceCode: '01', communeCode: '00004', street: 'Số 1 phố Đội Cấn' },
    applicantPhone: '0912345678',
    extractKind: 'birth',
    subjectFullName: AN.fullName,
    subjectBirthDate: '1987-05-12',
    copies: 1,
    resultDelivery: 'electronic',
    declaration: true,
    ...overrides,
  };
}

/** A draft of {@link EXTRACT_COPY} for An. */
export function draftExtractCopy(client: MotcuaClient): Promise<Dossier> {
  return client.dossiers.create({ procedureCode: EXTRACT_COPY, applicant: AN });
}

/** Files {@link EXTRACT_COPY} for An at Ủy ban nhân dân phường Ba Đình: status 1, the charge owed. */
export async function fileExtractCopy(client: MotcuaClient): Promise<Dossier> {
  const draft = await draftExtractCopy(client);
  return client.dossiers.submit(draft.id, { declaration: true, formData: extractCopyAnswers() });
}

async function control(baseUrl: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Moves the sandbox's test clock forward and returns its new time. */
export async function advanceClock(baseUrl: string, by: { days?: number; hours?: number }): Promise<Date> {
  const clock = (await control(baseUrl, '/sandbox/clock/advance', by)) as { now: string };
  return new Date(clock.now);
}

/** Switches the officer autopilot on (at a speed) or off. */
export async function autopilot(baseUrl: string, speed: 'instant' | 'fast' | false): Promise<void> {
  await control(baseUrl, '/sandbox/autopilot', speed ? { enabled: true, speed } : { enabled: false });
}
